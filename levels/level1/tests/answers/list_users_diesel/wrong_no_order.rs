//! Wrong answer to `list_users_diesel`: no `order`, so the users come back in whatever order
//! they are stored in, which is id order only until rows move.
//!
//! Rejected with: "SQL promises no order at all without ORDER BY"

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::models::User;
use crate::schema::users;

/// All users, lowest id first.
pub async fn list_users(conn: &mut AsyncPgConnection) -> QueryResult<Vec<User>> {
    users::table.select(User::as_select()).load(conn).await
}
