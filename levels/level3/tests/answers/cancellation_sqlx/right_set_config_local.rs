//! Right answer to `cancellation_sqlx`: `set_config('statement_timeout', '1000', true)`, the
//! function form of SET LOCAL (the `true` makes it last until the transaction ends), with the
//! limit in milliseconds.

use sqlx::PgPool;

use crate::error::PitfallError;

/// Build the user's monthly statement, giving up after about one second.
pub async fn monthly_statement(pool: &PgPool, user_id: i64) -> Result<String, PitfallError> {
    let mut tx = pool.begin().await?;
    sqlx::query("SELECT set_config('statement_timeout', '1000', true)")
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
