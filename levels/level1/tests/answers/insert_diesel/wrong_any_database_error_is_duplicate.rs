//! Wrong answer to `insert_diesel`: treats any `DatabaseError`, whatever its kind, as a
//! duplicate email (a value too long for its column is a database error too).
//!
//! Rejected with: "only a unique violation is a duplicate email"

use diesel::prelude::*;
use diesel::result::Error as DieselError;
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
        .map_err(|error| match error {
            DieselError::DatabaseError(_, _) => UserError::DuplicateEmail {
                email: email.to_string(),
            },
            other => UserError::Diesel(other),
        })
}
