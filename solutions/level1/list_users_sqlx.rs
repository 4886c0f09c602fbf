//! Exercise `list_users_sqlx`: every user, in id order, on the sqlx track.
//!
//! Reference answer. Why it is right: SQL promises no order without `ORDER BY`. A table often
//! comes back in insertion order, until an UPDATE, a VACUUM or a parallel scan moves rows, and
//! then a page of results shuffles. Say the order you mean.

use sqlx::PgPool;

use crate::models::User;

// ANCHOR: list_users
/// All users, lowest id first.
pub async fn list_users(pool: &PgPool) -> Result<Vec<User>, sqlx::Error> {
    sqlx::query_as::<_, User>("SELECT id, name, email FROM users ORDER BY id")
        .fetch_all(pool)
        .await
}
// ANCHOR_END: list_users
