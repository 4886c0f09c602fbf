//! Checks for the exercise `pool_config_sqlx`.

use_answer!(level2::pool_config_sqlx);
use answer::build_pool;
use level2::pool_spec::PoolSpec;
use sqlx::PgPool;

use crate::shared::pool::{AcquireError, Held, PoolUnderTest};
use crate::support::LEVEL;

const EXERCISE: &str = "pool_config_sqlx";

#[derive(Clone)]
struct Sqlx(PgPool);

impl PoolUnderTest for Sqlx {
    async fn hold(&self) -> Result<Held, AcquireError> {
        match self.0.acquire().await {
            Ok(conn) => Ok(Held(Box::new(conn))),
            Err(sqlx::Error::PoolTimedOut) => Err(AcquireError::Timeout),
            Err(e) => Err(AcquireError::Other(e.to_string())),
        }
    }

    async fn backend_pid(&self) -> Result<i32, String> {
        harness::observe::backend_pid(&self.0)
            .await
            .map_err(|e| e.to_string())
    }

    async fn sleep_on_a_connection(&self, seconds: f64) -> Result<(), String> {
        sqlx::query("SELECT pg_sleep($1)")
            .bind(seconds)
            .execute(&self.0)
            .await
            .map(|_| ())
            .map_err(|e| e.to_string())
    }

    fn idle(&self) -> usize {
        self.0.num_idle()
    }
}

async fn build(url: &str, spec: &PoolSpec) -> Result<Sqlx, String> {
    build_pool(url, spec)
        .await
        .map(Sqlx)
        .map_err(|e| e.to_string())
}

harness::checks!(&LEVEL, crate::shared::pool, |db| (EXERCISE, &db, build);
    never_more_connections_than_the_cap,
    warm_connections_are_open_before_the_first_query,
    an_exhausted_pool_times_out,
    old_connections_are_replaced,
    idle_connections_are_closed,
    a_killed_connection_is_not_handed_out,
);
