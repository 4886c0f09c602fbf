//! Checks for the pitfall `cancellation_sqlx`: after a statement gives up, the next caller is
//! not stuck behind it, no session is left holding a transaction, and the limit was the one
//! asked for, for that transaction only.
//!
//! Three ways to get the limit wrong pass a check that only times out a statement:
//!
//! - a limit far shorter than a second (`statement_timeout = 1` is one millisecond) cancels
//!   every statement, the slow one included. Negative control: another transaction holds the
//!   user's row for 0.3 s, so the function's own `FOR UPDATE` must wait, well within the limit,
//!   and only the slow query may be cancelled: the function gives up after a second or more,
//!   never before (the server cannot cancel a statement before its limit: a lower bound, not a
//!   race).
//! - `SET statement_timeout` on the session, outside the transaction, stays on the pooled
//!   connection after it goes back to the pool, and cuts off every later query of the service
//!   on it. So the second check reads the setting in force on every connection of the pool
//!   afterwards, and compares it with a fresh session's.
//! - a client-side timeout only, which the first check's deposit catches.

use std::time::{Duration, Instant};

use harness::{TestDb, observe};
use level3::error::PitfallError;
use sqlx::postgres::PgPoolOptions;
use sqlx::{Connection, PgPool};
use_answer!(level3::cancellation_sqlx);
use answer::monthly_statement;

use crate::support::{LEVEL, check, seed_user, sqlx_pool};

/// How long another transaction holds the user's row before the statement can lock it.
const HELD: Duration = Duration::from_millis(300);

/// Call `monthly_statement` while another transaction holds the user's row for [`HELD`];
/// returns what it answered and how long it took. A panic fails the check.
async fn statement_behind_a_short_lock(
    db: &TestDb,
    pool: &PgPool,
    user_id: i64,
) -> (Result<String, PitfallError>, Duration) {
    let mut holder = db.connect().await;
    let (locked_tx, locked_rx) = tokio::sync::oneshot::channel();
    let holding = tokio::spawn(async move {
        let mut tx = holder.begin().await.expect("test: begin");
        sqlx::query("SELECT 1 FROM users WHERE id = $1 FOR UPDATE")
            .bind(user_id)
            .execute(&mut *tx)
            .await
            .expect("test: locking the row");
        let _ = locked_tx.send(());
        tokio::time::sleep(HELD).await;
        tx.commit().await.expect("test: commit");
    });
    locked_rx.await.expect("test: the row was locked");
    let began = Instant::now();
    let result = harness::catch_panic(monthly_statement(pool, user_id))
        .await
        .unwrap_or_else(|panic| panic!("[cancellation_sqlx] monthly_statement panicked: {panic}"));
    let took = began.elapsed();
    holding.await.expect("test: the lock holder");
    (result, took)
}

/// The SQLSTATE of the server's error, if the function failed with one.
fn sqlstate(result: &Result<String, PitfallError>) -> Option<String> {
    match result {
        Err(PitfallError::Sqlx(sqlx::Error::Database(e))) => e.code().map(|c| c.into_owned()),
        _ => None,
    }
}

/// It gave up, with an error, within the limit and not before it.
fn gave_up_on_time(result: &Result<String, PitfallError>, took: Duration) {
    assert!(
        result.is_err(),
        "[cancellation_sqlx] the statement query takes 5 s and the limit is 1 s, yet \
         monthly_statement returned {result:?} after {took:?}"
    );
    if took < Duration::from_millis(900) {
        match (sqlstate(result).as_deref(), result) {
            // 57014: the server cancelled a statement (here, by a statement_timeout).
            (Some("57014"), _) => panic!(
                "[cancellation_sqlx] monthly_statement gave up after {took:?}, before the \
                 one-second limit: {result:?}. Another transaction held the user's row for \
                 {HELD:?}, so the statement's FOR UPDATE waited that long, well within the \
                 limit, and was cancelled anyway. The limit must let a statement run for a \
                 second (a statement_timeout without a unit is in milliseconds: '1s' or 1000)."
            ),
            // 55P03: lock_not_available, a lock_timeout.
            (Some("55P03"), Err(e)) => panic!(
                "[cancellation_sqlx] monthly_statement gave up after {took:?}, before the \
                 one-second limit: the FOR UPDATE gave up waiting for the row ({e}). Another \
                 transaction held the row for {HELD:?}; waiting 0.3 s for a lock is well \
                 within the limit."
            ),
            (_, Err(PitfallError::TimedOut(limit))) => panic!(
                "[cancellation_sqlx] monthly_statement gave up after {took:?}, before the \
                 one-second limit: its own timeout ({limit:?}) ran out first. The limit is one \
                 second."
            ),
            _ => panic!(
                "[cancellation_sqlx] monthly_statement failed after {took:?}, before the \
                 one-second limit could matter: {result:?}. Only the slow query may fail, after \
                 a second. Is it an error of its own SQL? (For example, SET cannot take a bind \
                 parameter: write '1s' in the statement, or use set_config.)"
            ),
        }
    }
    assert!(
        took < Duration::from_secs(3),
        "[cancellation_sqlx] monthly_statement took {took:?} to give up; the limit is 1 s"
    );
}

#[test]
fn a_timed_out_statement_stops_on_the_server() {
    check(&LEVEL, |db| async move {
        let seed = db.pool().await;
        let alice = seed_user(&seed, "Alice", "10.00").await;
        let pool = sqlx_pool(&db, 2).await;

        let (result, took) = statement_behind_a_short_lock(&db, &pool, alice).await;
        gave_up_on_time(&result, took);

        // The next caller: a deposit to the same user, which needs her row.
        let mut next = db.connect().await;
        let deposit = sqlx::query("UPDATE users SET balance = balance + 1 WHERE id = $1")
            .bind(alice)
            .execute(&mut next);
        if tokio::time::timeout(Duration::from_millis(1500), deposit)
            .await
            .is_err()
        {
            // What holds the row: a query still running, or a transaction left open?
            let mut observer = db.connect().await;
            let sessions = observe::sessions(&mut observer, db.name.as_str())
                .await
                .expect("test: reading pg_stat_activity");
            let still_running = sessions
                .iter()
                .any(|s| s.state.as_deref() == Some("active") && s.query.contains("pg_sleep"));
            let left_open = sessions
                .iter()
                .filter(|s| s.state.as_deref() == Some("idle in transaction"))
                .count();
            if still_running {
                panic!(
                    "[cancellation_sqlx] after monthly_statement gave up, a deposit to the same \
                     user waited behind it for more than 1.5 s: the client stopped waiting, but \
                     the server went on running the query, inside the transaction, holding the \
                     row lock. Put the limit on the server (statement_timeout), so PostgreSQL \
                     cancels the query and rolls back."
                );
            }
            if left_open == 0 {
                panic!(
                    "[cancellation_sqlx] after monthly_statement gave up, a deposit to the same \
                     user waited behind it for more than 1.5 s, and by now the server shows \
                     neither the slow query running nor a transaction left open: something held \
                     the row for a while after monthly_statement returned. Did the query run on \
                     after the client stopped waiting? Put the limit on the server \
                     (statement_timeout), so PostgreSQL cancels the query and rolls back."
                );
            }
            panic!(
                "[cancellation_sqlx] after monthly_statement gave up, a deposit to the same user \
                 waited behind it for more than 1.5 s: the slow query is no longer running, but \
                 {left_open} session(s) sit idle in a transaction, and a transaction holds its \
                 row locks until it ends. Was monthly_statement's transaction left open after \
                 the failure (never rolled back, its connection not given back)? Let it end with \
                 the error (drop it, or roll it back)."
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
        let idle_in_transaction = busy
            .iter()
            .filter(|s| s.state.as_deref() == Some("idle in transaction"))
            .count();
        assert!(
            busy.is_empty(),
            "[cancellation_sqlx] 1 s after monthly_statement gave up, {idle_in_transaction} \
             session(s) were still idle in a transaction and {} still running the slow query \
             (expected none): a transaction left open, or a query the server goes on running, \
             holds the row.",
            busy.len() - idle_in_transaction
        );
    });
}

#[test]
fn the_limit_ends_with_the_transaction() {
    check(&LEVEL, |db| async move {
        let seed = db.pool().await;
        let alice = seed_user(&seed, "Alice", "10.00").await;
        // A connection busy with a query the server goes on running may take 5 s to come back.
        let pool = PgPoolOptions::new()
            .max_connections(2)
            .acquire_timeout(Duration::from_secs(8))
            .connect(&db.url)
            .await
            .expect("test setup: a pool of two");
        let fresh: String = sqlx::query_scalar("SHOW statement_timeout")
            .fetch_one(&seed)
            .await
            .expect("test: a fresh session's statement_timeout");

        // Whatever it answers (the first check judges that), look at the pool afterwards.
        let _ = statement_behind_a_short_lock(&db, &pool, alice).await;

        // Every connection of the pool, as the next part of the service would get it.
        let (first, second) = tokio::join!(pool.acquire(), pool.acquire());
        for conn in [first, second] {
            let mut conn = conn.unwrap_or_else(|e| {
                panic!(
                    "[cancellation_sqlx] after monthly_statement returned, the pool of two could \
                     not hand out both its connections within 8 s ({e}): one of them never came \
                     back to the pool. Is it still held by monthly_statement's work (a \
                     connection or transaction kept, or a task left running)?"
                )
            });
            let in_force: String = sqlx::query_scalar("SHOW statement_timeout")
                .fetch_one(&mut *conn)
                .await
                .expect("test: reading statement_timeout");
            assert!(
                in_force == fresh,
                "[cancellation_sqlx] after monthly_statement returned, a connection of the \
                 pool still has statement_timeout = {in_force} (a fresh session has {fresh}): \
                 the limit was set for the whole session, not for the transaction. That \
                 connection goes back to the pool, and every later query on it, from any part \
                 of the service, is cut off by it. Use SET LOCAL inside the transaction."
            );
        }
    });
}
