//! Running the migrations: `migrate_sqlx` and `migrate_diesel` (on an empty database: no
//! tables at all).
//!
//! What a migration run must do, seen from the database: the table exists as the migration
//! says, the track's record of applied migrations lists the level's migrations (SQL run by hand
//! makes the table but is remembered by nobody), a second run changes nothing, the rows stored
//! in between included (a "revert then migrate" loses them), and a migration that cannot apply
//! comes back as an error (a result thrown away lets the program start on a schema it does not
//! have). Each track hands in its `create_schema` as a [`MigrationsUnderTest`].

use std::future::Future;

use harness::TestDb;
use sqlx::PgPool;

use crate::support::{
    columns_of, email_is_unique, expected_user_columns, seed_user, unless_it_panics,
};

/// The checks of `migrate_*`, listed once for both tracks: one `#[test]` each, on an empty
/// database, for the checks file that calls `crate::migrate_checks!();`. That file defines
/// `EXERCISE` and `track(&db)`, which returns its [`MigrationsUnderTest`].
#[macro_export]
macro_rules! migrate_checks {
    () => {
        $crate::migrate_checks!(@on_an_empty_database
            creates_the_users_table,
            running_it_twice_is_harmless,
            a_failed_migration_is_an_error,
        );
    };
    (@on_an_empty_database $($check:ident),+ $(,)?) => {
        $(
            #[test]
            fn $check() {
                $crate::support::Check::empty_database().run(|db| async move {
                    $crate::shared::migrate::$check(EXERCISE, &db, track(&db).await).await;
                });
            }
        )+
    };
}

/// What the checks need from a track's `create_schema`.
pub trait MigrationsUnderTest {
    /// What `create_schema` is given to run on ("pool", "connection").
    const GIVEN: &'static str;
    /// The table where the track's migrator records what it applied.
    const RECORD: &'static str;
    /// The track's migrator, which remembers what it ran.
    const MIGRATOR: &'static str;
    /// The call whose result says whether the migrations applied.
    const RUN: &'static str;

    /// Run the learner's `create_schema` once more, on what it was given.
    fn create_schema(&mut self) -> impl Future<Output = Result<(), String>>;
    /// The versions the track's record lists as applied (empty when there is no record).
    fn recorded_versions(&self, pool: &PgPool) -> impl Future<Output = Vec<String>>;
}

/// The versions of the level's migrations (what a complete run records; both tracks read the
/// same folder, and record its numbers).
fn level_versions() -> Vec<String> {
    level1::MIGRATOR
        .iter()
        .filter(|m| !m.migration_type.is_down_migration())
        .map(|m| m.version.to_string())
        .collect()
}

/// Run the learner's `create_schema`, failing with the check's words if it panics.
async fn run(
    exercise: &str,
    track: &mut impl MigrationsUnderTest,
    when: &str,
) -> Result<(), String> {
    unless_it_panics(
        exercise,
        &format!("create_schema ({when})"),
        "A failed migration is an error to return, not a panic: the caller decides.",
        track.create_schema(),
    )
    .await
}

/// On an empty database, the migrations make the users table as they say, and the track's
/// migrator records them as applied.
pub async fn creates_the_users_table<T: MigrationsUnderTest>(
    exercise: &str,
    db: &TestDb,
    mut track: T,
) {
    run(exercise, &mut track, "on an empty database")
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] create_schema failed: {e}"));
    let pool = db.pool().await;
    let columns = columns_of(&pool, "users").await;
    assert!(
        !columns.is_empty(),
        "[{exercise}] create_schema returned Ok but there is no users table: did the \
         migrations run against the {} it was given? (A future does nothing until it is \
         awaited.)",
        T::GIVEN
    );
    assert!(
        columns == expected_user_columns(),
        "[{exercise}] the users table does not have the columns of the migration: expected \
         {:?}, found {columns:?}",
        expected_user_columns()
    );
    assert!(
        email_is_unique(&pool).await,
        "[{exercise}] users.email is not UNIQUE"
    );
    let recorded = track.recorded_versions(&pool).await;
    for version in level_versions() {
        assert!(
            recorded.contains(&version),
            "[{exercise}] the users table is there, but {} does not record migration \
             {version} as applied (it records {recorded:?}). Apply the level's migrations with \
             {}, which remembers what it ran: SQL run by hand is remembered by nobody, so the \
             next migration cannot know where the schema stands.",
            T::RECORD,
            T::MIGRATOR
        );
    }
}

/// A second run changes nothing: no error, the same table, and a user stored in between is
/// still there.
pub async fn running_it_twice_is_harmless<T: MigrationsUnderTest>(
    exercise: &str,
    db: &TestDb,
    mut track: T,
) {
    let pool = db.pool().await;
    run(exercise, &mut track, "the first time")
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] create_schema failed: {e}"));
    seed_user(&pool, "Alice", "alice@example.com").await;
    run(exercise, &mut track, "the second time")
        .await
        .unwrap_or_else(|e| {
            panic!(
                "[{exercise}] create_schema failed the second time: {e}. Migrations remember \
                 what already ran; running them again should change nothing: only pending \
                 migrations run."
            )
        });
    let columns = columns_of(&pool, "users").await;
    assert!(
        columns == expected_user_columns(),
        "[{exercise}] after a second run the users table has the columns {columns:?}, \
         expected {:?}",
        expected_user_columns()
    );
    let users: i64 = sqlx::query_scalar("SELECT count(*) FROM users")
        .fetch_one(&pool)
        .await
        .expect("test: counting users");
    assert!(
        users == 1,
        "[{exercise}] a user stored between two runs of create_schema is gone after the \
         second ({users} users left): running the migrations again must keep the data. Apply \
         only what is pending; never drop or revert to start over."
    );
}

/// A migration that cannot apply (a users table that no migration made is in the way) comes
/// back as an error.
pub async fn a_failed_migration_is_an_error<T: MigrationsUnderTest>(
    exercise: &str,
    db: &TestDb,
    mut track: T,
) {
    let pool = db.pool().await;
    // A users table that no migration made is in the way: the migration's CREATE TABLE cannot
    // apply.
    sqlx::query("CREATE TABLE users (id INT)")
        .execute(&pool)
        .await
        .expect("test setup: a table in the way");
    let outcome = run(exercise, &mut track, "where the migration cannot apply").await;
    assert!(
        outcome.is_err(),
        "[{exercise}] the migration cannot apply here (a users table that no migration made is \
         in the way), yet create_schema returned Ok: a failed migration must come back as an \
         error, or the program starts on a schema it does not have. Return the result of {}, \
         do not throw it away.",
        T::RUN
    );
}
