//! Checks for the exercise `serializable_retry_sqlx`.

use std::sync::Arc;

use_answer!(level2::serializable_retry_sqlx);
use answer::give_bonus;

use crate::shared::bonus::BonusFn;
use crate::support::sqlx_pool;

const EXERCISE: &str = "serializable_retry_sqlx";

/// The learner's give_bonus over a pool of its own, callable from a spawned task.
async fn track(db: &harness::TestDb) -> BonusFn {
    let pool = sqlx_pool(db, 5).await;
    Arc::new(move |user_id, max_attempts| {
        let pool = pool.clone();
        Box::pin(async move { give_bonus(&pool, user_id, max_attempts).await })
    })
}

crate::serializable_retry_checks!();
