//! Checks for the pitfall `lost_update_diesel`: deposits made at the same time all count, whether
//! they come from this program or from another one. See `shared::deposit`.

use std::sync::Arc;

use_answer!(level3::lost_update_diesel);
use answer::deposit;

use crate::support::{DepositFn, LEVEL, diesel_pool};

const EXERCISE: &str = "lost_update_diesel";

async fn track(db: &harness::TestDb) -> DepositFn {
    let pool = diesel_pool(db, 10);
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
