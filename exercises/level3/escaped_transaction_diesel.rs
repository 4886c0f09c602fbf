//! Pitfall `escaped_transaction_diesel`: the orders nobody paid for, on the diesel track.
//!
//! Accounting found orders for which no money was taken, each from a user who could not
//! afford it: the payment failed, the customer saw an error, the order was stored anyway. The
//! function runs both steps in a transaction. The tests reproduce it. Find out how the order
//! escapes the rollback, and fix it.
//!
//! Check your work: `cargo workbook check escaped_transaction_diesel`. Stuck: `cargo workbook hint escaped_transaction_diesel`.
//! Keep the function name and signature: the tests call it.

use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};
use rust_decimal::Decimal;

use crate::DieselPool;
use crate::error::PitfallError;
use crate::schema::{orders, users};

/// Record an order and charge the user for it, both or neither; returns the order's id.
pub async fn place_order(
    pool: &DieselPool,
    user_id: i64,
    item: &str,
    amount: Decimal,
) -> Result<i64, PitfallError> {
    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        let mut orders_conn = pool.get().await?;
        let order_id: i64 = diesel::insert_into(orders::table)
            .values((
                orders::user_id.eq(user_id),
                orders::item.eq(item),
                orders::amount.eq(amount),
            ))
            .returning(orders::id)
            .get_result(&mut orders_conn)
            .await?;
        // TODO: when the user cannot pay, this UPDATE fails and the transaction rolls back.
        // Yet the order stays. Why?
        diesel::update(users::table.find(user_id))
            .set(users::balance.eq(users::balance - amount))
            .execute(conn)
            .await?;
        Ok(order_id)
    })
    .await
}
