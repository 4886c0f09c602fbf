//! Wrong answer to `escaped_transaction_sqlx`: no transaction; when the payment fails the
//! order is deleted by hand. Everyone sees the unpaid order in between, and a crash before the
//! DELETE keeps it for good.
//!
//! Rejected with: "already visible to everyone else"

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
        "INSERT INTO orders (user_id, item, amount) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(user_id)
    .bind(item)
    .bind(amount)
    .fetch_one(pool)
    .await?;
    let paid = sqlx::query("UPDATE users SET balance = balance - $1 WHERE id = $2")
        .bind(amount)
        .bind(user_id)
        .execute(pool)
        .await;
    if let Err(e) = paid {
        sqlx::query("DELETE FROM orders WHERE id = $1")
            .bind(order_id)
            .execute(pool)
            .await?;
        return Err(e.into());
    }
    Ok(order_id)
}
