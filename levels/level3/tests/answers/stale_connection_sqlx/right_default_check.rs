//! Right answer to `stale_connection_sqlx`: drops the `test_before_acquire` line, leaving sqlx's
//! default (check before lending).

use std::time::Duration;

use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;

use crate::error::PitfallError;

/// The service's pool.
pub async fn connect(url: &str) -> Result<PgPool, PitfallError> {
    let pool = PgPoolOptions::new()
        .max_connections(1)
        .acquire_timeout(Duration::from_secs(5))
        .connect(url)
        .await?;
    Ok(pool)
}
