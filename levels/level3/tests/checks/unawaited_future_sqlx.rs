//! Checks for the pitfall `unawaited_future_sqlx`: a deposit is done when it says Ok (not
//! later, in the background), and a refused one says so. See `shared::deposit`.

use std::sync::Arc;

use_answer!(level3::unawaited_future_sqlx);
use answer::deposit;

use crate::support::{DepositFn, LEVEL, sqlx_pool};

const EXERCISE: &str = "unawaited_future_sqlx";

async fn track(db: &harness::TestDb) -> DepositFn {
    let pool = sqlx_pool(db, 2).await;
    Arc::new(move |id, amount| {
        let pool = pool.clone();
        Box::pin(async move { deposit(&pool, id, amount).await })
    })
}

harness::checks!(&LEVEL, crate::shared::deposit, |db| (EXERCISE, &db.pool().await, track(&db).await);
    the_deposit_reaches_the_database,
    a_refused_deposit_is_an_error,
);

harness::checks!(&LEVEL, crate::shared::deposit, |db| (EXERCISE, &db, track(&db).await);
    a_deposit_returns_only_once_it_is_stored,
);
