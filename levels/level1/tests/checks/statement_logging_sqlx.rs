//! Checks for the exercise `statement_logging_sqlx`.
//!
//! The statements must show at INFO exactly: not DEBUG or TRACE (an INFO logger drops them),
//! and not WARN or ERROR (those are for slow statements and failures; an alert on every query
//! buries the real ones). sqlx logs a statement that exceeds the slow threshold at the slow
//! level instead, so the check runs a few quick statements and asks that they show at INFO,
//! not that every single one does.

use harness::capture::StatementLog;

use_answer!(level1::statement_logging_sqlx);
use answer::logged_options;
use sqlx::{ConnectOptions, Connection};
use tracing::Level;

use crate::support::{LEVEL, check};

#[test]
fn statements_are_logged_at_info() {
    check(&LEVEL, |db| async move {
        let log = StatementLog::new();
        // Everything logged on this thread (where the test body runs) is captured.
        let _capture = tracing::subscriber::set_default(log.subscriber());
        let options = logged_options(&db.url)
            .unwrap_or_else(|e| panic!("[statement_logging_sqlx] logged_options failed: {e}"));
        let mut conn = options
            .connect()
            .await
            .expect("[statement_logging_sqlx] could not connect with the returned options");
        for _ in 0..3 {
            let count: i64 = sqlx::query_scalar("SELECT count(*) FROM users")
                .fetch_one(&mut conn)
                .await
                .expect("[statement_logging_sqlx] a query failed on the logged connection");
            assert!(
                count == 0,
                "[statement_logging_sqlx] the table should be empty"
            );
        }
        conn.close().await.ok();
        let levels: Vec<Level> = log
            .events()
            .iter()
            .filter(|e| e.target == "sqlx::query" && e.text.contains("count(*) FROM users"))
            .map(|e| e.level)
            .collect();
        let too_loud = levels.iter().all(|l| *l < Level::INFO);
        assert!(
            levels.contains(&Level::INFO),
            "[statement_logging_sqlx] the query ran 3 times, but no statement was logged at \
             INFO (it was logged at {levels:?}). {}",
            if levels.is_empty() || !too_loud {
                "sqlx logs statements at DEBUG unless the connect options say otherwise, and \
                 an INFO logger drops DEBUG."
            } else {
                "WARN and ERROR are for slow statements and failures: every statement belongs \
                 at INFO, where an application's ordinary logs go."
            }
        );
    });
}

#[test]
fn the_options_still_point_at_the_same_database() {
    check(&LEVEL, |db| async move {
        let options = logged_options(&db.url)
            .unwrap_or_else(|e| panic!("[statement_logging_sqlx] logged_options failed: {e}"));
        assert!(
            options.get_database() == Some(db.name.as_str()),
            "[statement_logging_sqlx] the options lost the database named in the URL: they \
             name {:?}, the URL names {}",
            options.get_database(),
            db.name
        );
        assert!(
            logged_options("definitely not a url").is_err(),
            "[statement_logging_sqlx] a malformed URL should be an error, not options"
        );
    });
}
