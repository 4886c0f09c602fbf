//! Exercise `connect_diesel`: a pool and a single connection, on the diesel-async track.
//!
//! diesel-async has no pool of its own: it plugs into one. Here it is deadpool, through
//! `AsyncDieselConnectionManager`. A single `AsyncPgConnection` comes from `establish`.
//!
//! Reference answer. Why it is right: deadpool connects lazily, so `build()` succeeds even for
//! a wrong URL; asking for one connection straight away makes the mistake show at startup. The
//! tokio runtime is what makes deadpool's timeouts work (without it, `build()` refuses a pool
//! that has timeouts).

use std::time::Duration;

use deadpool::Runtime;
use diesel::ConnectionResult;
use diesel_async::pooled_connection::AsyncDieselConnectionManager;
use diesel_async::pooled_connection::deadpool::Pool;
use diesel_async::{AsyncConnection, AsyncPgConnection};

use crate::DieselPool;
use crate::error::PoolSetupError;

// ANCHOR: connect_pool
/// A pool of up to five connections to `url`, checked by opening one.
pub async fn connect_pool(url: &str) -> Result<DieselPool, PoolSetupError> {
    let manager = AsyncDieselConnectionManager::<AsyncPgConnection>::new(url);
    let pool = Pool::builder(manager)
        .max_size(5)
        .wait_timeout(Some(Duration::from_secs(5)))
        .create_timeout(Some(Duration::from_secs(5)))
        .runtime(Runtime::Tokio1)
        .build()?;
    // The pool is empty until someone asks: ask now, so a bad URL fails here.
    drop(pool.get().await?);
    Ok(pool)
}
// ANCHOR_END: connect_pool

// ANCHOR: connect_once
/// One connection to `url`.
pub async fn connect_once(url: &str) -> ConnectionResult<AsyncPgConnection> {
    AsyncPgConnection::establish(url).await
}
// ANCHOR_END: connect_once
