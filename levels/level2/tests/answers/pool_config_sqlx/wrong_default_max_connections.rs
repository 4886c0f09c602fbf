//! Wrong answer to `pool_config_sqlx`: leaves the cap at sqlx's default (10 connections)
//! instead of the spec's `max_connections`, so under load the pool opens more connections than
//! the service is allowed.
//!
//! Rejected with: "the spec caps the pool at 3"

use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;

use crate::pool_spec::PoolSpec;

/// A pool to `url` that does what `spec` says.
pub async fn build_pool(url: &str, spec: &PoolSpec) -> Result<PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .min_connections(spec.warm_connections)
        .max_lifetime(spec.max_lifetime)
        .idle_timeout(spec.idle_timeout)
        .acquire_timeout(spec.acquire_timeout)
        .test_before_acquire(spec.check_before_use)
        .connect(url)
        .await
}
