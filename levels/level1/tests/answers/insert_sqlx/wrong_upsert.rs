//! Wrong answer to `insert_sqlx`: `ON CONFLICT (email) DO UPDATE` turns a duplicate email into
//! an overwrite of the other user's name, and the caller never hears of the conflict.
//!
//! Rejected with: "a second user with the same email was accepted"

use sqlx::PgPool;

use crate::error::UserError;
use crate::models::User;

/// Insert a user; returns the stored row, generated id included.
pub async fn insert_user(pool: &PgPool, name: &str, email: &str) -> Result<User, UserError> {
    let user = sqlx::query_as::<_, User>(
        "INSERT INTO users (name, email) VALUES ($1, $2) \
         ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name \
         RETURNING id, name, email",
    )
    .bind(name)
    .bind(email)
    .fetch_one(pool)
    .await?;
    Ok(user)
}
