//! Checks for the pitfall `lost_update_sqlx`: deposits made at the same time all count, whether
//! they come from this program or from another one. See `shared::deposit`.

use std::sync::Arc;

use_answer!(level3::lost_update_sqlx);
use answer::deposit;

use crate::support::{DepositFn, sqlx_pool};

const EXERCISE: &str = "lost_update_sqlx";

async fn track(db: &harness::TestDb) -> DepositFn {
    let pool = sqlx_pool(db, 10).await;
    Arc::new(move |id, amount| {
        let pool = pool.clone();
        Box::pin(async move { deposit(&pool, id, amount).await })
    })
}

crate::lost_update_checks!();
