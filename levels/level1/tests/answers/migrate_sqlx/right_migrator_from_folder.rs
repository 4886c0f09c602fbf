//! Right answer to `migrate_sqlx`: reads the migrations from the level's folder when it runs
//! (`Migrator::new`) instead of embedding them at compile time, then runs what is pending.

use std::path::Path;

use sqlx::PgPool;
use sqlx::migrate::{MigrateError, Migrator};

/// Bring the database at `pool` up to the latest schema.
pub async fn create_schema(pool: &PgPool) -> Result<(), MigrateError> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let migrator = Migrator::new(folder).await?;
    migrator.run(pool).await
}
