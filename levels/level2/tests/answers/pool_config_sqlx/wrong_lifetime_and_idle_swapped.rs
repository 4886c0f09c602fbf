//! Wrong answer to `pool_config_sqlx`: gives the spec's idle timeout to `max_lifetime` and its
//! max lifetime to `idle_timeout`, so a connection in constant use is never retired, however
//! old (and a pool left alone closes connections by age instead of by idleness).
//!
//! Rejected with: "max_lifetime counts from when the connection was opened"

use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;

use crate::pool_spec::PoolSpec;

/// A pool to `url` that does what `spec` says.
pub async fn build_pool(url: &str, spec: &PoolSpec) -> Result<PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .max_connections(spec.max_connections)
        .min_connections(spec.warm_connections)
        .max_lifetime(spec.idle_timeout)
        .idle_timeout(spec.max_lifetime)
        .acquire_timeout(spec.acquire_timeout)
        .test_before_acquire(spec.check_before_use)
        .connect(url)
        .await
}
