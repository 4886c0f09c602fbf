//! Right answer to `float_money_sqlx`: counts in whole cents, an exact integer
//! (`sum(balance * 100)::bigint`), and turns them into a Decimal with two decimal places.

use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::error::PitfallError;

/// The sum of every balance, to the cent.
pub async fn total_deposits(pool: &PgPool) -> Result<Decimal, PitfallError> {
    let cents: i64 =
        sqlx::query_scalar("SELECT coalesce(sum(balance * 100), 0)::bigint FROM users")
            .fetch_one(pool)
            .await?;
    Ok(Decimal::new(cents, 2))
}
