//! Wrong answer to `cancellation_sqlx`: `SET LOCAL statement_timeout = 1`, which PostgreSQL reads
//! as one millisecond: every statement that has to wait at all is cancelled, not only the slow
//! one.
//!
//! Rejected with: "before the one-second limit"

use sqlx::PgPool;

use crate::error::PitfallError;

/// Build the user's monthly statement, giving up after about one second.
pub async fn monthly_statement(pool: &PgPool, user_id: i64) -> Result<String, PitfallError> {
    let mut tx = pool.begin().await?;
    sqlx::query("SET LOCAL statement_timeout = 1")
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
