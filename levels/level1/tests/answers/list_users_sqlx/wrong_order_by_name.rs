//! Wrong answer to `list_users_sqlx`: sorts by name, which matches id order only while users
//! are created in alphabetical order.
//!
//! Rejected with: "sorted by name, not by id"

use sqlx::PgPool;

use crate::models::User;

/// All users, lowest id first.
pub async fn list_users(pool: &PgPool) -> Result<Vec<User>, sqlx::Error> {
    sqlx::query_as::<_, User>("SELECT id, name, email FROM users ORDER BY name")
        .fetch_all(pool)
        .await
}
