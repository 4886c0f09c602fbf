//! Wrong answer to `lost_update_sqlx`: the read and the write are put in a transaction, which
//! by itself locks nothing (READ COMMITTED): another deposit can still commit between them and
//! be overwritten.
//!
//! Rejected with: "lost update"

use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::error::PitfallError;

/// Add `amount` to the user's balance.
pub async fn deposit(pool: &PgPool, user_id: i64, amount: Decimal) -> Result<(), PitfallError> {
    let mut tx = pool.begin().await?;
    let balance: Decimal = sqlx::query_scalar("SELECT balance FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(&mut *tx)
        .await?;
    sqlx::query("UPDATE users SET balance = $1 WHERE id = $2")
        .bind(balance + amount)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}
