//! Pitfall `cancellation_sqlx`: the timeout that did not stop anything.
//!
//! Monthly statements can be slow, so the code gives up after one second and answers "try
//! again later". Fine. But right after each timeout, deposits to that user hang for several
//! seconds, and in `pg_stat_activity` the statement query is still running, long after the
//! caller gave up. The tests time out a statement, then make a deposit to the same user and
//! time it.
//!
//! Make the one-second limit stop the work on the server too, so the next caller is not stuck
//! behind it.
//!
//! Check your work: `cargo workbook check cancellation_sqlx`. Stuck: `cargo workbook hint cancellation_sqlx`.
//! Keep the function name and signature: the tests call it.

use std::time::Duration;

use sqlx::PgPool;

use crate::error::PitfallError;

/// Build the user's monthly statement, giving up after about one second.
pub async fn monthly_statement(pool: &PgPool, user_id: i64) -> Result<String, PitfallError> {
    let limit = Duration::from_secs(1);
    let work = async {
        let mut tx = pool.begin().await?;
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
    // TODO: this stops waiting after one second. What stops the query?
    match tokio::time::timeout(limit, work).await {
        Ok(result) => result,
        Err(_) => Err(PitfallError::TimedOut(limit)),
    }
}
