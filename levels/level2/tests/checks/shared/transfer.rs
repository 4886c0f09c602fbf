//! The transfer's checks, for `transfer_sqlx` and `transfer_diesel`.
//!
//! Each track hands in its `transfer` as a [`TransferFn`]: something that can be called from
//! many tasks at once.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use level2::error::TransferError;
use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::support::{
    balances, dec, fail_every_update_after_the_first, seed_user, slow_down_updates, updates_tried,
};

pub type TransferFuture = Pin<Box<dyn Future<Output = Result<(), TransferError>> + Send>>;
pub type TransferFn = Arc<dyn Fn(i64, i64, Decimal) -> TransferFuture + Send + Sync>;

/// The happy path: the money moves, to the cent.
pub async fn moves_the_money(exercise: &str, pool: &PgPool, transfer: TransferFn) {
    let alice = seed_user(pool, "Alice", "100.00").await;
    let bob = seed_user(pool, "Bob", "50.00").await;
    transfer(alice, bob, dec("30.25"))
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] transfer(alice, bob, 30.25) failed: {e}"));
    assert_eq!(
        balances(pool).await,
        vec![(alice, dec("69.75")), (bob, dec("80.25"))],
        "[{exercise}] after Alice sends Bob 30.25, Alice should have 69.75 and Bob 80.25. \
         Was the transaction committed?"
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
            "[{exercise}] a transfer {what} ({from} -> {to}, {amount}) returned {result:?}; \
             each broken rule should be its own TransferError variant, naming the account or \
             amount at fault"
        );
        assert_eq!(
            balances(pool).await,
            before,
            "[{exercise}] a refused transfer {what} changed the balances"
        );
    }
}

/// A failure after the first UPDATE takes the first one back with it.
pub async fn a_failure_half_way_changes_nothing(
    exercise: &str,
    pool: &PgPool,
    transfer: TransferFn,
) {
    let alice = seed_user(pool, "Alice", "100.00").await;
    let bob = seed_user(pool, "Bob", "50.00").await;
    fail_every_update_after_the_first(pool).await;

    let result = transfer(alice, bob, dec("30.00")).await;
    let tried = updates_tried(pool).await;
    assert!(
        tried >= 2,
        "[{exercise}] test setup: the transfer should have tried to update two rows (tried {tried})"
    );
    assert!(
        result.is_err(),
        "[{exercise}] the second UPDATE failed (the test made it fail), yet transfer returned Ok"
    );
    // Read through the test's own connection: what every other session sees now.
    assert_eq!(
        balances(pool).await,
        vec![(alice, dec("100.00")), (bob, dec("50.00"))],
        "[{exercise}] the second UPDATE failed, and the first one stayed: money vanished. Both \
         UPDATEs must run in one transaction, so a failure rolls back both."
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
    while let Some(joined) = tasks.join_next().await {
        let (from, to, result) = joined.expect("a transfer task panicked");
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
    assert_eq!(
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
