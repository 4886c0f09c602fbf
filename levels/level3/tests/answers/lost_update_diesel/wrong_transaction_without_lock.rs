//! Wrong answer to `lost_update_diesel`: the read and the write are put in a transaction, which
//! by itself locks nothing (READ COMMITTED): another deposit can still commit between them.
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
    conn.transaction(async |conn| {
        let balance: Decimal = users::table
            .find(user_id)
            .select(users::balance)
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
