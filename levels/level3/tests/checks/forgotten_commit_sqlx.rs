//! Checks for the pitfall `forgotten_commit_sqlx`.
//!
//! Opening an account is two INSERTs that must stick together: once open_account says Ok the
//! user and their welcome order exist, and until then nobody sees either. The end state alone
//! cannot tell a transaction from two statements that each commit on their own (or a commit
//! made too early, or a compensating DELETE), so one check stops open_account at each of its
//! writes and at its commit and looks from outside (`support::Paused`), and two others make the
//! second INSERT, then the COMMIT, fail on purpose: nothing may be left, and the failure must
//! come back as an error.

use_answer!(level3::forgotten_commit_sqlx);
use answer::open_account;

use harness::TestDb;
use level3::error::PitfallError;
use sqlx::PgPool;

use crate::support::{LEVEL, Paused, Refuse, check, install_pauses, refuse, sqlx_pool};

const EXERCISE: &str = "forgotten_commit_sqlx";
const EMAIL: &str = "alice@example.com";

/// open_account for Alice, on a pool of its own; a panic is quoted in the check's words.
async fn open_alice(db: &TestDb) -> Result<i64, PitfallError> {
    let pool = sqlx_pool(db, 2).await;
    harness::catch_panic(open_account(&pool, "Alice", EMAIL))
        .await
        .unwrap_or_else(|panic| panic!("[{EXERCISE}] open_account panicked: {panic}"))
}

/// Alice's account as everybody else sees it: (users with her email, their orders).
async fn visible(pool: &PgPool) -> (i64, i64) {
    sqlx::query_as(
        "SELECT (SELECT count(*) FROM users WHERE email = $1), \
                (SELECT count(*) FROM orders o JOIN users u ON u.id = o.user_id \
                 WHERE u.email = $1)",
    )
    .bind(EMAIL)
    .fetch_one(pool)
    .await
    .expect("test: reading Alice's account")
}

/// open_account said Ok(id): the user and exactly one welcome order are stored.
async fn account_stored(pool: &PgPool, id: i64) {
    let found: Option<String> = sqlx::query_scalar("SELECT email FROM users WHERE id = $1")
        .bind(id)
        .fetch_optional(pool)
        .await
        .expect("test: reading the user");
    if found.as_deref() != Some(EMAIL) {
        let (users, _) = visible(pool).await;
        if users == 0 {
            panic!(
                "[{EXERCISE}] open_account returned Ok({id}), and there is no such user, nor any \
                 user with the email {EMAIL}: {NEVER_COMMITTED}"
            );
        }
        panic!(
            "[{EXERCISE}] open_account returned Ok({id}), but the user stored for {EMAIL} has \
             another id: return the id the INSERT gave (RETURNING id)."
        );
    }
    let (_, orders) = visible(pool).await;
    assert!(
        orders == 1,
        "[{EXERCISE}] the account was opened with {orders} welcome orders instead of 1"
    );
}

const NEVER_COMMITTED: &str = "was its transaction dropped without commit? A sqlx \
     Transaction dropped without commit rolls back, silently; `tx.commit().await?` makes the \
     work stick, and reports a commit that fails. (Or did the INSERT fail, and its error was \
     thrown away?)";

#[test]
fn the_account_exists_after_it_is_opened() {
    check(&LEVEL, |db| async move {
        let check = db.pool().await;
        let id = open_alice(&db)
            .await
            .unwrap_or_else(|e| panic!("[{EXERCISE}] open_account failed: {e}"));
        account_stored(&check, id).await;
    });
}

#[test]
fn nobody_sees_a_half_opened_account() {
    check(&LEVEL, |db| async move {
        let check = db.pool().await;
        install_pauses(&check).await;
        let work = {
            let db = db.clone();
            async move { open_alice(&db).await }
        };
        let mut paused = Paused::start(&db, &check, work).await;
        while let Some(pause) = paused.next().await {
            let (users, orders) = visible(&check).await;
            assert!(
                users == 0 && orders == 0,
                "[{EXERCISE}] while open_account was still running (stopped at {}), the new \
                 account was already visible to everyone else ({users} user, {orders} welcome \
                 order): its statements do not run in one transaction that commits once, at \
                 the end. Were it to fail or crash now, a half-opened account would stay \
                 behind. Run both INSERTs on the transaction, and commit after the last one.",
                pause.quoted()
            );
            paused.resume(&pause).await;
        }
        let id = paused
            .finish()
            .await
            .unwrap_or_else(|panic| panic!("[{EXERCISE}] open_account panicked: {panic}"))
            .unwrap_or_else(|e| panic!("[{EXERCISE}] open_account failed: {e}"));
        account_stored(&check, id).await;
    });
}

/// `what` is made to fail: open_account must say so, and leave nothing behind.
async fn a_failure_leaves_nothing(db: TestDb, what: Refuse) {
    let check = db.pool().await;
    refuse(&check, what).await;
    let result = open_alice(&db).await;
    let (users, orders) = visible(&check).await;
    assert!(
        users == 0 && orders == 0,
        "[{EXERCISE}] {} was made to fail on purpose, and yet open_account left {users} user \
         and {orders} welcome order behind (it returned {result:?}): the statements do not run \
         in one transaction (each committed on its own, or the commit came before the last \
         write), so a failure cannot take the earlier ones back.",
        what.what()
    );
    if let Ok(id) = result {
        if what == Refuse::InsertIntoOrders {
            panic!(
                "[{EXERCISE}] the INSERT INTO orders was made to fail on purpose, and \
                 open_account returned Ok({id}) with nothing stored: the INSERT's error was \
                 thrown away (`let _ =`, `.ok()`?), or the transaction was dropped without \
                 commit. Pass every error on with `?`."
            );
        }
        panic!(
            "[{EXERCISE}] {} was made to fail on purpose, and open_account returned Ok({id}) \
             with nothing stored: either its transaction was dropped without commit (it rolls \
             back, silently) or the commit's error was thrown away. A failed commit must come \
             back as an error: `tx.commit().await?`.",
            what.what()
        );
    }
}

#[test]
fn a_failed_welcome_order_leaves_no_account() {
    check(&LEVEL, |db| {
        a_failure_leaves_nothing(db, Refuse::InsertIntoOrders)
    });
}

#[test]
fn a_failed_commit_is_an_error() {
    check(&LEVEL, |db| {
        a_failure_leaves_nothing(db, Refuse::CommitAfterInsertIntoOrders)
    });
}
