//! Wrong answer to `migrate_sqlx`: reverts every migration before running them again, "to
//! start clean", so each run drops the users table and every user in it.
//!
//! Rejected with: "running the migrations again must keep the data"

use sqlx::PgPool;
use sqlx::migrate::MigrateError;

/// Bring the database at `pool` up to the latest schema.
pub async fn create_schema(pool: &PgPool) -> Result<(), MigrateError> {
    let migrator = sqlx::migrate!("./migrations");
    migrator.undo(pool, 0).await?;
    migrator.run(pool).await
}
