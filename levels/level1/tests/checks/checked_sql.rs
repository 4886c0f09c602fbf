//! Not an exercise: `level1::checked_sql`, the book's compile-time checked queries, run against
//! a real database. Its `get_user` goes through the same checks as the `get_by_id` exercises,
//! so the page that shows it shows a right answer.

use harness::TestDb;
use level1::checked_sql;
use level1::models::User;

const EXERCISE: &str = "checked_sql";

async fn track(db: &TestDb) -> impl AsyncFnMut(i64) -> Result<Option<User>, sqlx::Error> {
    let pool = db.pool().await;
    async move |id: i64| checked_sql::get_user(&pool, id).await
}

crate::get_by_id_checks!();

#[test]
fn add_user_and_count_users_agree_with_the_table() {
    harness::check(&level1::LEVEL, |db| async move {
        let pool = db.pool().await;
        assert_eq!(checked_sql::count_users(&pool).await.unwrap(), 0);
        let id = checked_sql::add_user(&pool, "Alice", "alice@example.com")
            .await
            .unwrap();
        let found = checked_sql::get_user(&pool, id).await.unwrap();
        assert_eq!(
            found,
            Some(User {
                id,
                name: "Alice".into(),
                email: "alice@example.com".into()
            })
        );
        assert_eq!(checked_sql::count_users(&pool).await.unwrap(), 1);
    });
}
