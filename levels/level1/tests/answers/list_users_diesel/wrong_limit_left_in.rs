//! Wrong answer to `list_users_diesel`: keeps a `limit(100)` from a page of results, so beyond
//! a hundred users some are never listed.
//!
//! Rejected with: "every user should be listed"

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::models::User;
use crate::schema::users;

/// All users, lowest id first.
pub async fn list_users(conn: &mut AsyncPgConnection) -> QueryResult<Vec<User>> {
    users::table
        .order(users::id)
        .limit(100)
        .select(User::as_select())
        .load(conn)
        .await
}
