//! Checks for the pitfall `self_deadlock_diesel`: a rename with its audit row, through a pool of
//! one connection, in one transaction. See `shared::audit`.

use std::sync::Arc;
use std::time::Duration;

use deadpool::Runtime;
use diesel_async::AsyncPgConnection;
use diesel_async::pooled_connection::AsyncDieselConnectionManager;
use level3::DieselPool;

use_answer!(level3::self_deadlock_diesel);

use crate::shared::audit::RenameFn;
use crate::support::LEVEL;

const EXERCISE: &str = "self_deadlock_diesel";

/// rename_user on a pool of ONE connection: a second get waits (1 s) for the first.
async fn track(db: &harness::TestDb) -> RenameFn {
    let manager = AsyncDieselConnectionManager::<AsyncPgConnection>::new(&db.url);
    let pool = DieselPool::builder(manager)
        .max_size(1)
        .wait_timeout(Some(Duration::from_secs(1)))
        .runtime(Runtime::Tokio1)
        .build()
        .expect("test setup: a pool of one");
    Arc::new(move |id, name| {
        let pool = pool.clone();
        Box::pin(async move { answer::rename_user(&pool, id, &name).await })
    })
}

harness::checks!(&LEVEL, crate::shared::audit, |db| (EXERCISE, &db, track(&db).await);
    a_rename_works_with_a_pool_of_one,
    nothing_shows_before_the_rename_is_complete,
    a_failed_audit_takes_back_the_rename,
    a_failed_rename_leaves_no_audit_row,
);
