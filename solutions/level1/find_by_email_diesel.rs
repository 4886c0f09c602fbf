//! Exercise `find_by_email_diesel`: look a user up by email, on the diesel track.
//!
//! Reference answer. Why it is right: `filter(users::email.eq(email))` becomes
//! `WHERE email = $1` with the value bound; `.optional()` makes an unknown email `Ok(None)`.

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::models::User;
use crate::schema::users;

// ANCHOR: find_user_by_email
/// The user with this email, if there is one.
pub async fn find_user_by_email(
    conn: &mut AsyncPgConnection,
    email: &str,
) -> QueryResult<Option<User>> {
    users::table
        .filter(users::email.eq(email))
        .select(User::as_select())
        .first(conn)
        .await
        .optional()
}
// ANCHOR_END: find_user_by_email
