//! Right answer to `float_money_sqlx`: each balance decoded as a Decimal and added up in Rust,
//! exact all the way.

use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::error::PitfallError;

/// The sum of every balance, to the cent.
pub async fn total_deposits(pool: &PgPool) -> Result<Decimal, PitfallError> {
    let balances: Vec<Decimal> = sqlx::query_scalar("SELECT balance FROM users")
        .fetch_all(pool)
        .await?;
    Ok(balances.iter().sum())
}
