//! Pitfall `unawaited_future_diesel`: the deposit that never happened, on the diesel track.
//!
//! Support ticket: "I deposited 50.00, the app said OK, my balance did not move." No error in
//! the logs, no UPDATE on the server. The tests reproduce the ticket. Find out why, and fix it;
//! then see what `cargo clippy -p level3` says about the broken version.
//!
//! Check your work: `cargo workbook check unawaited_future_diesel`. Stuck: `cargo workbook hint unawaited_future_diesel`.
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
    // TODO: this returns Ok and the balance never changes. Why?
    let _ = diesel::update(users::table.find(user_id))
        .set(users::balance.eq(users::balance + amount))
        .execute(&mut conn);
    Ok(())
}
