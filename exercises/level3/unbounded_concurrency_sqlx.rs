//! Pitfall `unbounded_concurrency_sqlx`: the monthly job that times out.
//!
//! The monthly fee job charges every user 0.01. It was sequential and slow, so someone made it
//! concurrent: one task per user. With a hundred users it flew. With six hundred, most charges
//! fail with "pool timed out while waiting for an open connection", though the database is
//! barely busy. The tests run it for six hundred users with the service's pool of five.
//!
//! Keep it concurrent, and make every charge succeed.
//!
//! Check your work: `cargo workbook check unbounded_concurrency_sqlx`. Stuck: `cargo workbook hint unbounded_concurrency_sqlx`.
//! Keep the function name and signature: the tests call it.

use std::sync::Arc;

use sqlx::PgPool;
use tokio::sync::Semaphore;

use crate::error::PitfallError;

/// Take the 0.01 monthly fee from every user in `user_ids`.
pub async fn charge_monthly_fee(pool: &PgPool, user_ids: &[i64]) -> Result<(), PitfallError> {
    let mut charges = tokio::task::JoinSet::new();
    // TODO: six hundred tasks start at once. How many connections are there for them?
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
        charge.expect("a charge task panicked")?;
    }
    Ok(())
}
