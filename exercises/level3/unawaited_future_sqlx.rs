//! Pitfall `unawaited_future_sqlx`: the deposit that never happened.
//!
//! Support ticket: "I deposited 50.00, the app said OK, my balance did not move." The logs show
//! no error. The database shows no UPDATE at all, ever, from this function. It compiles without
//! a warning (`cargo build`), and the tests reproduce the ticket.
//!
//! Find out why, and fix it. Then try `cargo clippy -p level3` on the broken version: one of
//! its lints names this mistake.
//!
//! Check your work: `cargo workbook check unawaited_future_sqlx`. Stuck: `cargo workbook hint unawaited_future_sqlx`.
//! Keep the function name and signature: the tests call it.

use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::error::PitfallError;

/// Add `amount` to the user's balance.
pub async fn deposit(pool: &PgPool, user_id: i64, amount: Decimal) -> Result<(), PitfallError> {
    // TODO: this returns Ok and the balance never changes. Why?
    let _ = sqlx::query("UPDATE users SET balance = balance + $1 WHERE id = $2")
        .bind(amount)
        .bind(user_id)
        .execute(pool);
    Ok(())
}
