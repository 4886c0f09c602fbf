//! Wrong answer to `migrate_diesel`: reverts every migration before running them again, "to
//! start clean", so each run drops the users table and every user in it.
//!
//! Rejected with: "running the migrations again must keep the data"

use diesel_async::{AsyncMigrationHarness, AsyncPgConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

/// The migrations of `levels/level1/migrations/`, compiled in.
pub const MIGRATIONS: EmbeddedMigrations = embed_migrations!("./migrations");

/// Bring the database behind `conn` up to the latest schema; returns the connection.
pub async fn create_schema(
    conn: AsyncPgConnection,
) -> diesel::migration::Result<AsyncPgConnection> {
    let mut harness = AsyncMigrationHarness::new(conn);
    harness.revert_all_migrations(MIGRATIONS)?;
    harness.run_pending_migrations(MIGRATIONS)?;
    Ok(harness.into_inner())
}
