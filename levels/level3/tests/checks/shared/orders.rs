//! Orders paid in the same transaction: `escaped_transaction_*`.

use sqlx::PgPool;

use crate::support::{PlaceOrderFn, balance_of, dec, orders_of, seed_user};

/// A user who can pay gets the order, and pays.
pub async fn a_paid_order_is_stored(exercise: &str, pool: &PgPool, place_order: PlaceOrderFn) {
    let alice = seed_user(pool, "Alice", "100.00").await;
    place_order(alice, "teapot".into(), dec("30.00"))
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] place_order failed for a user who can pay: {e}"));
    assert_eq!(
        orders_of(pool, alice).await,
        1,
        "[{exercise}] the order is missing"
    );
    assert_eq!(
        balance_of(pool, alice).await,
        dec("70.00"),
        "[{exercise}] Alice was not charged"
    );
}

/// A user who cannot pay gets an error, and no order.
pub async fn a_failed_payment_leaves_no_order(
    exercise: &str,
    pool: &PgPool,
    place_order: PlaceOrderFn,
) {
    let bob = seed_user(pool, "Bob", "5.00").await;
    let result = place_order(bob, "teapot".into(), dec("30.00")).await;
    assert!(
        result.is_err(),
        "[{exercise}] Bob has 5.00 and ordered for 30.00; the payment must fail (the balance \
         may not go below zero), yet place_order returned {result:?}"
    );
    let orders = orders_of(pool, bob).await;
    assert_eq!(
        orders, 0,
        "[{exercise}] the payment failed and the transaction rolled back, yet Bob's order was \
         stored: the INSERT ran outside the transaction, on another connection from the pool, \
         and committed on its own. Every statement of a transaction must run on the \
         transaction's own connection."
    );
    assert_eq!(balance_of(pool, bob).await, dec("5.00"));
}
