//! Checks for the exercise `statement_logging_diesel`.

use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use harness::capture::StatementLog;
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
        let count: i64 = users::table
            .count()
            .get_result(&mut conn)
            .await
            .expect("[statement_logging_diesel] a query failed after log_statements");
        assert_eq!(count, 0);

        let logged: Vec<_> = log
            .events()
            .into_iter()
            .filter(|e| e.level <= Level::INFO)
            .collect();
        assert!(
            logged
                .iter()
                .any(|e| e.text.contains("users") && e.text.to_lowercase().contains("count")),
            "[statement_logging_diesel] the query ran, but no statement was logged at INFO or \
             above (logged at INFO: {logged:?}). diesel logs nothing by itself: give the \
             connection an instrumentation that logs each query it starts."
        );
    });
}
