//! Wrong answer to `unbounded_concurrency_sqlx`: bounds the tasks correctly, but detaches them
//! and returns at once: the job reports success while the charges are still running.
//!
//! Rejected with: "had not been charged"

use std::sync::Arc;

use sqlx::PgPool;
use tokio::sync::Semaphore;

use crate::error::PitfallError;

/// Take the 0.01 monthly fee from every user in `user_ids`.
pub async fn charge_monthly_fee(pool: &PgPool, user_ids: &[i64]) -> Result<(), PitfallError> {
    let permits = Arc::new(Semaphore::new(pool.options().get_max_connections() as usize));
    for &id in user_ids {
        let (pool, permits) = (pool.clone(), permits.clone());
        tokio::spawn(async move {
            let _permit = permits.acquire_owned().await.expect("never closed");
            let _ = sqlx::query("UPDATE users SET balance = balance - 0.01 WHERE id = $1")
                .bind(id)
                .execute(&pool)
                .await;
        });
    }
    Ok(())
}
