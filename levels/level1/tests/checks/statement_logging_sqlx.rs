//! Checks for the exercise `statement_logging_sqlx`.

use harness::TestDb;
use harness::capture::Captured;
use_answer!(level1::statement_logging_sqlx);
use answer::logged_options;
use sqlx::{ConnectOptions, PgConnection};

use crate::shared::statement_logging::LoggingUnderTest;
use crate::support::{LEVEL, check};

const EXERCISE: &str = "statement_logging_sqlx";

/// A connection made with the learner's `logged_options`.
struct Track(PgConnection);

impl LoggingUnderTest for Track {
    const NOT_AT_INFO: &'static str = "sqlx logs statements at DEBUG unless the connect options \
        say otherwise, and an INFO logger drops DEBUG.";
    const EVERY_TIME: &'static str = "sqlx logs each statement every time it runs, at the level \
        the connect options give (log_statements); only one slower than the slow threshold \
        goes to the slow level instead (log_slow_statements).";

    fn reports_a_statement(&self, event: &Captured) -> bool {
        event.target == "sqlx::query"
    }

    async fn count_users(&mut self) -> Result<i64, String> {
        sqlx::query_scalar("SELECT count(*) FROM users")
            .fetch_one(&mut self.0)
            .await
            .map_err(|e| e.to_string())
    }

    async fn find_by_email(&mut self, email: &str) -> Result<Option<i64>, String> {
        sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
            .bind(email)
            .fetch_optional(&mut self.0)
            .await
            .map_err(|e| e.to_string())
    }
}

async fn track(db: &TestDb) -> Track {
    let options = logged_options(&db.url)
        .unwrap_or_else(|e| panic!("[{EXERCISE}] logged_options failed: {e}"));
    let conn = options.connect().await.unwrap_or_else(|e| {
        panic!("[{EXERCISE}] could not connect with the options logged_options returned: {e}")
    });
    Track(conn)
}

crate::statement_logging_checks!();

// Not shared: diesel's `log_statements` takes a connection, not a URL, so it has no options.
#[test]
fn the_options_still_point_at_the_same_database() {
    check(&LEVEL, |db| async move {
        let options = logged_options(&db.url)
            .unwrap_or_else(|e| panic!("[{EXERCISE}] logged_options failed: {e}"));
        assert!(
            options.get_database() == Some(db.name.as_str()),
            "[{EXERCISE}] the options lost the database named in the URL: they name {:?}, the \
             URL names {}",
            options.get_database(),
            db.name
        );
        assert!(
            logged_options("definitely not a url").is_err(),
            "[{EXERCISE}] a malformed URL should be an error, not options"
        );
    });
}
