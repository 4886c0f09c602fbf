//! Exercise `find_by_email_sqlx`: look a user up by email, on the sqlx track.
//!
//! Reference answer. Why it is right: the email is bound as a parameter, never pasted into the
//! SQL, and an unknown email is `Ok(None)` through `fetch_optional`. The UNIQUE index on
//! `users.email` makes this as fast as a lookup by id, and guarantees at most one row.

use sqlx::PgPool;

use crate::models::User;

// ANCHOR: find_user_by_email
/// The user with this email, if there is one.
pub async fn find_user_by_email(pool: &PgPool, email: &str) -> Result<Option<User>, sqlx::Error> {
    sqlx::query_as::<_, User>("SELECT id, name, email FROM users WHERE email = $1")
        .bind(email)
        .fetch_optional(pool)
        .await
}
// ANCHOR_END: find_user_by_email
