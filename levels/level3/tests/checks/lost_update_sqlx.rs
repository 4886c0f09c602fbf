//! Checks for the pitfall `lost_update_sqlx`: deposits made at the same time all count, whether
//! they come from this program or from another one. See `shared::deposit`.

use std::sync::Arc;

use_answer!(level3::lost_update_sqlx);
use answer::deposit;

use crate::support::{DepositFn, LEVEL, sqlx_pool};

const EXERCISE: &str = "lost_update_sqlx";

async fn track(db: &harness::TestDb) -> DepositFn {
    let pool = sqlx_pool(db, 10).await;
    Arc::new(move |id, amount| {
        let pool = pool.clone();
        Box::pin(async move { deposit(&pool, id, amount).await })
    })
}

harness::checks!(&LEVEL, crate::shared::deposit, |db| (EXERCISE, &db.pool().await, track(&db).await);
    fifty_deposits_at_once_all_count,
);

harness::checks!(&LEVEL, crate::shared::deposit, |db| (EXERCISE, &db, track(&db).await);
    a_deposit_in_flight_elsewhere_still_counts,
);
