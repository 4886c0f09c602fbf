//! Right answer to `stale_connection_sqlx`: a `before_acquire` hook that pings the connection;
//! a failed ping makes the pool close it and open another.

use sqlx::Connection;

use std::time::Duration;

use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;

use crate::error::PitfallError;

/// The service's pool.
pub async fn connect(url: &str) -> Result<PgPool, PitfallError> {
    let pool = PgPoolOptions::new()
        .max_connections(1)
        .acquire_timeout(Duration::from_secs(5))
        .test_before_acquire(false)
        .before_acquire(|conn, _meta| {
            Box::pin(async move {
                conn.ping().await?;
                Ok(true)
            })
        })
        .connect(url)
        .await?;
    Ok(pool)
}
