//! Wrong answer to `migrate_diesel`: runs the pending migrations but throws their result away,
//! so a migration that fails is reported as Ok.
//!
//! Rejected with: "a failed migration must come back as an error"

use diesel_async::{AsyncMigrationHarness, AsyncPgConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

/// The migrations of `levels/level1/migrations/`, compiled in.
pub const MIGRATIONS: EmbeddedMigrations = embed_migrations!("./migrations");

/// Bring the database behind `conn` up to the latest schema; returns the connection.
pub async fn create_schema(
    conn: AsyncPgConnection,
) -> diesel::migration::Result<AsyncPgConnection> {
    let mut harness = AsyncMigrationHarness::new(conn);
    let _ = harness.run_pending_migrations(MIGRATIONS);
    Ok(harness.into_inner())
}
