//! Pitfall `lost_update_diesel`: the deposits that vanished, on the diesel track.
//!
//! On payday, many deposits arrive at once, and some vanish: each was acknowledged, each UPDATE
//! ran, and the balances grew by less than the deposits. The tests send fifty at once. Find
//! out where the money goes, and fix it.
//!
//! Check your work: `cargo workbook check lost_update_diesel`. Stuck: `cargo workbook hint lost_update_diesel`.
//! Keep the function name and signature: the tests call it.

use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use rust_decimal::Decimal;

use crate::DieselPool;
use crate::error::PitfallError;
use crate::schema::users;

/// Add `amount` to the user's balance.
pub async fn deposit(pool: &DieselPool, user_id: i64, amount: Decimal) -> Result<(), PitfallError> {
    let mut conn = pool.get().await?;
    // TODO: right alone, wrong fifty at a time. What happens between these two statements?
    let balance: Decimal = users::table
        .find(user_id)
        .select(users::balance)
        .first(&mut conn)
        .await?;
    diesel::update(users::table.find(user_id))
        .set(users::balance.eq(balance + amount))
        .execute(&mut conn)
        .await?;
    Ok(())
}
