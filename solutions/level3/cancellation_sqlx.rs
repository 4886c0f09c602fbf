//! Pitfall `cancellation_sqlx`: a timeout that stops waiting, not working.
//!
//! Reference answer. Why it is right: `SET LOCAL statement_timeout` puts the limit on the
//! server, for this transaction only. When the slow query passes it, PostgreSQL itself cancels
//! the query, the transaction fails and rolls back, and the row lock is released at once. A
//! client-side `tokio::time::timeout` only drops the future: the server never hears of it and
//! goes on running the query, holding the lock, for everyone who comes next.

use sqlx::PgPool;

use crate::error::PitfallError;

// ANCHOR: monthly_statement
/// Build the user's monthly statement, giving up after about one second.
pub async fn monthly_statement(pool: &PgPool, user_id: i64) -> Result<String, PitfallError> {
    let mut tx = pool.begin().await?;
    // The server cancels any statement of this transaction that runs longer than 1 s.
    sqlx::query("SET LOCAL statement_timeout = '1s'")
        .execute(&mut *tx)
        .await?;
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
// ANCHOR_END: monthly_statement
