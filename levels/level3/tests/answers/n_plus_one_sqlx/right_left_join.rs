//! Right answer to `n_plus_one_sqlx`: one query, a LEFT JOIN ordered by user id then order id,
//! folded into users in Rust.

use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::error::PitfallError;
use crate::models::{Order, User, UserWithOrders};

/// One row of the join: a user, and one of their orders if they have any.
#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    name: String,
    email: String,
    balance: Decimal,
    order_id: Option<i64>,
    item: Option<String>,
    amount: Option<Decimal>,
}

/// Every user, in id order, with their orders in id order.
pub async fn users_with_orders(pool: &PgPool) -> Result<Vec<UserWithOrders>, PitfallError> {
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT u.id, u.name, u.email, u.balance, o.id AS order_id, o.item, o.amount \
         FROM users u LEFT JOIN orders o ON o.user_id = u.id ORDER BY u.id, o.id",
    )
    .fetch_all(pool)
    .await?;
    let mut listed: Vec<UserWithOrders> = Vec::new();
    for row in rows {
        let user = User {
            id: row.id,
            name: row.name,
            email: row.email,
            balance: row.balance,
        };
        if listed.last().is_none_or(|l| l.user.id != user.id) {
            listed.push(UserWithOrders {
                user: user.clone(),
                orders: Vec::new(),
            });
        }
        if let (Some(id), Some(item), Some(amount)) = (row.order_id, row.item, row.amount) {
            listed.last_mut().expect("just pushed").orders.push(Order {
                id,
                user_id: user.id,
                item,
                amount,
            });
        }
    }
    Ok(listed)
}
