//! The isolation checks, for `serializable_retry_sqlx` and `serializable_retry_diesel`.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use harness::{TestDb, observe};
use level2::bonus::{BonusError, BonusOutcome};
use rust_decimal::Decimal;
use sqlx::{Connection, PgPool};

use crate::support::{balances, dec, hung, joined, seed_user, sessions_in_words};

/// The checks of `serializable_retry_*`, listed once for both tracks: one `#[test]` each, for the checks
/// file that calls `crate::serializable_retry_checks!();`. That file defines `EXERCISE` and `track`.
#[macro_export]
macro_rules! serializable_retry_checks {
    () => {
        harness::checks!(&$crate::support::LEVEL, $crate::shared::bonus, |db| (EXERCISE, &db.pool().await, track(&db).await);
            gives_the_bonus_within_the_cap,
            refuses_past_the_cap,
            gives_up_after_the_allowed_attempts,
            other_errors_are_not_retried,
        );
        harness::checks!(&$crate::support::LEVEL, $crate::shared::bonus, |db| (EXERCISE, &db, &db.pool().await, track(&db).await);
            a_serialization_failure_is_retried,
        );
    };
}

pub type BonusFuture = Pin<Box<dyn Future<Output = Result<BonusOutcome, BonusError>> + Send>>;
/// The learner's `give_bonus(user_id, max_attempts)`, over a pool of the track's kind.
pub type BonusFn = Arc<dyn Fn(i64, u32) -> BonusFuture + Send + Sync>;

fn total(balances: &[(i64, Decimal)]) -> Decimal {
    balances.iter().map(|(_, b)| *b).sum()
}

pub async fn gives_the_bonus_within_the_cap(exercise: &str, pool: &PgPool, give: BonusFn) {
    // 990.00 deposited: the 10.00 bonus brings the total to the cap exactly, which is within it
    // (a mutation of the reference answer that refuses a bonus reaching the cap, `>=` for `>`,
    // passed every check when the total here was 500.00).
    let alice = seed_user(pool, "Alice", "890.00").await;
    seed_user(pool, "Bob", "100.00").await;
    let outcome = give(alice, 3).await;
    assert!(
        matches!(outcome, Ok(BonusOutcome::Given)),
        "[{exercise}] with 990.00 deposited and a cap of 1000.00, Alice's 10.00 bonus takes the \
         total to the cap exactly, not past it: she should get it; got {outcome:?}"
    );
    let after = balances(pool).await;
    harness::expect_eq!(
        after[0],
        (alice, dec("900.00")),
        "[{exercise}] Alice had 890.00 and was given the 10.00 bonus: expected 900.00, found \
         {}",
        after[0].1
    );
}

pub async fn refuses_past_the_cap(exercise: &str, pool: &PgPool, give: BonusFn) {
    let alice = seed_user(pool, "Alice", "900.00").await;
    seed_user(pool, "Bob", "95.00").await;
    let before = balances(pool).await;
    let outcome = give(alice, 3).await;
    assert!(
        matches!(outcome, Ok(BonusOutcome::BudgetSpent)),
        "[{exercise}] with 995.00 deposited, a 10.00 bonus would pass the 1000.00 cap; \
         expected BudgetSpent, got {outcome:?}"
    );
    let after = balances(pool).await;
    harness::expect_eq!(
        after,
        before,
        "[{exercise}] a refused bonus changed a balance: before {before:?}, after {after:?}"
    );
    let unknown = give(999_999, 3).await;
    assert!(
        matches!(unknown, Err(BonusError::UnknownAccount { id: 999_999 })),
        "[{exercise}] a bonus for a user who does not exist: expected UnknownAccount, got \
         {unknown:?}"
    );
}

/// Alice's bonus reads the total, then (held on the server by the test) waits while Bob's bonus
/// runs on another connection and commits. When Alice's continues, the two have read what the
/// other wrote: under SERIALIZABLE, Alice's fails with 40001, and her retry sees the new total.
pub async fn a_serialization_failure_is_retried(
    exercise: &str,
    db: &TestDb,
    pool: &PgPool,
    give: BonusFn,
) {
    let alice = seed_user(pool, "Alice", "900.00").await;
    let bob = seed_user(pool, "Bob", "85.00").await; // 985.00: room for one bonus, not two
    // The first UPDATE of users waits for advisory lock 7, which the test holds.
    harness::gate::gate_update_number(pool, 1, 7).await;

    let mut holder = db.connect().await;
    sqlx::query("SELECT pg_advisory_lock(7)")
        .execute(&mut holder)
        .await
        .expect("test setup: taking the gate");
    let alices = tokio::spawn(give(alice, 3));

    // Wait until Alice's transaction has read the total and is held at its UPDATE.
    let mut observer = db.connect().await;
    let mut held = None;
    for _ in 0..250 {
        let sessions = observe::sessions(&mut observer, db.name.as_str())
            .await
            .unwrap();
        if let Some(session) = sessions
            .iter()
            .find(|s| s.wait_event.as_deref() == Some("advisory"))
        {
            held = Some(session.pid);
            break;
        }
        if alices.is_finished() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let Some(alices_pid) = held else {
        let what = format!("give_bonus({alice}, 3)");
        let mut alices = alices;
        let outcome = match tokio::time::timeout(Duration::from_secs(1), &mut alices).await {
            Ok(done) => joined(&what, done),
            Err(_) => hung(exercise, &what, Duration::from_secs(6), pool, alices).await,
        };
        panic!(
            "[{exercise}] give_bonus finished ({outcome:?}) without ever updating a balance \
             with 985.00 deposited: it should have given Alice her bonus"
        );
    };
    // The isolation level in force, seen from the server: a SERIALIZABLE transaction that has
    // read rows holds SIReadLock (predicate) locks on them; READ COMMITTED and REPEATABLE READ
    // take none.
    let predicate_locks: i64 =
        sqlx::query_scalar("SELECT count(*) FROM pg_locks WHERE pid = $1 AND mode = 'SIReadLock'")
            .bind(alices_pid)
            .fetch_one(&mut observer)
            .await
            .expect("test: reading pg_locks");
    if predicate_locks == 0 {
        sqlx::query("SELECT pg_advisory_unlock(7)")
            .execute(&mut holder)
            .await
            .unwrap();
        let _ = tokio::time::timeout(Duration::from_secs(5), alices).await;
        panic!(
            "[{exercise}] give_bonus read the total and went on to write Alice's bonus in a \
             transaction that holds no SIReadLock (the predicate locks only SERIALIZABLE takes): \
             it does not run at SERIALIZABLE isolation. The rule reads every balance and writes \
             one; only SERIALIZABLE stops two such transactions from both passing the cap. Start \
             each attempt's transaction at SERIALIZABLE."
        );
    }

    // Meanwhile, Bob's bonus: the same rule, on another connection, committed first.
    let mut bobs = db.connect().await;
    let mut tx = bobs.begin().await.unwrap();
    sqlx::query("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE")
        .execute(&mut *tx)
        .await
        .unwrap();
    let seen: Decimal = sqlx::query_scalar("SELECT sum(balance) FROM users")
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    harness::expect_eq!(
        seen,
        dec("985.00"),
        "test setup: the total Bob's transaction reads before it adds 10.00"
    );
    let bobs_update = sqlx::query("UPDATE users SET balance = balance + 10 WHERE id = $1")
        .bind(bob)
        .execute(&mut *tx);
    // Alice's transaction is held at its UPDATE by the test, so a lock it holds on Bob's row
    // would hold Bob's bonus for ever: say so rather than run into the test's time bound.
    if tokio::time::timeout(Duration::from_secs(3), bobs_update)
        .await
        .is_err()
    {
        let sessions = observe::sessions(&mut observer, db.name.as_str())
            .await
            .expect("test: reading pg_stat_activity");
        alices.abort();
        let bob_waits_for_a_lock = sessions.iter().any(|s| {
            s.wait_event_type.as_deref() == Some("Lock") && s.query.contains("balance + 10")
        });
        if bob_waits_for_a_lock {
            panic!(
                "[{exercise}] while Alice's bonus was held at its UPDATE (by the test), Bob's \
                 bonus, on another connection, waited more than 3 s for a lock to update Bob's \
                 row: Alice's transaction holds a lock that this UPDATE needs (the server shows \
                 {}). Does give_bonus lock the rows it reads (SELECT ... FOR UPDATE, or LOCK \
                 TABLE)? At SERIALIZABLE the reads need no lock: PostgreSQL finds the conflict \
                 itself, and fails one of the two transactions with SQLSTATE 40001, which \
                 give_bonus then retries. (This check needs Bob's bonus to commit while \
                 Alice's waits.)",
                sessions_in_words(&sessions)
            );
        }
        panic!(
            "[{exercise}] while Alice's bonus was held at its UPDATE (by the test), Bob's bonus, \
             on another connection, did not update Bob's row within 3 s (the server shows {})",
            sessions_in_words(&sessions)
        );
    }
    tx.commit().await.expect("test: Bob's bonus commits first");

    sqlx::query("SELECT pg_advisory_unlock(7)")
        .execute(&mut holder)
        .await
        .unwrap();
    let outcome = tokio::time::timeout(Duration::from_secs(5), alices)
        .await
        .unwrap_or_else(|_| panic!("[{exercise}] give_bonus did not finish after the gate opened"));
    let outcome = joined(&format!("give_bonus({alice}, 3)"), outcome);

    let after = balances(pool).await;
    match outcome {
        Ok(BonusOutcome::BudgetSpent) => {}
        Ok(BonusOutcome::Given) => panic!(
            "[{exercise}] both bonuses were given: the total is {} with a cap of 1000.00. \
             Alice's bonus ran at SERIALIZABLE (its transaction held predicate locks), yet went \
             ahead on a total read before Bob's bonus: was the total read outside that \
             transaction (on the pool, or before BEGIN)? Read the total and write the bonus in \
             one SERIALIZABLE transaction, so PostgreSQL stops one of the two.",
            total(&after)
        ),
        Err(BonusError::TooManyConflicts { attempts }) => panic!(
            "[{exercise}] gave up after {attempts} attempt(s) with 3 allowed: only the first \
             attempt met a conflict, the second should have run and answered BudgetSpent"
        ),
        Err(other) if other.to_string().contains("current transaction is aborted") => panic!(
            "[{exercise}] after the serialization failure, the next attempt ran in the same, \
             failed transaction: {other}. A transaction that failed with 40001 can only be \
             rolled back: begin a new one for each attempt."
        ),
        Err(other)
            if format!("{other:?}").contains("40001")
                || other.to_string().contains("could not serialize") =>
        {
            panic!(
                "[{exercise}] the serialization failure reached the caller: {other}. SQLSTATE \
                 40001 means \"run the transaction again\": retry it, from BEGIN."
            )
        }
        Err(other) => panic!(
            "[{exercise}] Bob's bonus committed first; Alice's give_bonus should then have \
             retried and answered BudgetSpent, but returned {other:?}. (A serialization \
             failure, SQLSTATE 40001, means \"run the transaction again\": retry it, from \
             BEGIN.)"
        ),
    }
    harness::expect_eq!(
        total(&after),
        dec("995.00"),
        "[{exercise}] only Bob's bonus should have been given: expected a total of 995.00, \
         found {}",
        total(&after)
    );
}

/// A transaction that fails with 40001 every time is tried exactly `max_attempts` times.
pub async fn gives_up_after_the_allowed_attempts(exercise: &str, pool: &PgPool, give: BonusFn) {
    let alice = seed_user(pool, "Alice", "100.00").await;
    sqlx::raw_sql(
        "CREATE SEQUENCE attempt_count;
         CREATE FUNCTION always_conflict() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
             PERFORM nextval('attempt_count');
             RAISE EXCEPTION 'injected conflict' USING ERRCODE = 'serialization_failure';
         END $$;
         CREATE TRIGGER always_conflict BEFORE UPDATE ON users
             FOR EACH ROW EXECUTE FUNCTION always_conflict();",
    )
    .execute(pool)
    .await
    .expect("test setup: the conflicting trigger");

    let outcome = tokio::time::timeout(Duration::from_secs(5), give(alice, 3))
        .await
        .unwrap_or_else(|_| {
            panic!(
                "[{exercise}] every attempt fails with 40001 here, and give_bonus was still \
                 retrying after 5 s: stop after max_attempts"
            )
        });
    let attempts: i64 = sqlx::query_scalar(
        "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM attempt_count",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    assert!(
        matches!(outcome, Err(BonusError::TooManyConflicts { attempts: 3 })),
        "[{exercise}] every attempt failed with a serialization failure; with max_attempts = 3 \
         expected TooManyConflicts {{ attempts: 3 }}, got {outcome:?}"
    );
    harness::expect_eq!(
        attempts,
        3,
        "[{exercise}] max_attempts = 3, but the UPDATE was tried {attempts} time(s)"
    );
    let after = balances(pool).await;
    harness::expect_eq!(
        after,
        vec![(alice, dec("100.00"))],
        "[{exercise}] every attempt failed, yet Alice's balance changed: expected 100.00, found \
         {after:?}"
    );
}

/// An error that is not a conflict (the test makes the UPDATE fail with an ordinary error) is
/// returned at once, after one attempt: retrying it cannot help, and would hide it behind
/// TooManyConflicts.
pub async fn other_errors_are_not_retried(exercise: &str, pool: &PgPool, give: BonusFn) {
    let alice = seed_user(pool, "Alice", "100.00").await;
    sqlx::raw_sql(
        "CREATE SEQUENCE attempt_count;
         CREATE FUNCTION always_fail() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
             PERFORM nextval('attempt_count');
             RAISE EXCEPTION 'injected failure: not a conflict';
         END $$;
         CREATE TRIGGER always_fail BEFORE UPDATE ON users
             FOR EACH ROW EXECUTE FUNCTION always_fail();",
    )
    .execute(pool)
    .await
    .expect("test setup: the failing trigger");

    let outcome = tokio::time::timeout(Duration::from_secs(5), give(alice, 3))
        .await
        .unwrap_or_else(|_| {
            panic!(
                "[{exercise}] the UPDATE fails here with an ordinary error (not a conflict), \
                 and give_bonus was still going after 5 s: retry only SQLSTATE 40001"
            )
        });
    let attempts: i64 = sqlx::query_scalar(
        "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM attempt_count",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    match &outcome {
        Ok(given) => panic!(
            "[{exercise}] the UPDATE failed (the test made it fail), yet give_bonus returned \
             Ok({given:?}): an error was thrown away"
        ),
        Err(BonusError::Sqlx(_) | BonusError::Diesel(_)) if attempts == 1 => {}
        Err(error) => panic!(
            "[{exercise}] the UPDATE failed with an ordinary error, not a serialization \
             failure (the test made it fail); give_bonus tried it {attempts} time(s) and \
             returned {error:?}. Retry only SQLSTATE 40001 (and 40P01, a deadlock); return \
             every other error at once, as it is."
        ),
    }
    harness::expect_eq!(
        balances(pool).await,
        vec![(alice, dec("100.00"))],
        "[{exercise}] a failed bonus changed a balance"
    );
}
