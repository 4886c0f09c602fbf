//! Wrong answer to `unbounded_concurrency_sqlx`: adds a semaphore, but sizes it by the work (one
//! permit per user) instead of by the pool, so every charge still waits on the pool of five at
//! once, and those that wait past its timeout fail.
//!
//! Rejected with: "pool timed out"

use std::sync::Arc;

use sqlx::PgPool;
use tokio::sync::Semaphore;

use crate::error::PitfallError;

/// Take the 0.01 monthly fee from every user in `user_ids`.
pub async fn charge_monthly_fee(pool: &PgPool, user_ids: &[i64]) -> Result<(), PitfallError> {
    let permits = Arc::new(Semaphore::new(user_ids.len()));
    let mut charges = tokio::task::JoinSet::new();
    for &id in user_ids {
        let (pool, permits) = (pool.clone(), permits.clone());
        charges.spawn(async move {
            let _permit = permits.acquire_owned().await.expect("never closed");
            sqlx::query("UPDATE users SET balance = balance - 0.01 WHERE id = $1")
                .bind(id)
                .execute(&pool)
                .await
        });
    }
    while let Some(charge) = charges.join_next().await {
        charge.expect("a charge task panicked")?;
    }
    Ok(())
}
