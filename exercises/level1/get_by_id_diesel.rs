//! Exercise `get_by_id_diesel`: get a user by primary key, on the diesel track.
//!
//! The same question as `get_by_id_sqlx` (read its story if you have not): `Ok(Some(user))` for
//! an id that exists, `Ok(None)` for one that does not, and errors only for real failures.
//! diesel reads a missing row as an error, `NotFound`, until you tell it otherwise.
//!
//! Check your work: `cargo workbook check get_by_id_diesel`. Stuck: `cargo workbook hint get_by_id_diesel`.
//! Keep the function name and signature: the tests call it.

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::models::User;
use crate::schema::users;

/// The user with this id, if there is one.
pub async fn get_user(conn: &mut AsyncPgConnection, id: i64) -> QueryResult<Option<User>> {
    // TODO: look the id up in users::table; a missing row is Ok(None).
    todo!()
}
