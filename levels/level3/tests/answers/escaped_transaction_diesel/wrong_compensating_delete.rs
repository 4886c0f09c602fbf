//! Wrong answer to `escaped_transaction_diesel`: no transaction; when the payment fails, the
//! order is deleted by hand. Everyone sees the unpaid order in between, and a crash before the
//! DELETE keeps it for good.
//!
//! Rejected with: "already visible to everyone else"

use diesel::prelude::*;
use diesel_async::RunQueryDsl;
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
    let conn = &mut conn;
    let order_id: i64 = diesel::insert_into(orders::table)
        .values((
            orders::user_id.eq(user_id),
            orders::item.eq(item),
            orders::amount.eq(amount),
        ))
        .returning(orders::id)
        .get_result(conn)
        .await?;
    let paid = diesel::update(users::table.find(user_id))
        .set(users::balance.eq(users::balance - amount))
        .execute(conn)
        .await;
    if let Err(e) = paid {
        diesel::delete(orders::table.find(order_id))
            .execute(conn)
            .await?;
        return Err(e.into());
    }
    Ok(order_id)
}
