//! Wrong answer to `insert_diesel`: `on_conflict_do_nothing()` swallows the duplicate, so the
//! INSERT returns no row and the caller gets `NotFound` instead of `DuplicateEmail`.
//!
//! Rejected with: "the caller should be able to match UserError::DuplicateEmail"

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::error::UserError;
use crate::models::{NewUser, User};
use crate::schema::users;

/// Insert a user; returns the stored row, generated id included.
pub async fn insert_user(
    conn: &mut AsyncPgConnection,
    name: &str,
    email: &str,
) -> Result<User, UserError> {
    let user = diesel::insert_into(users::table)
        .values(NewUser { name, email })
        .on_conflict_do_nothing()
        .returning(User::as_returning())
        .get_result(conn)
        .await?;
    Ok(user)
}
