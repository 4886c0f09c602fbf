//! Wrong answer to `find_by_email_diesel`: compares with `ilike` "to ignore case", which also
//! reads `%` and `_` in the email as wildcards and finds BOB@example.com for bob@example.com.
//!
//! Rejected with: "only the exact email should match"

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::models::User;
use crate::schema::users;

/// The user with this email, if there is one.
pub async fn find_user_by_email(
    conn: &mut AsyncPgConnection,
    email: &str,
) -> QueryResult<Option<User>> {
    users::table
        .filter(users::email.ilike(email))
        .select(User::as_select())
        .first(conn)
        .await
        .optional()
}
