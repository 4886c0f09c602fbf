//! Wrong answer to `insert_diesel`: inserts, then asks for the largest id in the table, which
//! is the new user's only while ids happen to grow with every insert and nobody else writes.
//!
//! Rejected with: "the largest id or a count of rows is someone else's"

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
    let id: Option<i64> = users::table
        .select(diesel::dsl::max(users::id))
        .first(conn)
        .await?;
    Ok(User {
        id: id.unwrap_or_default(),
        name: name.to_string(),
        email: email.to_string(),
    })
}
