//! Wrong answer to `pool_config_sqlx`: leaves the acquire timeout at sqlx's default (30 s),
//! so a caller waits far longer than the spec allows for a busy pool.
//!
//! Rejected with: "a third caller was still waiting after 3 s"

use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;

use crate::pool_spec::PoolSpec;

/// A pool to `url` that does what `spec` says.
pub async fn build_pool(url: &str, spec: &PoolSpec) -> Result<PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .max_connections(spec.max_connections)
        .min_connections(spec.warm_connections)
        .max_lifetime(spec.max_lifetime)
        .idle_timeout(spec.idle_timeout)
        .test_before_acquire(spec.check_before_use)
        .connect(url)
        .await
}
