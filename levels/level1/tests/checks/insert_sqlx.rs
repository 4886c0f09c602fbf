//! Checks for the exercise `insert_sqlx`.

use harness::TestDb;
use harness::capture::StatementLog;
use level1::error::UserError;
use level1::models::User;

use_answer!(level1::insert_sqlx);
use answer::insert_user;

use crate::support::statement_reporting_pool;

const EXERCISE: &str = "insert_sqlx";

/// The learner's `insert_user` on a pool of the test's database.
async fn track(db: &TestDb) -> impl AsyncFnMut(&str, &str) -> Result<User, UserError> {
    let pool = db.pool().await;
    async move |name: &str, email: &str| insert_user(&pool, name, email).await
}

/// The same on a pool that reports its statements to `tracing`, where the log listens.
async fn logged_track(
    db: &TestDb,
    _log: &StatementLog,
) -> impl AsyncFnMut(&str, &str) -> Result<User, UserError> + use<> {
    let pool = statement_reporting_pool(db).await;
    async move |name: &str, email: &str| insert_user(&pool, name, email).await
}

crate::insert_checks!();
