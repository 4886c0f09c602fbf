//! Checks for the exercise `migrate_diesel` (on an empty database: no tables at all).
//!
//! What a migration run must do, seen from the database: the table exists as the migration
//! says, diesel's record (`__diesel_schema_migrations`) lists the level's migrations as applied
//! (SQL run by hand makes the table but is remembered by nobody), a second run changes nothing,
//! the rows stored in between included (a "revert then migrate" loses them), and a migration
//! that cannot apply comes back as an error (a result thrown away lets the program start on a
//! schema it does not have).

use_answer!(level1::migrate_diesel);
use answer::create_schema;
use diesel_async::AsyncPgConnection;

use crate::support::{
    Check, columns_of, diesel_connection, email_is_unique, expected_user_columns, seed_user,
    unless_it_panics,
};

const EXERCISE: &str = "migrate_diesel";

/// The versions of the level's migrations, as diesel records them (the folder names' numbers;
/// sqlx reads the same folder).
fn level_versions() -> Vec<String> {
    level1::MIGRATOR
        .iter()
        .filter(|m| !m.migration_type.is_down_migration())
        .map(|m| m.version.to_string())
        .collect()
}

/// Run the learner's `create_schema`, failing with the check's words if it panics.
async fn run(conn: AsyncPgConnection, when: &str) -> diesel::migration::Result<AsyncPgConnection> {
    unless_it_panics(
        EXERCISE,
        &format!("create_schema ({when})"),
        "A failed migration is an error to return, not a panic: the caller decides.",
        create_schema(conn),
    )
    .await
}

#[test]
fn creates_the_users_table() {
    Check::empty_database().run(|db| async move {
        let conn = diesel_connection(&db).await;
        let _conn = run(conn, "on an empty database")
            .await
            .unwrap_or_else(|e| panic!("[{EXERCISE}] create_schema failed: {e}"));
        let pool = db.pool().await;
        let columns = columns_of(&pool, "users").await;
        assert!(
            !columns.is_empty(),
            "[{EXERCISE}] create_schema returned Ok but there is no users table: were the \
             pending migrations run?"
        );
        assert!(
            columns == expected_user_columns(),
            "[{EXERCISE}] the users table does not have the columns of the migration: expected \
             {:?}, found {columns:?}",
            expected_user_columns()
        );
        assert!(
            email_is_unique(&pool).await,
            "[{EXERCISE}] users.email is not UNIQUE"
        );
        let recorded: Vec<String> = sqlx::query_scalar(
            "SELECT version::text FROM __diesel_schema_migrations ORDER BY version",
        )
        .fetch_all(&pool)
        .await
        .unwrap_or_default();
        for version in level_versions() {
            assert!(
                recorded.contains(&version),
                "[{EXERCISE}] the users table is there, but __diesel_schema_migrations does not \
                 record migration {version} as applied (it records {recorded:?}). Apply the \
                 level's migrations with a migration harness (embed_migrations!, \
                 run_pending_migrations), which remembers what it ran: SQL run by hand is \
                 remembered by nobody, so the next migration cannot know where the schema \
                 stands."
            );
        }
    });
}

#[test]
fn running_it_twice_is_harmless() {
    Check::empty_database().run(|db| async move {
        let pool = db.pool().await;
        let conn = diesel_connection(&db).await;
        let conn = run(conn, "the first time")
            .await
            .unwrap_or_else(|e| panic!("[{EXERCISE}] create_schema failed: {e}"));
        seed_user(&pool, "Alice", "alice@example.com").await;
        let _conn = run(conn, "the second time").await.unwrap_or_else(|e| {
            panic!(
                "[{EXERCISE}] create_schema failed the second time: {e}. Only pending \
                 migrations should run."
            )
        });
        let columns = columns_of(&pool, "users").await;
        assert!(
            columns == expected_user_columns(),
            "[{EXERCISE}] after a second run the users table has the columns {columns:?}"
        );
        let users: i64 = sqlx::query_scalar("SELECT count(*) FROM users")
            .fetch_one(&pool)
            .await
            .expect("test: counting users");
        assert!(
            users == 1,
            "[{EXERCISE}] a user stored between two runs of create_schema is gone after the \
             second ({users} users left): running the migrations again must keep the data. \
             Apply only what is pending; never revert to start over."
        );
    });
}

#[test]
fn a_failed_migration_is_an_error() {
    Check::empty_database().run(|db| async move {
        let pool = db.pool().await;
        // A users table that no migration made is in the way: the migration's CREATE TABLE
        // cannot apply.
        sqlx::query("CREATE TABLE users (id INT)")
            .execute(&pool)
            .await
            .expect("test setup: a table in the way");
        let conn = diesel_connection(&db).await;
        let outcome = run(conn, "where the migration cannot apply").await;
        assert!(
            outcome.is_err(),
            "[{EXERCISE}] the migration cannot apply here (a users table that no migration \
             made is in the way), yet create_schema returned Ok: a failed migration must come \
             back as an error, or the program starts on a schema it does not have. Return the \
             result of run_pending_migrations, do not throw it away."
        );
    });
}
