//! Wrong answer to `find_by_email_diesel`: unwraps `first`, so an email nobody has panics
//! instead of answering None.
//!
//! Rejected with: "A missing row is an ordinary answer"

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
        .unwrap();
    Ok(Some(user))
}
