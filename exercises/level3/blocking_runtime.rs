//! Pitfall `blocking_runtime`: the sign-up that freezes the site.
//!
//! Whenever someone signs up, every other request to the service stalls for a third of a
//! second: pages, health checks, even requests that never touch the database. The CPU is
//! nearly idle. Nothing is slow but sign-up, and sign-up is meant to be slow (the password hash
//! is slow on purpose). The tests run sign-up next to a heartbeat task that should tick every
//! 10 ms, on a single-threaded runtime, and measure how late the heartbeat gets.
//!
//! Find out why one slow request stalls the others, and fix it. Keep `slow_hash` as it is.
//!
//! Check your work: `cargo workbook check blocking_runtime`. Stuck: `cargo workbook hint blocking_runtime`.
//! Keep the function name and signature: the tests call it.

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
    // TODO: slow_hash takes 300 ms, on purpose. Why does everyone else wait for it?
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
