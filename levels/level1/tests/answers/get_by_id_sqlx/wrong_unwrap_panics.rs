//! Wrong answer to `get_by_id_sqlx`: unwraps `fetch_one`, so a missing id panics and takes the
//! caller's task down.
//!
//! Rejected with: "A missing row is an ordinary answer"

use sqlx::PgPool;

use crate::models::User;

/// The user with this id, if there is one.
pub async fn get_user(pool: &PgPool, id: i64) -> Result<Option<User>, sqlx::Error> {
    let user = sqlx::query_as::<_, User>("SELECT id, name, email FROM users WHERE id = $1")
        .bind(id)
        .fetch_one(pool)
        .await
        .unwrap();
    Ok(Some(user))
}
