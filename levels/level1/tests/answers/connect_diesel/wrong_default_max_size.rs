//! Wrong answer to `connect_diesel`: never sets the pool's size, so deadpool's default (four
//! per CPU) applies, not the 5 of the spec.
//!
//! Rejected with: "the spec says at most 5"

use std::time::Duration;

use deadpool::Runtime;
use diesel::ConnectionResult;
use diesel_async::pooled_connection::AsyncDieselConnectionManager;
use diesel_async::pooled_connection::deadpool::Pool;
use diesel_async::{AsyncConnection, AsyncPgConnection};

use crate::DieselPool;
use crate::error::PoolSetupError;

/// A pool of up to five connections to `url`, checked by opening one.
pub async fn connect_pool(url: &str) -> Result<DieselPool, PoolSetupError> {
    let manager = AsyncDieselConnectionManager::<AsyncPgConnection>::new(url);
    let pool = Pool::builder(manager)
        .wait_timeout(Some(Duration::from_secs(5)))
        .runtime(Runtime::Tokio1)
        .build()?;
    drop(pool.get().await?);
    Ok(pool)
}

/// One connection to `url`.
pub async fn connect_once(url: &str) -> ConnectionResult<AsyncPgConnection> {
    AsyncPgConnection::establish(url).await
}
