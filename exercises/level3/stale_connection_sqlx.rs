//! Pitfall `stale_connection_sqlx`: the first request after a restart.
//!
//! After every database restart (and every night, when the firewall drops idle connections),
//! the first requests fail with "connection closed" or "broken pipe", then everything works
//! again. Someone tuned this pool for speed a while ago. The tests let the server close the
//! pool's idle connection, then make a request.
//!
//! Fix the pool so that a connection the server closed is never handed out.
//!
//! Check your work: `cargo workbook check stale_connection_sqlx`. Stuck: `cargo workbook hint stale_connection_sqlx`.
//! Keep the function name and signature: the tests call it.

use std::time::Duration;

use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;

use crate::error::PitfallError;

/// The service's pool.
pub async fn connect(url: &str) -> Result<PgPool, PitfallError> {
    let pool = PgPoolOptions::new()
        .max_connections(1)
        .acquire_timeout(Duration::from_secs(5))
        // TODO: "saves a round trip per request". What else does it save you from noticing?
        .test_before_acquire(false)
        .connect(url)
        .await?;
    Ok(pool)
}
