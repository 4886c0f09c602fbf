//! Wrong answer to `find_by_email_sqlx`: `.ok()` turns the "row not found" error into None,
//! and every real error with it (the table gone, the server down).
//!
//! Rejected with: "a real failure was turned into"

use sqlx::PgPool;

use crate::models::User;

/// The user with this email, if there is one.
pub async fn find_user_by_email(pool: &PgPool, email: &str) -> Result<Option<User>, sqlx::Error> {
    let user = sqlx::query_as::<_, User>("SELECT id, name, email FROM users WHERE email = $1")
        .bind(email)
        .fetch_one(pool)
        .await
        .ok();
    Ok(user)
}
