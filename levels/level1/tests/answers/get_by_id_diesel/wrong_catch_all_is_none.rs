//! Wrong answer to `get_by_id_diesel`: matches every error as "not found" (`Err(_) =>
//! Ok(None)`), not only `NotFound`, so a broken database reads as a missing user.
//!
//! Rejected with: "a real failure was turned into"

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::models::User;
use crate::schema::users;

/// The user with this id, if there is one.
pub async fn get_user(conn: &mut AsyncPgConnection, id: i64) -> QueryResult<Option<User>> {
    match users::table
        .find(id)
        .select(User::as_select())
        .first(conn)
        .await
    {
        Ok(user) => Ok(Some(user)),
        Err(_) => Ok(None),
    }
}
