//! Wrong answer to `stale_connection_sqlx`: keeps `test_before_acquire(false)` and adds a
//! `before_acquire` hook that approves every connection without looking at it.
//!
//! Rejected with: "handed that closed connection"

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
        .before_acquire(|_conn, _meta| Box::pin(async { Ok(true) }))
        .connect(url)
        .await?;
    Ok(pool)
}
