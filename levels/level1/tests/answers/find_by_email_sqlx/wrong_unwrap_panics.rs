//! Wrong answer to `find_by_email_sqlx`: unwraps `fetch_one`, so an email nobody has panics
//! instead of answering None.
//!
//! Rejected with: "A missing row is an ordinary answer"

use sqlx::PgPool;

use crate::models::User;

/// The user with this email, if there is one.
pub async fn find_user_by_email(pool: &PgPool, email: &str) -> Result<Option<User>, sqlx::Error> {
    let user = sqlx::query_as::<_, User>("SELECT id, name, email FROM users WHERE email = $1")
        .bind(email)
        .fetch_one(pool)
        .await
        .unwrap();
    Ok(Some(user))
}
