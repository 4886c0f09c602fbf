//! Wrong answer to `migrate_diesel`: unwraps the migrations' result with `expect`, so a
//! migration that fails panics instead of coming back as an error the caller can handle.
//!
//! Rejected with: "A failed migration is an error to return, not a panic"

use diesel_async::{AsyncMigrationHarness, AsyncPgConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

/// The migrations of `levels/level1/migrations/`, compiled in.
pub const MIGRATIONS: EmbeddedMigrations = embed_migrations!("./migrations");

/// Bring the database behind `conn` up to the latest schema; returns the connection.
pub async fn create_schema(
    conn: AsyncPgConnection,
) -> diesel::migration::Result<AsyncPgConnection> {
    let mut harness = AsyncMigrationHarness::new(conn);
    harness
        .run_pending_migrations(MIGRATIONS)
        .expect("the migrations should apply");
    Ok(harness.into_inner())
}
