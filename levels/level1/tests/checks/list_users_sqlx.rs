//! Checks for the exercise `list_users_sqlx`.

use harness::TestDb;
use level1::models::User;

use_answer!(level1::list_users_sqlx);
use answer::list_users;

const EXERCISE: &str = "list_users_sqlx";

/// The learner's `list_users` on a pool of the test's database.
async fn track(db: &TestDb) -> impl AsyncFnMut() -> Result<Vec<User>, sqlx::Error> {
    let pool = db.pool().await;
    async move || list_users(&pool).await
}

crate::list_users_checks!();
