//! Right answer to `unawaited_future_sqlx`: the UPDATE runs on a task of its own (say, so a
//! cancelled caller cannot cut it short), and deposit awaits that task and passes on both a
//! panic and the statement's error.

use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::error::PitfallError;

/// Add `amount` to the user's balance.
pub async fn deposit(pool: &PgPool, user_id: i64, amount: Decimal) -> Result<(), PitfallError> {
    let pool = pool.clone();
    let done = tokio::spawn(async move {
        sqlx::query("UPDATE users SET balance = balance + $1 WHERE id = $2")
            .bind(amount)
            .bind(user_id)
            .execute(&pool)
            .await
    })
    .await
    .expect("the deposit's task panicked");
    done?;
    Ok(())
}
