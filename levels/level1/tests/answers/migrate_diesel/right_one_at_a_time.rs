//! Right answer to `migrate_diesel`: applies the pending migrations one at a time
//! (`has_pending_migration` / `run_next_migration`) instead of all at once.

use diesel_async::{AsyncMigrationHarness, AsyncPgConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

/// The migrations of `levels/level1/migrations/`, compiled in.
pub const MIGRATIONS: EmbeddedMigrations = embed_migrations!("./migrations");

/// Bring the database behind `conn` up to the latest schema; returns the connection.
pub async fn create_schema(
    conn: AsyncPgConnection,
) -> diesel::migration::Result<AsyncPgConnection> {
    let mut harness = AsyncMigrationHarness::new(conn);
    while harness.has_pending_migration(MIGRATIONS)? {
        harness.run_next_migration(MIGRATIONS)?;
    }
    Ok(harness.into_inner())
}
