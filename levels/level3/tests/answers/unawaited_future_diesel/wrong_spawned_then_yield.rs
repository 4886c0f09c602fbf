//! Wrong answer to `unawaited_future_diesel`: the UPDATE is spawned and not awaited; a
//! `yield_now` lets the task start, which is not the same as letting it finish.
//!
//! Rejected with: "it was started and not awaited"

use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use rust_decimal::Decimal;

use crate::DieselPool;
use crate::error::PitfallError;
use crate::schema::users;

/// Add `amount` to the user's balance.
pub async fn deposit(pool: &DieselPool, user_id: i64, amount: Decimal) -> Result<(), PitfallError> {
    let mut conn = pool.get().await?;
    tokio::spawn(async move {
        diesel::update(users::table.find(user_id))
            .set(users::balance.eq(users::balance + amount))
            .execute(&mut conn)
            .await
    });
    tokio::task::yield_now().await;
    Ok(())
}
