//! Wrong answer to `stale_connection_sqlx`: no check, but a `max_lifetime` of one millisecond,
//! so no connection is ever reused: a closed one is never lent, and neither is a healthy one.
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
        .max_lifetime(Duration::from_millis(1))
        .connect(url)
        .await?;
    Ok(pool)
}
