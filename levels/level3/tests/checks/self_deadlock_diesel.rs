//! Checks for the pitfall `self_deadlock_diesel`.

use_answer!(level3::self_deadlock_diesel);

use std::time::Duration;

use deadpool::Runtime;
use diesel_async::AsyncPgConnection;
use diesel_async::pooled_connection::AsyncDieselConnectionManager;
use level3::DieselPool;

use crate::shared::audit::renamed_and_audited;
use crate::support::{LEVEL, check, seed_user};

#[test]
fn a_rename_works_with_a_pool_of_one() {
    check(&LEVEL, |db| async move {
        let seed = db.pool().await;
        let alice = seed_user(&seed, "Alice", "10.00").await;
        let manager = AsyncDieselConnectionManager::<AsyncPgConnection>::new(&db.url);
        let pool = DieselPool::builder(manager)
            .max_size(1)
            .wait_timeout(Some(Duration::from_secs(1)))
            .runtime(Runtime::Tokio1)
            .build()
            .unwrap();
        let result = answer::rename_user(&pool, alice, "Alicia").await;
        renamed_and_audited("self_deadlock_diesel", &seed, alice, result).await;
    });
}
