//! Checks for the exercise `connect_sqlx`.

use std::time::Duration;

use_answer!(level1::connect_sqlx);
use answer::{connect_once, connect_pool};
use sqlx::{Connection, PgConnection, PgPool};

use crate::shared::connect::{ConnectError, ConnectUnderTest};

const EXERCISE: &str = "connect_sqlx";

/// sqlx's `connect_pool` and `connect_once`, and sqlx's names for what the spec sets.
struct Track;

impl ConnectUnderTest for Track {
    type Pool = PgPool;
    type Connection = PgConnection;

    const SIZE_API: &'static str = "PgPoolOptions::max_connections; min_connections is how many \
        it keeps open when idle, not a limit";
    const WAIT_API: &'static str = "PgPoolOptions::acquire_timeout";
    const OPEN_ONE_FIRST: &'static str =
        "Connect (not connect_lazy) so the mistake shows at startup.";
    const REPORT_A_WRONG_URL: &'static str = "it should try to connect and return the error \
        (connect, not connect_lazy, and no error thrown away), so a wrong URL shows at startup";

    async fn connect_pool(&self, url: &str) -> Result<PgPool, ConnectError> {
        connect_pool(url).await.map_err(|e| match e {
            sqlx::Error::PoolTimedOut => ConnectError::GaveUpWaiting {
                name: "PoolTimedOut",
                error: e.to_string(),
            },
            e => ConnectError::Other(e.to_string()),
        })
    }

    async fn current_database(&self, pool: &PgPool) -> Result<String, String> {
        sqlx::query_scalar("SELECT current_database()::text")
            .fetch_one(pool)
            .await
            .map_err(|e| e.to_string())
    }

    fn open_connections(&self, pool: &PgPool) -> usize {
        pool.size() as usize
    }

    fn max_size(&self, pool: &PgPool) -> usize {
        pool.options().get_max_connections() as usize
    }

    fn wait_timeout(&self, pool: &PgPool) -> Option<Duration> {
        Some(pool.options().get_acquire_timeout())
    }

    async fn connect_once(&self, url: &str) -> Result<PgConnection, String> {
        connect_once(url).await.map_err(|e| e.to_string())
    }

    async fn database_of(&self, mut connection: PgConnection) -> Result<String, String> {
        let current = sqlx::query_scalar("SELECT current_database()::text")
            .fetch_one(&mut connection)
            .await
            .map_err(|e| e.to_string())?;
        connection.close().await.map_err(|e| e.to_string())?;
        Ok(current)
    }
}

crate::connect_checks!();
