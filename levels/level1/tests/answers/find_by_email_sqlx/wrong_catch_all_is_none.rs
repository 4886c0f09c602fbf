//! Wrong answer to `find_by_email_sqlx`: keeps `fetch_one` and matches every error as "not
//! found" (`Err(_) => Ok(None)`), not only `RowNotFound`.
//!
//! Rejected with: "a real failure was turned into"

use sqlx::PgPool;

use crate::models::User;

/// The user with this email, if there is one.
pub async fn find_user_by_email(pool: &PgPool, email: &str) -> Result<Option<User>, sqlx::Error> {
    match sqlx::query_as::<_, User>("SELECT id, name, email FROM users WHERE email = $1")
        .bind(email)
        .fetch_one(pool)
        .await
    {
        Ok(user) => Ok(Some(user)),
        Err(_) => Ok(None),
    }
}
