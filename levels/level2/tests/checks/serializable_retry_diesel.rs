//! Checks for the exercise `serializable_retry_diesel`.

use std::sync::Arc;

use std::time::Duration;

use deadpool::Runtime;
use diesel_async::AsyncPgConnection;
use diesel_async::pooled_connection::AsyncDieselConnectionManager;
use level2::DieselPool;
use level2::serializable_retry_diesel::give_bonus;

use crate::shared::bonus::{self as checks, BonusFn};
use crate::support::{LEVEL, check};

const EXERCISE: &str = "serializable_retry_diesel";

/// The learner's give_bonus over a pool of its own, callable from a spawned task.
async fn track(db: &harness::TestDb) -> BonusFn {
    let manager = AsyncDieselConnectionManager::<AsyncPgConnection>::new(&db.url);
    let pool = DieselPool::builder(manager)
        .max_size(5)
        .wait_timeout(Some(Duration::from_secs(5)))
        .runtime(Runtime::Tokio1)
        .build()
        .expect("test setup: a pool for the bonuses");
    Arc::new(move |user_id, max_attempts| {
        let pool = pool.clone();
        Box::pin(async move { give_bonus(&pool, user_id, max_attempts).await })
    })
}

#[test]
fn gives_the_bonus_within_the_cap() {
    check(&LEVEL, |db| async move {
        checks::gives_the_bonus_within_the_cap(EXERCISE, &db.pool().await, track(&db).await).await;
    });
}

#[test]
fn refuses_past_the_cap() {
    check(&LEVEL, |db| async move {
        checks::refuses_past_the_cap(EXERCISE, &db.pool().await, track(&db).await).await;
    });
}

#[test]
fn a_serialization_failure_is_retried() {
    check(&LEVEL, |db| async move {
        let pool = db.pool().await;
        checks::a_serialization_failure_is_retried(EXERCISE, &db, &pool, track(&db).await).await;
    });
}

#[test]
fn gives_up_after_the_allowed_attempts() {
    check(&LEVEL, |db| async move {
        checks::gives_up_after_the_allowed_attempts(EXERCISE, &db.pool().await, track(&db).await)
            .await;
    });
}
