//! Exercise `find_by_email_diesel`: look a user up by email, on the diesel track.
//!
//! This one is written, and it works for Alice. But asking for an email nobody has fails with
//! an error, where the caller expects "no such user". The tests reproduce it. Find out why and
//! fix it.
//!
//! Check your work: `cargo workbook check find_by_email_diesel`. Stuck: `cargo workbook hint find_by_email_diesel`.
//! Keep the function name and signature: the tests call it.

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::models::User;
use crate::schema::users;

/// The user with this email, if there is one.
pub async fn find_user_by_email(
    conn: &mut AsyncPgConnection,
    email: &str,
) -> QueryResult<Option<User>> {
    // TODO: an email nobody has should be Ok(None). What does this return for one?
    let user = users::table
        .filter(users::email.eq(email))
        .select(User::as_select())
        .first(conn)
        .await?;
    Ok(Some(user))
}
