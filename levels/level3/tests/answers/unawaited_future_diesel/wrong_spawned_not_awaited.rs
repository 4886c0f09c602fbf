//! Wrong answer to `unawaited_future_diesel`: the UPDATE is spawned on a task that nobody
//! awaits, so deposit says Ok before the deposit happened, and an error never reaches the
//! caller.
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
    let pool = pool.clone();
    tokio::spawn(async move {
        let mut conn = pool.get().await?;
        diesel::update(users::table.find(user_id))
            .set(users::balance.eq(users::balance + amount))
            .execute(&mut conn)
            .await?;
        Ok::<(), PitfallError>(())
    });
    Ok(())
}
