//! Right answer to `lost_update_diesel`: read the balance with `.for_update()` in the same
//! transaction as the UPDATE, so the row stays locked from the read to the write.

use diesel::prelude::*;
use diesel_async::AsyncConnection;
use diesel_async::RunQueryDsl;
use rust_decimal::Decimal;

use crate::DieselPool;
use crate::error::PitfallError;
use crate::schema::users;

/// Add `amount` to the user's balance.
pub async fn deposit(pool: &DieselPool, user_id: i64, amount: Decimal) -> Result<(), PitfallError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        let balance: Decimal = users::table
            .find(user_id)
            .select(users::balance)
            .for_update()
            .first(conn)
            .await?;
        diesel::update(users::table.find(user_id))
            .set(users::balance.eq(balance + amount))
            .execute(conn)
            .await?;
        Ok(())
    })
    .await
}
