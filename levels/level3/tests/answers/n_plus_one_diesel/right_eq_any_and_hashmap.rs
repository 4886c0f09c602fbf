//! Right answer to `n_plus_one_diesel`: the orders of all the users with `eq_any` (one
//! `= ANY($1)` query), grouped by hand in a HashMap instead of `grouped_by`.

use std::collections::HashMap;

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
    let ids: Vec<i64> = all_users.iter().map(|u| u.id).collect();
    let all_orders: Vec<Order> = orders::table
        .filter(orders::user_id.eq_any(&ids))
        .order(orders::id)
        .select(Order::as_select())
        .load(&mut conn)
        .await?;
    let mut by_user: HashMap<i64, Vec<Order>> = HashMap::new();
    for order in all_orders {
        by_user.entry(order.user_id).or_default().push(order);
    }
    Ok(all_users
        .into_iter()
        .map(|user| UserWithOrders {
            orders: by_user.remove(&user.id).unwrap_or_default(),
            user,
        })
        .collect())
}
