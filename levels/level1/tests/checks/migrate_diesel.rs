//! Checks for the exercise `migrate_diesel` (on an empty database: no tables at all).

use_answer!(level1::migrate_diesel);
use answer::create_schema;

use crate::support::{
    Check, columns_of, diesel_connection, email_is_unique, expected_user_columns,
};

#[test]
fn creates_the_users_table() {
    Check::empty_database().run(|db| async move {
        let conn = diesel_connection(&db).await;
        let _conn = create_schema(conn)
            .await
            .unwrap_or_else(|e| panic!("[migrate_diesel] create_schema failed: {e}"));
        let pool = db.pool().await;
        let columns = columns_of(&pool, "users").await;
        assert!(
            !columns.is_empty(),
            "[migrate_diesel] create_schema returned Ok but there is no users table: were the \
             pending migrations run?"
        );
        assert_eq!(
            columns,
            expected_user_columns(),
            "[migrate_diesel] the users table does not have the columns of the migration"
        );
        assert!(
            email_is_unique(&pool).await,
            "[migrate_diesel] users.email is not UNIQUE"
        );
    });
}

#[test]
fn running_it_twice_is_harmless() {
    Check::empty_database().run(|db| async move {
        let conn = diesel_connection(&db).await;
        let conn = create_schema(conn)
            .await
            .unwrap_or_else(|e| panic!("[migrate_diesel] create_schema failed: {e}"));
        let _conn = create_schema(conn).await.unwrap_or_else(|e| {
            panic!(
                "[migrate_diesel] create_schema failed the second time: {e}. Only pending \
                 migrations should run."
            )
        });
        let pool = db.pool().await;
        assert_eq!(columns_of(&pool, "users").await, expected_user_columns());
    });
}
