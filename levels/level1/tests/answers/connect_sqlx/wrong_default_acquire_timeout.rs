//! Wrong answer to `connect_sqlx`: limits the pool to five but leaves the acquire timeout at
//! sqlx's default of 30 seconds, so a caller waits six times longer than the spec allows.
//!
//! Rejected with: "not the spec's 5 seconds"

use sqlx::Connection;
use sqlx::postgres::{PgConnection, PgPool, PgPoolOptions};

/// A pool of up to five connections to `url`, with one opened already.
pub async fn connect_pool(url: &str) -> Result<PgPool, sqlx::Error> {
    PgPoolOptions::new().max_connections(5).connect(url).await
}

/// One connection to `url`: a session of its own, for one task.
pub async fn connect_once(url: &str) -> Result<PgConnection, sqlx::Error> {
    PgConnection::connect(url).await
}
