//! Wrong answer to `insert_sqlx`: treats any error that came from the database as a duplicate
//! email, without asking which rule was broken (a value too long is a database error too).
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
    .map_err(|error| match error {
        sqlx::Error::Database(_) => UserError::DuplicateEmail {
            email: email.to_string(),
        },
        other => UserError::Sqlx(other),
    })
}
