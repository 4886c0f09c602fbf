//! Right answer to `leaked_connection_sqlx`: `drop(conn)` right after the query, before the
//! rendering.

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
    drop(conn);
    Ok(render_slowly(&users).await)
}
