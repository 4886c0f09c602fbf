//! Exercise `get_by_id_diesel`: get a user by primary key, on the diesel track.
//!
//! diesel's `find(id)` is a query by primary key; `first` runs it for one row. A missing row is
//! `Err(NotFound)` until you say it is an ordinary answer with `.optional()`.
//!
//! Reference answer. Why it is right: `.optional()` maps exactly `NotFound` to `Ok(None)` and
//! leaves every other error an error.

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::models::User;
use crate::schema::users;

// ANCHOR: get_user
/// The user with this id, if there is one.
pub async fn get_user(conn: &mut AsyncPgConnection, id: i64) -> QueryResult<Option<User>> {
    users::table
        .find(id)
        .select(User::as_select())
        .first(conn)
        .await
        .optional()
}
// ANCHOR_END: get_user
