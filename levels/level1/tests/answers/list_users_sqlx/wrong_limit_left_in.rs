//! Wrong answer to `list_users_sqlx`: keeps a `LIMIT 100` from a page of results, so beyond a
//! hundred users some are never listed.
//!
//! Rejected with: "every user should be listed"

use sqlx::PgPool;

use crate::models::User;

/// All users, lowest id first.
pub async fn list_users(pool: &PgPool) -> Result<Vec<User>, sqlx::Error> {
    sqlx::query_as::<_, User>("SELECT id, name, email FROM users ORDER BY id LIMIT 100")
        .fetch_all(pool)
        .await
}
