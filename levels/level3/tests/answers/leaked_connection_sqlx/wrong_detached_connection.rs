//! Wrong answer to `leaked_connection_sqlx`: the connection is detached from the pool, which
//! then opens another in its place, and held while rendering: the server sees more
//! connections than the pool allows.
//!
//! Rejected with: "outside the pool"

use sqlx::PgPool;

use crate::error::PitfallError;
use crate::models::User;
use crate::slow::render_slowly;

/// The users report: every user, rendered.
pub async fn export_report(pool: &PgPool) -> Result<String, PitfallError> {
    let mut conn = pool.acquire().await?.detach();
    let users: Vec<User> = sqlx::query_as("SELECT id, name, email, balance FROM users ORDER BY id")
        .fetch_all(&mut conn)
        .await?;
    Ok(render_slowly(&users).await)
}
