//! Wrong answer to `leaked_connection_sqlx`: the report opens a connection of its own, with the
//! pool's settings, and holds it while rendering: the pool never runs dry, because its limit
//! is bypassed, and the server gets a connection per report.
//!
//! Rejected with: "outside the pool"

use sqlx::{Connection, PgConnection, PgPool};

use crate::error::PitfallError;
use crate::models::User;
use crate::slow::render_slowly;

/// The users report: every user, rendered.
pub async fn export_report(pool: &PgPool) -> Result<String, PitfallError> {
    let mut conn = PgConnection::connect_with(&pool.connect_options()).await?;
    let users: Vec<User> = sqlx::query_as("SELECT id, name, email, balance FROM users ORDER BY id")
        .fetch_all(&mut conn)
        .await?;
    let report = render_slowly(&users).await;
    conn.close().await?;
    Ok(report)
}
