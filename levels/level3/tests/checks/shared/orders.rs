//! Orders paid in the same transaction: `escaped_transaction_*`.
//!
//! place_order is an INSERT and an UPDATE that must stick together. The end state of one call
//! cannot tell a statement that escaped the transaction (run on another connection from the
//! pool) from one that did not, when the escaped statement happens to be the one that did not
//! fail. So besides the failed payment, one check stops place_order at each of its writes and
//! at its commit and looks from outside (`support::Paused`): nothing of the order may show
//! before it is complete. Another makes the COMMIT fail on purpose: the payment must go back
//! with the order, and the caller must hear of it.

use harness::TestDb;
use level3::error::PitfallError;
use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::support::{
    Paused, PlaceOrderFn, Refuse, balance_of, dec, install_pauses, orders_of, refuse, seed_user,
};

/// The checks of `escaped_transaction_*`, listed once for both tracks: one `#[test]` each, for the checks
/// file that calls `crate::escaped_transaction_checks!();`. That file defines `EXERCISE` and `track`.
#[macro_export]
macro_rules! escaped_transaction_checks {
    () => {
        harness::checks!(&$crate::support::LEVEL, $crate::shared::orders, |db| (EXERCISE, &db, track(&db).await);
            a_paid_order_is_stored,
            a_failed_payment_leaves_no_order,
            nothing_shows_before_the_order_is_complete,
            a_failed_commit_takes_back_the_payment,
        );
    };
}

/// Call place_order, quoting a panic in the check's own words.
async fn call(
    exercise: &str,
    place_order: &PlaceOrderFn,
    user: i64,
    amount: Decimal,
) -> Result<i64, PitfallError> {
    harness::catch_panic(place_order(user, "teapot".into(), amount))
        .await
        .unwrap_or_else(|panic| panic!("[{exercise}] place_order panicked: {panic}"))
}

/// A user who can pay gets the order, and pays.
pub async fn a_paid_order_is_stored(exercise: &str, db: &TestDb, place_order: PlaceOrderFn) {
    let pool = db.pool().await;
    let alice = seed_user(&pool, "Alice", "100.00").await;
    call(exercise, &place_order, alice, dec("30.00"))
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] place_order failed for a user who can pay: {e}"));
    paid_and_stored(exercise, &pool, alice).await;
}

/// Alice (who had 100.00) has one order and paid 30.00 for it.
async fn paid_and_stored(exercise: &str, pool: &PgPool, alice: i64) {
    let orders = orders_of(pool, alice).await;
    assert!(
        orders == 1,
        "[{exercise}] place_order returned Ok, and Alice has {orders} orders instead of 1"
    );
    let balance = balance_of(pool, alice).await;
    assert!(
        balance == dec("70.00"),
        "[{exercise}] place_order returned Ok, and Alice's balance is {balance} instead of \
         70.00: she should have paid exactly 30.00 of her 100.00"
    );
}

/// A user who cannot pay gets an error, and no order.
pub async fn a_failed_payment_leaves_no_order(
    exercise: &str,
    db: &TestDb,
    place_order: PlaceOrderFn,
) {
    let pool = db.pool().await;
    let bob = seed_user(&pool, "Bob", "5.00").await;
    let result = call(exercise, &place_order, bob, dec("30.00")).await;
    assert!(
        result.is_err(),
        "[{exercise}] Bob has 5.00 and ordered for 30.00; the payment must fail (the balance \
         may not go below zero), yet place_order returned {result:?}: the payment's error was \
         thrown away"
    );
    let orders = orders_of(&pool, bob).await;
    assert!(
        orders == 0,
        "[{exercise}] the payment failed and the transaction rolled back, yet Bob's order was \
         stored: the INSERT ran outside the transaction that the payment ran in (on another \
         connection from the pool, or in a transaction of its own), and committed on its own. \
         Every statement of a transaction must run on the transaction's own connection."
    );
    let balance = balance_of(&pool, bob).await;
    assert!(
        balance == dec("5.00"),
        "[{exercise}] the payment failed, and Bob's balance is {balance} instead of 5.00"
    );
}

/// Stopped at each write and at the commit, place_order shows nothing to anybody else until it
/// is complete: no order, no payment.
pub async fn nothing_shows_before_the_order_is_complete(
    exercise: &str,
    db: &TestDb,
    place_order: PlaceOrderFn,
) {
    let pool = db.pool().await;
    let alice = seed_user(&pool, "Alice", "100.00").await;
    install_pauses(&pool).await;
    let work = {
        let (place_order, exercise) = (place_order.clone(), exercise.to_string());
        async move { call(&exercise, &place_order, alice, dec("30.00")).await }
    };
    let mut paused = Paused::start(db, &pool, work).await;
    while let Some(pause) = paused.next().await {
        let orders = orders_of(&pool, alice).await;
        let balance = balance_of(&pool, alice).await;
        let shown = match (orders, balance == dec("100.00")) {
            (0, true) => None,
            (0, false) => Some(format!(
                "the payment (Alice's balance is already {balance})"
            )),
            (_, true) => Some("the order".to_string()),
            (_, false) => Some(format!("the order and the payment (balance {balance})")),
        };
        if let Some(shown) = shown {
            panic!(
                "[{exercise}] while place_order was still running (stopped at {}), {shown} was \
                 already visible to everyone else: the statement that wrote it ran outside the \
                 transaction (on another connection from the pool, or with no transaction), or \
                 was committed before the last write. Were the rest to fail now, nothing could \
                 take it back. Every statement must run on the transaction's own connection, \
                 before the commit.",
                pause.quoted()
            );
        }
        paused.resume(&pause).await;
    }
    paused
        .finish()
        .await
        .unwrap_or_else(|panic| panic!("[{exercise}] place_order panicked: {panic}"))
        .unwrap_or_else(|e| panic!("[{exercise}] place_order failed for a user who can pay: {e}"));
    paid_and_stored(exercise, &pool, alice).await;
}

/// The COMMIT fails (a deferred constraint says no): place_order returns an error, and neither
/// the order nor the payment stays.
pub async fn a_failed_commit_takes_back_the_payment(
    exercise: &str,
    db: &TestDb,
    place_order: PlaceOrderFn,
) {
    let pool = db.pool().await;
    let alice = seed_user(&pool, "Alice", "100.00").await;
    refuse(&pool, Refuse::CommitAfterInsertIntoOrders).await;
    let result = call(exercise, &place_order, alice, dec("30.00")).await;
    let orders = orders_of(&pool, alice).await;
    let balance = balance_of(&pool, alice).await;
    assert!(
        orders == 0 && balance == dec("100.00"),
        "[{exercise}] the order's COMMIT was made to fail on purpose, and yet Alice has {orders} \
         orders and a balance of {balance} (expected none, and 100.00; place_order returned \
         {result:?}): a statement ran outside the transaction (on another connection from the \
         pool, or with no transaction at all), and committed on its own."
    );
    assert!(
        result.is_err(),
        "[{exercise}] the order's COMMIT was made to fail on purpose, and place_order returned \
         {result:?} with nothing stored: the commit failed and its error was thrown away before \
         it reached the caller, or the transaction was never committed (dropped, which rolls it \
         back). A failed commit must come back as an error."
    );
}
