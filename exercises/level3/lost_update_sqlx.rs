//! Pitfall `lost_update_sqlx`: the deposits that vanished.
//!
//! On payday, a thousand employer deposits arrive at once. Some employees are short. Each
//! deposit was acknowledged, each UPDATE ran, no error anywhere, and the sum of the deposits is
//! more than the balances grew. Alone, every deposit is right. Together, some vanish. The tests
//! send fifty deposits at once.
//!
//! Find out where the money goes, and fix it.
//!
//! Check your work: `cargo workbook check lost_update_sqlx`. Stuck: `cargo workbook hint lost_update_sqlx`.
//! Keep the function name and signature: the tests call it.

use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::error::PitfallError;

/// Add `amount` to the user's balance.
pub async fn deposit(pool: &PgPool, user_id: i64, amount: Decimal) -> Result<(), PitfallError> {
    // TODO: right alone, wrong fifty at a time. What happens between these two statements?
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
