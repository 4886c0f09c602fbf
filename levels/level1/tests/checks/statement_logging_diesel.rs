//! Checks for the exercise `statement_logging_diesel`.

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use harness::TestDb;
use harness::capture::Captured;
use level1::schema::users;

use_answer!(level1::statement_logging_diesel);
use answer::log_statements;

use crate::shared::statement_logging::LoggingUnderTest;
use crate::support::diesel_connection;

const EXERCISE: &str = "statement_logging_diesel";

/// A connection given to the learner's `log_statements`.
struct Track(AsyncPgConnection);

impl LoggingUnderTest for Track {
    const NOT_AT_INFO: &'static str = "diesel logs nothing by itself: give the connection an \
        instrumentation that logs each query it starts, with tracing::info!.";
    const EVERY_TIME: &'static str = "Which instrumentation event does the logging listen to? \
        (CacheQuery comes only when a statement is prepared the first time; StartQuery comes \
        every time.)";

    /// The learner's instrumentation logs where it likes: every event counts.
    fn reports_a_statement(&self, _event: &Captured) -> bool {
        true
    }

    async fn count_users(&mut self) -> Result<i64, String> {
        users::table
            .count()
            .get_result(&mut self.0)
            .await
            .map_err(|e| e.to_string())
    }

    async fn find_by_email(&mut self, email: &str) -> Result<Option<i64>, String> {
        users::table
            .filter(users::email.eq(email))
            .select(users::id)
            .first(&mut self.0)
            .await
            .optional()
            .map_err(|e| e.to_string())
    }
}

async fn track(db: &TestDb) -> Track {
    let mut conn = diesel_connection(db).await;
    log_statements(&mut conn);
    Track(conn)
}

crate::statement_logging_checks!();
