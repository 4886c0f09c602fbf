//! Pitfall `escaped_transaction_sqlx`: the orders nobody paid for.
//!
//! Accounting found orders in the database for which no money was taken. Every one belongs to
//! a user who could not afford it: the payment failed (the balance may not go below zero), the
//! customer saw an error, and yet the order was stored. This function runs both steps in a
//! transaction, so that cannot happen. It happens. The tests reproduce it.
//!
//! Find out how the order escapes the rollback, and fix it.
//!
//! Check your work: `cargo workbook check escaped_transaction_sqlx`. Stuck: `cargo workbook hint escaped_transaction_sqlx`.
//! Keep the function name and signature: the tests call it.

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
    .fetch_one(pool)
    .await?;
    // TODO: when the user cannot pay, this UPDATE fails and the transaction rolls back. Yet
    // the order stays. Why?
    sqlx::query("UPDATE users SET balance = balance - $1 WHERE id = $2")
        .bind(amount)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(order_id)
}
