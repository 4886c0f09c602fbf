//! Wrong answer to `unawaited_future_sqlx`: the UPDATE is spawned on a task that nobody awaits,
//! so deposit says Ok before the deposit happened, and an error would never reach the caller.
//!
//! Rejected with: "it was started and not awaited"

use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::error::PitfallError;

/// Add `amount` to the user's balance.
pub async fn deposit(pool: &PgPool, user_id: i64, amount: Decimal) -> Result<(), PitfallError> {
    let pool = pool.clone();
    tokio::spawn(async move {
        sqlx::query("UPDATE users SET balance = balance + $1 WHERE id = $2")
            .bind(amount)
            .bind(user_id)
            .execute(&pool)
            .await
    });
    Ok(())
}
