//! Wrong answer to `leaked_connection_sqlx`: an explicit `drop(conn)`, but after the rendering,
//! where it changes nothing.
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
    let report = render_slowly(&users).await;
    drop(conn);
    Ok(report)
}
