//! Right answer to `insert_diesel`: inserts a tuple of column assignments (no `NewUser`), asks
//! for the three columns as a tuple, and tells the duplicate apart with a helper that `matches!`
//! the error kind.

use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::error::UserError;
use crate::models::User;
use crate::schema::users;

/// Insert a user; returns the stored row, generated id included.
pub async fn insert_user(
    conn: &mut AsyncPgConnection,
    name: &str,
    email: &str,
) -> Result<User, UserError> {
    let inserted: Result<(i64, String, String), DieselError> = diesel::insert_into(users::table)
        .values((users::name.eq(name), users::email.eq(email)))
        .returning((users::id, users::name, users::email))
        .get_result(conn)
        .await;
    match inserted {
        Ok((id, name, email)) => Ok(User { id, name, email }),
        Err(error) if is_unique_violation(&error) => Err(UserError::DuplicateEmail {
            email: email.to_string(),
        }),
        Err(other) => Err(UserError::Diesel(other)),
    }
}

fn is_unique_violation(error: &DieselError) -> bool {
    matches!(
        error,
        DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _)
    )
}
