//! Wrong answer to `insert_diesel`: turns every error of the INSERT into `DuplicateEmail`, so
//! a name too long for its column (or a lost connection) tells the caller the email is taken.
//!
//! Rejected with: "only a unique violation is a duplicate email"

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
    diesel::insert_into(users::table)
        .values(NewUser { name, email })
        .returning(User::as_returning())
        .get_result(conn)
        .await
        .map_err(|_| UserError::DuplicateEmail {
            email: email.to_string(),
        })
}
