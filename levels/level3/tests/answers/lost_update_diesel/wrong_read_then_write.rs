//! Wrong answer to `lost_update_diesel`: reads the balance, adds in Rust, writes the sum back;
//! a deposit committed in between is overwritten.
//!
//! Rejected with: "lost update"

use diesel::prelude::*;
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
    diesel::update(users::table.find(user_id))
        .set(users::balance.eq(balance + amount))
        .execute(&mut conn)
        .await?;
    Ok(())
}
