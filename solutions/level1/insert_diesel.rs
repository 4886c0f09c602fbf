//! Exercise `insert_diesel`: insert a user and get the generated id back, on the diesel track.
//!
//! The same job as `insert_sqlx`, with diesel's query builder: `insert_into(users::table)`
//! with a `NewUser`, and `.returning(...)` for PostgreSQL's RETURNING clause. A duplicate email
//! must come back as `UserError::DuplicateEmail`.
//!
//! Reference answer. Why it is right: `returning(User::as_returning())` asks for exactly the
//! columns `User` needs, checked at compile time; diesel reports a unique violation as
//! `DatabaseError(DatabaseErrorKind::UniqueViolation, _)`, a variant to match, not a string.

use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::error::UserError;
use crate::models::{NewUser, User};
use crate::schema::users;

// ANCHOR: insert_user
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
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
                UserError::DuplicateEmail {
                    email: email.to_string(),
                }
            }
            other => UserError::Diesel(other),
        })
}
// ANCHOR_END: insert_user
