//! Right answer to `find_by_email_sqlx`: `fetch_all` and the first row (the UNIQUE rule
//! allows at most one), instead of `fetch_optional`.

use sqlx::PgPool;

use crate::models::User;

/// The user with this email, if there is one.
pub async fn find_user_by_email(pool: &PgPool, email: &str) -> Result<Option<User>, sqlx::Error> {
    let users = sqlx::query_as::<_, User>("SELECT id, name, email FROM users WHERE email = $1")
        .bind(email)
        .fetch_all(pool)
        .await?;
    Ok(users.into_iter().next())
}
