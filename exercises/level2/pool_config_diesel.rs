//! Exercise `pool_config_diesel`: a pool built to a spec, on the diesel-async track.
//!
//! The same spec as `pool_config_sqlx` (read its story if you have not), built with deadpool.
//! deadpool has settings for some fields and none for others: where it has none, it gives you
//! the means to do it yourself (hooks that see each connection's age, `Pool::retain`, and the
//! plain fact that a connection you take is a connection it opens).
//!
//! The checks watch the pool from the server: no more connections than the cap under load,
//! warm connections open before the first query, a caller who waits too long gets the pool's
//! timeout error, an old connection is replaced, idle ones are closed, and a connection the
//! server killed is never handed out.
//!
//! Check your work: `cargo workbook check pool_config_diesel`. Stuck: `cargo workbook hint pool_config_diesel`.
//! Keep the function name and signature: the tests call it.

use std::time::Duration;

use deadpool::Runtime;
use deadpool::managed::{Hook, HookError};
use diesel_async::AsyncPgConnection;
use diesel_async::pooled_connection::deadpool::Pool;
use diesel_async::pooled_connection::{
    AsyncDieselConnectionManager, ManagerConfig, RecyclingMethod,
};

use crate::DieselPool;
use crate::error::PoolSetupError;
use crate::pool_spec::PoolSpec;

/// A pool to `url` that does what `spec` says.
pub async fn build_pool(url: &str, spec: &PoolSpec) -> Result<DieselPool, PoolSetupError> {
    // TODO: a manager (with a recycling method), a pool builder with the settings deadpool
    // has, and what it lacks built by hand.
    todo!()
}
