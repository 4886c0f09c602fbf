//! Right answer to `list_users_diesel`: loads every user in any order and sorts them by id in
//! Rust (fine for a table this size; `order` lets the server use the primary key's index).

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::models::User;
use crate::schema::users;

/// All users, lowest id first.
pub async fn list_users(conn: &mut AsyncPgConnection) -> QueryResult<Vec<User>> {
    let mut all: Vec<User> = users::table.select(User::as_select()).load(conn).await?;
    all.sort_by_key(|user| user.id);
    Ok(all)
}
