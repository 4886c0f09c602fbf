//! Pitfall `unawaited_future_diesel`: a future that is never awaited, on the diesel track.
//!
//! Reference answer. Why it is right: diesel-async's `execute(conn)` returns a future like
//! every async call; `.await` runs it, `?` passes its error on.

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
