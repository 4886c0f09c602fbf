//! Exercise `find_by_email_sqlx`: look a user up by email, on the sqlx track.
//!
//! This one is written, and it works for Alice. A user of your service reports that asking for
//! an email nobody has gives "500 Internal Server Error" instead of "not found". The tests
//! reproduce it. Find out why and fix it.
//!
//! Check your work: `cargo workbook check find_by_email_sqlx`. Stuck: `cargo workbook hint find_by_email_sqlx`.
//! Keep the function name and signature: the tests call it.

use sqlx::PgPool;

use crate::models::User;

/// The user with this email, if there is one.
pub async fn find_user_by_email(pool: &PgPool, email: &str) -> Result<Option<User>, sqlx::Error> {
    // TODO: an email nobody has should be Ok(None). What does this return for one?
    let user = sqlx::query_as::<_, User>("SELECT id, name, email FROM users WHERE email = $1")
        .bind(email)
        .fetch_one(pool)
        .await?;
    Ok(Some(user))
}
