//! Wrong answer to `float_money_sqlx`: sums exactly in NUMERIC but forgets that the sum of no
//! rows is NULL, so with no users it fails instead of answering 0.
//!
//! Rejected with: "The sum of no rows is NULL"

use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::error::PitfallError;

/// The sum of every balance, to the cent.
pub async fn total_deposits(pool: &PgPool) -> Result<Decimal, PitfallError> {
    let total: Decimal = sqlx::query_scalar("SELECT sum(balance) FROM users")
        .fetch_one(pool)
        .await?;
    Ok(total)
}
