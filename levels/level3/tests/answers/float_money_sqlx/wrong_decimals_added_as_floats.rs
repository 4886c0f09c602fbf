//! Wrong answer to `float_money_sqlx`: decodes each balance as a Decimal, then adds them up as
//! f64 (`to_f64`), converting back and rounding to cents at the end.
//!
//! Rejected with: "floating point"

use rust_decimal::Decimal;
use rust_decimal::prelude::{FromPrimitive, ToPrimitive};
use sqlx::PgPool;

use crate::error::PitfallError;

/// The sum of every balance, to the cent.
pub async fn total_deposits(pool: &PgPool) -> Result<Decimal, PitfallError> {
    let balances: Vec<Decimal> = sqlx::query_scalar("SELECT balance FROM users")
        .fetch_all(pool)
        .await?;
    let total: f64 = balances.iter().filter_map(|b| b.to_f64()).sum();
    Ok(Decimal::from_f64(total).unwrap_or_default().round_dp(2))
}
