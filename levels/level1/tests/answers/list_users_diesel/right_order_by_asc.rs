//! Right answer to `list_users_diesel`: `order_by(users::id.asc())`, the ascending order said
//! out loud.

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::models::User;
use crate::schema::users;

/// All users, lowest id first.
pub async fn list_users(conn: &mut AsyncPgConnection) -> QueryResult<Vec<User>> {
    users::table
        .order_by(users::id.asc())
        .select(User::as_select())
        .load(conn)
        .await
}
