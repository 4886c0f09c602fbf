//! Checks for the exercise `pool_config_diesel`.

use deadpool::managed::{PoolError, TimeoutType};
use diesel::sql_types::{Double, Integer};
use diesel_async::RunQueryDsl;
use level2::DieselPool;
use_answer!(level2::pool_config_diesel);
use answer::build_pool;
use level2::pool_spec::PoolSpec;

use crate::shared::pool::{AcquireError, Held, PoolUnderTest};

const EXERCISE: &str = "pool_config_diesel";

#[derive(Clone)]
struct Diesel(DieselPool);

#[derive(diesel::QueryableByName)]
struct Pid {
    #[diesel(sql_type = Integer)]
    pid: i32,
}

impl PoolUnderTest for Diesel {
    async fn hold(&self) -> Result<Held, AcquireError> {
        match self.0.get().await {
            Ok(conn) => Ok(Held(Box::new(conn))),
            Err(PoolError::Timeout(TimeoutType::Wait)) => Err(AcquireError::Timeout),
            Err(e) => Err(AcquireError::Other(e.to_string())),
        }
    }

    async fn backend_pid(&self) -> Result<i32, String> {
        let mut conn = self.0.get().await.map_err(|e| e.to_string())?;
        diesel::sql_query("SELECT pg_backend_pid() AS pid")
            .get_result::<Pid>(&mut conn)
            .await
            .map(|row| row.pid)
            .map_err(|e| e.to_string())
    }

    async fn sleep_on_a_connection(&self, seconds: f64) -> Result<(), String> {
        let mut conn = self.0.get().await.map_err(|e| e.to_string())?;
        diesel::sql_query("SELECT pg_sleep($1)")
            .bind::<Double, _>(seconds)
            .execute(&mut conn)
            .await
            .map(|_| ())
            .map_err(|e| e.to_string())
    }

    fn idle(&self) -> usize {
        self.0.status().available
    }
}

async fn build(url: &str, spec: &PoolSpec) -> Result<Diesel, String> {
    build_pool(url, spec)
        .await
        .map(Diesel)
        .map_err(|e| e.to_string())
}

crate::pool_config_checks!();
