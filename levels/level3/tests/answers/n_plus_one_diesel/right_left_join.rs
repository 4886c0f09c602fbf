//! Right answer to `n_plus_one_diesel`: one query, `left_join` ordered by user id then order
//! id, with the order optional, folded into users in Rust.

use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use crate::DieselPool;
use crate::error::PitfallError;
use crate::models::{Order, User, UserWithOrders};
use crate::schema::{orders, users};

/// Every user, in id order, with their orders in id order.
pub async fn users_with_orders(pool: &DieselPool) -> Result<Vec<UserWithOrders>, PitfallError> {
    let mut conn = pool.get().await?;
    let rows: Vec<(User, Option<Order>)> = users::table
        .left_join(orders::table)
        .order((users::id, orders::id.nullable()))
        .select((User::as_select(), Option::<Order>::as_select()))
        .load(&mut conn)
        .await?;
    let mut listed: Vec<UserWithOrders> = Vec::new();
    for (user, order) in rows {
        if listed.last().is_none_or(|l| l.user.id != user.id) {
            listed.push(UserWithOrders {
                user,
                orders: Vec::new(),
            });
        }
        if let Some(order) = order {
            listed.last_mut().expect("just pushed").orders.push(order);
        }
    }
    Ok(listed)
}
