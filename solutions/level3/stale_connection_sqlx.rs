//! Pitfall `stale_connection_sqlx`: handing out connections the server closed.
//!
//! Reference answer. Why it is right: with `test_before_acquire(true)` (sqlx's default) the
//! pool pings an idle connection before lending it, and replaces it if the ping fails. The
//! round trip costs well under a millisecond on a local network; skipping it turns every
//! database restart, failover or proxy idle timeout into failed requests.

use std::time::Duration;

use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;

use crate::error::PitfallError;

// ANCHOR: connect
/// The service's pool.
pub async fn connect(url: &str) -> Result<PgPool, PitfallError> {
    let pool = PgPoolOptions::new()
        .max_connections(1)
        .acquire_timeout(Duration::from_secs(5))
        .test_before_acquire(true)
        .connect(url)
        .await?;
    Ok(pool)
}
// ANCHOR_END: connect
