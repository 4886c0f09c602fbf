//! Checks for the exercise `transfer_sqlx`.

use std::sync::Arc;

use level2::transfer_sqlx::transfer;
use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;

use crate::shared::transfer::{self as checks, TransferFn};
use crate::support::{LEVEL, check};

const EXERCISE: &str = "transfer_sqlx";

/// The learner's transfer over a pool of ten, callable from many tasks.
async fn track(db: &harness::TestDb) -> TransferFn {
    let pool: PgPool = PgPoolOptions::new()
        .max_connections(10)
        .connect(&db.url)
        .await
        .expect("test setup: a pool for the transfers");
    Arc::new(move |from, to, amount| {
        let pool = pool.clone();
        Box::pin(async move { transfer(&pool, from, to, amount).await })
    })
}

#[test]
fn moves_the_money() {
    check(&LEVEL, |db| async move {
        checks::moves_the_money(EXERCISE, &db.pool().await, track(&db).await).await;
    });
}

#[test]
fn each_broken_rule_is_its_own_error() {
    check(&LEVEL, |db| async move {
        checks::each_broken_rule_is_its_own_error(EXERCISE, &db.pool().await, track(&db).await)
            .await;
    });
}

#[test]
fn a_failure_half_way_changes_nothing() {
    check(&LEVEL, |db| async move {
        checks::a_failure_half_way_changes_nothing(EXERCISE, &db.pool().await, track(&db).await)
            .await;
    });
}

#[test]
fn concurrent_transfers_conserve_money() {
    check(&LEVEL, |db| async move {
        checks::concurrent_transfers_conserve_money(EXERCISE, &db.pool().await, track(&db).await)
            .await;
    });
}
