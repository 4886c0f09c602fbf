//! Right answer to `escaped_transaction_diesel`: the transaction driven by hand through
//! diesel's transaction manager (begin, then commit or roll back), every statement on the same
//! connection.

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
    use diesel_async::TransactionManager;
    type Manager = <diesel_async::AsyncPgConnection as AsyncConnection>::TransactionManager;

    let mut conn = pool.get().await?;
    let conn = &mut *conn;
    Manager::begin_transaction(conn).await?;
    let work = async {
        let order_id: i64 = diesel::insert_into(orders::table)
            .values((
                orders::user_id.eq(user_id),
                orders::item.eq(item),
                orders::amount.eq(amount),
            ))
            .returning(orders::id)
            .get_result(conn)
            .await?;
        diesel::update(users::table.find(user_id))
            .set(users::balance.eq(users::balance - amount))
            .execute(conn)
            .await?;
        Ok::<i64, PitfallError>(order_id)
    }
    .await;
    match work {
        Ok(order_id) => {
            Manager::commit_transaction(conn).await?;
            Ok(order_id)
        }
        Err(e) => {
            Manager::rollback_transaction(conn).await?;
            Err(e)
        }
    }
}
