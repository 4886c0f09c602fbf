//! Checks for the exercise `migrate_diesel` (on an empty database: no tables at all).

use diesel_async::AsyncPgConnection;
use harness::TestDb;
use_answer!(level1::migrate_diesel);
use answer::create_schema;
use sqlx::PgPool;

use crate::shared::migrate::MigrationsUnderTest;
use crate::support::diesel_connection;

const EXERCISE: &str = "migrate_diesel";

/// diesel's `create_schema`, which takes a connection and hands it back for the next run;
/// diesel's migration harness records what it applied in `__diesel_schema_migrations`.
struct Track<'db> {
    db: &'db TestDb,
    /// The connection for the next run (gone when a run failed, taking it along).
    conn: Option<AsyncPgConnection>,
}

impl MigrationsUnderTest for Track<'_> {
    const GIVEN: &'static str = "connection";
    const RECORD: &'static str = "__diesel_schema_migrations";
    const MIGRATOR: &'static str =
        "a migration harness (embed_migrations!, run_pending_migrations)";
    const RUN: &'static str = "run_pending_migrations";

    async fn create_schema(&mut self) -> Result<(), String> {
        let conn = match self.conn.take() {
            Some(conn) => conn,
            None => diesel_connection(self.db).await,
        };
        let conn = create_schema(conn).await.map_err(|e| e.to_string())?;
        self.conn = Some(conn);
        Ok(())
    }

    async fn recorded_versions(&self, pool: &PgPool) -> Vec<String> {
        sqlx::query_scalar("SELECT version::text FROM __diesel_schema_migrations ORDER BY 1")
            .fetch_all(pool)
            .await
            .unwrap_or_default()
    }
}

async fn track(db: &TestDb) -> Track<'_> {
    Track {
        db,
        conn: Some(diesel_connection(db).await),
    }
}

crate::migrate_checks!();
