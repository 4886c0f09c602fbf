//! Right answer to `self_deadlock_sqlx`: one connection acquired up front, the transaction begun
//! on it, and the helper given `&mut PgConnection` (here the transaction).

use sqlx::{Connection, PgConnection, PgPool};

use crate::error::PitfallError;

/// Rename a user and record it in the audit log, in one transaction.
pub async fn rename_user(pool: &PgPool, user_id: i64, new_name: &str) -> Result<(), PitfallError> {
    let mut conn = pool.acquire().await?;
    let mut tx = conn.begin().await?;
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
