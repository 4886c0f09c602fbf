//! Wrong answer to `n_plus_one_diesel`: loads the users without `.order()`, trusting the table
//! to return them in the order they were inserted.
//!
//! Rejected with: "the users are not in id order"

use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use crate::DieselPool;
use crate::error::PitfallError;
use crate::models::{Order, User, UserWithOrders};
use crate::schema::{orders, users};

/// Every user, in id order, with their orders in id order.
pub async fn users_with_orders(pool: &DieselPool) -> Result<Vec<UserWithOrders>, PitfallError> {
    let mut conn = pool.get().await?;
    let all_users: Vec<User> = users::table
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
