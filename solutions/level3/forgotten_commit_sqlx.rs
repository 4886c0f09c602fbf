//! Pitfall `forgotten_commit_sqlx`: a transaction that is never committed.
//!
//! Reference answer. Why it is right: a sqlx `Transaction` rolls back when it is dropped
//! without `commit()`, so the work of a function that forgets to commit vanishes when the
//! function returns, with no error anywhere. `tx.commit().await?` makes it stick, and reports
//! a failed commit instead of claiming success.

use sqlx::PgPool;

use crate::error::PitfallError;

// ANCHOR: open_account
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
    tx.commit().await?;
    Ok(id)
}
// ANCHOR_END: open_account
