//! Wrong answer to `insert_sqlx`: turns every error of the INSERT into `DuplicateEmail`, so a
//! name too long for its column (or a lost connection) tells the caller the email is taken.
//!
//! Rejected with: "only a unique violation is a duplicate email"

use sqlx::PgPool;

use crate::error::UserError;
use crate::models::User;

/// Insert a user; returns the stored row, generated id included.
pub async fn insert_user(pool: &PgPool, name: &str, email: &str) -> Result<User, UserError> {
    sqlx::query_as::<_, User>(
        "INSERT INTO users (name, email) VALUES ($1, $2) RETURNING id, name, email",
    )
    .bind(name)
    .bind(email)
    .fetch_one(pool)
    .await
    .map_err(|_| UserError::DuplicateEmail {
        email: email.to_string(),
    })
}
