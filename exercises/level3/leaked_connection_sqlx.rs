//! Pitfall `leaked_connection_sqlx`: the report that takes the site down.
//!
//! Every evening, a few managers download the users report, and for a minute the whole site
//! answers "pool timed out while waiting for an open connection". The database is idle. The
//! report's query takes two milliseconds. The tests download six reports at once through a pool
//! of two connections, as the site does.
//!
//! Find out why six reports exhaust the pool, and fix it.
//!
//! Check your work: `cargo workbook check leaked_connection_sqlx`. Stuck: `cargo workbook hint leaked_connection_sqlx`.
//! Keep the function name and signature: the tests call it.

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
    // TODO: the query is fast. How long is `conn` kept, and who else is waiting for it?
    Ok(render_slowly(&users).await)
}
