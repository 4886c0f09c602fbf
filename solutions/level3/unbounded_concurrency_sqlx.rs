//! Pitfall `unbounded_concurrency_sqlx`: thousands of tasks for a pool of five.
//!
//! Reference answer. Why it is right: a semaphore with as many permits as the pool has
//! connections lets that many charges run at once; the others wait for a permit, which has no
//! timeout, instead of waiting for a connection, which does. The work still overlaps as much as
//! the pool allows. (`futures::StreamExt::buffer_unordered(n)` does the same with streams.)

use std::sync::Arc;

use sqlx::PgPool;
use tokio::sync::Semaphore;

use crate::error::PitfallError;

// ANCHOR: charge_monthly_fee
/// Take the 0.01 monthly fee from every user in `user_ids`.
pub async fn charge_monthly_fee(pool: &PgPool, user_ids: &[i64]) -> Result<(), PitfallError> {
    let permits = Arc::new(Semaphore::new(pool.options().get_max_connections() as usize));
    let mut charges = tokio::task::JoinSet::new();
    for &id in user_ids {
        let (pool, permits) = (pool.clone(), permits.clone());
        charges.spawn(async move {
            let _permit = permits
                .acquire_owned()
                .await
                .expect("the semaphore is never closed");
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
// ANCHOR_END: charge_monthly_fee
