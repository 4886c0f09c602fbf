//! Checks for the exercise `find_by_email_sqlx`.

use harness::TestDb;
use level1::models::User;

use_answer!(level1::find_by_email_sqlx);
use answer::find_user_by_email;

const EXERCISE: &str = "find_by_email_sqlx";

/// The learner's `find_user_by_email` on a pool of the test's database.
async fn track(db: &TestDb) -> impl AsyncFnMut(&str) -> Result<Option<User>, sqlx::Error> {
    let pool = db.pool().await;
    async move |email: &str| find_user_by_email(&pool, email).await
}

crate::find_by_email_checks!();
