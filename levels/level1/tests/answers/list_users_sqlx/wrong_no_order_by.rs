//! Wrong answer to `list_users_sqlx`: no ORDER BY, so the users come back in whatever order
//! they are stored in, which is id order only until rows move.
//!
//! Rejected with: "SQL promises no order at all without ORDER BY"

use sqlx::PgPool;

use crate::models::User;

/// All users, lowest id first.
pub async fn list_users(pool: &PgPool) -> Result<Vec<User>, sqlx::Error> {
    sqlx::query_as::<_, User>("SELECT id, name, email FROM users")
        .fetch_all(pool)
        .await
}
