//! Checks for the exercise `statement_logging_diesel`.
//!
//! Every statement the connection runs shows at INFO, every time it runs: the same query run
//! twice is logged twice (an instrumentation that listens to the wrong event, the statement
//! being prepared and cached, logs it once), and a different query is logged too. INFO exactly:
//! DEBUG is dropped by an INFO logger, and WARN or ERROR are for trouble.

use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use harness::capture::StatementLog;
use level1::models::User;
use level1::schema::users;

use_answer!(level1::statement_logging_diesel);
use answer::log_statements;
use tracing::Level;

use crate::support::{LEVEL, check, diesel_connection};

#[test]
fn statements_are_logged_at_info() {
    check(&LEVEL, |db| async move {
        let log = StatementLog::new();
        let _capture = tracing::subscriber::set_default(log.subscriber());
        let mut conn = diesel_connection(&db).await;
        log_statements(&mut conn);
        for _ in 0..2 {
            let count: i64 = users::table
                .count()
                .get_result(&mut conn)
                .await
                .expect("[statement_logging_diesel] a query failed after log_statements");
            assert!(
                count == 0,
                "[statement_logging_diesel] the table should be empty"
            );
        }
        let nobody: Option<User> = users::table
            .filter(users::email.eq("nobody@example.com"))
            .select(User::as_select())
            .first(&mut conn)
            .await
            .optional()
            .expect("[statement_logging_diesel] a query failed after log_statements");
        assert!(nobody.is_none());

        let events = log.events();
        let about = |e: &&harness::capture::Captured, word: &str| {
            e.text.contains("users") && e.text.to_lowercase().contains(word)
        };
        let count_levels: Vec<Level> = events
            .iter()
            .filter(|e| about(e, "count"))
            .map(|e| e.level)
            .collect();
        assert!(
            count_levels.contains(&Level::INFO),
            "[statement_logging_diesel] the query ran, but no statement was logged at INFO \
             (it was logged at {count_levels:?}). diesel logs nothing by itself: give the \
             connection an instrumentation that logs each query it starts, with tracing::info!."
        );
        let count_at_info = count_levels.iter().filter(|l| **l == Level::INFO).count();
        assert!(
            count_at_info >= 2,
            "[statement_logging_diesel] the same statement ran twice, and was logged at INFO \
             {count_at_info} time(s): every statement should be logged each time it runs. \
             Which instrumentation event does the logging listen to? (CacheQuery comes only \
             when a statement is prepared the first time; StartQuery comes every time.)"
        );
        assert!(
            events
                .iter()
                .any(|e| about(&e, "email") && e.level == Level::INFO),
            "[statement_logging_diesel] a second, different query (by email) was not logged at \
             INFO: every statement should be"
        );
    });
}
