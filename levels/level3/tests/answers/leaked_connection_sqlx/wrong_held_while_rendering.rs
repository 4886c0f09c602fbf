//! Wrong answer to `leaked_connection_sqlx`: the pooled connection lives until the end of the
//! function, so it is held through the 200 ms of rendering and the other reports wait for it.
//!
//! Rejected with: "keeps its connection"

use sqlx::PgPool;

use crate::error::PitfallError;
use crate::models::User;
use crate::slow::render_slowly;

/// The users report: every user, rendered.
pub async fn export_report(pool: &PgPool) -> Result<String, PitfallError> {
    let mut conn = pool.acquire().await?;
    let users: Vec<User> = sqlx::query_as("SELECT id, name, email, balance FROM users ORDER BY id")
        .fetch_all(&mut *conn)
        .await?;
    Ok(render_slowly(&users).await)
}
