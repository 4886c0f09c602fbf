//! Checks for the exercise `connect_diesel`.

use std::time::Duration;

use deadpool::managed::{PoolError, TimeoutType};
use diesel::sql_types::Text;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use level1::DieselPool;
use level1::error::PoolSetupError;
use_answer!(level1::connect_diesel);
use answer::{connect_once, connect_pool};

use crate::shared::connect::{ConnectError, ConnectUnderTest};

const EXERCISE: &str = "connect_diesel";

#[derive(diesel::QueryableByName)]
struct CurrentDatabase {
    #[diesel(sql_type = Text)]
    name: String,
}

/// diesel's `connect_pool` (a deadpool pool) and `connect_once`, and deadpool's names for what
/// the spec sets.
struct Track;

impl ConnectUnderTest for Track {
    type Pool = DieselPool;
    type Connection = AsyncPgConnection;

    const SIZE_API: &'static str =
        "max_size on the pool builder; deadpool's default grows with the number of CPUs";
    const WAIT_API: &'static str =
        "wait_timeout on the pool builder, with the tokio runtime for its timer";
    const OPEN_ONE_FIRST: &'static str = "deadpool connects lazily: build() never touches the \
        server. Get one connection (pool.get()) before returning, so the mistake shows at \
        startup.";
    const REPORT_A_WRONG_URL: &'static str = "deadpool connects lazily: build() never touches \
        the server. Get one connection before returning, and return its error, so a wrong URL \
        shows at startup.";

    async fn connect_pool(&self, url: &str) -> Result<DieselPool, ConnectError> {
        connect_pool(url).await.map_err(|e| match e {
            PoolSetupError::Connect(PoolError::Timeout(TimeoutType::Wait)) => {
                ConnectError::GaveUpWaiting {
                    name: "PoolError::Timeout(Wait)",
                    error: e.to_string(),
                }
            }
            e => ConnectError::Other(e.to_string()),
        })
    }

    async fn current_database(&self, pool: &DieselPool) -> Result<String, String> {
        let mut conn = pool
            .get()
            .await
            .map_err(|e| format!("could not get a connection from the pool: {e}"))?;
        database_of(&mut conn).await
    }

    fn open_connections(&self, pool: &DieselPool) -> usize {
        pool.status().size
    }

    fn max_size(&self, pool: &DieselPool) -> usize {
        pool.status().max_size
    }

    fn wait_timeout(&self, pool: &DieselPool) -> Option<Duration> {
        pool.timeouts().wait
    }

    async fn connect_once(&self, url: &str) -> Result<AsyncPgConnection, String> {
        connect_once(url).await.map_err(|e| e.to_string())
    }

    async fn database_of(&self, mut connection: AsyncPgConnection) -> Result<String, String> {
        database_of(&mut connection).await
    }
}

async fn database_of(conn: &mut AsyncPgConnection) -> Result<String, String> {
    diesel::sql_query("SELECT current_database()::text AS name")
        .get_result::<CurrentDatabase>(conn)
        .await
        .map(|row| row.name)
        .map_err(|e| e.to_string())
}

crate::connect_checks!();
