//! Checks for the pitfall `unawaited_future_diesel`: a deposit is done when it says Ok (not
//! later, in the background), and a refused one says so. See `shared::deposit`.

use std::sync::Arc;

use_answer!(level3::unawaited_future_diesel);
use answer::deposit;

use crate::support::{DepositFn, diesel_pool};

const EXERCISE: &str = "unawaited_future_diesel";

async fn track(db: &harness::TestDb) -> DepositFn {
    let pool = diesel_pool(db, 2);
    Arc::new(move |id, amount| {
        let pool = pool.clone();
        Box::pin(async move { deposit(&pool, id, amount).await })
    })
}

crate::unawaited_future_checks!();
