//! Wrong answer to `unawaited_future_sqlx`: the UPDATE is awaited, but its result is thrown away
//! with `let _ =`, so a deposit the database refused is reported as done.
//!
//! Rejected with: "the error was thrown away"

use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::error::PitfallError;

/// Add `amount` to the user's balance.
pub async fn deposit(pool: &PgPool, user_id: i64, amount: Decimal) -> Result<(), PitfallError> {
    let _ = sqlx::query("UPDATE users SET balance = balance + $1 WHERE id = $2")
        .bind(amount)
        .bind(user_id)
        .execute(pool)
        .await;
    Ok(())
}
