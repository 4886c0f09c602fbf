//! Wrong answer to `stale_connection_sqlx`: pings in `after_connect`, which runs once when a
//! connection is opened, never again before it is lent.
//!
//! Rejected with: "handed that closed connection"

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
        .after_connect(|conn, _meta| Box::pin(async move { conn.ping().await }))
        .connect(url)
        .await?;
    Ok(pool)
}
