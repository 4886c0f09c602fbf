//! Wrong answer to `pool_config_sqlx`: turns the check before use off (to save a round trip),
//! whatever the spec says, so a connection the server closed is handed out and the request on
//! it fails.
//!
//! Rejected with: "check a connection before handing it out"

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
        .acquire_timeout(spec.acquire_timeout)
        .test_before_acquire(false)
        .connect(url)
        .await
}
