//! Wrong answer to `unbounded_concurrency_sqlx`: "fixes" the timeouts by opening a bigger pool of
//! its own (twenty connections, a patient timeout) for the job, ignoring the service's
//! limit of five.
//!
//! Rejected with: "more than the service's pool of five"

use std::sync::Arc;
use std::time::Duration;

use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;
use tokio::sync::Semaphore;

use crate::error::PitfallError;

/// Take the 0.01 monthly fee from every user in `user_ids`.
pub async fn charge_monthly_fee(pool: &PgPool, user_ids: &[i64]) -> Result<(), PitfallError> {
    let big = PgPoolOptions::new()
        .max_connections(20)
        .acquire_timeout(Duration::from_secs(5))
        .connect_with(pool.connect_options().as_ref().clone())
        .await?;
    let permits = Arc::new(Semaphore::new(20));
    let mut charges = tokio::task::JoinSet::new();
    for &id in user_ids {
        let (pool, permits) = (big.clone(), permits.clone());
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
    big.close().await;
    Ok(())
}
