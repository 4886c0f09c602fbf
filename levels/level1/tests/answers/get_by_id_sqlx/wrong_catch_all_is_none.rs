//! Wrong answer to `get_by_id_sqlx`: `fetch_one` with every error matched as "not found"
//! (`Err(_) => Ok(None)`), not only `RowNotFound`, so a broken database reads as a missing user.
//!
//! Rejected with: "a real failure was turned into"

use sqlx::PgPool;

use crate::models::User;

/// The user with this id, if there is one.
pub async fn get_user(pool: &PgPool, id: i64) -> Result<Option<User>, sqlx::Error> {
    match sqlx::query_as::<_, User>("SELECT id, name, email FROM users WHERE id = $1")
        .bind(id)
        .fetch_one(pool)
        .await
    {
        Ok(user) => Ok(Some(user)),
        Err(_) => Ok(None),
    }
}
