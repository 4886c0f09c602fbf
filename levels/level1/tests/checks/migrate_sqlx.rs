//! Checks for the exercise `migrate_sqlx` (on an empty database: no tables at all).

use_answer!(level1::migrate_sqlx);
use answer::create_schema;
use harness::TestDb;
use sqlx::PgPool;

use crate::shared::migrate::MigrationsUnderTest;

const EXERCISE: &str = "migrate_sqlx";

/// sqlx's `create_schema`, run on a pool of the test's database; sqlx's migrator records what
/// it applied in `_sqlx_migrations`.
struct Track(PgPool);

impl MigrationsUnderTest for Track {
    const GIVEN: &'static str = "pool";
    const RECORD: &'static str = "_sqlx_migrations";
    const MIGRATOR: &'static str = "sqlx's migrator (sqlx::migrate!)";
    const RUN: &'static str = "run()";

    async fn create_schema(&mut self) -> Result<(), String> {
        create_schema(&self.0).await.map_err(|e| e.to_string())
    }

    async fn recorded_versions(&self, pool: &PgPool) -> Vec<String> {
        sqlx::query_scalar("SELECT version::text FROM _sqlx_migrations WHERE success ORDER BY 1")
            .fetch_all(pool)
            .await
            .unwrap_or_default()
    }
}

async fn track(db: &TestDb) -> Track {
    Track(db.pool().await)
}

crate::migrate_checks!();
