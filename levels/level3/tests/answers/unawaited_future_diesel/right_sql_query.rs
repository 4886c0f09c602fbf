//! Right answer to `unawaited_future_diesel`: the UPDATE written as SQL with bound parameters
//! (`diesel::sql_query`), awaited, its error passed on.

use diesel::sql_types::{BigInt, Numeric};
use diesel_async::RunQueryDsl;
use rust_decimal::Decimal;

use crate::DieselPool;
use crate::error::PitfallError;

/// Add `amount` to the user's balance.
pub async fn deposit(pool: &DieselPool, user_id: i64, amount: Decimal) -> Result<(), PitfallError> {
    let mut conn = pool.get().await?;
    diesel::sql_query("UPDATE users SET balance = balance + $1 WHERE id = $2")
        .bind::<Numeric, _>(amount)
        .bind::<BigInt, _>(user_id)
        .execute(&mut conn)
        .await?;
    Ok(())
}
