//! Checks for the exercise `insert_diesel`.

use diesel_async::AsyncConnection;
use harness::TestDb;
use harness::capture::StatementLog;
use level1::error::UserError;
use level1::models::User;

use_answer!(level1::insert_diesel);
use answer::insert_user;

use crate::support::diesel_connection;

const EXERCISE: &str = "insert_diesel";

/// The learner's `insert_user` on a connection to the test's database.
async fn track(db: &TestDb) -> impl AsyncFnMut(&str, &str) -> Result<User, UserError> {
    let mut conn = diesel_connection(db).await;
    async move |name: &str, email: &str| insert_user(&mut conn, name, email).await
}

/// The same on a connection that tells `log` about every statement it starts.
async fn logged_track(
    db: &TestDb,
    log: &StatementLog,
) -> impl AsyncFnMut(&str, &str) -> Result<User, UserError> + use<> {
    let mut conn = diesel_connection(db).await;
    conn.set_instrumentation(log.diesel_instrumentation());
    async move |name: &str, email: &str| insert_user(&mut conn, name, email).await
}

crate::insert_checks!();
