//! Pitfall `lost_update_sqlx`: read, add in Rust, write back.
//!
//! Reference answer. Why it is right: the addition happens in the UPDATE itself
//! (`balance = balance + $1`), so PostgreSQL reads and writes the row under its row lock: a
//! second deposit waits for the first and adds to its result. (The other fix: read with
//! `SELECT ... FOR UPDATE` inside a transaction, so the row stays locked from read to write.)

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
