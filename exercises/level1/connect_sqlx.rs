//! Exercise `connect_sqlx`: a pool and a single connection, on the sqlx track.
//!
//! Every program that talks to PostgreSQL starts here. In the Python tutorial,
//! `create_async_engine(url)` makes an engine with a pool of connections inside. sqlx gives you
//! both pieces by name: a `PgPool`, which many tasks share, and a `PgConnection`, one session
//! with the server that one task uses at a time.
//!
//! Write both functions. The pool should hold at most 5 connections, give up waiting for a free
//! one after 5 seconds, and open its first connection before it returns: a wrong URL should fail
//! here, when the program starts, not on the first request an hour later.
//!
//! Check your work: `cargo workbook check connect_sqlx`. Stuck: `cargo workbook hint connect_sqlx`.
//! Keep the function names and signatures: the tests call them.

use std::time::Duration;

use sqlx::Connection;
use sqlx::postgres::{PgConnection, PgPool, PgPoolOptions};

/// A pool of up to five connections to `url`, with one opened already.
pub async fn connect_pool(url: &str) -> Result<PgPool, sqlx::Error> {
    // TODO: build the pool with PgPoolOptions and connect it to `url`.
    todo!()
}

/// One connection to `url`: a session of its own, for one task.
pub async fn connect_once(url: &str) -> Result<PgConnection, sqlx::Error> {
    // TODO: open a single connection.
    todo!()
}
