//! Wrong answer to `get_by_id_sqlx`: `.ok()` on the fetch turns every error (the table gone,
//! the server down) into "no such user".
//!
//! Rejected with: "a real failure was turned into"

use sqlx::PgPool;

use crate::models::User;

/// The user with this id, if there is one.
pub async fn get_user(pool: &PgPool, id: i64) -> Result<Option<User>, sqlx::Error> {
    let user = sqlx::query_as::<_, User>("SELECT id, name, email FROM users WHERE id = $1")
        .bind(id)
        .fetch_optional(pool)
        .await
        .ok()
        .flatten();
    Ok(user)
}
