//! Wrong answer to `unawaited_future_sqlx`: the spawned UPDATE's task is awaited, so it has run
//! by the time deposit returns, but `.ok()` throws away what it answered: a refused deposit
//! comes back as Ok.
//!
//! Rejected with: "the error was thrown away"

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
    })
    .await
    .ok();
    Ok(())
}
