//! Deposits: `unawaited_future_*` and `lost_update_*`.

use std::sync::Arc;

use sqlx::PgPool;

use crate::support::{DepositFn, balance_of, dec, seed_user, slow_down_updates};

/// One deposit, and the balance moves.
pub async fn the_deposit_reaches_the_database(exercise: &str, pool: &PgPool, deposit: DepositFn) {
    let alice = seed_user(pool, "Alice", "10.00").await;
    deposit(alice, dec("50.00"))
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] deposit failed: {e}"));
    let balance = balance_of(pool, alice).await;
    assert_eq!(
        balance,
        dec("60.00"),
        "[{exercise}] deposit(50.00) returned Ok, and Alice's balance is still {balance}: the \
         UPDATE never reached the server. A future does nothing until it is awaited, and \
         `let _ = future;` drops it without ever running it."
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
        if let Err(e) = done.expect("a deposit task panicked") {
            panic!("[{exercise}] a deposit failed: {e}");
        }
    }
    let balance = balance_of(pool, alice).await;
    assert_eq!(
        balance,
        dec("50.00"),
        "[{exercise}] fifty deposits of 1.00 were acknowledged, and the balance grew by only \
         {balance}: each deposit read the balance, added in Rust and wrote the sum back, \
         overwriting the deposits made in between (a lost update). Let the database add, in \
         the UPDATE itself, or lock the row from read to write."
    );
}
