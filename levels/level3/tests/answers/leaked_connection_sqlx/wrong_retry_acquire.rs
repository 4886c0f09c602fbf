//! Wrong answer to `leaked_connection_sqlx`: the acquire is retried when the pool times out, so
//! no report fails, but each still holds its connection while it renders, and the reports
//! queue for the pool two at a time.
//!
//! Rejected with: "keeps its connection"

use sqlx::PgPool;

use crate::error::PitfallError;
use crate::models::User;
use crate::slow::render_slowly;

/// The users report: every user, rendered.
pub async fn export_report(pool: &PgPool) -> Result<String, PitfallError> {
    let mut conn = loop {
        match pool.acquire().await {
            Ok(conn) => break conn,
            Err(sqlx::Error::PoolTimedOut) => continue,
            Err(e) => return Err(e.into()),
        }
    };
    let users: Vec<User> = sqlx::query_as("SELECT id, name, email, balance FROM users ORDER BY id")
        .fetch_all(&mut *conn)
        .await?;
    Ok(render_slowly(&users).await)
}
