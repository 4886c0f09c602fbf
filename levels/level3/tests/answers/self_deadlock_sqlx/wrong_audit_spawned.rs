//! Wrong answer to `self_deadlock_sqlx`: the audit row is written by a spawned task that waits
//! for the pool in the background; rename_user returns before it is written, and a failed
//! audit write goes unnoticed.
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
    let (pool, event) = (pool.clone(), "renamed");
    tokio::spawn(async move { record_audit(&pool, user_id, event).await });
    tx.commit().await?;
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
