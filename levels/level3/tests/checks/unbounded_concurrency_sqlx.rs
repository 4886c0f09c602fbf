//! Checks for the pitfall `unbounded_concurrency_sqlx`.

use std::time::Duration;

use_answer!(level3::unbounded_concurrency_sqlx);
use answer::charge_monthly_fee;
use sqlx::postgres::PgPoolOptions;

use crate::support::{LEVEL, check, dec, slow_down_updates};

#[test]
fn every_charge_succeeds_with_a_pool_of_five() {
    check(&LEVEL, |db| async move {
        let seed = db.pool().await;
        let ids: Vec<i64> = sqlx::query_scalar(
            "INSERT INTO users (name, email, balance) \
             SELECT 'User ' || n, 'user' || n || '@example.com', 1.00 \
             FROM generate_series(1, 600) AS n RETURNING id",
        )
        .fetch_all(&seed)
        .await
        .expect("test setup: six hundred users");
        slow_down_updates(&seed).await; // each charge takes ~2 ms on the server
        let pool = PgPoolOptions::new()
            .max_connections(5)
            .acquire_timeout(Duration::from_millis(100))
            .connect(&db.url)
            .await
            .unwrap();
        if let Err(e) = charge_monthly_fee(&pool, &ids).await {
            panic!(
                "[unbounded_concurrency_sqlx] the job failed: {e}. Six hundred tasks started \
                 at once and all asked the pool of five for a connection; those still waiting \
                 after the pool's timeout failed. Bound how many run at once (a semaphore, or \
                 buffer_unordered) to what the pool can serve."
            );
        }
        let total: rust_decimal::Decimal = sqlx::query_scalar("SELECT sum(balance) FROM users")
            .fetch_one(&seed)
            .await
            .unwrap();
        assert_eq!(
            total,
            dec("594.00"),
            "[unbounded_concurrency_sqlx] every one of the 600 users should have paid 0.01"
        );
    });
}
