//! Checks for the pitfall `sql_injection_diesel` (written once in `shared/names.rs`). The
//! learner's pool reports every statement its connections send (diesel's instrumentation), so
//! a check can see the SQL text the server received.

use std::sync::Arc;

use harness::capture::StatementLog;
use_answer!(level3::sql_injection_diesel);
use answer::add_user;

use crate::shared::names::{AddUserFn, SentFn};
use crate::shared::observed;
use crate::support::{LEVEL, check};

const EXERCISE: &str = "sql_injection_diesel";

/// Run `body` with the learner's `add_user` and what it sent.
fn run<F, Fut>(body: F)
where
    F: FnOnce(sqlx::PgPool, AddUserFn, SentFn) -> Fut + Send + 'static,
    Fut: Future<Output = ()>,
{
    check(&LEVEL, |db| async move {
        let log = StatementLog::new();
        let pool = observed::logged_diesel_pool(&db.url, &log, 2);
        let add: AddUserFn = Arc::new(move |name, email| {
            let pool = pool.clone();
            Box::pin(async move { add_user(&pool, &name, &email).await })
        });
        let sent: SentFn = Arc::new(move || observed::sql_texts(&log));
        body(db.pool().await, add, sent).await;
    });
}

crate::sql_injection_checks!();
