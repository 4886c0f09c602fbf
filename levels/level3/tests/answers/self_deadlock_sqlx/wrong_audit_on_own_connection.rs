//! Wrong answer to `self_deadlock_sqlx`: the audit helper opens a connection of its own (with
//! the pool's settings), so it no longer waits for the pool, but its INSERT commits on that
//! connection, outside the rename's transaction.
//!
//! Rejected with: "not in one transaction"

use sqlx::{Connection, PgConnection, PgPool};

use crate::error::PitfallError;

/// Rename a user and record it in the audit log, in one transaction.
pub async fn rename_user(pool: &PgPool, user_id: i64, new_name: &str) -> Result<(), PitfallError> {
    let mut tx = pool.begin().await?;
    sqlx::query("UPDATE users SET name = $1 WHERE id = $2")
        .bind(new_name)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    record_audit(pool, user_id, "renamed").await?;
    tx.commit().await?;
    Ok(())
}

/// Write an audit row, on a connection of its own.
async fn record_audit(pool: &PgPool, user_id: i64, event: &str) -> Result<(), PitfallError> {
    let mut conn = PgConnection::connect_with(&pool.connect_options()).await?;
    sqlx::query("INSERT INTO audit_log (user_id, event) VALUES ($1, $2)")
        .bind(user_id)
        .bind(event)
        .execute(&mut conn)
        .await?;
    conn.close().await?;
    Ok(())
}
