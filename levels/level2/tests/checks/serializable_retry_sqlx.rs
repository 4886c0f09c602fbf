//! Checks for the exercise `serializable_retry_sqlx`.

use std::sync::Arc;

use_answer!(level2::serializable_retry_sqlx);
use answer::give_bonus;

use crate::shared::bonus::BonusFn;
use crate::support::{LEVEL, sqlx_pool};

const EXERCISE: &str = "serializable_retry_sqlx";

/// The learner's give_bonus over a pool of its own, callable from a spawned task.
async fn track(db: &harness::TestDb) -> BonusFn {
    let pool = sqlx_pool(db, 5).await;
    Arc::new(move |user_id, max_attempts| {
        let pool = pool.clone();
        Box::pin(async move { give_bonus(&pool, user_id, max_attempts).await })
    })
}

harness::checks!(&LEVEL, crate::shared::bonus, |db| (EXERCISE, &db.pool().await, track(&db).await);
    gives_the_bonus_within_the_cap,
    refuses_past_the_cap,
    gives_up_after_the_allowed_attempts,
    other_errors_are_not_retried,
);

harness::checks!(&LEVEL, crate::shared::bonus, |db| (EXERCISE, &db, &db.pool().await, track(&db).await);
    a_serialization_failure_is_retried,
);
