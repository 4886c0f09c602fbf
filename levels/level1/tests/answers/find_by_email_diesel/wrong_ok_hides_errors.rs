//! Wrong answer to `find_by_email_diesel`: `.ok()` where `.optional()` is meant turns
//! `NotFound` into None, and every real error with it (the table gone, the connection lost).
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
    let user = users::table
        .filter(users::email.eq(email))
        .select(User::as_select())
        .first(conn)
        .await
        .ok();
    Ok(user)
}
