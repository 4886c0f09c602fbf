//! Wrong answer to `forgotten_commit_sqlx`: both INSERTs run in a transaction that is never
//! committed; dropped, it rolls back, and the account is gone.
//!
//! Rejected with: "dropped without commit"

use sqlx::PgPool;

use crate::error::PitfallError;

/// Create a user with a welcome order; returns the user's id.
pub async fn open_account(pool: &PgPool, name: &str, email: &str) -> Result<i64, PitfallError> {
    let mut tx = pool.begin().await?;
    let id: i64 =
        sqlx::query_scalar("INSERT INTO users (name, email) VALUES ($1, $2) RETURNING id")
            .bind(name)
            .bind(email)
            .fetch_one(&mut *tx)
            .await?;
    sqlx::query("INSERT INTO orders (user_id, item, amount) VALUES ($1, 'welcome pack', 0.01)")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    Ok(id)
}
