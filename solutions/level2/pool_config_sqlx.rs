//! Exercise `pool_config_sqlx`: a pool built to a spec, on the sqlx track.
//!
//! Reference answer. Why it is right: sqlx's `PgPoolOptions` has a setting for every field of
//! the spec, and its pool does the work itself: a background task opens `min_connections`
//! and closes connections past `idle_timeout` (down to the minimum) or `max_lifetime`;
//! `test_before_acquire` pings a connection before handing it out (sqlx's default is on).
//! `connect` opens a first connection, so a bad URL fails here.

use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;

use crate::pool_spec::PoolSpec;

// ANCHOR: build_pool
/// A pool to `url` that does what `spec` says.
pub async fn build_pool(url: &str, spec: &PoolSpec) -> Result<PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .max_connections(spec.max_connections)
        .min_connections(spec.warm_connections)
        .max_lifetime(spec.max_lifetime)
        .idle_timeout(spec.idle_timeout)
        .acquire_timeout(spec.acquire_timeout)
        .test_before_acquire(spec.check_before_use)
        .connect(url)
        .await
}
// ANCHOR_END: build_pool
