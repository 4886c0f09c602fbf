//! Wrong answer to `migrate_diesel`: runs the migration's SQL file itself, not through a
//! migration harness, so nothing remembers that it ran and the second run fails on the existing
//! table.
//!
//! Rejected with: "failed the second time"

use diesel_async::{AsyncPgConnection, SimpleAsyncConnection};

/// Bring the database behind `conn` up to the latest schema; returns the connection.
pub async fn create_schema(
    mut conn: AsyncPgConnection,
) -> diesel::migration::Result<AsyncPgConnection> {
    conn.batch_execute(include_str!(
        "../../../migrations/20251125000001_create_users/up.sql"
    ))
    .await?;
    Ok(conn)
}
