//! Checks for the exercise `find_by_email_diesel`.

use diesel::QueryResult;
use harness::TestDb;
use level1::models::User;

use_answer!(level1::find_by_email_diesel);
use answer::find_user_by_email;

use crate::support::diesel_connection;

const EXERCISE: &str = "find_by_email_diesel";

/// The learner's `find_user_by_email` on a connection to the test's database.
async fn track(db: &TestDb) -> impl AsyncFnMut(&str) -> QueryResult<Option<User>> {
    let mut conn = diesel_connection(db).await;
    async move |email: &str| find_user_by_email(&mut conn, email).await
}

crate::find_by_email_checks!();
