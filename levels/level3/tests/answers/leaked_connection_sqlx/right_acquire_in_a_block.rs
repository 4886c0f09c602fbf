//! Right answer to `leaked_connection_sqlx`: the connection is acquired in a block that ends
//! after the query, so it is back in the pool before the rendering starts.

use sqlx::PgPool;

use crate::error::PitfallError;
use crate::models::User;
use crate::slow::render_slowly;

/// The users report: every user, rendered.
pub async fn export_report(pool: &PgPool) -> Result<String, PitfallError> {
    let users: Vec<User> = {
        let mut conn = pool.acquire().await?;
        sqlx::query_as("SELECT id, name, email, balance FROM users ORDER BY id")
            .fetch_all(&mut *conn)
            .await?
    };
    Ok(render_slowly(&users).await)
}
