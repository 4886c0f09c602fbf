//! Wrong answer to `pool_config_diesel`: the idle sweep closes the connections idle for LESS
//! than the idle timeout (`<` where `>=` is meant): a burst's connections are closed at the
//! next sweep, and the next burst opens them all again.
//!
//! Rejected with: "connections are closed before they have been idle that long"

use std::time::Duration;

use deadpool::Runtime;
use deadpool::managed::{Hook, HookError};
use diesel_async::AsyncPgConnection;
use diesel_async::pooled_connection::deadpool::Pool;
use diesel_async::pooled_connection::{
    AsyncDieselConnectionManager, ManagerConfig, RecyclingMethod,
};

use crate::DieselPool;
use crate::error::PoolSetupError;
use crate::pool_spec::PoolSpec;

/// A pool to `url` that does what `spec` says.
pub async fn build_pool(url: &str, spec: &PoolSpec) -> Result<DieselPool, PoolSetupError> {
    let mut config = ManagerConfig::default();
    config.recycling_method = if spec.check_before_use {
        RecyclingMethod::Verified // runs a test query before reuse
    } else {
        RecyclingMethod::Fast
    };
    let manager = AsyncDieselConnectionManager::<AsyncPgConnection>::new_with_config(url, config);

    let max_lifetime = spec.max_lifetime;
    let pool = Pool::builder(manager)
        .max_size(spec.max_connections as usize)
        .wait_timeout(Some(spec.acquire_timeout))
        .create_timeout(Some(spec.acquire_timeout))
        .recycle_timeout(Some(spec.acquire_timeout))
        .runtime(Runtime::Tokio1)
        .pre_recycle(Hook::sync_fn(move |_conn, metrics| {
            if metrics.age() > max_lifetime {
                Err(HookError::message("past its max lifetime"))
            } else {
                Ok(())
            }
        }))
        .build()?;

    // Open the warm connections now: hold them all at once, then give them back.
    let mut warm = Vec::new();
    for _ in 0..spec.warm_connections.max(1) {
        warm.push(pool.get().await?);
    }
    drop(warm);

    close_idle_connections(&pool, spec.idle_timeout, spec.warm_connections as usize);
    Ok(pool)
}

/// Every half idle-timeout, close connections idle longer than `idle_timeout`, keeping `warm`.
fn close_idle_connections(pool: &DieselPool, idle_timeout: Duration, warm: usize) {
    let weak = pool.weak();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(idle_timeout / 2);
        loop {
            tick.tick().await;
            let Some(pool) = weak.upgrade() else {
                return; // the pool is gone
            };
            // Close idle-too-long connections while there are more than `warm` in all.
            let mut excess = pool.status().size.saturating_sub(warm);
            pool.retain(|_, metrics| {
                if excess > 0 && metrics.last_used() < idle_timeout {
                    excess -= 1;
                    false
                } else {
                    true
                }
            });
        }
    });
}
