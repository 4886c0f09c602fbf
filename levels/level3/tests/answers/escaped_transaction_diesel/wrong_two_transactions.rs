//! Wrong answer to `escaped_transaction_diesel`: each statement gets a transaction of its own,
//! so the order commits before the payment is even tried.
//!
//! Rejected with: "already visible to everyone else"

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
    let order_id = conn
        .transaction(async |conn| {
            let order_id: i64 = diesel::insert_into(orders::table)
                .values((
                    orders::user_id.eq(user_id),
                    orders::item.eq(item),
                    orders::amount.eq(amount),
                ))
                .returning(orders::id)
                .get_result(conn)
                .await?;
            Ok::<i64, PitfallError>(order_id)
        })
        .await?;
    conn.transaction(async |conn| {
        diesel::update(users::table.find(user_id))
            .set(users::balance.eq(users::balance - amount))
            .execute(conn)
            .await?;
        Ok::<(), PitfallError>(())
    })
    .await?;
    Ok(order_id)
}
