//! Wrong answer to `self_deadlock_sqlx`: the audit row is written after the commit, on the
//! pool: no more waiting, but the rename and its audit row are no longer one transaction (a
//! failed audit write leaves a rename nobody recorded).
//!
//! Rejected with: "not in one transaction"

use sqlx::PgPool;

use crate::error::PitfallError;

/// Rename a user and record it in the audit log, in one transaction.
pub async fn rename_user(pool: &PgPool, user_id: i64, new_name: &str) -> Result<(), PitfallError> {
    let mut tx = pool.begin().await?;
    sqlx::query("UPDATE users SET name = $1 WHERE id = $2")
        .bind(new_name)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    record_audit(pool, user_id, "renamed").await?;
    Ok(())
}

/// Write an audit row.
async fn record_audit(pool: &PgPool, user_id: i64, event: &str) -> Result<(), PitfallError> {
    sqlx::query("INSERT INTO audit_log (user_id, event) VALUES ($1, $2)")
        .bind(user_id)
        .bind(event)
        .execute(pool)
        .await?;
    Ok(())
}
