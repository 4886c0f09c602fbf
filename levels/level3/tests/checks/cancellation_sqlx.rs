//! Checks for the pitfall `cancellation_sqlx`: after a statement gives up, the next caller is
//! not stuck behind it, and no session is left holding a transaction.

use std::time::{Duration, Instant};

use harness::observe;
use_answer!(level3::cancellation_sqlx);
use answer::monthly_statement;

use crate::support::{LEVEL, check, seed_user, sqlx_pool};

#[test]
fn a_timed_out_statement_stops_on_the_server() {
    check(&LEVEL, |db| async move {
        let seed = db.pool().await;
        let alice = seed_user(&seed, "Alice", "10.00").await;
        let pool = sqlx_pool(&db, 2).await;

        let began = Instant::now();
        let result = monthly_statement(&pool, alice).await;
        assert!(
            result.is_err(),
            "[cancellation_sqlx] the statement query takes 5 s and the limit is 1 s, yet \
             monthly_statement returned {result:?}"
        );
        assert!(
            began.elapsed() < Duration::from_secs(3),
            "[cancellation_sqlx] monthly_statement took {:?} to give up; the limit is 1 s",
            began.elapsed()
        );

        // The next caller: a deposit to the same user, which needs her row.
        let mut next = db.connect().await;
        let deposit = sqlx::query("UPDATE users SET balance = balance + 1 WHERE id = $1")
            .bind(alice)
            .execute(&mut next);
        if tokio::time::timeout(Duration::from_millis(1500), deposit)
            .await
            .is_err()
        {
            panic!(
                "[cancellation_sqlx] after monthly_statement gave up, a deposit to the same \
                 user waited behind it for more than 1.5 s: the client stopped waiting, but the \
                 server went on running the query, inside the transaction, holding the row \
                 lock. Put the limit on the server (statement_timeout), so PostgreSQL cancels \
                 the query and rolls back."
            );
        }

        // Nothing left running or holding a transaction (give the pool a moment to tidy up).
        let mut observer = db.connect().await;
        let mut busy = Vec::new();
        for _ in 0..50 {
            busy = observe::sessions(&mut observer, db.name.as_str())
                .await
                .unwrap()
                .into_iter()
                .filter(|s| {
                    s.state.as_deref() == Some("idle in transaction")
                        || (s.state.as_deref() == Some("active") && s.query.contains("pg_sleep"))
                })
                .collect();
            if busy.is_empty() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        assert!(
            busy.is_empty(),
            "[cancellation_sqlx] sessions still busy after the statement gave up: {busy:?}"
        );
    });
}
