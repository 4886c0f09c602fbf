//! Right answer to `escaped_transaction_sqlx`: one statement (a data-modifying WITH) charges
//! the user and inserts the order, so it is atomic by itself.

use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::error::PitfallError;

/// Record an order and charge the user for it, both or neither; returns the order's id.
pub async fn place_order(
    pool: &PgPool,
    user_id: i64,
    item: &str,
    amount: Decimal,
) -> Result<i64, PitfallError> {
    let order_id: i64 = sqlx::query_scalar(
        "WITH paid AS ( \
             UPDATE users SET balance = balance - $3 WHERE id = $1 RETURNING id \
         ) \
         INSERT INTO orders (user_id, item, amount) \
         SELECT id, $2, $3 FROM paid RETURNING id",
    )
    .bind(user_id)
    .bind(item)
    .bind(amount)
    .fetch_one(pool)
    .await?;
    Ok(order_id)
}
