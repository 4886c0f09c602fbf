//! Wrong answer to `lost_update_sqlx`: the row is locked with FOR UPDATE, but the balance that
//! is added to was read before, outside the lock (on the pool), so it can be stale.
//!
//! Rejected with: "lost update"

use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::error::PitfallError;

/// Add `amount` to the user's balance.
pub async fn deposit(pool: &PgPool, user_id: i64, amount: Decimal) -> Result<(), PitfallError> {
    let balance: Decimal = sqlx::query_scalar("SELECT balance FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(pool)
        .await?;
    let mut tx = pool.begin().await?;
    sqlx::query("SELECT id FROM users WHERE id = $1 FOR UPDATE")
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("UPDATE users SET balance = $1 WHERE id = $2")
        .bind(balance + amount)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}
