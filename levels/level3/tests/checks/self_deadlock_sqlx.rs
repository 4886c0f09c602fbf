//! Checks for the pitfall `self_deadlock_sqlx`: a rename with its audit row, through a pool of
//! one connection, in one transaction. See `shared::audit`.

use std::sync::Arc;
use std::time::Duration;

use sqlx::postgres::PgPoolOptions;

use_answer!(level3::self_deadlock_sqlx);

use crate::shared::audit::RenameFn;

const EXERCISE: &str = "self_deadlock_sqlx";

/// rename_user on a pool of ONE connection: a second acquire waits (1 s) for the first.
async fn track(db: &harness::TestDb) -> RenameFn {
    let pool = PgPoolOptions::new()
        .max_connections(1)
        .acquire_timeout(Duration::from_secs(1))
        .connect(&db.url)
        .await
        .expect("test setup: a pool of one");
    Arc::new(move |id, name| {
        let pool = pool.clone();
        Box::pin(async move { answer::rename_user(&pool, id, &name).await })
    })
}

crate::self_deadlock_checks!();
