//! Right answer to `blocking_runtime`: `spawn_blocking` with the password moved in, the join
//! error turned into a panic message of its own.

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
    let owned = password.to_owned();
    let hash = match tokio::task::spawn_blocking(move || slow_hash(&owned)).await {
        Ok(hash) => hash,
        Err(e) => panic!("hashing failed: {e}"),
    };
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
