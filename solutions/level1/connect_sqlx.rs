//! Exercise `connect_sqlx`: a pool and a single connection, on the sqlx track.
//!
//! SQLAlchemy's `create_async_engine(url)` gives you an engine with a pool inside. sqlx splits
//! the two: a `PgPool` hands out connections to many tasks at once; a `PgConnection` is one
//! session that only one task can use at a time.
//!
//! Reference answer. Why it is right: `connect` (unlike `connect_lazy`) opens a first
//! connection before returning, so a wrong URL or a stopped server is an error here, at startup,
//! not on the first request. The acquire timeout bounds how long a caller waits for a free
//! connection: five seconds, not sqlx's default thirty.

use std::time::Duration;

use sqlx::Connection;
use sqlx::postgres::{PgConnection, PgPool, PgPoolOptions};

// ANCHOR: connect_pool
/// A pool of up to five connections to `url`, with one opened already.
pub async fn connect_pool(url: &str) -> Result<PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .max_connections(5)
        .acquire_timeout(Duration::from_secs(5))
        .connect(url)
        .await
}
// ANCHOR_END: connect_pool

// ANCHOR: connect_once
/// One connection to `url`: a session of its own, for one task.
pub async fn connect_once(url: &str) -> Result<PgConnection, sqlx::Error> {
    PgConnection::connect(url).await
}
// ANCHOR_END: connect_once
