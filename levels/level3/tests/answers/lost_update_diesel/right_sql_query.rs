//! Right answer to `lost_update_diesel`: the addition done by the server, in SQL with bound
//! parameters (`diesel::sql_query`).

use diesel_async::RunQueryDsl;
use rust_decimal::Decimal;

use crate::DieselPool;
use crate::error::PitfallError;

/// Add `amount` to the user's balance.
pub async fn deposit(pool: &DieselPool, user_id: i64, amount: Decimal) -> Result<(), PitfallError> {
    let mut conn = pool.get().await?;
    diesel::sql_query("UPDATE users SET balance = balance + $1 WHERE id = $2")
        .bind::<diesel::sql_types::Numeric, _>(amount)
        .bind::<diesel::sql_types::BigInt, _>(user_id)
        .execute(&mut conn)
        .await?;
    Ok(())
}
