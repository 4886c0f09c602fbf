//! Wrong answer to `n_plus_one_diesel`: `belonging_to` and `grouped_by`, but no `.order()` on the
//! orders, so each user's orders come in the order they lie on disk.
//!
//! Rejected with: "the orders of user"

use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use crate::DieselPool;
use crate::error::PitfallError;
use crate::models::{Order, User, UserWithOrders};
use crate::schema::users;

/// Every user, in id order, with their orders in id order.
pub async fn users_with_orders(pool: &DieselPool) -> Result<Vec<UserWithOrders>, PitfallError> {
    let mut conn = pool.get().await?;
    let all_users: Vec<User> = users::table
        .order(users::id)
        .select(User::as_select())
        .load(&mut conn)
        .await?;
    let all_orders: Vec<Order> = Order::belonging_to(&all_users)
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
