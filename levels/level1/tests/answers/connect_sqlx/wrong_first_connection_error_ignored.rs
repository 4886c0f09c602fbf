//! Wrong answer to `connect_sqlx`: makes the pool lazily and asks for a first connection, but
//! throws that connection's error away, so a wrong URL is still noticed only on the first query.
//!
//! Rejected with: "said Ok for a database that does not exist"

use std::time::Duration;

use sqlx::Connection;
use sqlx::postgres::{PgConnection, PgPool, PgPoolOptions};

/// A pool of up to five connections to `url`, with one opened already.
pub async fn connect_pool(url: &str) -> Result<PgPool, sqlx::Error> {
    let pool = PgPoolOptions::new()
        .max_connections(5)
        .acquire_timeout(Duration::from_secs(5))
        .connect_lazy(url)?;
    // Warm the pool up.
    let _ = pool.acquire().await;
    Ok(pool)
}

/// One connection to `url`: a session of its own, for one task.
pub async fn connect_once(url: &str) -> Result<PgConnection, sqlx::Error> {
    PgConnection::connect(url).await
}
