//! Checks for the pitfall `sql_injection_sqlx` (written once in `shared/names.rs`).
//!
//! The bodies run on a single-threaded runtime with a statement log installed on that thread,
//! so every statement the learner's code sends, from any task, is captured.

use std::sync::Arc;

use harness::capture::StatementLog;
use_answer!(level3::sql_injection_sqlx);
use answer::add_user;

use crate::shared::names::{AddUserFn, SentFn};
use crate::support::{Check, LEVEL, sqlx_pool};

const EXERCISE: &str = "sql_injection_sqlx";

async fn track(db: &harness::TestDb) -> AddUserFn {
    let pool = sqlx_pool(db, 2).await;
    Arc::new(move |name, email| {
        let pool = pool.clone();
        Box::pin(async move { add_user(&pool, &name, &email).await })
    })
}

/// Run `body` with the learner's `add_user` and what it sent.
fn run<F, Fut>(body: F)
where
    F: FnOnce(sqlx::PgPool, AddUserFn, SentFn) -> Fut + Send + 'static,
    Fut: Future<Output = ()>,
{
    Check::new(&LEVEL).single_thread().run(|db| async move {
        let log = StatementLog::new();
        let _capture = tracing::subscriber::set_default(log.subscriber());
        let add = track(&db).await;
        let sent: SentFn = Arc::new(move || log.statements());
        body(db.pool().await, add, sent).await;
    });
}

crate::sql_injection_checks!();
