//! Checks for the exercise `serializable_retry_sqlx`.

use std::sync::Arc;

use level2::serializable_retry_sqlx::give_bonus;
use sqlx::postgres::PgPoolOptions;

use crate::shared::bonus::{self as checks, BonusFn};
use crate::support::{LEVEL, check};

const EXERCISE: &str = "serializable_retry_sqlx";

/// The learner's give_bonus over a pool of its own, callable from a spawned task.
async fn track(db: &harness::TestDb) -> BonusFn {
    let pool = PgPoolOptions::new()
        .max_connections(5)
        .connect(&db.url)
        .await
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
