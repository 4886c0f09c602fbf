//! Wrong answer to `float_money_sqlx`: keeps the f64 sum and rounds it to cents at the end,
//! which repairs the thousand dimes by luck but not a total too large for f64 to hold a cent.
//!
//! Rejected with: "went through floating point"

use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;
use sqlx::PgPool;

use crate::error::PitfallError;

/// The sum of every balance, to the cent.
pub async fn total_deposits(pool: &PgPool) -> Result<Decimal, PitfallError> {
    let balances: Vec<f64> = sqlx::query_scalar("SELECT balance::float8 FROM users")
        .fetch_all(pool)
        .await?;
    let total: f64 = balances.iter().sum();
    Ok(Decimal::from_f64(total).unwrap_or_default().round_dp(2))
}
