//! Pitfall `float_money_sqlx`: the books that do not balance.
//!
//! The finance report's total deposits disagree with the bank statement, by less than a cent:
//! 99.99999999999859 where the statement says 100.00. Nobody took any money. The code was
//! ported from the Python version, which kept balances in a `Float` column; the table now uses
//! NUMERIC(12,2), but this function still thinks in floats. The tests give a thousand users
//! ten cents each.
//!
//! Fix it so the total is exact.
//!
//! Check your work: `cargo workbook check float_money_sqlx`. Stuck: `cargo workbook hint float_money_sqlx`.
//! Keep the function name and signature: the tests call it.

use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::error::PitfallError;

/// The sum of every balance, to the cent.
pub async fn total_deposits(pool: &PgPool) -> Result<Decimal, PitfallError> {
    // TODO: each balance is exact in the table. Where does the total stop being exact?
    let balances: Vec<f64> = sqlx::query_scalar("SELECT balance::float8 FROM users")
        .fetch_all(pool)
        .await?;
    let total: f64 = balances.iter().sum();
    Ok(Decimal::try_from(total).unwrap_or_default())
}
