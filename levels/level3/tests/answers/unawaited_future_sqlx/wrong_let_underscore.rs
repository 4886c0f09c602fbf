//! Wrong answer to `unawaited_future_sqlx`: `let _ =` on the statement's future, so it is
//! dropped without ever running, and deposit says Ok for a deposit that never happened.
//!
//! Rejected with: "never reached the server"

use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::error::PitfallError;

/// Add `amount` to the user's balance.
// The mistake itself: the future is silenced with `let _ =` (clippy's let_underscore_future).
#[allow(clippy::let_underscore_future)]
pub async fn deposit(pool: &PgPool, user_id: i64, amount: Decimal) -> Result<(), PitfallError> {
    let _ = sqlx::query("UPDATE users SET balance = balance + $1 WHERE id = $2")
        .bind(amount)
        .bind(user_id)
        .execute(pool);
    Ok(())
}
