//! Pitfall `n_plus_one_diesel`: one query per row, on the diesel track.
//!
//! Reference answer. Why it is right: diesel's associations do the grouping: load the users,
//! then `Order::belonging_to(&users)` loads all their orders in one query
//! (`WHERE user_id IN (...)`), and `grouped_by(&users)` sorts them per user. Two queries,
//! whatever the number of users.

use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use crate::DieselPool;
use crate::error::PitfallError;
use crate::models::{Order, User, UserWithOrders};
use crate::schema::{orders, users};

// ANCHOR: users_with_orders
/// Every user, in id order, with their orders in id order.
pub async fn users_with_orders(pool: &DieselPool) -> Result<Vec<UserWithOrders>, PitfallError> {
    let mut conn = pool.get().await?;
    let all_users: Vec<User> = users::table
        .order(users::id)
        .select(User::as_select())
        .load(&mut conn)
        .await?;
    let all_orders: Vec<Order> = Order::belonging_to(&all_users)
        .order(orders::id)
        .select(Order::as_select())
        .load(&mut conn)
        .await?;
    Ok(all_orders
        .grouped_by(&all_users)
        .into_iter()
        .zip(all_users)
        .map(|(orders, user)| UserWithOrders { user, orders })
        .collect())
}
// ANCHOR_END: users_with_orders
