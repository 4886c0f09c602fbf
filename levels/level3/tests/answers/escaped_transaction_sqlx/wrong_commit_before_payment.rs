//! Wrong answer to `escaped_transaction_sqlx`: the transaction is committed after the INSERT,
//! and the payment runs after the commit, on the pool, so an order can be stored unpaid.
//!
//! Rejected with: "outside the transaction"

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
    let mut tx = pool.begin().await?;
    let order_id: i64 = sqlx::query_scalar(
        "INSERT INTO orders (user_id, item, amount) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(user_id)
    .bind(item)
    .bind(amount)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    sqlx::query("UPDATE users SET balance = balance - $1 WHERE id = $2")
        .bind(amount)
        .bind(user_id)
        .execute(pool)
        .await?;
    Ok(order_id)
}
