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

crate::self_deadlock_checks!();
