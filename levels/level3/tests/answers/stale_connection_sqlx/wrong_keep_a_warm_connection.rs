//! Wrong answer to `stale_connection_sqlx`: keeps one connection always open
//! (`min_connections(1)`) and a generous idle timeout, which keeps the stale connection around
//! rather than checking it.
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
        .min_connections(1)
        .idle_timeout(Duration::from_secs(600))
        .test_before_acquire(false)
        .connect(url)
        .await?;
    Ok(pool)
}
