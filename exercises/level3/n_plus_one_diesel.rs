//! Pitfall `n_plus_one_diesel`: the admin page that got slower every week, on the diesel track.
//!
//! The admin page lists every user with their orders: instant with ten users, seconds with ten
//! thousand, though each query is fast. The tests count the statements this function sends.
//! Find out why their number grows with the number of users, and fix it: the same answer, in a
//! number of statements that does not grow.
//!
//! Check your work: `cargo workbook check n_plus_one_diesel`. Stuck: `cargo workbook hint n_plus_one_diesel`.
//! Keep the function name and signature: the tests call it.

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
    let mut listed = Vec::new();
    // TODO: how many statements does this loop send for ten thousand users?
    for user in all_users {
        let orders: Vec<Order> = orders::table
            .filter(orders::user_id.eq(user.id))
            .order(orders::id)
            .select(Order::as_select())
            .load(&mut conn)
            .await?;
        listed.push(UserWithOrders { user, orders });
    }
    Ok(listed)
}
