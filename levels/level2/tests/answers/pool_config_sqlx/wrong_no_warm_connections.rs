//! Wrong answer to `pool_config_sqlx`: never sets `min_connections`, so no connection is open
//! before the first request and none is kept open when the pool is idle.
//!
//! Rejected with: "the spec asks for 3 warm connections"

use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;

use crate::pool_spec::PoolSpec;

/// A pool to `url` that does what `spec` says.
pub async fn build_pool(url: &str, spec: &PoolSpec) -> Result<PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .max_connections(spec.max_connections)
        .max_lifetime(spec.max_lifetime)
        .idle_timeout(spec.idle_timeout)
        .acquire_timeout(spec.acquire_timeout)
        .test_before_acquire(spec.check_before_use)
        .connect(url)
        .await
}
