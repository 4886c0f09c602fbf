//! Checks for the exercise `pool_config_sqlx`.

use_answer!(level2::pool_config_sqlx);
use answer::build_pool;
use level2::pool_spec::PoolSpec;
use sqlx::PgPool;

use crate::shared::pool::{AcquireError, Held, PoolUnderTest};

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

crate::pool_config_checks!();
