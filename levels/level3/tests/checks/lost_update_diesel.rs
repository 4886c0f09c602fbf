//! Checks for the pitfall `lost_update_diesel`.

use std::sync::Arc;

use_answer!(level3::lost_update_diesel);
use answer::deposit;

use crate::shared::deposit as checks;
use crate::support::{DepositFn, LEVEL, check, diesel_pool};

#[test]
fn fifty_deposits_at_once_all_count() {
    check(&LEVEL, |db| async move {
        let pool = diesel_pool(&db, 10);
        let call: DepositFn = Arc::new(move |id, amount| {
            let pool = pool.clone();
            Box::pin(async move { deposit(&pool, id, amount).await })
        });
        checks::fifty_deposits_at_once_all_count("lost_update_diesel", &db.pool().await, call)
            .await;
    });
}
