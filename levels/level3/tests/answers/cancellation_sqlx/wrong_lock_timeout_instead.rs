//! Wrong answer to `cancellation_sqlx`: sets `lock_timeout` instead of `statement_timeout` and
//! keeps the client-side timeout: the limit covers waiting for locks, not the slow query, which
//! runs on while holding the row.
//!
//! Rejected with: "waited behind it"

use std::time::Duration;

use sqlx::PgPool;

use crate::error::PitfallError;

/// Build the user's monthly statement, giving up after about one second.
pub async fn monthly_statement(pool: &PgPool, user_id: i64) -> Result<String, PitfallError> {
    let limit = Duration::from_secs(1);
    let work = async {
        let mut tx = pool.begin().await?;
        sqlx::query("SET LOCAL lock_timeout = '1s'")
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
    };
    match tokio::time::timeout(limit, work).await {
        Ok(result) => result,
        Err(_) => Err(PitfallError::TimedOut(limit)),
    }
}
