//! Wrong answer to `find_by_email_sqlx`: matches the email anywhere inside the stored one
//! (`LIKE '%' || $1 || '%'`), so part of an address finds a user.
//!
//! Rejected with: "only the exact email should match"

use sqlx::PgPool;

use crate::models::User;

/// The user with this email, if there is one.
pub async fn find_user_by_email(pool: &PgPool, email: &str) -> Result<Option<User>, sqlx::Error> {
    sqlx::query_as::<_, User>("SELECT id, name, email FROM users WHERE email LIKE '%' || $1 || '%'")
        .bind(email)
        .fetch_optional(pool)
        .await
}
