//! Exercise `get_by_id_sqlx`: get a user by primary key, on the sqlx track.
//!
//! SQLAlchemy's `await session.get(User, user_id)` returns the user or `None`. A missing row is
//! an ordinary answer, not a failure, and Rust says so in the type: `Option<User>`, wrapped in
//! a `Result` for the failures that are real (the server went away, the SQL is wrong).
//!
//! Reference answer. Why it is right: `fetch_optional` turns "no row" into `Ok(None)`;
//! `fetch_one` would turn it into `Err(RowNotFound)` and make every caller tell a missing user
//! apart from a broken database.

use sqlx::PgPool;

use crate::models::User;

// ANCHOR: get_user
/// The user with this id, if there is one.
pub async fn get_user(pool: &PgPool, id: i64) -> Result<Option<User>, sqlx::Error> {
    sqlx::query_as::<_, User>("SELECT id, name, email FROM users WHERE id = $1")
        .bind(id)
        .fetch_optional(pool)
        .await
}
// ANCHOR_END: get_user
