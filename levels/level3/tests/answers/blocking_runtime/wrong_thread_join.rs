//! Wrong answer to `blocking_runtime`: hashes on a new OS thread, but waits for it with
//! `join()`, which blocks the async thread for as long as the hash takes.
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
    let hash = std::thread::spawn(move || slow_hash(&password))
        .join()
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
