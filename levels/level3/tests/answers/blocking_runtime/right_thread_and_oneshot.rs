//! Right answer to `blocking_runtime`: hashes on an OS thread of its own and awaits the result
//! through a oneshot channel, so the async thread is free while the hash runs.

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
    let (send, receive) = tokio::sync::oneshot::channel();
    std::thread::spawn(move || {
        let _ = send.send(slow_hash(&password));
    });
    let hash = receive.await.expect("the hashing thread panicked");
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
