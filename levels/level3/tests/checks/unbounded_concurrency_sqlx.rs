//! Checks for the pitfall `unbounded_concurrency_sqlx`: the monthly fee for 600 users, with the
//! service's pool of five connections, whose wait for a connection gives up after 0.5 s.
//!
//! The server records every charge (`shared::observed::record_updates_of_users`: each row
//! UPDATE holds its row 10 ms and notes its backend and its times), so the check sees what the
//! exercise asks for, not only the totals:
//!
//! - every charge succeeded (a wait for the pool longer than 0.5 s fails it; with 10 ms per
//!   charge, five connections serve at most 250 charges in 0.5 s, so an answer that lets all
//!   600 wait on the pool at once fails every time, while a bound of five leaves a wide margin
//!   on a busy machine);
//! - the job is still concurrent: at some instant more than one charge ran at once (a plain
//!   loop, one charge after another, never does);
//! - never more connections than the pool's five (an answer that opens a bigger pool of its
//!   own "fixes" the timeouts by ignoring the service's limit).

use std::collections::BTreeSet;
use std::time::Duration;

use rust_decimal::Decimal;
use_answer!(level3::unbounded_concurrency_sqlx);
use answer::charge_monthly_fee;
use sqlx::postgres::PgPoolOptions;

use crate::shared::observed;
use crate::support::{Check, LEVEL, dec, is_pool_timeout};

const USERS: usize = 600;

/// A plain loop takes 600 x 10 ms, and more on a busy machine: allow it the time to finish,
/// so that it is told it ran one charge at a time rather than that it hung.
const TIME_BOUND: Duration = Duration::from_secs(30);

#[test]
fn every_charge_succeeds_with_a_pool_of_five() {
    Check::new(&LEVEL).timeout(TIME_BOUND).run(|db| async move {
        let seed = db.pool().await;
        let ids: Vec<i64> = sqlx::query_scalar(
            "INSERT INTO users (name, email, balance) \
             SELECT 'User ' || n, 'user' || n || '@example.com', 1.00 \
             FROM generate_series(1, $1) AS n RETURNING id",
        )
        .bind(USERS as i32)
        .fetch_all(&seed)
        .await
        .expect("test setup: six hundred users");
        observed::record_updates_of_users(&seed).await;
        // The pool is warm, its five connections open, before the job starts: so a wait for
        // the pool is a wait for a busy connection, never for a new one being opened (which
        // can take long on a busy machine, and would fail even a plain loop by luck).
        let pool = PgPoolOptions::new()
            .max_connections(5)
            .acquire_timeout(Duration::from_millis(500))
            .connect_lazy(&db.url)
            .expect("test setup: the service's pool of five");
        let mut warm = Vec::new();
        for _ in 0..100 {
            if warm.len() == 5 {
                break;
            }
            if let Ok(conn) = pool.acquire().await {
                warm.push(conn);
            }
        }
        drop(warm);
        for _ in 0..250 {
            if pool.num_idle() >= 5 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }

        match harness::catch_panic(charge_monthly_fee(&pool, &ids)).await {
            Ok(Ok(())) => {}
            Ok(Err(e)) if is_pool_timeout(&e) => panic!(
                "[unbounded_concurrency_sqlx] the job failed: {e}. When more charges ask the \
                 pool of five for a connection than it can serve within its timeout (0.5 s \
                 here), those still waiting fail: the pool timed out. Bound how many run at \
                 once (a semaphore, or buffer_unordered) to what the pool can serve."
            ),
            Ok(Err(e)) => panic!(
                "[unbounded_concurrency_sqlx] the job failed: {e}. Every charge should succeed; \
                 this error is not the pool's timeout."
            ),
            Err(panic) => panic!("[unbounded_concurrency_sqlx] the job panicked: {panic}"),
        }

        // Each user had 1.00 and pays 0.01 once: 0.99. Still 1.00 is not charged; less than
        // 0.99 is charged more than once.
        let (unpaid, uncharged, overcharged): (i64, i64, i64) = sqlx::query_as(
            "SELECT count(*) FILTER (WHERE balance <> 0.99), \
                    count(*) FILTER (WHERE balance = 1.00), \
                    count(*) FILTER (WHERE balance < 0.99) \
             FROM users",
        )
        .fetch_one(&seed)
        .await
        .expect("test: counting the unpaid");
        if unpaid != 0 {
            let mut found = Vec::new();
            if uncharged > 0 {
                found.push(format!(
                    "{uncharged} had not been charged 0.01 when it returned (a charge that failed \
                     was not reported, or charges were still running, spawned and never awaited: \
                     wait for every charge, and return the first error)"
                ));
            }
            if overcharged > 0 {
                found.push(format!(
                    "{overcharged} were charged more than once (was a charge tried again after it \
                     had gone through?)"
                ));
            }
            let other = unpaid - uncharged - overcharged;
            if other > 0 {
                found.push(format!("{other} hold more than the 1.00 they started with"));
            }
            panic!(
                "[unbounded_concurrency_sqlx] charge_monthly_fee returned Ok, yet {unpaid} of the \
                 {USERS} users do not hold 0.99 (1.00 less the fee of 0.01): {}.",
                found.join("; ")
            );
        }
        let total: Decimal = sqlx::query_scalar("SELECT sum(balance) FROM users")
            .fetch_one(&seed)
            .await
            .expect("test: reading the total");
        assert!(
            total == dec("594.00"),
            "[unbounded_concurrency_sqlx] each of the {USERS} users should have paid 0.01 once \
             (594.00 left in total); {total} is left"
        );

        let charges = observed::recorded_updates(&seed).await;
        let connections: BTreeSet<i32> = charges.iter().map(|c| c.pid).collect();
        assert!(
            connections.len() <= 5,
            "[unbounded_concurrency_sqlx] the charges ran on {} connections, more than the \
             service's pool of five: the job must share the pool it is given, not open \
             connections of its own (the database serves other work too).",
            connections.len()
        );
        let most = observed::most_at_once(&charges);
        assert!(
            most >= 2,
            "[unbounded_concurrency_sqlx] every charge succeeded, but they ran one at a time: \
             the server never saw two charges at once. The job must stay concurrent, running \
             as many charges at once as the pool has connections (five)."
        );
    });
}
