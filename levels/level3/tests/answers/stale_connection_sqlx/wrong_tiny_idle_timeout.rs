//! Wrong answer to `stale_connection_sqlx`: no check, but an `idle_timeout` of 50 ms, so the
//! pool closes every connection that rests a moment: it rarely lends a closed one, and never
//! keeps a healthy one.
//!
//! Rejected with: "threw away a healthy connection"

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
        .idle_timeout(Duration::from_millis(50))
        .connect(url)
        .await?;
    Ok(pool)
}
