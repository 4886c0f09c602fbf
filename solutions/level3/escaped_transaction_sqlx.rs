//! Pitfall `escaped_transaction_sqlx`: a statement that escapes its transaction.
//!
//! Reference answer. Why it is right: every statement of the order runs on `&mut *tx`, the
//! transaction's connection. The broken version ran the INSERT on `pool`, which takes another
//! connection from the pool, outside the transaction, where it committed on its own: when the
//! payment then failed, the rollback could not take the order back.

use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::error::PitfallError;

// ANCHOR: place_order
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
    // Fails on the CHECK (balance >= 0) when the user cannot pay.
    sqlx::query("UPDATE users SET balance = balance - $1 WHERE id = $2")
        .bind(amount)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(order_id)
}
// ANCHOR_END: place_order
