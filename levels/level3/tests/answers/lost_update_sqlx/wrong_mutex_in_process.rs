//! Wrong answer to `lost_update_sqlx`: a Mutex inside the program serialises this program's
//! deposits, and cannot see those of another server (or another process) sharing the database.
//!
//! Rejected with: "lost update"

use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::error::PitfallError;

/// One deposit at a time, in this process.
static DEPOSITS: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Add `amount` to the user's balance.
pub async fn deposit(pool: &PgPool, user_id: i64, amount: Decimal) -> Result<(), PitfallError> {
    let _one_at_a_time = DEPOSITS.lock().await;
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
