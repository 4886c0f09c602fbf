//! Right answer to `list_users_sqlx`: reads every user in any order and sorts them by id in
//! Rust (fine for a table this size; ORDER BY lets the server use the primary key's index).

use sqlx::PgPool;

use crate::models::User;

/// All users, lowest id first.
pub async fn list_users(pool: &PgPool) -> Result<Vec<User>, sqlx::Error> {
    let mut users = sqlx::query_as::<_, User>("SELECT * FROM users")
        .fetch_all(pool)
        .await?;
    users.sort_by_key(|user| user.id);
    Ok(users)
}
