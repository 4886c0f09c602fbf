//! Wrong answer to `lost_update_sqlx`: read, add, write, then read back and retry until the
//! balance is what this deposit wrote: that only checks this deposit's own write, and another
//! deposit that committed in between is still overwritten.
//!
//! Rejected with: "lost update"

use std::time::Duration;

use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::error::PitfallError;

/// Add `amount` to the user's balance.
pub async fn deposit(pool: &PgPool, user_id: i64, amount: Decimal) -> Result<(), PitfallError> {
    for _ in 0..5 {
        let balance: Decimal = sqlx::query_scalar("SELECT balance FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_one(pool)
            .await?;
        sqlx::query("UPDATE users SET balance = $1 WHERE id = $2")
            .bind(balance + amount)
            .bind(user_id)
            .execute(pool)
            .await?;
        let now: Decimal = sqlx::query_scalar("SELECT balance FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_one(pool)
            .await?;
        if now == balance + amount {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    Ok(())
}
