//! Exercise `migrate_diesel`: create the schema with diesel's migrations.
//!
//! Same idea as `migrate_sqlx`, diesel's way: `embed_migrations!` compiles the migrations into
//! the binary, and a migration harness applies the pending ones, recording them in
//! `__diesel_schema_migrations`. diesel's migration code is synchronous; diesel-async's
//! `AsyncMigrationHarness` runs it on the async connection (with `block_in_place`, so it needs
//! tokio's multi-threaded runtime).
//!
//! Reference answer. Why it is right: the harness takes the connection by value and gives it
//! back with `into_inner`, so the caller can keep using it; `run_pending_migrations` skips
//! what already ran.

use diesel_async::{AsyncMigrationHarness, AsyncPgConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

// ANCHOR: create_schema
/// The migrations of `levels/level1/migrations/`, compiled in.
pub const MIGRATIONS: EmbeddedMigrations = embed_migrations!("./migrations");

/// Bring the database behind `conn` up to the latest schema; returns the connection.
pub async fn create_schema(
    conn: AsyncPgConnection,
) -> diesel::migration::Result<AsyncPgConnection> {
    let mut harness = AsyncMigrationHarness::new(conn);
    harness.run_pending_migrations(MIGRATIONS)?;
    Ok(harness.into_inner())
}
// ANCHOR_END: create_schema
