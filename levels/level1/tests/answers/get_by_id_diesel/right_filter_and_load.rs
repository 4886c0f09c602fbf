//! Right answer to `get_by_id_diesel`: `filter(users::id.eq(id))`, all matching rows loaded
//! (at most one: id is the primary key), and the first taken.

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::models::User;
use crate::schema::users;

/// The user with this id, if there is one.
pub async fn get_user(conn: &mut AsyncPgConnection, id: i64) -> QueryResult<Option<User>> {
    let users: Vec<User> = users::table
        .filter(users::id.eq(id))
        .select(User::as_select())
        .load(conn)
        .await?;
    Ok(users.into_iter().next())
}
