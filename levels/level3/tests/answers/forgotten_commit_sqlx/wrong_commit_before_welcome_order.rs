//! Wrong answer to `forgotten_commit_sqlx`: the commit comes right after the user's INSERT, and
//! the welcome order is written afterwards, on the pool: if it fails, the account stays
//! without it.
//!
//! Rejected with: "already visible to everyone else"

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
    tx.commit().await?;
    sqlx::query("INSERT INTO orders (user_id, item, amount) VALUES ($1, 'welcome pack', 0.01)")
        .bind(id)
        .execute(pool)
        .await?;
    Ok(id)
}
