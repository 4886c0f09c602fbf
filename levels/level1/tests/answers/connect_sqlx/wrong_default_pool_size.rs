//! Wrong answer to `connect_sqlx`: sets the timeout but not the pool's size, so the pool may
//! open sqlx's default of 10 connections, not the 5 the spec allows.
//!
//! Rejected with: "the spec says at most 5"

use std::time::Duration;

use sqlx::Connection;
use sqlx::postgres::{PgConnection, PgPool, PgPoolOptions};

/// A pool of up to five connections to `url`, with one opened already.
pub async fn connect_pool(url: &str) -> Result<PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .acquire_timeout(Duration::from_secs(5))
        .connect(url)
        .await
}

/// One connection to `url`: a session of its own, for one task.
pub async fn connect_once(url: &str) -> Result<PgConnection, sqlx::Error> {
    PgConnection::connect(url).await
}
