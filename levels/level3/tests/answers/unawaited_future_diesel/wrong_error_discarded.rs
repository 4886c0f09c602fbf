//! Wrong answer to `unawaited_future_diesel`: the UPDATE is awaited, but `.ok()` throws its
//! result away, so a deposit the database refused is reported as done.
//!
//! Rejected with: "the error was thrown away"

use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use rust_decimal::Decimal;

use crate::DieselPool;
use crate::error::PitfallError;
use crate::schema::users;

/// Add `amount` to the user's balance.
pub async fn deposit(pool: &DieselPool, user_id: i64, amount: Decimal) -> Result<(), PitfallError> {
    let mut conn = pool.get().await?;
    diesel::update(users::table.find(user_id))
        .set(users::balance.eq(users::balance + amount))
        .execute(&mut conn)
        .await
        .ok();
    Ok(())
}
