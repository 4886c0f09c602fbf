//! Wrong answer to `list_users_diesel`: sorts by email, which matches id order only by luck.
//!
//! Rejected with: "sorted by email, not by id"

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::models::User;
use crate::schema::users;

/// All users, lowest id first.
pub async fn list_users(conn: &mut AsyncPgConnection) -> QueryResult<Vec<User>> {
    users::table
        .order(users::email)
        .select(User::as_select())
        .load(conn)
        .await
}
