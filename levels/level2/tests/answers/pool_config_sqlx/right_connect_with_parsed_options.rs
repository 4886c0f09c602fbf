//! Right answer to `pool_config_sqlx`: the connection options are parsed first and handed to
//! `connect_with`, and each setting is applied on its own line from a `PoolOptions` value kept
//! in a variable (the same settings, another way to reach them).

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{PgPool, Pool, Postgres};

use crate::pool_spec::PoolSpec;

/// A pool to `url` that does what `spec` says.
pub async fn build_pool(url: &str, spec: &PoolSpec) -> Result<PgPool, sqlx::Error> {
    let connect: PgConnectOptions = url.parse()?;
    let mut options: PgPoolOptions = sqlx::pool::PoolOptions::<Postgres>::new();
    options = options.max_connections(spec.max_connections);
    options = options.min_connections(spec.warm_connections);
    options = options.max_lifetime(Some(spec.max_lifetime));
    options = options.idle_timeout(Some(spec.idle_timeout));
    options = options.acquire_timeout(spec.acquire_timeout);
    options = options.test_before_acquire(spec.check_before_use);
    let pool: Pool<Postgres> = options.connect_with(connect).await?;
    Ok(pool)
}
