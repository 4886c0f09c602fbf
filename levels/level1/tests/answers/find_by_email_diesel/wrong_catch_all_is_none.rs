//! Wrong answer to `find_by_email_diesel`: matches every error as "not found" (`Err(_) =>
//! Ok(None)`), not only `NotFound`.
//!
//! Rejected with: "a real failure was turned into"

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::models::User;
use crate::schema::users;

/// The user with this email, if there is one.
pub async fn find_user_by_email(
    conn: &mut AsyncPgConnection,
    email: &str,
) -> QueryResult<Option<User>> {
    match users::table
        .filter(users::email.eq(email))
        .select(User::as_select())
        .first(conn)
        .await
    {
        Ok(user) => Ok(Some(user)),
        Err(_) => Ok(None),
    }
}
