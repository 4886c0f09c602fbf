//! Wrong answer to `list_users_sqlx`: sorts by email, which matches id order only by luck.
//!
//! Rejected with: "sorted by email, not by id"

use sqlx::PgPool;

use crate::models::User;

/// All users, lowest id first.
pub async fn list_users(pool: &PgPool) -> Result<Vec<User>, sqlx::Error> {
    sqlx::query_as::<_, User>("SELECT id, name, email FROM users ORDER BY email")
        .fetch_all(pool)
        .await
}
