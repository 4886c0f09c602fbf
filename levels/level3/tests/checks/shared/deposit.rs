//! Deposits: `unawaited_future_*` and `lost_update_*`.
//!
//! A deposit is right when it has happened by the time it says Ok, when an error from the
//! database comes back as an error, and when deposits made at the same time, by this program or
//! by another one, all count. Each check below walks one of those promises, on data where a
//! wrong answer cannot pass by luck:
//!
//! - a deposit is made while another transaction holds Alice's row, so a deposit that returns
//!   before its UPDATE ran (spawned, or never awaited) is caught returning early, however fast
//!   the background work would have been;
//! - the UPDATE is made to fail on purpose, so an error thrown away (`let _ =`, `.ok()`) shows;
//! - a deposit made by "another server" (the test's own transaction) is in flight when the
//!   learner's deposit reads the balance, so a read-add-write loses it every time, even when the
//!   learner's own deposits are serialised inside the program (a Mutex) or spread out by a sleep.

use std::sync::Arc;
use std::time::{Duration, Instant};

use harness::TestDb;
use rust_decimal::Decimal;
use sqlx::{Connection, PgPool};

use crate::support::{DepositFn, Refuse, balance_of, dec, refuse, seed_user, slow_down_updates};

/// The checks of `unawaited_future_*`, listed once for both tracks: one `#[test]` each, for the checks
/// file that calls `crate::unawaited_future_checks!();`. That file defines `EXERCISE` and `track`.
#[macro_export]
macro_rules! unawaited_future_checks {
    () => {
        harness::checks!(&$crate::support::LEVEL, $crate::shared::deposit, |db| (EXERCISE, &db.pool().await, track(&db).await);
            the_deposit_reaches_the_database,
            a_refused_deposit_is_an_error,
        );
        harness::checks!(&$crate::support::LEVEL, $crate::shared::deposit, |db| (EXERCISE, &db, track(&db).await);
            a_deposit_returns_only_once_it_is_stored,
        );
    };
}

/// The checks of `lost_update_*`, listed once for both tracks: one `#[test]` each, for the checks
/// file that calls `crate::lost_update_checks!();`. That file defines `EXERCISE` and `track`.
#[macro_export]
macro_rules! lost_update_checks {
    () => {
        harness::checks!(&$crate::support::LEVEL, $crate::shared::deposit, |db| (EXERCISE, &db.pool().await, track(&db).await);
            fifty_deposits_at_once_all_count,
        );
        harness::checks!(&$crate::support::LEVEL, $crate::shared::deposit, |db| (EXERCISE, &db, track(&db).await);
            a_deposit_in_flight_elsewhere_still_counts,
        );
    };
}

/// How long a lock is held, or a balance watched, to see what a deposit does in the meantime. A
/// right answer never finishes while the row is locked, however long we wait; a deposit that
/// returns at once returns within microseconds. The bound only limits how long a wrong answer
/// that sleeps before returning could hide.
const WATCH: Duration = Duration::from_millis(600);

/// Call `deposit`, quoting a panic in the check's own words.
async fn call(
    exercise: &str,
    deposit: &DepositFn,
    user: i64,
    amount: Decimal,
) -> Result<(), String> {
    match harness::catch_panic(deposit(user, amount)).await {
        Ok(result) => result.map_err(|e| e.to_string()),
        Err(panic) => panic!("[{exercise}] deposit({amount}) panicked: {panic}"),
    }
}

/// From now on, count every UPDATE statement on `users` the server runs: a statement-level
/// trigger (it fires even when the UPDATE matches no row, and before a row trigger can refuse
/// it) bumps a sequence (which no rollback undoes). So a check can tell an UPDATE that never
/// reached the server from one that ran and did not stick.
async fn count_updates(pool: &PgPool) {
    sqlx::raw_sql(
        "CREATE SEQUENCE deposit_updates_run;
         CREATE FUNCTION count_deposit_update() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
             PERFORM nextval('deposit_updates_run');
             RETURN NULL;
         END $$;
         CREATE TRIGGER count_deposit_update BEFORE UPDATE ON users
             FOR EACH STATEMENT EXECUTE FUNCTION count_deposit_update();",
    )
    .execute(pool)
    .await
    .expect("test setup: counting the UPDATEs");
}

/// How many UPDATE statements on `users` the server has run since [`count_updates`].
async fn updates_run(pool: &PgPool) -> i64 {
    sqlx::query_scalar(
        "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM deposit_updates_run",
    )
    .fetch_one(pool)
    .await
    .expect("test: reading the UPDATE count")
}

/// Why a deposit that said Ok left the balance as it was, when nothing of it ever showed: no
/// UPDATE reached the server at all, or one ran and did not stick.
fn why_nothing_changed(updates: i64) -> String {
    if updates == 0 {
        "the UPDATE never reached the server (the server ran no UPDATE of users at all). A \
         future does nothing until it is awaited, and `let _ = future;` drops it without ever \
         running it."
            .to_string()
    } else {
        format!(
            "the server ran {updates} UPDATE(s) of users, and none of it stuck. Was the UPDATE in \
             a transaction never committed (dropped, which rolls it back), did it match no row, \
             or did it fail and its error was thrown away (`let _ =`, `.ok()`)?"
        )
    }
}

/// Watch the balance for a while: `Some(balance)` as soon as it is `expected`, `None` if it
/// never gets there.
async fn balance_becomes(pool: &PgPool, user: i64, expected: Decimal) -> Option<Duration> {
    let start = Instant::now();
    while start.elapsed() < WATCH {
        if balance_of(pool, user).await == expected {
            return Some(start.elapsed());
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    None
}

/// One deposit of 50.00 to a user holding `before`; after Ok the balance must have moved, at
/// once. Tells a deposit that never reaches the server from one that gets there late (the
/// caller has called [`count_updates`]).
async fn deposit_and_see_it(
    exercise: &str,
    pool: &PgPool,
    deposit: &DepositFn,
    user: i64,
    before: Decimal,
) {
    let amount = dec("50.00");
    if let Err(e) = call(exercise, deposit, user, amount).await {
        panic!("[{exercise}] deposit({amount}) failed: {e}");
    }
    let balance = balance_of(pool, user).await;
    if balance == before + amount {
        return;
    }
    match balance_becomes(pool, user, before + amount).await {
        Some(later) => panic!(
            "[{exercise}] deposit({amount}) returned Ok while the balance was still {balance}; it \
             moved only {} ms later. The UPDATE ran in the background, after deposit had \
             already said Ok: it was started and not awaited (spawned and left to run). A caller \
             that reads the balance after Ok sees the old one, and an error would never reach \
             it. Await the UPDATE itself before returning.",
            later.as_millis()
        ),
        None => panic!(
            "[{exercise}] deposit({amount}) returned Ok, and {} ms later the balance is still \
             {balance}: {}",
            WATCH.as_millis(),
            why_nothing_changed(updates_run(pool).await)
        ),
    }
}

/// One deposit, and the balance moves.
pub async fn the_deposit_reaches_the_database(exercise: &str, pool: &PgPool, deposit: DepositFn) {
    let alice = seed_user(pool, "Alice", "10.00").await;
    count_updates(pool).await;
    deposit_and_see_it(exercise, pool, &deposit, alice, dec("10.00")).await;
}

/// A deposit made while another transaction holds the row must wait for it: it cannot have
/// happened before then, so it may not say Ok before then.
pub async fn a_deposit_returns_only_once_it_is_stored(
    exercise: &str,
    db: &TestDb,
    deposit: DepositFn,
) {
    let pool = db.pool().await;
    let alice = seed_user(&pool, "Alice", "10.00").await;
    count_updates(&pool).await;
    let mut other = db.connect().await;
    let mut holding = other.begin().await.expect("test: a transaction");
    sqlx::query("SELECT id FROM users WHERE id = $1 FOR UPDATE")
        .bind(alice)
        .execute(&mut *holding)
        .await
        .expect("test: locking Alice's row");

    let task = {
        let deposit = deposit.clone();
        tokio::spawn(async move { deposit(alice, dec("50.00")).await })
    };
    let start = Instant::now();
    while !task.is_finished() && start.elapsed() < WATCH {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let returned_early = task.is_finished();
    holding
        .rollback()
        .await
        .expect("test: unlocking Alice's row");

    let result = match task.await {
        Ok(result) => result,
        Err(e) if e.is_panic() => panic!(
            "[{exercise}] deposit(50.00) panicked: {}",
            harness::panics::message(e.into_panic().as_ref())
        ),
        Err(e) => panic!("[{exercise}] deposit(50.00) did not finish: {e}"),
    };
    if let Err(e) = result {
        panic!("[{exercise}] deposit(50.00) failed: {e}");
    }
    if returned_early {
        let explanation = match balance_becomes(&pool, alice, dec("60.00")).await {
            Some(_) => "The UPDATE ran only later, in the background, after deposit had already \
                 said Ok: it was started and not awaited (spawned and left to run, or raced by a \
                 sleep). A caller that reads the balance after Ok sees the old one, and an \
                 error would never reach it."
                .to_string(),
            None => format!(
                "And {} ms after the row was free, the balance had still not moved: {}",
                WATCH.as_millis(),
                why_nothing_changed(updates_run(&pool).await)
            ),
        };
        panic!(
            "[{exercise}] deposit(50.00) returned Ok while another transaction held Alice's \
             row, so its UPDATE could not have run yet (it would have had to wait for the \
             lock). {explanation} Await the UPDATE itself before returning Ok."
        );
    }
    let balance = balance_of(&pool, alice).await;
    assert!(
        balance == dec("60.00"),
        "[{exercise}] deposit(50.00) waited while another transaction held Alice's row, then \
         returned Ok, yet her balance is {balance}, not 60.00: the deposit did not stick. Was its \
         UPDATE in a transaction never committed (dropped, which rolls it back), or was its \
         error thrown away (`let _ =`, `.ok()`)?"
    );
}

/// When the database refuses the UPDATE, deposit says so (after a first deposit that works, the
/// negative control).
pub async fn a_refused_deposit_is_an_error(exercise: &str, pool: &PgPool, deposit: DepositFn) {
    let alice = seed_user(pool, "Alice", "10.00").await;
    count_updates(pool).await;
    deposit_and_see_it(exercise, pool, &deposit, alice, dec("10.00")).await;
    refuse(pool, Refuse::UpdateOfUsers).await;
    let result = call(exercise, &deposit, alice, dec("5.00")).await;
    assert!(
        result.is_err(),
        "[{exercise}] the database refused the UPDATE of deposit(5.00) (the test makes it fail \
         on purpose), and deposit returned Ok: the error was thrown away (by `let _ =` or \
         `.ok()` on the result, or left in a task nobody awaits). The caller now believes 5.00 \
         was deposited. Pass the error on with `?`."
    );
    let balance = balance_of(pool, alice).await;
    assert!(
        balance == dec("60.00"),
        "[{exercise}] a refused deposit changed the balance to {balance} (expected 60.00)"
    );
}

/// Fifty deposits of 1.00 at once: the balance grows by exactly 50.00.
pub async fn fifty_deposits_at_once_all_count(exercise: &str, pool: &PgPool, deposit: DepositFn) {
    let alice = seed_user(pool, "Alice", "0.00").await;
    slow_down_updates(pool).await;
    let start = Arc::new(tokio::sync::Barrier::new(50));
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..50 {
        let (deposit, start) = (deposit.clone(), start.clone());
        tasks.spawn(async move {
            start.wait().await;
            deposit(alice, dec("1.00")).await
        });
    }
    while let Some(done) = tasks.join_next().await {
        match done {
            Ok(Ok(())) => {}
            Ok(Err(e)) => panic!("[{exercise}] a deposit failed: {e}"),
            Err(e) if e.is_panic() => panic!(
                "[{exercise}] a deposit panicked: {}",
                harness::panics::message(e.into_panic().as_ref())
            ),
            Err(e) => panic!("[{exercise}] a deposit did not finish: {e}"),
        }
    }
    let balance = balance_of(pool, alice).await;
    assert!(
        balance == dec("50.00"),
        "[{exercise}] fifty deposits of 1.00 were acknowledged, starting from 0.00, and the \
         balance is {balance} instead of 50.00: did each deposit read the balance, add in Rust \
         and write the sum back, overwriting the deposits made in between (a lost update)? Let \
         the database add, in the UPDATE itself, or lock the row from read to write."
    );
}

/// Another server's deposit is in flight (its transaction has updated Alice's row and not yet
/// committed) when this deposit runs: both must count. A lock inside the program, a sleep or a
/// retry cannot see the other server's write; only the database's row lock can.
pub async fn a_deposit_in_flight_elsewhere_still_counts(
    exercise: &str,
    db: &TestDb,
    deposit: DepositFn,
) {
    let pool = db.pool().await;
    let alice = seed_user(&pool, "Alice", "10.00").await;
    let mut elsewhere = db.connect().await;
    let mut in_flight = elsewhere.begin().await.expect("test: a transaction");
    sqlx::query("UPDATE users SET balance = balance + 100.00 WHERE id = $1")
        .bind(alice)
        .execute(&mut *in_flight)
        .await
        .expect("test: the other server's deposit");

    let task = {
        let deposit = deposit.clone();
        tokio::spawn(async move { deposit(alice, dec("50.00")).await })
    };
    // Wait until the deposit waits for the row (any write to it must), so that whatever it read
    // before, it read while the other deposit was uncommitted. A deposit that never waits is
    // let through after a while: it will have read the old balance by then too.
    let start = Instant::now();
    loop {
        let sessions = harness::observe::sessions(&pool, db.name.as_str())
            .await
            .expect("test: looking at the server's sessions");
        let waiting = sessions
            .iter()
            .any(|s| s.wait_event_type.as_deref() == Some("Lock"));
        if waiting || task.is_finished() || start.elapsed() > Duration::from_secs(3) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    in_flight
        .commit()
        .await
        .expect("test: committing the other deposit");

    match task.await {
        Ok(Ok(())) => {}
        Ok(Err(e)) => panic!(
            "[{exercise}] deposit(50.00), made while another deposit was in flight, failed: {e}"
        ),
        Err(e) if e.is_panic() => panic!(
            "[{exercise}] deposit(50.00) panicked: {}",
            harness::panics::message(e.into_panic().as_ref())
        ),
        Err(e) => panic!("[{exercise}] deposit(50.00) did not finish: {e}"),
    }
    let balance = balance_of(&pool, alice).await;
    if balance == dec("160.00") {
        return;
    }
    let setting = "Alice had 10.00; another server deposited 100.00 (its transaction had \
                   written the row and not yet committed when deposit(50.00) started), and then \
                   deposit(50.00) returned Ok.";
    if balance == dec("60.00") {
        panic!(
            "[{exercise}] {setting} The balance is {balance} instead of 160.00: deposit read the \
             balance before the other deposit committed, added in Rust, and wrote its sum over \
             the other's (a lost update). A lock inside your program (a Mutex), a sleep or a \
             retry cannot see another server's deposit. Let the database add, in the UPDATE \
             itself (balance = balance + $1), or lock the row you read (SELECT ... FOR UPDATE, \
             in the same transaction as the UPDATE)."
        );
    }
    if balance == dec("110.00") {
        panic!(
            "[{exercise}] {setting} The balance is 110.00 instead of 160.00: the other server's \
             deposit counted, but deposit(50.00)'s own did not. Was its transaction committed, \
             or its error thrown away?"
        );
    }
    panic!("[{exercise}] {setting} The balance is {balance} instead of 160.00.");
}
