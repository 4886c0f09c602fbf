//! Wrong answer to `unawaited_future_diesel`: `let _ =` on diesel-async's `execute` future, so
//! the UPDATE never runs and deposit says Ok for a deposit that never happened.
//!
//! Rejected with: "never reached the server"

use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use rust_decimal::Decimal;

use crate::DieselPool;
use crate::error::PitfallError;
use crate::schema::users;

/// Add `amount` to the user's balance.
// The mistake itself: the future is silenced with `let _ =` (clippy's let_underscore_future).
#[allow(clippy::let_underscore_future)]
pub async fn deposit(pool: &DieselPool, user_id: i64, amount: Decimal) -> Result<(), PitfallError> {
    let mut conn = pool.get().await?;
    let _ = diesel::update(users::table.find(user_id))
        .set(users::balance.eq(users::balance + amount))
        .execute(&mut conn);
    Ok(())
}
