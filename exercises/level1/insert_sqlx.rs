//! Exercise `insert_sqlx`: insert a user and get her generated id back, on the sqlx track.
//!
//! The Python tutorial adds Alice to the session, commits, and then calls `refresh(user)`: a
//! second trip to the database, only to learn the id it generated. PostgreSQL can send the new
//! row back from the INSERT itself.
//!
//! Insert the user and return the stored row, id included, in one statement. Pass the values as
//! bound parameters, never by pasting them into the SQL text.
//!
//! Then the mistake every user table meets: a second user with an email that is taken. The
//! table's UNIQUE rule refuses it; Python raises `IntegrityError` and the caller reads its text.
//! Here the caller should get `UserError::DuplicateEmail { email }`, a variant they can `match`,
//! and any other error unchanged (see `levels/level1/src/error.rs`).
//!
//! Check your work: `cargo workbook check insert_sqlx`. Stuck: `cargo workbook hint insert_sqlx`.
//! Keep the function name and signature: the tests call it.

use sqlx::PgPool;

use crate::error::UserError;
use crate::models::User;

/// Insert a user; returns the stored row, generated id included.
pub async fn insert_user(pool: &PgPool, name: &str, email: &str) -> Result<User, UserError> {
    // TODO: INSERT ... RETURNING, read into a User, and turn a unique violation into
    // UserError::DuplicateEmail.
    todo!()
}
