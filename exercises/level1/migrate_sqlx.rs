//! Exercise `migrate_sqlx`: create the schema, the way Rust projects do.
//!
//! The Python tutorial calls `Base.metadata.create_all()`: create whatever tables are missing,
//! from the models. It never alters a table that already exists, so the day you add a column it
//! stops helping. Migrations are numbered SQL files, applied in order, each exactly once, with a
//! table in the database recording which ran. The history of the schema lives in version
//! control, and every database (yours, CI's, production) can be brought to the same state.
//!
//! This level's migrations are in `levels/level1/migrations/`. Apply them to the database
//! behind `pool`. Running this twice must be harmless.
//!
//! Check your work: `cargo workbook check migrate_sqlx`. Stuck: `cargo workbook hint migrate_sqlx`.
//! Keep the function name and signature: the tests call it.

use sqlx::PgPool;
use sqlx::migrate::MigrateError;

/// Bring the database at `pool` up to the latest schema.
pub async fn create_schema(pool: &PgPool) -> Result<(), MigrateError> {
    // TODO: embed the migrations folder with sqlx's macro and run it.
    todo!()
}
