//! Wrong answer to `lost_update_diesel`: the row is locked with `.for_update()`, but the balance
//! added to was read before, outside the lock, so it can be stale.
//!
//! Rejected with: "lost update"

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
    let balance: Decimal = users::table
        .find(user_id)
        .select(users::balance)
        .first(&mut conn)
        .await?;
    conn.transaction(async |conn| {
        let _locked: i64 = users::table
            .find(user_id)
            .select(users::id)
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
