//! Checks for the pitfall `unawaited_future_sqlx`.

use std::sync::Arc;

use_answer!(level3::unawaited_future_sqlx);
use answer::deposit;

use crate::shared::deposit as checks;
use crate::support::{DepositFn, LEVEL, check, sqlx_pool};

#[test]
fn the_deposit_reaches_the_database() {
    check(&LEVEL, |db| async move {
        let pool = sqlx_pool(&db, 2).await;
        let call: DepositFn = Arc::new(move |id, amount| {
            let pool = pool.clone();
            Box::pin(async move { deposit(&pool, id, amount).await })
        });
        checks::the_deposit_reaches_the_database("unawaited_future_sqlx", &db.pool().await, call)
            .await;
    });
}
