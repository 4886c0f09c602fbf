//! Right answer to `unawaited_future_diesel`: the UPDATE awaited inside `conn.transaction`,
//! which commits when the closure returns Ok and passes on any error.

use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};
use rust_decimal::Decimal;

use crate::DieselPool;
use crate::error::PitfallError;
use crate::schema::users;

/// Add `amount` to the user's balance.
pub async fn deposit(pool: &DieselPool, user_id: i64, amount: Decimal) -> Result<(), PitfallError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        diesel::update(users::table.find(user_id))
            .set(users::balance.eq(users::balance + amount))
            .execute(conn)
            .await?;
        Ok(())
    })
    .await
}
