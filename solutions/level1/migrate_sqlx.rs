//! Exercise `migrate_sqlx`: create the schema, the way Rust projects do.
//!
//! SQLAlchemy's `Base.metadata.create_all()` creates missing tables from the models. It never
//! changes a table that exists, so the first time a column is added, it stops helping.
//! Migrations are numbered SQL files applied in order, each once, with a record in the database
//! of which ran: the schema's history is in version control, and every database can be brought
//! to the same state.
//!
//! Reference answer. Why it is right: `sqlx::migrate!` embeds `levels/level1/migrations/` into
//! the binary at compile time (no files needed at run time), and `run` applies only what the
//! `_sqlx_migrations` table says is missing, so running it twice is harmless.

use sqlx::PgPool;
use sqlx::migrate::MigrateError;

// ANCHOR: create_schema
/// Bring the database at `pool` up to the latest schema.
pub async fn create_schema(pool: &PgPool) -> Result<(), MigrateError> {
    sqlx::migrate!("./migrations").run(pool).await
}
// ANCHOR_END: create_schema
