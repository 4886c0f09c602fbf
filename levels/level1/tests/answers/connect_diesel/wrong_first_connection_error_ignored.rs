//! Wrong answer to `connect_diesel`: asks the new pool for a connection, but throws the
//! error away, so a wrong URL is still noticed only on the first request.
//!
//! Rejected with: "and return its error"

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
        .wait_timeout(Some(Duration::from_secs(5)))
        .runtime(Runtime::Tokio1)
        .build()?;
    // Warm the pool up.
    let _ = pool.get().await;
    Ok(pool)
}

/// One connection to `url`.
pub async fn connect_once(url: &str) -> ConnectionResult<AsyncPgConnection> {
    AsyncPgConnection::establish(url).await
}
