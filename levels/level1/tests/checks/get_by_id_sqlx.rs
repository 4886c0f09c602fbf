//! Checks for the exercise `get_by_id_sqlx`.

use harness::TestDb;
use level1::models::User;

use_answer!(level1::get_by_id_sqlx);
use answer::get_user;

const EXERCISE: &str = "get_by_id_sqlx";

/// The learner's `get_user` on a pool of the test's database.
async fn track(db: &TestDb) -> impl AsyncFnMut(i64) -> Result<Option<User>, sqlx::Error> {
    let pool = db.pool().await;
    async move |id: i64| get_user(&pool, id).await
}

crate::get_by_id_checks!();
