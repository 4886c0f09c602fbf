//! Wrong answer to `lost_update_diesel`: a Mutex inside the program serialises this program's
//! deposits, and cannot see those of another server sharing the database.
//!
//! Rejected with: "lost update"

use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use rust_decimal::Decimal;

use crate::DieselPool;
use crate::error::PitfallError;
use crate::schema::users;

/// One deposit at a time, in this process.
static DEPOSITS: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Add `amount` to the user's balance.
pub async fn deposit(pool: &DieselPool, user_id: i64, amount: Decimal) -> Result<(), PitfallError> {
    let _one_at_a_time = DEPOSITS.lock().await;
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
