//! Wrong answer to `get_by_id_sqlx`: `fetch_one` makes a missing id an error (`RowNotFound`),
//! so every caller must tell "no such user" apart from a broken database.
//!
//! Rejected with: "A missing row is an ordinary answer"

use sqlx::PgPool;

use crate::models::User;

/// The user with this id, if there is one.
pub async fn get_user(pool: &PgPool, id: i64) -> Result<Option<User>, sqlx::Error> {
    let user = sqlx::query_as::<_, User>("SELECT id, name, email FROM users WHERE id = $1")
        .bind(id)
        .fetch_one(pool)
        .await?;
    Ok(Some(user))
}
