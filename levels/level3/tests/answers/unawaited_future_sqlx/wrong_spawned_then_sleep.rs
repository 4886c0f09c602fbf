//! Wrong answer to `unawaited_future_sqlx`: the UPDATE is spawned and not awaited, and a short
//! sleep gives it time to run: usually long enough, never a promise, and an error is still lost.
//!
//! Rejected with: "it was started and not awaited"

use std::time::Duration;

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
    // "Give it a moment to land."
    tokio::time::sleep(Duration::from_millis(20)).await;
    Ok(())
}
