//! Wrong answer to `insert_sqlx`: `ON CONFLICT DO NOTHING` swallows the duplicate, so the
//! INSERT returns no row and the caller gets "row not found" instead of `DuplicateEmail`.
//!
//! Rejected with: "the caller should be able to match UserError::DuplicateEmail"

use sqlx::PgPool;

use crate::error::UserError;
use crate::models::User;

/// Insert a user; returns the stored row, generated id included.
pub async fn insert_user(pool: &PgPool, name: &str, email: &str) -> Result<User, UserError> {
    let user = sqlx::query_as::<_, User>(
        "INSERT INTO users (name, email) VALUES ($1, $2) ON CONFLICT DO NOTHING \
         RETURNING id, name, email",
    )
    .bind(name)
    .bind(email)
    .fetch_one(pool)
    .await?;
    Ok(user)
}
