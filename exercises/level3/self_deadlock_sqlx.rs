//! Pitfall `self_deadlock_sqlx`: the rename that hangs.
//!
//! In development, renaming a user works. In production, under load, renames start failing
//! with "pool timed out", and when they do, the rest of the site slows down too. A test with a
//! pool of one connection reproduces it every time. The database is not busy: nobody holds a
//! lock on the users table.
//!
//! Find out what `rename_user` is waiting for, and fix it. The audit row must be written in the
//! same transaction as the rename.
//!
//! Check your work: `cargo workbook check self_deadlock_sqlx`. Stuck: `cargo workbook hint self_deadlock_sqlx`.
//! Keep `rename_user`'s name and signature: the tests call it. `record_audit` is yours to change.

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
    // TODO: with a pool of one connection, this never returns. What does it wait for?
    record_audit(pool, user_id, "renamed").await?;
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
