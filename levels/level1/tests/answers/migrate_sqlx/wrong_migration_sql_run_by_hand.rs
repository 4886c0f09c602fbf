//! Wrong answer to `migrate_sqlx`: runs the migration's SQL file itself, not through the
//! migrator, so nothing remembers that it ran and the second run fails on the existing table.
//!
//! Rejected with: "failed the second time"

use sqlx::PgPool;
use sqlx::migrate::MigrateError;

/// Bring the database at `pool` up to the latest schema.
pub async fn create_schema(pool: &PgPool) -> Result<(), MigrateError> {
    sqlx::raw_sql(include_str!(
        "../../../migrations/20251125000001_create_users.up.sql"
    ))
    .execute(pool)
    .await?;
    Ok(())
}
