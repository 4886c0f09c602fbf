//! Wrong answer to `insert_diesel`: inserts, then reads the row back by email (the Python
//! tutorial's `refresh()`), two round trips where `returning` needs one.
//!
//! Rejected with: "RETURNING hands the new row back from the INSERT itself"

use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
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
        .execute(conn)
        .await
        .map_err(|error| match error {
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
                UserError::DuplicateEmail {
                    email: email.to_string(),
                }
            }
            other => UserError::Diesel(other),
        })?;
    let user = users::table
        .filter(users::email.eq(email))
        .select(User::as_select())
        .first(conn)
        .await?;
    Ok(user)
}
