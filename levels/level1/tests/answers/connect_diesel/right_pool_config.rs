//! Right answer to `connect_diesel`: the size and timeouts as one `PoolConfig`, and the first
//! connection checked with `?` on a `get` whose object is dropped at once.

use std::time::Duration;

use deadpool::Runtime;
use deadpool::managed::{PoolConfig, Timeouts};
use diesel::ConnectionResult;
use diesel_async::pooled_connection::AsyncDieselConnectionManager;
use diesel_async::pooled_connection::deadpool::Pool;
use diesel_async::{AsyncConnection, AsyncPgConnection};

use crate::DieselPool;
use crate::error::PoolSetupError;

/// A pool of up to five connections to `url`, checked by opening one.
pub async fn connect_pool(url: &str) -> Result<DieselPool, PoolSetupError> {
    let mut config = PoolConfig::new(5);
    config.timeouts = Timeouts {
        wait: Some(Duration::from_secs(5)),
        ..Timeouts::default()
    };
    let pool = Pool::builder(AsyncDieselConnectionManager::<AsyncPgConnection>::new(url))
        .config(config)
        .runtime(Runtime::Tokio1)
        .build()?;
    let _first = pool.get().await?;
    Ok(pool)
}

/// One connection to `url`.
pub async fn connect_once(url: &str) -> ConnectionResult<AsyncPgConnection> {
    <AsyncPgConnection as AsyncConnection>::establish(url).await
}
