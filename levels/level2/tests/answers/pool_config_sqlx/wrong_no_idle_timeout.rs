//! Wrong answer to `pool_config_sqlx`: never sets `idle_timeout`, so after a burst every
//! connection stays open for sqlx's default ten minutes.
//!
//! Rejected with: "connections are still open"

use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;

use crate::pool_spec::PoolSpec;

/// A pool to `url` that does what `spec` says.
pub async fn build_pool(url: &str, spec: &PoolSpec) -> Result<PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .max_connections(spec.max_connections)
        .min_connections(spec.warm_connections)
        .max_lifetime(spec.max_lifetime)
        .acquire_timeout(spec.acquire_timeout)
        .test_before_acquire(spec.check_before_use)
        .connect(url)
        .await
}
