//! Wrong answer to `blocking_runtime`: yields to the runtime once before hashing, as if letting
//! others run first helped; the hash then holds the thread for its whole 300 ms anyway.
//!
//! Rejected with: "stalled"

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
    tokio::task::yield_now().await;
    let hash = slow_hash(password);
    let id = sqlx::query_scalar(
        "INSERT INTO users (name, email, password_hash) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(name)
    .bind(email)
    .bind(hash)
    .fetch_one(pool)
    .await?;
    Ok(id)
}
