//! Wrong answer to `unbounded_concurrency_sqlx`: replaces the tasks with a plain loop: no
//! timeouts, but one charge at a time, where the exercise asks to keep the job concurrent.
//!
//! Rejected with: "they ran one at a time"

use sqlx::PgPool;

use crate::error::PitfallError;

/// Take the 0.01 monthly fee from every user in `user_ids`.
pub async fn charge_monthly_fee(pool: &PgPool, user_ids: &[i64]) -> Result<(), PitfallError> {
    for &id in user_ids {
        sqlx::query("UPDATE users SET balance = balance - 0.01 WHERE id = $1")
            .bind(id)
            .execute(pool)
            .await?;
    }
    Ok(())
}
