//! Checks for the exercise `serializable_retry_sqlx`.

use std::sync::Arc;

use_answer!(level2::serializable_retry_sqlx);
use answer::give_bonus;

use crate::shared::bonus::BonusFn;
use crate::support::sqlx_pool;

/// What a panic in the learner's give_bonus is told.
const ADVICE: &str =
    "A refused or failed bonus is an Err or an outcome for the caller to handle, never a panic.";

const EXERCISE: &str = "serializable_retry_sqlx";

/// The learner's give_bonus over a pool of its own, callable from a spawned task.
async fn track(db: &harness::TestDb) -> BonusFn {
    let pool = sqlx_pool(db, 5).await;
    Arc::new(move |user_id, max_attempts| {
        let pool = pool.clone();
        Box::pin(async move {
            let what = format!("give_bonus({user_id}, {max_attempts})");
            let call = give_bonus(&pool, user_id, max_attempts);
            harness::unless_it_panics(EXERCISE, &what, ADVICE, call).await
        })
    })
}

crate::serializable_retry_checks!();
