//! Wrong answer to `get_by_id_diesel`: `.ok()` where `.optional()` is meant turns every error
//! (the table gone, the connection lost) into "no such user".
//!
//! Rejected with: "a real failure was turned into"

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::models::User;
use crate::schema::users;

/// The user with this id, if there is one.
pub async fn get_user(conn: &mut AsyncPgConnection, id: i64) -> QueryResult<Option<User>> {
    let user = users::table
        .find(id)
        .select(User::as_select())
        .first(conn)
        .await
        .ok();
    Ok(user)
}
