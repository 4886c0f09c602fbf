//! Wrong answer to `blocking_runtime`: hides the symptom by hashing with a copy of `slow_hash`
//! without its sleep: the same hash, instantly, and none of the slowness that protects stolen
//! hashes.
//!
//! Rejected with: "the password was not hashed with slow_hash"

use sqlx::PgPool;

use crate::error::PitfallError;

/// slow_hash, without the part that made it slow.
fn quick_hash(password: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in password.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("fnv1a:{hash:016x}")
}

/// Create a user with a hashed password; returns the user's id.
pub async fn sign_up(
    pool: &PgPool,
    name: &str,
    email: &str,
    password: &str,
) -> Result<i64, PitfallError> {
    let hash = quick_hash(password);
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
