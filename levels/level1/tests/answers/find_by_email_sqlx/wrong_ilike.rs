//! Wrong answer to `find_by_email_sqlx`: compares with ILIKE "to ignore case", which also
//! reads `%` and `_` in the email as wildcards and finds BOB@example.com for bob@example.com.
//!
//! Rejected with: "only the exact email should match"

use sqlx::PgPool;

use crate::models::User;

/// The user with this email, if there is one.
pub async fn find_user_by_email(pool: &PgPool, email: &str) -> Result<Option<User>, sqlx::Error> {
    sqlx::query_as::<_, User>("SELECT id, name, email FROM users WHERE email ILIKE $1")
        .bind(email)
        .fetch_optional(pool)
        .await
}
