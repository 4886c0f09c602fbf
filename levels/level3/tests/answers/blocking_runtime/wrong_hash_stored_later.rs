//! Wrong answer to `blocking_runtime`: inserts the user at once and leaves the hash to a
//! background task that stores it later: sign-up returns a user with no password yet.
//!
//! Rejected with: "had the password hash None"

use sqlx::PgPool;

use crate::error::PitfallError;
use crate::slow::slow_hash;

/// Create a user with a hashed password; returns the user's id.
pub async fn sign_up(
    pool: &PgPool,
    name: &str,
    email: &str,
    password: &str,
) -> Result<i64, PitfallError> {
    let id: i64 =
        sqlx::query_scalar("INSERT INTO users (name, email) VALUES ($1, $2) RETURNING id")
            .bind(name)
            .bind(email)
            .fetch_one(pool)
            .await?;
    let (pool, password) = (pool.clone(), password.to_string());
    tokio::spawn(async move {
        let hash = tokio::task::spawn_blocking(move || slow_hash(&password)).await;
        if let Ok(hash) = hash {
            let _ = sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
                .bind(hash)
                .bind(id)
                .execute(&pool)
                .await;
        }
    });
    Ok(id)
}
