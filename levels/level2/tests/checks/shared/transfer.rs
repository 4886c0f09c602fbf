//! The transfer's checks, for `transfer_sqlx` and `transfer_diesel`.
//!
//! Each track hands in its `transfer` as a [`TransferFn`]: something that can be called from
//! many tasks at once.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant};

use harness::{TestDb, observe};
use level2::error::TransferError;
use rust_decimal::Decimal;
use sqlx::{Connection, PgPool};

use crate::support::{
    balances, dec, fail_commits, fail_update_number, gate_update_number, hung,
    install_failure_injection, joined, seed_user, slow_down_updates, updates_tried,
};

/// The checks of `transfer_*`, listed once for both tracks: one `#[test]` each, for the checks
/// file that calls `crate::transfer_checks!();`. That file defines `EXERCISE` and `track`.
#[macro_export]
macro_rules! transfer_checks {
    () => {
        harness::checks!(&$crate::support::LEVEL, $crate::shared::transfer, |db| (EXERCISE, &db.pool().await, track(&db).await);
            moves_the_money,
            the_whole_balance_can_be_sent,
            each_broken_rule_is_its_own_error,
            a_failure_half_way_changes_nothing,
            concurrent_transfers_conserve_money,
        );
        harness::checks!(&$crate::support::LEVEL, $crate::shared::transfer, |db| (EXERCISE, &db, &db.pool().await, track(&db).await);
            nobody_sees_half_a_transfer,
            two_transfers_from_one_account_at_once,
            opposite_transfers_do_not_deadlock,
        );
    };
}

pub type TransferFuture = Pin<Box<dyn Future<Output = Result<(), TransferError>> + Send>>;
pub type TransferFn = Arc<dyn Fn(i64, i64, Decimal) -> TransferFuture + Send + Sync>;

/// The happy path: the money moves, to the cent. It runs under a bound of its own (3 s, for
/// work that takes milliseconds), so an answer that waits for itself is told why.
pub async fn moves_the_money(exercise: &str, pool: &PgPool, transfer: TransferFn) {
    let alice = seed_user(pool, "Alice", "100.00").await;
    let bob = seed_user(pool, "Bob", "50.00").await;
    let what = "transfer(alice, bob, 30.25)";
    bounded(exercise, what, pool, transfer(alice, bob, dec("30.25")))
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] {what} failed: {e}"));
    harness::expect_eq!(
        balances(pool).await,
        vec![(alice, dec("69.75")), (bob, dec("80.25"))],
        "[{exercise}] after Alice sends Bob 30.25, Alice should have 69.75 and Bob 80.25. \
         Was the transaction committed?"
    );
}

/// Run one transfer under a bound of its own (3 s, for work that takes milliseconds), so an
/// answer that waits for itself is told why rather than running into the test's time bound.
async fn bounded(
    exercise: &str,
    what: &str,
    pool: &PgPool,
    transfer: TransferFuture,
) -> Result<(), TransferError> {
    let mut task = tokio::spawn(transfer);
    match tokio::time::timeout(Duration::from_secs(3), &mut task).await {
        Ok(done) => joined(what, done),
        Err(_) => hung(exercise, what, Duration::from_secs(3), pool, task).await,
    }
}

/// A spawned transfer, given `limit` to finish (the test's gate, or the row it held, now open);
/// one that does not is told what the server shows.
async fn finishes<T>(
    exercise: &str,
    what: &str,
    limit: Duration,
    pool: &PgPool,
    mut task: tokio::task::JoinHandle<T>,
) -> T {
    match tokio::time::timeout(limit, &mut task).await {
        Ok(done) => joined(what, done),
        Err(_) => hung(exercise, what, limit, pool, task).await,
    }
}

/// Sending everything you have is allowed: the balance may reach zero, not below. (A
/// mutation of the reference answer, `balance < amount` turned into `<=`, passed every other
/// check: none sent exactly the whole balance.)
pub async fn the_whole_balance_can_be_sent(exercise: &str, pool: &PgPool, transfer: TransferFn) {
    let alice = seed_user(pool, "Alice", "40.10").await;
    let bob = seed_user(pool, "Bob", "0.00").await;
    match bounded(
        exercise,
        "transfer(alice, bob, 40.10)",
        pool,
        transfer(alice, bob, dec("40.10")),
    )
    .await
    {
        Ok(()) => {}
        Err(error @ TransferError::InsufficientFunds { .. }) => panic!(
            "[{exercise}] Alice has 40.10 and sends Bob all of it: the transfer should succeed \
             and leave her 0.00, but it returned {error:?}. Insufficient funds means the balance \
             is less than the amount, not equal to it."
        ),
        Err(error) => panic!(
            "[{exercise}] Alice has 40.10 and sends Bob all of it: the transfer should succeed \
             and leave her 0.00, but it returned {error:?}."
        ),
    }
    let after = balances(pool).await;
    assert!(
        after == vec![(alice, dec("0.00")), (bob, dec("40.10"))],
        "[{exercise}] after Alice sends Bob her whole 40.10, Alice should have 0.00 and Bob \
         40.10; the balances are {after:?}"
    );
}

/// Each broken rule is its own error, and nothing changes.
pub async fn each_broken_rule_is_its_own_error(
    exercise: &str,
    pool: &PgPool,
    transfer: TransferFn,
) {
    let alice = seed_user(pool, "Alice", "10.00").await;
    let bob = seed_user(pool, "Bob", "5.00").await;
    let before = balances(pool).await;
    let nobody = 999_999;

    let cases: Vec<(&str, i64, i64, Decimal)> = vec![
        ("more than Alice has", alice, bob, dec("10.01")),
        (
            "to an account that does not exist",
            alice,
            nobody,
            dec("1.00"),
        ),
        (
            "from an account that does not exist",
            nobody,
            alice,
            dec("1.00"),
        ),
        ("from Alice to Alice", alice, alice, dec("1.00")),
        ("of zero", alice, bob, dec("0")),
        ("of a negative amount", alice, bob, dec("-5.00")),
    ];
    for (what, from, to, amount) in cases {
        let expected = match what {
            "more than Alice has" => format!("InsufficientFunds naming Alice ({alice})"),
            "to an account that does not exist" | "from an account that does not exist" => {
                format!("UnknownAccount naming {nobody}")
            }
            "from Alice to Alice" => format!("SameAccount naming Alice ({alice})"),
            _ => format!("InvalidAmount of {amount}"),
        };
        let result = transfer(from, to, amount).await;
        let fits = match (&result, what) {
            (Err(TransferError::InsufficientFunds { id, .. }), "more than Alice has") => {
                *id == alice
            }
            (Err(TransferError::UnknownAccount { id }), "to an account that does not exist")
            | (Err(TransferError::UnknownAccount { id }), "from an account that does not exist") => {
                *id == nobody
            }
            (Err(TransferError::SameAccount { id }), "from Alice to Alice") => *id == alice,
            (
                Err(TransferError::InvalidAmount { amount: a }),
                "of zero" | "of a negative amount",
            ) => *a == amount,
            _ => false,
        };
        assert!(
            fits,
            "[{exercise}] a transfer {what} ({from} -> {to}, {amount}) should be Err({expected}); \
             it returned {result:?}. Each broken rule is its own TransferError variant, naming \
             the account or amount at fault."
        );
        harness::expect_eq!(
            balances(pool).await,
            before,
            "[{exercise}] a refused transfer {what} changed the balances"
        );
    }
}

/// Whatever statement of the transfer fails (the first UPDATE, the second, or the COMMIT),
/// the transfer returns the database's error and no balance changes. Each is made to fail in
/// turn by the server, so a transaction that covers only part of the work, a commit before the
/// last write, a compensating UPDATE instead of a rollback, or an error thrown away is seen.
/// Then, with nothing failing, the same transfer must go through (the negative control).
pub async fn a_failure_half_way_changes_nothing(
    exercise: &str,
    pool: &PgPool,
    transfer: TransferFn,
) {
    let alice = seed_user(pool, "Alice", "100.00").await;
    let bob = seed_user(pool, "Bob", "50.00").await;
    let before = vec![(alice, dec("100.00")), (bob, dec("50.00"))];
    install_failure_injection(pool).await;

    for n in [1, 2, 0] {
        let what = match n {
            1 => "the first UPDATE".to_string(),
            2 => "the second UPDATE".to_string(),
            _ => "the COMMIT".to_string(),
        };
        if n == 0 {
            fail_commits(pool).await;
        } else {
            fail_update_number(pool, n).await;
        }
        let result = bounded(
            exercise,
            &format!("transfer(alice, bob, 30.00), with {what} made to fail,"),
            pool,
            transfer(alice, bob, dec("30.00")),
        )
        .await;
        let tried = updates_tried(pool).await;
        // The failure the test set up happens only when the transfer gets that far: fewer row
        // updates than that, and it never came.
        assert!(
            tried >= i64::from(n),
            "[{exercise}] transfer(alice, bob, 30.00) from Alice's 100.00 returned {result:?} \
             after updating {tried} row(s); it should update both balances, so the test's \
             failure of {what} never came."
        );
        match &result {
            Ok(()) => panic!(
                "[{exercise}] {what} of the transfer failed (the test made it fail), yet transfer \
                 returned Ok: an error was thrown away (a `let _ =` or `.ok()` on it?), or the \
                 transfer was quietly tried again. Pass every error on with `?`: retrying is the \
                 caller's choice."
            ),
            Err(
                rule @ (TransferError::InsufficientFunds { .. }
                | TransferError::UnknownAccount { .. }
                | TransferError::SameAccount { .. }
                | TransferError::InvalidAmount { .. }),
            ) => panic!(
                "[{exercise}] {what} of the transfer failed with a database error (the test \
                 made it fail), and transfer returned {rule:?}, a broken rule, for a database \
                 error. Return the database's error as it is (TransferError's Sqlx or Diesel \
                 variant), so the caller is not told something untrue."
            ),
            Err(_) => {}
        }
        let after = balances(pool).await;
        harness::expect_eq!(
            after,
            before,
            "[{exercise}] {what} of the transfer failed (the test made it fail), and the \
             balances changed anyway: expected Alice 100.00 and Bob 50.00, found {after:?}. \
             Both UPDATEs must run in one transaction, on its connection, committed once at the \
             end, so a failure anywhere rolls back both."
        );
    }

    fail_update_number(pool, 0).await;
    sqlx::raw_sql("UPDATE injection SET fail_commit = false")
        .execute(pool)
        .await
        .expect("test setup: turning the injection off");
    bounded(
        exercise,
        "transfer(alice, bob, 30.00), with nothing made to fail any more,",
        pool,
        transfer(alice, bob, dec("30.00")),
    )
    .await
    .unwrap_or_else(|e| {
        panic!("[{exercise}] with nothing made to fail any more, transfer failed: {e}")
    });
    harness::expect_eq!(
        balances(pool).await,
        vec![(alice, dec("70.00")), (bob, dec("80.00"))],
        "[{exercise}] with nothing made to fail any more, the transfer of 30.00 did not move \
         the money"
    );
}

/// While the transfer's second row UPDATE is held on the server, another session reads the
/// balances: it must see none of the transfer (nothing is committed until all is done).
pub async fn nobody_sees_half_a_transfer(
    exercise: &str,
    db: &TestDb,
    pool: &PgPool,
    transfer: TransferFn,
) {
    let alice = seed_user(pool, "Alice", "100.00").await;
    let bob = seed_user(pool, "Bob", "50.00").await;
    let before = vec![(alice, dec("100.00")), (bob, dec("50.00"))];
    gate_update_number(pool, 2, 7).await;
    let mut holder = db.connect().await;
    sqlx::query("SELECT pg_advisory_lock(7)")
        .execute(&mut holder)
        .await
        .expect("test setup: taking the gate");

    let task = tokio::spawn(transfer(alice, bob, dec("30.00")));
    let mut observer = db.connect().await;
    let held = wait_until(&mut observer, db, &task, |sessions| {
        sessions
            .iter()
            .any(|s| s.wait_event.as_deref() == Some("advisory"))
    })
    .await;
    if !held {
        let what = "transfer(alice, bob, 30.00)";
        let mut task = task;
        let outcome = match tokio::time::timeout(Duration::from_secs(1), &mut task).await {
            Ok(done) => joined(what, done),
            Err(_) => hung(exercise, what, Duration::from_secs(6), pool, task).await,
        };
        panic!("[{exercise}] {what} finished ({outcome:?}) without updating two rows");
    }
    // Read from another session, as any other request of the service would.
    let seen = balances(pool).await;
    sqlx::query("SELECT pg_advisory_unlock(7)")
        .execute(&mut holder)
        .await
        .expect("test: opening the gate");
    let outcome = finishes(
        exercise,
        "transfer(alice, bob, 30.00), after the test let its second UPDATE go,",
        Duration::from_secs(5),
        pool,
        task,
    )
    .await;
    harness::expect_eq!(
        seen,
        before,
        "[{exercise}] while the transfer's second UPDATE was still running, another session \
         saw half a transfer: {seen:?} instead of Alice 100.00 and Bob 50.00. The first UPDATE \
         was committed on its own (outside the transaction, or by a commit before the last \
         write); commit once, after both."
    );
    outcome.unwrap_or_else(|e| panic!("[{exercise}] transfer(alice, bob, 30.00) failed: {e}"));
}

/// Poll the test database's sessions until `done` says so, the task ends, or 5 s pass.
async fn wait_until<T>(
    observer: &mut sqlx::PgConnection,
    db: &TestDb,
    task: &tokio::task::JoinHandle<T>,
    done: impl Fn(&[observe::Session]) -> bool,
) -> bool {
    let began = Instant::now();
    while began.elapsed() < Duration::from_secs(5) && !task.is_finished() {
        let sessions = observe::sessions(&mut *observer, db.name.as_str())
            .await
            .expect("test: reading pg_stat_activity");
        if done(&sessions) {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    false
}

/// Sessions waiting for a row lock (not for the test's advisory gate).
fn row_lock_waiters(sessions: &[observe::Session]) -> usize {
    sessions
        .iter()
        .filter(|s| {
            s.wait_event_type.as_deref() == Some("Lock")
                && s.wait_event.as_deref() != Some("advisory")
        })
        .count()
}

/// Two transfers of 60.00 from Alice's 100.00 at the same moment: one must go through and the
/// other be refused for insufficient funds. The server makes them overlap every time: the
/// first transfer's first UPDATE is held (after it read Alice's balance) until the second has
/// read the balance too and is waiting for a lock, or has finished. A balance read without a
/// lock is then stale when the first one commits.
pub async fn two_transfers_from_one_account_at_once(
    exercise: &str,
    db: &TestDb,
    pool: &PgPool,
    transfer: TransferFn,
) {
    let alice = seed_user(pool, "Alice", "100.00").await;
    let bob = seed_user(pool, "Bob", "0.00").await;
    let carol = seed_user(pool, "Carol", "0.00").await;
    gate_update_number(pool, 1, 7).await;
    let mut holder = db.connect().await;
    sqlx::query("SELECT pg_advisory_lock(7)")
        .execute(&mut holder)
        .await
        .expect("test setup: taking the gate");
    let mut observer = db.connect().await;

    let first = tokio::spawn(transfer(alice, bob, dec("60.00")));
    let held = wait_until(&mut observer, db, &first, |sessions| {
        sessions
            .iter()
            .any(|s| s.wait_event.as_deref() == Some("advisory"))
    })
    .await;
    if !held {
        let what = "transfer(alice, bob, 60.00)";
        let mut first = first;
        let outcome = match tokio::time::timeout(Duration::from_secs(1), &mut first).await {
            Ok(done) => joined(what, done),
            Err(_) => hung(exercise, what, Duration::from_secs(6), pool, first).await,
        };
        panic!(
            "[{exercise}] {what} from Alice's 100.00 finished ({outcome:?}) without updating a \
             row"
        );
    }
    let second = tokio::spawn(transfer(alice, carol, dec("60.00")));
    wait_until(&mut observer, db, &second, |sessions| {
        row_lock_waiters(sessions) >= 1
    })
    .await;
    sqlx::query("SELECT pg_advisory_unlock(7)")
        .execute(&mut holder)
        .await
        .expect("test: opening the gate");

    let mut outcomes = Vec::new();
    for (to, task) in [("Bob", first), ("Carol", second)] {
        let what = format!("the transfer to {to}, after the test let the first UPDATE go,");
        let outcome = finishes(exercise, &what, Duration::from_secs(5), pool, task).await;
        outcomes.push((to, outcome));
    }
    let after = balances(pool).await;
    let total: Decimal = after.iter().map(|(_, b)| *b).sum();
    harness::expect_eq!(
        total,
        dec("100.00"),
        "[{exercise}] Alice had 100.00 and sent 60.00 to Bob and 60.00 to Carol at the same \
         moment; the three now hold {total} together ({after:?}). Money was made or lost: a \
         balance read before the update was stale (lock the rows you read, FOR UPDATE, or \
         guard the UPDATE with the balance it needs)."
    );
    for (to, outcome) in &outcomes {
        if let Err(error) = outcome
            && !matches!(error, TransferError::InsufficientFunds { .. })
        {
            // A balance going below zero is what the table's CHECK (balance_not_negative, SQLSTATE
            // 23514) refuses: only then did the transfer act on a stale balance.
            let text = format!("{error:?}");
            if text.contains("23514") || text.contains("balance_not_negative") {
                panic!(
                    "[{exercise}] Alice sent 60.00 of her 100.00 to Bob and to Carol at the same \
                     moment; the transfer to {to} failed with \"{error}\" instead of \
                     InsufficientFunds: it checked a balance another transfer changed before its \
                     UPDATE. Read the balance with FOR UPDATE (or guard the UPDATE), so the \
                     check sees the other transfer's debit."
                );
            }
            panic!(
                "[{exercise}] Alice sent 60.00 of her 100.00 to Bob and to Carol at the same \
                 moment; the transfer to {to} failed with {error:?} where InsufficientFunds \
                 (naming Alice) was expected."
            );
        }
    }
    let given = outcomes.iter().filter(|(_, o)| o.is_ok()).count();
    assert!(
        given == 1
            && outcomes.iter().any(|(_, o)| matches!(
                o,
                Err(TransferError::InsufficientFunds { id, .. }) if *id == alice
            )),
        "[{exercise}] Alice had 100.00 and sent 60.00 to Bob and to Carol at the same moment: \
         expected one transfer to go through and the other to be refused (InsufficientFunds \
         for Alice), got {outcomes:?}"
    );
}

/// Alice -> Bob and Bob -> Alice at the same moment, made to overlap by the server: the test
/// holds one of the two rows locked until both transfers wait for a lock, then lets go. A
/// transfer that locks the rows in the order of its arguments takes one row while the other
/// takes the other, and PostgreSQL ends the deadlock by failing one. Done twice, holding
/// Alice's row and then Bob's, so either argument order is seen.
pub async fn opposite_transfers_do_not_deadlock(
    exercise: &str,
    db: &TestDb,
    pool: &PgPool,
    transfer: TransferFn,
) {
    let alice = seed_user(pool, "Alice", "100.00").await;
    let bob = seed_user(pool, "Bob", "100.00").await;
    harness::inject::quick_deadlock_detection(pool).await;
    let mut observer = db.connect().await;
    let mut holder = db.connect().await;

    for (held, name) in [(alice, "Alice"), (bob, "Bob")] {
        let mut tx = holder.begin().await.expect("test setup: a transaction");
        sqlx::query("SELECT id FROM users WHERE id = $1 FOR UPDATE")
            .bind(held)
            .execute(&mut *tx)
            .await
            .expect("test setup: locking a row");
        let there = tokio::spawn(transfer(alice, bob, dec("10.00")));
        wait_until(&mut observer, db, &there, |s| row_lock_waiters(s) >= 1).await;
        let back = tokio::spawn(transfer(bob, alice, dec("10.00")));
        wait_until(&mut observer, db, &back, |s| row_lock_waiters(s) >= 2).await;
        tx.commit().await.expect("test: letting go of the row");

        for (from, to, task) in [("Alice", "Bob", there), ("Bob", "Alice", back)] {
            let what =
                format!("the transfer {from} -> {to}, after the test let go of {name}'s row,");
            let outcome = finishes(exercise, &what, Duration::from_secs(5), pool, task).await;
            if let Err(error) = outcome {
                let text = format!("{error:?}");
                if text.contains("40P01") || text.to_lowercase().contains("deadlock") {
                    panic!(
                        "[{exercise}] transfers Alice -> Bob and Bob -> Alice ran at the same \
                         moment (the test held {name}'s row until both waited), and the one \
                         {from} -> {to} failed with a deadlock: each transaction held one row \
                         and waited for the other's. Lock the two rows in the same order every \
                         time (lowest id first), or retry. {error}"
                    );
                }
                panic!(
                    "[{exercise}] a transfer {from} -> {to} of 10.00, with 100.00 on each side, \
                     failed while another ran the other way: {error}"
                );
            }
        }
    }
    let after = balances(pool).await;
    harness::expect_eq!(
        after,
        vec![(alice, dec("100.00")), (bob, dec("100.00"))],
        "[{exercise}] Alice and Bob sent each other 10.00 twice; expected 100.00 each, found \
         {after:?}. Money was made or lost: a balance read before the update was stale (lock \
         the rows you read, FOR UPDATE)."
    );
}

/// A hundred transfers at once, some in opposite directions between the same pair: no money
/// made or lost, no balance below zero, and no error but `InsufficientFunds`.
pub async fn concurrent_transfers_conserve_money(
    exercise: &str,
    pool: &PgPool,
    transfer: TransferFn,
) {
    let mut ids = Vec::new();
    for n in 0..10 {
        ids.push(seed_user(pool, &format!("User{n}"), "100.00").await);
    }
    slow_down_updates(pool).await;

    let start = Arc::new(tokio::sync::Barrier::new(100));
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..50usize {
        let (a, b) = (ids[i % 10], ids[(i * 3 + 1) % 10]);
        let (a, b) = if a == b {
            (a, ids[(i + 5) % 10])
        } else {
            (a, b)
        };
        let amount = Decimal::new(500 + (i as i64 * 37) % 2500, 2); // 5.00 to 29.99
        for (from, to) in [(a, b), (b, a)] {
            let (transfer, start) = (transfer.clone(), start.clone());
            tasks.spawn(async move {
                start.wait().await;
                (from, to, transfer(from, to, amount).await)
            });
        }
    }
    let mut refused = 0;
    while let Some(done) = tasks.join_next().await {
        let (from, to, result) = joined("a transfer", done);
        match result {
            Ok(()) => {}
            Err(TransferError::InsufficientFunds { .. }) => refused += 1,
            Err(error) => {
                let text = format!("{error:?}");
                if text.contains("40P01") || text.to_lowercase().contains("deadlock") {
                    panic!(
                        "[{exercise}] a transfer {from} -> {to} failed with a deadlock: two \
                         transfers each held one row and waited for the other's. Lock the two \
                         rows in the same order every time (lowest id first), or retry. {error}"
                    );
                }
                panic!("[{exercise}] a transfer {from} -> {to} failed under load: {error}");
            }
        }
    }
    let after = balances(pool).await;
    let total: Decimal = after.iter().map(|(_, b)| *b).sum();
    harness::expect_eq!(
        total,
        dec("1000.00"),
        "[{exercise}] ten users had 1000.00 together; after 100 concurrent transfers they have \
         {total}. Money was made or lost: a balance read before the update was stale (lock the \
         rows you read, FOR UPDATE) or an update escaped its transaction."
    );
    assert!(
        after.iter().all(|(_, b)| *b >= Decimal::ZERO),
        "[{exercise}] a balance went below zero: {after:?}"
    );
    eprintln!("[{exercise}] 100 concurrent transfers: {refused} refused for insufficient funds");
}
