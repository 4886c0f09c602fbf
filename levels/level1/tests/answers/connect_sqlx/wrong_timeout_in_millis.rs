//! Wrong answer to `connect_sqlx`: writes the acquire timeout as 5 milliseconds, not 5 seconds,
//! so under any load a caller gives up before a connection is free.
//!
//! Rejected with: "the spec's 5 seconds"

use std::time::Duration;

use sqlx::Connection;
use sqlx::postgres::{PgConnection, PgPool, PgPoolOptions};

/// A pool of up to five connections to `url`, with one opened already.
pub async fn connect_pool(url: &str) -> Result<PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .max_connections(5)
        .acquire_timeout(Duration::from_millis(5))
        .connect(url)
        .await
}

/// One connection to `url`: a session of its own, for one task.
pub async fn connect_once(url: &str) -> Result<PgConnection, sqlx::Error> {
    PgConnection::connect(url).await
}
