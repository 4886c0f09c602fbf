//! Right answer to `pool_config_diesel`: the warm connections are taken by tasks running at the
//! same time, the lifetime is read from `metrics.created`, and the idle task keeps the first
//! `warm` connections it meets instead of counting the excess.

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
    config.recycling_method = match spec.check_before_use {
        true => RecyclingMethod::Verified,
        false => RecyclingMethod::Fast,
    };
    let manager = AsyncDieselConnectionManager::<AsyncPgConnection>::new_with_config(url, config);

    let max_lifetime = spec.max_lifetime;
    let pool: DieselPool = Pool::builder(manager)
        .max_size(spec.max_connections as usize)
        .timeouts(deadpool::managed::Timeouts {
            wait: Some(spec.acquire_timeout),
            create: Some(spec.acquire_timeout),
            recycle: Some(spec.acquire_timeout),
        })
        .runtime(Runtime::Tokio1)
        .pre_recycle(Hook::sync_fn(move |_conn, metrics| {
            if metrics.created.elapsed() > max_lifetime {
                return Err(HookError::message("too old"));
            }
            Ok(())
        }))
        .build()?;

    // Each warm connection is taken by a task of its own; all are held until every task has
    // one, so they are distinct connections.
    let (give_back, hold_until) = tokio::sync::watch::channel(false);
    let mut tasks = tokio::task::JoinSet::new();
    let (taken_tx, mut taken_rx) = tokio::sync::mpsc::channel(1 + spec.warm_connections as usize);
    for _ in 0..spec.warm_connections {
        let (pool, mut hold_until, taken_tx) = (pool.clone(), hold_until.clone(), taken_tx.clone());
        tasks.spawn(async move {
            let conn = pool.get().await;
            let ok = conn.is_ok();
            let _ = taken_tx.send(conn.map(|_| ()).err()).await;
            if ok {
                let _ = hold_until.wait_for(|done| *done).await;
            }
        });
    }
    drop(taken_tx);
    let mut first_error = None;
    for _ in 0..spec.warm_connections {
        if let Some(Some(error)) = taken_rx.recv().await {
            first_error.get_or_insert(error);
        }
    }
    let _ = give_back.send(true);
    tasks.join_all().await;
    if let Some(error) = first_error {
        return Err(error.into());
    }

    let weak = pool.weak();
    let (idle_timeout, warm) = (spec.idle_timeout, spec.warm_connections as usize);
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(idle_timeout / 3).await;
            let Some(pool) = weak.upgrade() else { break };
            let mut kept = 0;
            pool.retain(|_, metrics| {
                let keep = kept < warm || metrics.last_used() < idle_timeout;
                if keep {
                    kept += 1;
                }
                keep
            });
        }
    });
    Ok(pool)
}
