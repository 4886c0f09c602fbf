//! Checks for the exercise `get_by_id_diesel`.

use diesel::QueryResult;
use harness::TestDb;
use level1::models::User;

use_answer!(level1::get_by_id_diesel);
use answer::get_user;

use crate::support::diesel_connection;

const EXERCISE: &str = "get_by_id_diesel";

/// The learner's `get_user` on a connection to the test's database.
async fn track(db: &TestDb) -> impl AsyncFnMut(i64) -> QueryResult<Option<User>> {
    let mut conn = diesel_connection(db).await;
    async move |id: i64| get_user(&mut conn, id).await
}

crate::get_by_id_checks!();
