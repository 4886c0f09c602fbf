//! Wrong answer to `list_users_diesel`: `order(users::id.desc())`, highest id first, where the
//! lowest first is asked.
//!
//! Rejected with: "highest id first"

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::models::User;
use crate::schema::users;

/// All users, lowest id first.
pub async fn list_users(conn: &mut AsyncPgConnection) -> QueryResult<Vec<User>> {
    users::table
        .order(users::id.desc())
        .select(User::as_select())
        .load(conn)
        .await
}
