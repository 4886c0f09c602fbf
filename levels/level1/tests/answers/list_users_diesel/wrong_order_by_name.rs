//! Wrong answer to `list_users_diesel`: sorts by name, which matches id order only while
//! users are created in alphabetical order.
//!
//! Rejected with: "sorted by name, not by id"

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::models::User;
use crate::schema::users;

/// All users, lowest id first.
pub async fn list_users(conn: &mut AsyncPgConnection) -> QueryResult<Vec<User>> {
    users::table
        .order(users::name)
        .select(User::as_select())
        .load(conn)
        .await
}
