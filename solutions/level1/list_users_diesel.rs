//! Exercise `list_users_diesel`: every user, in id order, on the diesel track.
//!
//! Reference answer. Why it is right: `order(users::id)` (ascending) is the `ORDER BY id` that
//! SQL needs before it promises any order at all.

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::models::User;
use crate::schema::users;

// ANCHOR: list_users
/// All users, lowest id first.
pub async fn list_users(conn: &mut AsyncPgConnection) -> QueryResult<Vec<User>> {
    users::table
        .order(users::id)
        .select(User::as_select())
        .load(conn)
        .await
}
// ANCHOR_END: list_users
