//! Wrong answer to `lost_update_sqlx`: reads the balance, adds in Rust, writes the sum back;
//! a deposit committed in between is overwritten.
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
    sqlx::query("UPDATE users SET balance = $1 WHERE id = $2")
        .bind(balance + amount)
        .bind(user_id)
        .execute(pool)
        .await?;
    Ok(())
}
