//! Pitfall `forgotten_commit_sqlx`: the accounts that were never opened.
//!
//! The sign-up page says "Welcome, your account number is 42". Account 42 does not exist. Nor
//! does any account opened since this function was last changed. Every call returns an id, no
//! call returns an error, and the server log shows each INSERT running. The tests reproduce it.
//!
//! Find out where the accounts go, and fix it.
//!
//! Check your work: `cargo workbook check forgotten_commit_sqlx`. Stuck: `cargo workbook hint forgotten_commit_sqlx`.
//! Keep the function name and signature: the tests call it.

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
    // TODO: the INSERTs ran. Where did they go?
    Ok(id)
}
