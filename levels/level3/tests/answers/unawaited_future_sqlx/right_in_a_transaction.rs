//! Right answer to `unawaited_future_sqlx`: the UPDATE runs, awaited, in a transaction on a
//! connection of its own, and both the statement's and the commit's errors are passed on.

use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::error::PitfallError;

/// Add `amount` to the user's balance.
pub async fn deposit(pool: &PgPool, user_id: i64, amount: Decimal) -> Result<(), PitfallError> {
    let mut tx = pool.begin().await?;
    sqlx::query("UPDATE users SET balance = balance + $1 WHERE id = $2")
        .bind(amount)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}
