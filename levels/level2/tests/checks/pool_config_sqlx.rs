//! Checks for the exercise `pool_config_sqlx`.

use level2::pool_config_sqlx::build_pool;
use level2::pool_spec::PoolSpec;
use sqlx::PgPool;

use crate::shared::pool::{self as checks, AcquireError, Held, PoolUnderTest};
use crate::support::{LEVEL, check};

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
}

async fn build(url: &str, spec: &PoolSpec) -> Result<Sqlx, String> {
    build_pool(url, spec)
        .await
        .map(Sqlx)
        .map_err(|e| e.to_string())
}

#[test]
fn never_more_connections_than_the_cap() {
    check(&LEVEL, |db| async move {
        checks::never_more_connections_than_the_cap(EXERCISE, &db, build).await;
    });
}

#[test]
fn warm_connections_are_open_before_the_first_query() {
    check(&LEVEL, |db| async move {
        checks::warm_connections_are_open_before_the_first_query(EXERCISE, &db, build).await;
    });
}

#[test]
fn an_exhausted_pool_times_out() {
    check(&LEVEL, |db| async move {
        checks::an_exhausted_pool_times_out(EXERCISE, &db, build).await;
    });
}

#[test]
fn old_connections_are_replaced() {
    check(&LEVEL, |db| async move {
        checks::old_connections_are_replaced(EXERCISE, &db, build).await;
    });
}

#[test]
fn idle_connections_are_closed() {
    check(&LEVEL, |db| async move {
        checks::idle_connections_are_closed(EXERCISE, &db, build).await;
    });
}

#[test]
fn a_killed_connection_is_not_handed_out() {
    check(&LEVEL, |db| async move {
        checks::a_killed_connection_is_not_handed_out(EXERCISE, &db, build).await;
    });
}
