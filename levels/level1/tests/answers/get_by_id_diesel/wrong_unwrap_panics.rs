//! Wrong answer to `get_by_id_diesel`: unwraps `first`, so a missing id panics and takes the
//! caller's task down.
//!
//! Rejected with: "A missing row is an ordinary answer"

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
        .unwrap();
    Ok(Some(user))
}
