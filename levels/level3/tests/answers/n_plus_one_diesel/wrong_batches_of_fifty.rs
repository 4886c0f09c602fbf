//! Wrong answer to `n_plus_one_diesel`: loads the orders fifty users at a time: fewer
//! statements, but a number that still grows with the users.
//!
//! Rejected with: "N+1"

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
        .order(users::id)
        .select(User::as_select())
        .load(&mut conn)
        .await?;
    let mut all_orders: Vec<Order> = Vec::new();
    for batch in all_users.chunks(50) {
        let some: Vec<Order> = Order::belonging_to(batch)
            .order(orders::id)
            .select(Order::as_select())
            .load(&mut conn)
            .await?;
        all_orders.extend(some);
    }
    Ok(all_orders
        .grouped_by(&all_users)
        .into_iter()
        .zip(all_users)
        .map(|(orders, user)| UserWithOrders { user, orders })
        .collect())
}
