//! Wrong answer to `self_deadlock_sqlx`: the helper writes on the transaction, but its error is
//! thrown away (`let _ =`): a failed audit write aborts the transaction, the COMMIT quietly
//! rolls back, and rename_user says Ok for a rename that did not happen.
//!
//! Rejected with: "its error was thrown away"

use sqlx::{PgConnection, PgPool};

use crate::error::PitfallError;

/// Rename a user and record it in the audit log, in one transaction.
pub async fn rename_user(pool: &PgPool, user_id: i64, new_name: &str) -> Result<(), PitfallError> {
    let mut tx = pool.begin().await?;
    sqlx::query("UPDATE users SET name = $1 WHERE id = $2")
        .bind(new_name)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    let _ = record_audit(&mut tx, user_id, "renamed").await;
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
