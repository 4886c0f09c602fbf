//! Wrong answer to `n_plus_one_sqlx`: drops the `ORDER BY` of the users query, trusting the
//! table to hand rows back in the order they were inserted.
//!
//! Rejected with: "the users are not in id order"

use std::collections::HashMap;

use sqlx::PgPool;

use crate::error::PitfallError;
use crate::models::{Order, User, UserWithOrders};

/// Every user, in id order, with their orders in id order.
pub async fn users_with_orders(pool: &PgPool) -> Result<Vec<UserWithOrders>, PitfallError> {
    let users: Vec<User> = sqlx::query_as("SELECT id, name, email, balance FROM users")
        .fetch_all(pool)
        .await?;
    let ids: Vec<i64> = users.iter().map(|u| u.id).collect();
    let orders: Vec<Order> = sqlx::query_as(
        "SELECT id, user_id, item, amount FROM orders WHERE user_id = ANY($1) ORDER BY id",
    )
    .bind(&ids)
    .fetch_all(pool)
    .await?;

    let mut by_user: HashMap<i64, Vec<Order>> = HashMap::new();
    for order in orders {
        by_user.entry(order.user_id).or_default().push(order);
    }
    Ok(users
        .into_iter()
        .map(|user| UserWithOrders {
            orders: by_user.remove(&user.id).unwrap_or_default(),
            user,
        })
        .collect())
}
