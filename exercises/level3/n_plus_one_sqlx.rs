//! Pitfall `n_plus_one_sqlx`: the admin page that got slower every week.
//!
//! The admin page lists every user with their orders. With ten test users it loaded at once.
//! With ten thousand customers it takes seconds, and the database's statement count is in the
//! millions per day though the page is opened a few hundred times. Each query is fast. The
//! tests count the statements this function sends.
//!
//! Find out why the number of statements grows with the number of users, and fix it: the
//! same answer, in a number of statements that does not grow.
//!
//! Check your work: `cargo workbook check n_plus_one_sqlx`. Stuck: `cargo workbook hint n_plus_one_sqlx`.
//! Keep the function name and signature: the tests call it.

use std::collections::HashMap;

use sqlx::PgPool;

use crate::error::PitfallError;
use crate::models::{Order, User, UserWithOrders};

/// Every user, in id order, with their orders in id order.
pub async fn users_with_orders(pool: &PgPool) -> Result<Vec<UserWithOrders>, PitfallError> {
    let users: Vec<User> = sqlx::query_as("SELECT id, name, email, balance FROM users ORDER BY id")
        .fetch_all(pool)
        .await?;
    let mut listed = Vec::new();
    // TODO: how many statements does this loop send for ten thousand users?
    for user in users {
        let orders: Vec<Order> = sqlx::query_as(
            "SELECT id, user_id, item, amount FROM orders WHERE user_id = $1 ORDER BY id",
        )
        .bind(user.id)
        .fetch_all(pool)
        .await?;
        listed.push(UserWithOrders { user, orders });
    }
    Ok(listed)
}
