//! Wrong answer to `blocking_runtime`: moves the hash into a `tokio::spawn`ed task, which runs
//! on the same async threads and blocks them just the same.
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
    let password = password.to_string();
    let hash = tokio::spawn(async move { slow_hash(&password) })
        .await
        .expect("the hashing task panicked");
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
