//! Checks for the pitfall `unawaited_future_sqlx`: a deposit is done when it says Ok (not
//! later, in the background), and a refused one says so. See `shared::deposit`.

use std::sync::Arc;

use_answer!(level3::unawaited_future_sqlx);
use answer::deposit;

use crate::support::{DepositFn, sqlx_pool};

const EXERCISE: &str = "unawaited_future_sqlx";

async fn track(db: &harness::TestDb) -> DepositFn {
    let pool = sqlx_pool(db, 2).await;
    Arc::new(move |id, amount| {
        let pool = pool.clone();
        Box::pin(async move { deposit(&pool, id, amount).await })
    })
}

crate::unawaited_future_checks!();
