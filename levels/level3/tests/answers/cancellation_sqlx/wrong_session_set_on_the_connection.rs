//! Wrong answer to `cancellation_sqlx`: takes a connection, sets `statement_timeout` on it with
//! a plain SET (for the whole session) and then begins the transaction: the limit works, and
//! stays on the connection when it goes back to the pool.
//!
//! Rejected with: "the limit was set for the whole session"

use sqlx::{Connection, PgPool};

use crate::error::PitfallError;

/// Build the user's monthly statement, giving up after about one second.
pub async fn monthly_statement(pool: &PgPool, user_id: i64) -> Result<String, PitfallError> {
    let mut conn = pool.acquire().await?;
    sqlx::query("SET statement_timeout = '1s'")
        .execute(&mut *conn)
        .await?;
    let mut tx = conn.begin().await?;
    sqlx::query("SELECT balance FROM users WHERE id = $1 FOR UPDATE")
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    let text: String = sqlx::query_scalar(crate::slow::STATEMENT_QUERY)
        .bind(user_id)
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(text)
}
