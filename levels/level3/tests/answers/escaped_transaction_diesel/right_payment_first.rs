//! Right answer to `escaped_transaction_diesel`: the payment first, then the order, both on the
//! transaction's own connection.

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
        diesel::update(users::table.find(user_id))
            .set(users::balance.eq(users::balance - amount))
            .execute(conn)
            .await?;
        let order_id: i64 = diesel::insert_into(orders::table)
            .values((
                orders::user_id.eq(user_id),
                orders::item.eq(item),
                orders::amount.eq(amount),
            ))
            .returning(orders::id)
            .get_result(conn)
            .await?;
        Ok(order_id)
    })
    .await
}
