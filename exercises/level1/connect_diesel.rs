//! Exercise `connect_diesel`: a pool and a single connection, on the diesel-async track.
//!
//! diesel-async brings connections but no pool: it plugs into one, here deadpool, through an
//! `AsyncDieselConnectionManager` that knows how to make a connection from a URL. A single
//! connection comes from `AsyncPgConnection::establish`.
//!
//! Write both functions. The pool should hold at most 5 connections and give up waiting after
//! 5 seconds (deadpool needs to be told which runtime runs its timers: tokio). Careful: deadpool
//! makes connections only when someone asks for one, so a pool "built" for a wrong URL looks
//! fine until the first request. Make `connect_pool` find out before it returns.
//!
//! Check your work: `cargo workbook check connect_diesel`. Stuck: `cargo workbook hint connect_diesel`.
//! Keep the function names and signatures: the tests call them.

use std::time::Duration;

use deadpool::Runtime;
use diesel::ConnectionResult;
use diesel_async::pooled_connection::AsyncDieselConnectionManager;
use diesel_async::pooled_connection::deadpool::Pool;
use diesel_async::{AsyncConnection, AsyncPgConnection};

use crate::DieselPool;
use crate::error::PoolSetupError;

/// A pool of up to five connections to `url`, checked by opening one.
pub async fn connect_pool(url: &str) -> Result<DieselPool, PoolSetupError> {
    // TODO: a manager for `url`, a pool built from it, and one connection asked for.
    todo!()
}

/// One connection to `url`.
pub async fn connect_once(url: &str) -> ConnectionResult<AsyncPgConnection> {
    // TODO: establish a single connection.
    todo!()
}
