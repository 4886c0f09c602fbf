//! Wrong answer to `float_money_sqlx`: sums exactly in NUMERIC, then reads the total as float8
//! and rounds it to cents: the last step loses the cent of a large total.
//!
//! Rejected with: "went through floating point"

use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;
use sqlx::PgPool;

use crate::error::PitfallError;

/// The sum of every balance, to the cent.
pub async fn total_deposits(pool: &PgPool) -> Result<Decimal, PitfallError> {
    let total: f64 = sqlx::query_scalar("SELECT coalesce(sum(balance), 0)::float8 FROM users")
        .fetch_one(pool)
        .await?;
    Ok(Decimal::from_f64(total).unwrap_or_default().round_dp(2))
}
