//! Wrong answer to `cancellation_sqlx`: runs `SET statement_timeout` on the pool before
//! beginning: it lands on whichever connection the pool lends, for the whole session, and stays
//! there for every later user of that connection.
//!
//! Rejected with: "the limit was set for the whole session"

use sqlx::PgPool;

use crate::error::PitfallError;

/// Build the user's monthly statement, giving up after about one second.
pub async fn monthly_statement(pool: &PgPool, user_id: i64) -> Result<String, PitfallError> {
    sqlx::query("SET statement_timeout = '1s'")
        .execute(pool)
        .await?;
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
}
