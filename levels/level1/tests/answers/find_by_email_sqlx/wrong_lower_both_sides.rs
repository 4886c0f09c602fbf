//! Wrong answer to `find_by_email_sqlx`: compares `lower(email) = lower($1)`, so of two users
//! whose emails differ only in case, the lookup finds whichever comes first.
//!
//! Rejected with: "only the exact email should match"

use sqlx::PgPool;

use crate::models::User;

/// The user with this email, if there is one.
pub async fn find_user_by_email(pool: &PgPool, email: &str) -> Result<Option<User>, sqlx::Error> {
    sqlx::query_as::<_, User>("SELECT id, name, email FROM users WHERE lower(email) = lower($1)")
        .bind(email)
        .fetch_optional(pool)
        .await
}
