//! Checks for the exercise `statement_logging_sqlx`.

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
        let count: i64 = sqlx::query_scalar("SELECT count(*) FROM users")
            .fetch_one(&mut conn)
            .await
            .expect("[statement_logging_sqlx] a query failed on the logged connection");
        assert_eq!(count, 0);
        conn.close().await.ok();

        let events = log.events();
        let ours = |e: &&harness::capture::Captured| {
            e.target == "sqlx::query" && e.text.contains("count(*) FROM users")
        };
        let quieter: Vec<_> = events.iter().filter(ours).map(|e| e.level).collect();
        assert!(
            events.iter().filter(ours).any(|e| e.level <= Level::INFO),
            "[statement_logging_sqlx] the query ran, but no statement was logged at INFO or \
             above (it was logged at {quieter:?}). sqlx logs statements at DEBUG unless the \
             connect options say otherwise, and an INFO logger drops DEBUG."
        );
    });
}

#[test]
fn the_options_still_point_at_the_same_database() {
    check(&LEVEL, |db| async move {
        let options = logged_options(&db.url)
            .unwrap_or_else(|e| panic!("[statement_logging_sqlx] logged_options failed: {e}"));
        assert_eq!(
            options.get_database(),
            Some(db.name.as_str()),
            "[statement_logging_sqlx] the options lost the database named in the URL"
        );
        assert!(
            logged_options("definitely not a url").is_err(),
            "[statement_logging_sqlx] a malformed URL should be an error, not options"
        );
    });
}
