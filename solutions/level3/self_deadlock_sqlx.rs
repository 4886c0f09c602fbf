//! Pitfall `self_deadlock_sqlx`: a task that waits for itself.
//!
//! Reference answer. Why it is right: the helper takes the connection to use (anything that
//! derefs to `PgConnection`: a transaction, a pooled connection), not the pool. The caller
//! passes its transaction, so the audit row is written on the connection the caller already
//! holds: no second connection needed, and the audit row commits or rolls back with the rename.

use sqlx::{PgConnection, PgPool};

use crate::error::PitfallError;

// ANCHOR: rename_user
/// Rename a user and record it in the audit log, in one transaction.
pub async fn rename_user(pool: &PgPool, user_id: i64, new_name: &str) -> Result<(), PitfallError> {
    let mut tx = pool.begin().await?;
    sqlx::query("UPDATE users SET name = $1 WHERE id = $2")
        .bind(new_name)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    record_audit(&mut tx, user_id, "renamed").await?;
    tx.commit().await?;
    Ok(())
}

/// Write an audit row on the connection the caller gives.
async fn record_audit(
    conn: &mut PgConnection,
    user_id: i64,
    event: &str,
) -> Result<(), PitfallError> {
    sqlx::query("INSERT INTO audit_log (user_id, event) VALUES ($1, $2)")
        .bind(user_id)
        .bind(event)
        .execute(conn)
        .await?;
    Ok(())
}
// ANCHOR_END: rename_user
