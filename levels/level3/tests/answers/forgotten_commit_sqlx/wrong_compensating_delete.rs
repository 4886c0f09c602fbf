//! Wrong answer to `forgotten_commit_sqlx`: each INSERT commits on its own, and a failed
//! welcome order is "rolled back" by deleting the user by hand: everyone sees the half-opened
//! account in between, and a crash before the DELETE leaves it for good.
//!
//! Rejected with: "already visible to everyone else"

use sqlx::PgPool;

use crate::error::PitfallError;

/// Create a user with a welcome order; returns the user's id.
pub async fn open_account(pool: &PgPool, name: &str, email: &str) -> Result<i64, PitfallError> {
    let id: i64 =
        sqlx::query_scalar("INSERT INTO users (name, email) VALUES ($1, $2) RETURNING id")
            .bind(name)
            .bind(email)
            .fetch_one(pool)
            .await?;
    let welcome =
        sqlx::query("INSERT INTO orders (user_id, item, amount) VALUES ($1, 'welcome pack', 0.01)")
            .bind(id)
            .execute(pool)
            .await;
    if let Err(e) = welcome {
        sqlx::query("DELETE FROM users WHERE id = $1")
            .bind(id)
            .execute(pool)
            .await?;
        return Err(e.into());
    }
    Ok(id)
}
