//! Pitfall `leaked_connection_sqlx`: a connection held across slow work.
//!
//! Reference answer. Why it is right: the connection is needed for the query only, so the
//! query runs on the pool (which lends a connection for exactly that statement and takes it
//! back) and the slow rendering runs with no connection held. Holding a `PoolConnection`, in a
//! local variable or in a long-lived struct, keeps it out of the pool until it is dropped.

use sqlx::PgPool;

use crate::error::PitfallError;
use crate::models::User;
use crate::slow::render_slowly;

// ANCHOR: export_report
/// The users report: every user, rendered.
pub async fn export_report(pool: &PgPool) -> Result<String, PitfallError> {
    let users: Vec<User> = sqlx::query_as("SELECT id, name, email, balance FROM users ORDER BY id")
        .fetch_all(pool)
        .await?;
    Ok(render_slowly(&users).await)
}
// ANCHOR_END: export_report
