//! Not an exercise: the service's pools check a connection before lending it unless it was in
//! use within the last half second (`level4::app::ALIVE_BYPASS_WINDOW`, as HikariCP does), and
//! what that promises holds:
//!
//! - a connection idle past the window is always checked, so one the server killed while it sat
//!   idle is never lent (without any check, about half the queries right after a kill fail:
//!   diesel-async with `RecyclingMethod::Fast` has not yet read the server's goodbye, and sqlx
//!   reads nothing until the connection is used);
//! - one killed within the window fails one request at most, and is then discarded;
//! - that request changed nothing, and the service does not retry it by itself: the client gets
//!   a 503 and retries, and the money moves once.

use std::time::Duration;

use diesel_async::RunQueryDsl;
use harness::{TestDb, observe};

use crate::support::{Check, LEVEL, check};

/// Kill-then-query cycles within the window.
const CYCLES: usize = 20;

/// Idle-kill-query cycles past the window (each waits the window out).
const IDLE_CYCLES: usize = 5;

/// Terminate every backend of the test database except the observer's own.
async fn kill_every_connection(db: &TestDb, observer: &mut sqlx::PgConnection) {
    for session in observe::sessions(&mut *observer, db.name.as_str())
        .await
        .unwrap()
    {
        observe::terminate(&mut *observer, session.pid)
            .await
            .unwrap();
    }
}

/// How long a test leaves a connection idle so that it is past the window, surely.
fn past_the_window() -> Duration {
    level4::app::ALIVE_BYPASS_WINDOW + Duration::from_millis(100)
}

/// Idle past the window, killed, then used: never a failure (both pools, one connection each,
/// so the killed connection is the one the pool holds).
#[test]
fn a_connection_idle_past_the_window_is_checked_before_it_is_lent() {
    // Each cycle waits out the window on purpose: seconds, not a hang.
    Check::new(&LEVEL)
        .timeout(Duration::from_secs(60))
        .run(|db| async move {
            let sqlx_pool = level4::app::sqlx_pool(&db.url, 1, Duration::from_secs(2))
                .await
                .unwrap();
            let diesel_pool = level4::app::diesel_pool(&db.url, 1, Duration::from_secs(2)).unwrap();
            let mut observer = db.connect().await;
            let mut failed = Vec::new();
            for _ in 0..IDLE_CYCLES {
                sqlx::query("SELECT 1").execute(&sqlx_pool).await.unwrap();
                diesel_query(&diesel_pool).await.unwrap();
                tokio::time::sleep(past_the_window()).await;
                kill_every_connection(&db, &mut observer).await;
                if let Err(e) = sqlx::query("SELECT 1").execute(&sqlx_pool).await {
                    failed.push(format!("sqlx: {e}"));
                }
                if let Err(e) = diesel_query(&diesel_pool).await {
                    failed.push(format!("diesel: {e}"));
                }
            }
            assert!(
                failed.is_empty(),
                "a connection idle for {:?} (past the {:?} window), killed by the server, was lent \
             and failed: {failed:?}. A connection idle past the window must be checked \
             (sqlx: a ping in before_acquire; deadpool: a query in pre_recycle)",
                past_the_window(),
                level4::app::ALIVE_BYPASS_WINDOW
            );
        });
}

/// Used, killed at once (within the window), used again: that use may fail, once; the next
/// one must not (the broken connection is discarded, a new one made).
#[test]
fn a_connection_killed_within_the_window_fails_one_request_at_most() {
    check(&LEVEL, |db| async move {
        let sqlx_pool = level4::app::sqlx_pool(&db.url, 1, Duration::from_secs(2))
            .await
            .unwrap();
        let diesel_pool = level4::app::diesel_pool(&db.url, 1, Duration::from_secs(2)).unwrap();
        let mut observer = db.connect().await;
        for cycle in 0..CYCLES {
            sqlx::query("SELECT 1").execute(&sqlx_pool).await.unwrap();
            diesel_query(&diesel_pool).await.unwrap();
            kill_every_connection(&db, &mut observer).await;
            let _first = sqlx::query("SELECT 1").execute(&sqlx_pool).await;
            let _first = diesel_query(&diesel_pool).await;
            let sqlx_again = sqlx::query("SELECT 1").execute(&sqlx_pool).await;
            let diesel_again = diesel_query(&diesel_pool).await;
            assert!(
                sqlx_again.is_ok() && diesel_again.is_ok(),
                "cycle {cycle}: after a connection killed within the window failed one \
                 request, the next request failed too (sqlx: {sqlx_again:?}, diesel: \
                 {diesel_again:?}): a broken connection must be discarded, not lent again"
            );
        }
    });
}

/// Over HTTP: a transfer on a connection killed within the window is a 503 that moved nothing,
/// or a 200; the client retries a 503; in the end each transfer moved the money once.
#[test]
fn a_transfer_that_meets_a_dead_connection_is_refused_whole_and_retried_by_the_client() {
    check(&LEVEL, |db| async move {
        let pool = level4::app::sqlx_pool(&db.url, 1, Duration::from_secs(2))
            .await
            .unwrap();
        // The reference store and handler: this check is about the pool, not an exercise.
        let service = crate::reference::service(pool).await;
        let alice = service.create_user("pools", "Alice").await;
        let bob = service.create_user("pools", "Bob").await;
        let set = service
            .call(
                "PATCH",
                &format!("/users/{alice}"),
                Some(r#"{"balance":"100.00"}"#),
            )
            .await;
        assert_eq!(set.status, 200, "{}", set.body);
        let mut observer = db.connect().await;
        let body = format!(r#"{{"from":{alice},"to":{bob},"amount":"1.00"}}"#);
        let (mut refused, transfers) = (0, 10);
        for _ in 0..transfers {
            kill_every_connection(&db, &mut observer).await;
            let mut answer = service.call("POST", "/transfers", Some(&body)).await;
            if answer.status == 503 {
                refused += 1;
                answer = service.call("POST", "/transfers", Some(&body)).await;
            }
            assert_eq!(
                answer.status, 200,
                "a transfer (retried once after a 503) should succeed: {} {}",
                answer.status, answer.body
            );
        }
        let after = service.call("GET", &format!("/users/{alice}"), None).await;
        assert_eq!(
            after.json()["balance"],
            "90.00",
            "{transfers} transfers of 1.00 succeeded ({refused} after a 503 and a retry): Alice \
             should hold 90.00. A 503 must mean nothing moved, and the service must not retry \
             a transfer by itself"
        );
    });
}

async fn diesel_query(pool: &level4::DieselPool) -> Result<usize, String> {
    let mut conn = pool.get().await.map_err(|e| e.to_string())?;
    diesel::sql_query("SELECT 1")
        .execute(&mut conn)
        .await
        .map_err(|e| e.to_string())
}
