//! Pitfall `blocking_runtime`: blocking code inside async code.
//!
//! Reference answer. Why it is right: `slow_hash` holds its thread for 300 ms. On the async
//! runtime's threads that stalls every other task sharing the thread; `spawn_blocking` moves it
//! to tokio's pool of threads meant for blocking work, and the async task awaits the result,
//! leaving its thread free. (For sleeping, `tokio::time::sleep` is the async equivalent of
//! `std::thread::sleep`; for files, `tokio::fs`.)

use sqlx::PgPool;

use crate::error::PitfallError;
use crate::slow::slow_hash;

// ANCHOR: sign_up
/// Create a user with a hashed password; returns the user's id.
pub async fn sign_up(
    pool: &PgPool,
    name: &str,
    email: &str,
    password: &str,
) -> Result<i64, PitfallError> {
    let password = password.to_string();
    let hash = tokio::task::spawn_blocking(move || slow_hash(&password))
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
// ANCHOR_END: sign_up
