//! Wrong answer to `list_users_sqlx`: sorts by the id turned into text, so "10" comes before
//! "2" (it looks right while every id has one digit).
//!
//! Rejected with: "sorted by the ids read as text"

use sqlx::PgPool;

use crate::models::User;

/// All users, lowest id first.
pub async fn list_users(pool: &PgPool) -> Result<Vec<User>, sqlx::Error> {
    sqlx::query_as::<_, User>("SELECT id, name, email FROM users ORDER BY id::text")
        .fetch_all(pool)
        .await
}
