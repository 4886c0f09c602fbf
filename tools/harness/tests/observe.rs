//! The observation helpers, against the server the one rule finds: what later levels use to
//! test pools and statements from the server's side.

mod fixture;

use std::time::Duration;

use diesel_async::{AsyncConnection, AsyncPgConnection, SimpleAsyncConnection};
use fixture::FIXTURE;
use harness::capture::StatementLog;
use harness::{check, observe};
use sqlx::postgres::PgPoolOptions;

#[test]
fn sessions_of_a_database_are_seen_by_state() {
    check(&FIXTURE, |db| async move {
        let pool = PgPoolOptions::new()
            .min_connections(3)
            .max_connections(3)
            .connect(&db.url)
            .await
            .unwrap();
        // min_connections are opened in the background: wait until the server sees them.
        let mut observer = db.connect().await;
        let mut sessions = Vec::new();
        for _ in 0..100 {
            sessions = observe::sessions(&mut observer, db.name.as_str())
                .await
                .unwrap();
            if sessions.len() == 3 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        assert_eq!(sessions.len(), 3, "{sessions:?}");
        let counts = observe::count_by_state(&mut observer, db.name.as_str())
            .await
            .unwrap();
        assert_eq!(counts.get("idle"), Some(&3), "{counts:?}");

        // One session holds a transaction open: the server says so.
        let mut tx = pool.begin().await.unwrap();
        sqlx::query("SELECT 1").execute(&mut *tx).await.unwrap();
        let counts = observe::count_by_state(&mut observer, db.name.as_str())
            .await
            .unwrap();
        assert_eq!(counts.get("idle in transaction"), Some(&1), "{counts:?}");
        tx.rollback().await.unwrap();
        pool.close().await;
    });
}

#[test]
fn a_terminated_backend_is_gone() {
    check(&FIXTURE, |db| async move {
        let mut victim = db.connect().await;
        let pid = observe::backend_pid(&mut victim).await.unwrap();
        let mut observer = db.connect().await;
        assert!(observe::terminate(&mut observer, pid).await.unwrap());
        let after = sqlx::query("SELECT 1").execute(&mut victim).await;
        assert!(after.is_err(), "the terminated connection still answered");
        // Termination is a signal: the backend exits soon after, not at once.
        let mut gone = false;
        for _ in 0..250 {
            let sessions = observe::sessions(&mut observer, db.name.as_str())
                .await
                .unwrap();
            if sessions.iter().all(|s| s.pid != pid) {
                gone = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        assert!(
            gone,
            "backend {pid} is still listed after it was terminated"
        );
    });
}

#[test]
fn statements_are_captured_from_both_libraries() {
    check(&FIXTURE, |db| async move {
        let log = StatementLog::new();
        let _capture = tracing::subscriber::set_default(log.subscriber());

        let mut conn = db.connect().await;
        // The harness's own connections do not log; a learner's do, at DEBUG by default.
        let options: sqlx::postgres::PgConnectOptions = db.url.parse().unwrap();
        let mut logged = sqlx::ConnectOptions::connect(&options).await.unwrap();
        sqlx::query("INSERT INTO notes (body) VALUES ($1)")
            .bind("hello")
            .execute(&mut logged)
            .await
            .unwrap();
        sqlx::query("SELECT 1").execute(&mut conn).await.unwrap();

        let mut diesel = AsyncPgConnection::establish(&db.url).await.unwrap();
        diesel.set_instrumentation(log.diesel_instrumentation());
        diesel.batch_execute("DELETE FROM notes").await.unwrap();

        let statements = log.statements();
        assert!(
            statements
                .iter()
                .any(|s| s.starts_with("INSERT INTO notes")),
            "{statements:?}"
        );
        assert!(
            statements.iter().any(|s| s.contains("DELETE FROM notes")),
            "{statements:?}"
        );
        log.clear();
        assert!(log.statements().is_empty());
    });
}
