//! Pitfall `unawaited_future_sqlx`: a future that is never awaited.
//!
//! Reference answer. Why it is right: `execute(pool)` only builds a future; `.await` runs it.
//! The `?` then passes on a failure instead of dropping it with the future. (The broken
//! version's `let _ = ...` silenced the `unused_must_use` warning that would have caught it;
//! clippy's `let_underscore_future` lint catches even that.)

use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::error::PitfallError;

// ANCHOR: deposit
/// Add `amount` to the user's balance.
pub async fn deposit(pool: &PgPool, user_id: i64, amount: Decimal) -> Result<(), PitfallError> {
    sqlx::query("UPDATE users SET balance = balance + $1 WHERE id = $2")
        .bind(amount)
        .bind(user_id)
        .execute(pool)
        .await?;
    Ok(())
}
// ANCHOR_END: deposit
