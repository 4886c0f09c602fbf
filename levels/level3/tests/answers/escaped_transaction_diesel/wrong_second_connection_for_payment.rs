//! Wrong answer to `escaped_transaction_diesel`: half a fix: the INSERT runs on the
//! transaction, but the payment on a second connection from the pool, where it commits on its
//! own, before the order does.
//!
//! Rejected with: "outside the transaction"

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
        let order_id: i64 = diesel::insert_into(orders::table)
            .values((
                orders::user_id.eq(user_id),
                orders::item.eq(item),
                orders::amount.eq(amount),
            ))
            .returning(orders::id)
            .get_result(conn)
            .await?;
        let mut pay_conn = pool.get().await?;
        diesel::update(users::table.find(user_id))
            .set(users::balance.eq(users::balance - amount))
            .execute(&mut pay_conn)
            .await?;
        Ok(order_id)
    })
    .await
}
