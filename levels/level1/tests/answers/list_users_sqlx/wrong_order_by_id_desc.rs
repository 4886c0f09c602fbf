//! Wrong answer to `list_users_sqlx`: `ORDER BY id DESC`, highest id first, where the lowest
//! first is asked.
//!
//! Rejected with: "highest id first"

use sqlx::PgPool;

use crate::models::User;

/// All users, lowest id first.
pub async fn list_users(pool: &PgPool) -> Result<Vec<User>, sqlx::Error> {
    sqlx::query_as::<_, User>("SELECT id, name, email FROM users ORDER BY id DESC")
        .fetch_all(pool)
        .await
}
