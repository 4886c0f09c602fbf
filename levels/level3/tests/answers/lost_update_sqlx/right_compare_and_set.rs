//! Right answer to `lost_update_sqlx`: optimistic: write the new balance only if the balance is
//! still the one that was read (`WHERE balance = $old`), and read again and retry when another
//! deposit got there first.

use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::error::PitfallError;

/// Add `amount` to the user's balance.
pub async fn deposit(pool: &PgPool, user_id: i64, amount: Decimal) -> Result<(), PitfallError> {
    loop {
        let balance: Decimal = sqlx::query_scalar("SELECT balance FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_one(pool)
            .await?;
        let written = sqlx::query("UPDATE users SET balance = $1 WHERE id = $2 AND balance = $3")
            .bind(balance + amount)
            .bind(user_id)
            .bind(balance)
            .execute(pool)
            .await?;
        if written.rows_affected() == 1 {
            return Ok(());
        }
    }
}
