//! Checks for the exercise `migrate_sqlx` (on an empty database: no tables at all).

use_answer!(level1::migrate_sqlx);
use answer::create_schema;

use crate::support::{Check, columns_of, email_is_unique, expected_user_columns};

#[test]
fn creates_the_users_table() {
    Check::empty_database().run(|db| async move {
        let pool = db.pool().await;
        create_schema(&pool)
            .await
            .unwrap_or_else(|e| panic!("[migrate_sqlx] create_schema failed: {e}"));
        let columns = columns_of(&pool, "users").await;
        assert!(
            !columns.is_empty(),
            "[migrate_sqlx] create_schema returned Ok but there is no users table: did the \
             migrations run against this pool?"
        );
        assert_eq!(
            columns,
            expected_user_columns(),
            "[migrate_sqlx] the users table does not have the columns of the migration"
        );
        assert!(
            email_is_unique(&pool).await,
            "[migrate_sqlx] users.email is not UNIQUE"
        );
    });
}

#[test]
fn running_it_twice_is_harmless() {
    Check::empty_database().run(|db| async move {
        let pool = db.pool().await;
        create_schema(&pool)
            .await
            .unwrap_or_else(|e| panic!("[migrate_sqlx] create_schema failed: {e}"));
        create_schema(&pool).await.unwrap_or_else(|e| {
            panic!(
                "[migrate_sqlx] create_schema failed the second time: {e}. Migrations remember \
                 what already ran; running them again should change nothing."
            )
        });
        assert_eq!(columns_of(&pool, "users").await, expected_user_columns());
    });
}
