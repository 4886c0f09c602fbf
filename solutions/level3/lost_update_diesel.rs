//! Pitfall `lost_update_diesel`: read, add in Rust, write back, on the diesel track.
//!
//! Reference answer. Why it is right: `users::balance.eq(users::balance + amount)` makes the
//! UPDATE add on the server, under the row's lock, so concurrent deposits queue and each adds
//! to the last one's result.

use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use rust_decimal::Decimal;

use crate::DieselPool;
use crate::error::PitfallError;
use crate::schema::users;

// ANCHOR: deposit
/// Add `amount` to the user's balance.
pub async fn deposit(pool: &DieselPool, user_id: i64, amount: Decimal) -> Result<(), PitfallError> {
    let mut conn = pool.get().await?;
    diesel::update(users::table.find(user_id))
        .set(users::balance.eq(users::balance + amount))
        .execute(&mut conn)
        .await?;
    Ok(())
}
// ANCHOR_END: deposit
