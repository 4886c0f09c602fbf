//! Wrong answer to `blocking_runtime`: calls `spawn_blocking`, but computes the hash before it,
//! on the async thread, and only hands the finished hash to the blocking pool.
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
    let computed = slow_hash(password);
    let hash = tokio::task::spawn_blocking(move || computed)
        .await
        .expect("the hashing thread panicked");
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
