//! Pitfall `float_money_sqlx`: money in floating point.
//!
//! Reference answer. Why it is right: the balances stay exact from the table to the answer.
//! `NUMERIC` in PostgreSQL and `Decimal` in Rust both count in base ten, so 0.10 is exactly
//! 0.10; here PostgreSQL adds them (`sum` of a NUMERIC column is a NUMERIC) and sqlx decodes
//! the result straight into a `Decimal`. Reading each balance as a `Decimal` and summing in
//! Rust is just as exact. An `f64` cannot hold 0.10, and every addition rounds.

use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::error::PitfallError;

// ANCHOR: total_deposits
/// The sum of every balance, to the cent.
pub async fn total_deposits(pool: &PgPool) -> Result<Decimal, PitfallError> {
    let total: Decimal = sqlx::query_scalar("SELECT coalesce(sum(balance), 0) FROM users")
        .fetch_one(pool)
        .await?;
    Ok(total)
}
// ANCHOR_END: total_deposits
