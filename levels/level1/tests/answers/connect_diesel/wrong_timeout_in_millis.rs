//! Wrong answer to `connect_diesel`: writes the wait timeout as 5 milliseconds, not 5 seconds,
//! so under any load a caller gives up before a connection is free.
//!
//! Rejected with: "a caller waits up to 5ms"

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
        .max_size(5)
        .wait_timeout(Some(Duration::from_millis(5)))
        .runtime(Runtime::Tokio1)
        .build()?;
    drop(pool.get().await?);
    Ok(pool)
}

/// One connection to `url`.
pub async fn connect_once(url: &str) -> ConnectionResult<AsyncPgConnection> {
    AsyncPgConnection::establish(url).await
}
