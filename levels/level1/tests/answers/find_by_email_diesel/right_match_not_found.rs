//! Right answer to `find_by_email_diesel`: `get_result`, with exactly `NotFound` turned into
//! `Ok(None)` by a match, and every other error passed on.

use diesel::prelude::*;
use diesel::result::Error as DieselError;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::models::User;
use crate::schema::users;

/// The user with this email, if there is one.
pub async fn find_user_by_email(
    conn: &mut AsyncPgConnection,
    email: &str,
) -> QueryResult<Option<User>> {
    let found = users::table
        .filter(users::email.eq(email))
        .select(User::as_select())
        .get_result(conn)
        .await;
    match found {
        Ok(user) => Ok(Some(user)),
        Err(DieselError::NotFound) => Ok(None),
        Err(other) => Err(other),
    }
}
