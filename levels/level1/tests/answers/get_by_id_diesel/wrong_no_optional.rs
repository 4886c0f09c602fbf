//! Wrong answer to `get_by_id_diesel`: `first` without `.optional()`, so a missing id is
//! `Err(NotFound)`, not `Ok(None)`.
//!
//! Rejected with: "A missing row is an ordinary answer"

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::models::User;
use crate::schema::users;

/// The user with this id, if there is one.
pub async fn get_user(conn: &mut AsyncPgConnection, id: i64) -> QueryResult<Option<User>> {
    users::table
        .find(id)
        .select(User::as_select())
        .first(conn)
        .await
        .map(Some)
}
