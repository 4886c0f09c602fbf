//! Wrong answer to `connect_sqlx`: says `min_connections(5)` where `max_connections(5)` is
//! meant, so the pool keeps five open when idle and may grow to sqlx's default of 10.
//!
//! Rejected with: "min_connections is how many it keeps open"

use std::time::Duration;

use sqlx::Connection;
use sqlx::postgres::{PgConnection, PgPool, PgPoolOptions};

/// A pool of up to five connections to `url`, with one opened already.
pub async fn connect_pool(url: &str) -> Result<PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .min_connections(5)
        .acquire_timeout(Duration::from_secs(5))
        .connect(url)
        .await
}

/// One connection to `url`: a session of its own, for one task.
pub async fn connect_once(url: &str) -> Result<PgConnection, sqlx::Error> {
    PgConnection::connect(url).await
}
