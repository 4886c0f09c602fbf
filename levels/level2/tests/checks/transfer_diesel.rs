//! Checks for the exercise `transfer_diesel`.

use std::sync::Arc;

use_answer!(level2::transfer_diesel);
use answer::transfer;

use crate::shared::transfer::TransferFn;
use crate::support::diesel_pool;

/// What a panic in the learner's transfer is told.
const ADVICE: &str =
    "A refused transfer is an Err for the caller to handle (a TransferError), never a panic.";

const EXERCISE: &str = "transfer_diesel";

/// The learner's transfer over a pool of ten, callable from many tasks.
async fn track(db: &harness::TestDb) -> TransferFn {
    let pool = diesel_pool(db, 10);
    Arc::new(move |from, to, amount| {
        let pool = pool.clone();
        Box::pin(async move {
            let what = format!("transfer({from}, {to}, {amount})");
            harness::unless_it_panics(EXERCISE, &what, ADVICE, transfer(&pool, from, to, amount))
                .await
        })
    })
}

crate::transfer_checks!();
