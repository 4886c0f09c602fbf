//! Wrong answer to `pool_config_diesel`: relies on deadpool to close idle connections, which it
//! never does by itself, so after a burst every connection stays open.
//!
//! Rejected with: "connections are still open"

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

    // The pool closes idle connections by itself.
    Ok(pool)
}
