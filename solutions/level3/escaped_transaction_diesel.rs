//! Pitfall `escaped_transaction_diesel`: a statement that escapes its transaction, on the
//! diesel track.
//!
//! Reference answer. Why it is right: inside `conn.transaction(async |conn| ...)`, every
//! statement uses the closure's `conn`. The broken version took a second connection from the
//! pool for the INSERT; that connection is not in the transaction, so its INSERT committed on
//! its own and the rollback could not take it back.

use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};
use rust_decimal::Decimal;

use crate::DieselPool;
use crate::error::PitfallError;
use crate::schema::{orders, users};

// ANCHOR: place_order
/// Record an order and charge the user for it, both or neither; returns the order's id.
pub async fn place_order(
    pool: &DieselPool,
    user_id: i64,
    item: &str,
    amount: Decimal,
) -> Result<i64, PitfallError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        let order_id: i64 = diesel::insert_into(orders::table)
            .values((
                orders::user_id.eq(user_id),
                orders::item.eq(item),
                orders::amount.eq(amount),
            ))
            .returning(orders::id)
            .get_result(conn)
            .await?;
        // Fails on the CHECK (balance >= 0) when the user cannot pay.
        diesel::update(users::table.find(user_id))
            .set(users::balance.eq(users::balance - amount))
            .execute(conn)
            .await?;
        Ok(order_id)
    })
    .await
}
// ANCHOR_END: place_order
