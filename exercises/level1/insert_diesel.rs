//! Exercise `insert_diesel`: insert a user and get her generated id back, on the diesel track.
//!
//! The same job as `insert_sqlx` (read its story if you have not), with diesel's query builder.
//! `NewUser` in `levels/level1/src/models.rs` is ready to insert; `User` is what comes back.
//!
//! Insert the user and return the stored row, id included, in one statement. A duplicate email
//! must come back as `UserError::DuplicateEmail { email }`; any other error unchanged.
//!
//! Check your work: `cargo workbook check insert_diesel`. Stuck: `cargo workbook hint insert_diesel`.
//! Keep the function name and signature: the tests call it.

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
    // TODO: insert_into(users::table) a NewUser, ask for the row back, and turn a unique
    // violation into UserError::DuplicateEmail.
    todo!()
}
