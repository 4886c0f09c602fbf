//! Renames with an audit row: `self_deadlock_*`.
//!
//! rename_user runs with a pool of ONE connection, so an audit helper that asks the pool for a
//! second connection waits for the first, which its own caller holds: the task waits for
//! itself. The fix must keep the audit row in the rename's transaction. Writing it after the
//! commit, before the transaction, on a connection of its own or in the background also stops
//! the waiting, and the end state of a happy rename looks the same; so one check stops
//! rename_user at each write and at its commit and looks from outside (`support::Paused`), and
//! two others make the audit write, then the rename, fail on purpose: neither may stay without
//! the other.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use harness::TestDb;
use level3::error::PitfallError;
use sqlx::PgPool;

use crate::support::{Paused, Refuse, install_pauses, is_pool_timeout, refuse, seed_user};

/// The checks of `self_deadlock_*`, listed once for both tracks: one `#[test]` each, for the checks
/// file that calls `crate::self_deadlock_checks!();`. That file defines `EXERCISE` and `track`.
#[macro_export]
macro_rules! self_deadlock_checks {
    () => {
        harness::checks!(&$crate::support::LEVEL, $crate::shared::audit, |db| (EXERCISE, &db, track(&db).await);
            a_rename_works_with_a_pool_of_one,
            nothing_shows_before_the_rename_is_complete,
            a_failed_audit_takes_back_the_rename,
            a_failed_rename_leaves_no_audit_row,
        );
    };
}

/// A learner's `rename_user(user_id, new_name)` on a pool of one connection, made fresh for each
/// check.
pub type RenameFn = Arc<
    dyn Fn(i64, String) -> Pin<Box<dyn Future<Output = Result<(), PitfallError>> + Send>>
        + Send
        + Sync,
>;

/// Call rename_user, quoting a panic in the check's own words.
async fn call(exercise: &str, rename: &RenameFn, user: i64) -> Result<(), PitfallError> {
    harness::catch_panic(rename(user, "Alicia".into()))
        .await
        .unwrap_or_else(|panic| panic!("[{exercise}] rename_user panicked: {panic}"))
}

/// rename_user had to succeed: say why it did not.
fn failed(exercise: &str, e: &PitfallError) -> ! {
    if is_pool_timeout(e) {
        panic!(
            "[{exercise}] with a pool of one connection, rename_user failed: {e}. Its \
             transaction holds the pool's only connection, and the audit helper asks the pool \
             for another one: the task waits for itself, until the pool gives up. Pass the \
             helper the connection you already hold."
        );
    }
    panic!("[{exercise}] rename_user failed: {e}")
}

/// (Alice's name, her audit rows) as everybody else sees them.
async fn seen(pool: &PgPool, user: i64) -> (String, i64) {
    sqlx::query_as(
        "SELECT name, (SELECT count(*) FROM audit_log WHERE user_id = $1 AND event = 'renamed') \
         FROM users WHERE id = $1",
    )
    .bind(user)
    .fetch_one(pool)
    .await
    .expect("test: reading the user and the audit log")
}

/// After an Ok: the new name and exactly one audit row.
async fn renamed_and_audited(exercise: &str, pool: &PgPool, user: i64) {
    let (name, audited) = seen(pool, user).await;
    assert!(
        name == "Alicia",
        "[{exercise}] rename_user returned Ok, and the user is still called {name:?}"
    );
    assert!(
        audited <= 1,
        "[{exercise}] rename_user returned Ok, and the rename has {audited} audit rows instead \
         of 1: the audit row was written more than once (a retry, or the helper called twice?)."
    );
    assert!(
        audited == 1,
        "[{exercise}] rename_user returned Ok, and the rename has {audited} audit rows instead \
         of 1 (when it returned): the audit row is not in one transaction with the rename (it \
         was left to be written in the background, or not written at all)."
    );
}

/// The rename works, audited, with a pool of one connection.
pub async fn a_rename_works_with_a_pool_of_one(exercise: &str, db: &TestDb, rename: RenameFn) {
    let pool = db.pool().await;
    let alice = seed_user(&pool, "Alice", "10.00").await;
    if let Err(e) = call(exercise, &rename, alice).await {
        failed(exercise, &e);
    }
    renamed_and_audited(exercise, &pool, alice).await;
}

/// Stopped at each write and at the commit, rename_user shows nothing to anybody else until it
/// is complete: not the new name, not the audit row.
pub async fn nothing_shows_before_the_rename_is_complete(
    exercise: &str,
    db: &TestDb,
    rename: RenameFn,
) {
    let pool = db.pool().await;
    let alice = seed_user(&pool, "Alice", "10.00").await;
    install_pauses(&pool).await;
    let work = {
        let (rename, exercise) = (rename.clone(), exercise.to_string());
        async move { call(&exercise, &rename, alice).await }
    };
    let mut paused = Paused::start(db, &pool, work).await;
    while let Some(pause) = paused.next().await {
        let (name, audited) = seen(&pool, alice).await;
        let shown = match (name == "Alice", audited) {
            (true, 0) => None,
            (false, 0) => Some("the new name"),
            (true, _) => Some("the audit row"),
            (false, _) => Some("the new name and the audit row"),
        };
        if let Some(shown) = shown {
            panic!(
                "[{exercise}] while rename_user was still running (stopped at {}), {shown} was \
                 already visible to everyone else: the rename and its audit row are not in one \
                 transaction (one is written before the transaction, after its commit, or on a \
                 connection of its own). Were the rest to fail now, a rename without its audit \
                 row, or an audit row without its rename, would stay. Write the audit row on \
                 the transaction's own connection, before the commit.",
                pause.quoted()
            );
        }
        paused.resume(&pause).await;
    }
    let result = paused
        .finish()
        .await
        .unwrap_or_else(|panic| panic!("[{exercise}] rename_user panicked: {panic}"));
    if let Err(e) = result {
        failed(exercise, &e);
    }
    renamed_and_audited(exercise, &pool, alice).await;
}

/// `what` is made to fail: rename_user says so, and neither the rename nor its audit row stays.
async fn a_failure_takes_back_both(exercise: &str, db: &TestDb, rename: RenameFn, what: Refuse) {
    let pool = db.pool().await;
    let alice = seed_user(&pool, "Alice", "10.00").await;
    refuse(&pool, what).await;
    let result = call(exercise, &rename, alice).await;
    let (name, audited) = seen(&pool, alice).await;
    assert!(
        name == "Alice" && audited == 0,
        "[{exercise}] {} was made to fail on purpose, and yet the user is called {name:?} with \
         {audited} audit rows (expected \"Alice\" and none; rename_user returned {result:?}): \
         the rename and its audit row are not in one transaction, so the failure of one could \
         not take back the other.",
        what.what()
    );
    assert!(
        result.is_err(),
        "[{exercise}] {} was made to fail on purpose, and rename_user returned Ok with nothing \
         stored: its error was thrown away.",
        what.what()
    );
}

/// The audit row cannot be written: the rename must not stay.
pub async fn a_failed_audit_takes_back_the_rename(exercise: &str, db: &TestDb, rename: RenameFn) {
    a_failure_takes_back_both(exercise, db, rename, Refuse::InsertIntoAuditLog).await;
}

/// The rename cannot be written: no audit row may claim it happened.
pub async fn a_failed_rename_leaves_no_audit_row(exercise: &str, db: &TestDb, rename: RenameFn) {
    a_failure_takes_back_both(exercise, db, rename, Refuse::UpdateOfUsers).await;
}
