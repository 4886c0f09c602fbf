//! Checks for the exercise `list_users_diesel`.

use diesel::QueryResult;
use harness::TestDb;
use level1::models::User;

use_answer!(level1::list_users_diesel);
use answer::list_users;

use crate::support::diesel_connection;

const EXERCISE: &str = "list_users_diesel";

/// The learner's `list_users` on a connection to the test's database.
async fn track(db: &TestDb) -> impl AsyncFnMut() -> QueryResult<Vec<User>> {
    let mut conn = diesel_connection(db).await;
    async move || list_users(&mut conn).await
}

crate::list_users_checks!();
