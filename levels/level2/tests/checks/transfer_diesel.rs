//! Checks for the exercise `transfer_diesel`.

use std::sync::Arc;

use_answer!(level2::transfer_diesel);
use answer::transfer;

use crate::shared::transfer::TransferFn;
use crate::support::{LEVEL, diesel_pool};

const EXERCISE: &str = "transfer_diesel";

/// The learner's transfer over a pool of ten, callable from many tasks.
async fn track(db: &harness::TestDb) -> TransferFn {
    let pool = diesel_pool(db, 10);
    Arc::new(move |from, to, amount| {
        let pool = pool.clone();
        Box::pin(async move { transfer(&pool, from, to, amount).await })
    })
}

harness::checks!(&LEVEL, crate::shared::transfer, |db| (EXERCISE, &db.pool().await, track(&db).await);
    moves_the_money,
    the_whole_balance_can_be_sent,
    each_broken_rule_is_its_own_error,
    a_failure_half_way_changes_nothing,
    concurrent_transfers_conserve_money,
);

harness::checks!(&LEVEL, crate::shared::transfer, |db| (EXERCISE, &db, &db.pool().await, track(&db).await);
    nobody_sees_half_a_transfer,
    two_transfers_from_one_account_at_once,
    opposite_transfers_do_not_deadlock,
);
