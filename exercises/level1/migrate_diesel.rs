//! Exercise `migrate_diesel`: create the schema with diesel's migrations.
//!
//! The same idea as `migrate_sqlx` (read its story if you have not), diesel's way: the
//! migrations are compiled into the program, and a *migration harness* applies the ones not yet
//! recorded in the database. diesel's migration code is synchronous; diesel-async wraps it for
//! an async connection.
//!
//! Apply the migrations of `levels/level1/migrations/` (a path relative to the level crate,
//! `levels/level1/`) to the database behind `conn`, and hand the connection back. Running this
//! twice must be harmless.
//!
//! Check your work: `cargo workbook check migrate_diesel`. Stuck: `cargo workbook hint migrate_diesel`.
//! Keep the function name and signature: the tests call it.

use diesel_async::{AsyncMigrationHarness, AsyncPgConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

/// Bring the database behind `conn` up to the latest schema; returns the connection.
pub async fn create_schema(
    conn: AsyncPgConnection,
) -> diesel::migration::Result<AsyncPgConnection> {
    // TODO: embed the migrations, wrap `conn` in a harness, run what is pending, and return
    // the connection.
    todo!()
}
