//! Wrong answer to `unbounded_concurrency_sqlx`: keeps one task per user and makes the job
//! "succeed" by dropping the charges that failed (`let _ =`): most users are never charged.
//!
//! Rejected with: "had not been charged"

use sqlx::PgPool;

use crate::error::PitfallError;

/// Take the 0.01 monthly fee from every user in `user_ids`.
pub async fn charge_monthly_fee(pool: &PgPool, user_ids: &[i64]) -> Result<(), PitfallError> {
    let mut charges = tokio::task::JoinSet::new();
    for &id in user_ids {
        let pool = pool.clone();
        charges.spawn(async move {
            sqlx::query("UPDATE users SET balance = balance - 0.01 WHERE id = $1")
                .bind(id)
                .execute(&pool)
                .await
        });
    }
    while let Some(charge) = charges.join_next().await {
        let _ = charge.expect("a charge task panicked");
    }
    Ok(())
}
