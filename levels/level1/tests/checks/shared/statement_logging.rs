//! Seeing the SQL: `statement_logging_sqlx` and `statement_logging_diesel`.
//!
//! Every statement the connection runs shows at INFO, every time it runs: the same query run
//! three times is logged three times (an instrumentation that listens to the wrong event, the
//! statement being prepared and cached, logs it once), and a different query is logged too.
//! INFO exactly: DEBUG and TRACE are dropped by an INFO logger, and WARN or ERROR are for slow
//! statements and failures (an alert on every query buries the real ones). sqlx logs a
//! statement that takes longer than its slow threshold (a second, unless told otherwise) at the
//! slow level instead, so a run that took that long is not asked to show at INFO.
//!
//! Each track hands in a connection set up by the learner's code as a [`LoggingUnderTest`].

use std::future::Future;
use std::time::{Duration, Instant};

use harness::TestDb;
use harness::capture::{Captured, StatementLog};
use tracing::Level;

/// The checks of `statement_logging_*`, listed once for both tracks: one `#[test]` each, for
/// the checks file that calls `crate::statement_logging_checks!();`. That file defines
/// `EXERCISE` and `track(&db)`, which returns its [`LoggingUnderTest`].
#[macro_export]
macro_rules! statement_logging_checks {
    () => {
        harness::checks!(&$crate::support::LEVEL, $crate::shared::statement_logging, |db| (EXERCISE, &db, track);
            statements_are_logged_at_info,
        );
    };
}

/// What the checks need from a track: a connection that logs its statements the learner's way.
pub trait LoggingUnderTest {
    /// Why no statement showed at INFO, when none showed at WARN or ERROR either.
    const NOT_AT_INFO: &'static str;
    /// Why a statement run again would not be logged again.
    const EVERY_TIME: &'static str;

    /// Whether `event` is the track's report of a statement: sqlx's own query log, or whatever
    /// the learner's instrumentation logs on diesel.
    fn reports_a_statement(&self, event: &Captured) -> bool;
    /// `SELECT count(*) FROM users`, on the logged connection.
    fn count_users(&mut self) -> impl Future<Output = Result<i64, String>>;
    /// The id of the user with `email` (`WHERE email = ...`), on the logged connection.
    fn find_by_email(&mut self, email: &str) -> impl Future<Output = Result<Option<i64>, String>>;
}

/// How often the same query runs.
const RUNS: usize = 3;

/// sqlx's default slow-statement threshold: a run that took this long may be logged at the
/// slow level instead of INFO.
const SLOW: Duration = Duration::from_secs(1);

/// The count query, run three times, shows at INFO every time it ran quickly, and a query by
/// email shows at INFO too.
pub async fn statements_are_logged_at_info<T: LoggingUnderTest>(
    exercise: &str,
    db: &TestDb,
    track: impl AsyncFnOnce(&TestDb) -> T,
) {
    let log = StatementLog::new();
    // Everything logged on this thread (where the test body runs) is captured.
    let _capture = tracing::subscriber::set_default(log.subscriber());
    let mut conn = track(db).await;
    let mut quick = 0;
    for _ in 0..RUNS {
        let began = Instant::now();
        let count = conn.count_users().await.unwrap_or_else(|e| {
            panic!("[{exercise}] a query failed on the logged connection: {e}")
        });
        if began.elapsed() < SLOW {
            quick += 1;
        }
        harness::expect_eq!(
            count,
            0,
            "[{exercise}] the users table should be empty, but SELECT count(*) FROM users on \
             the logged connection counts otherwise"
        );
    }
    let nobody = conn
        .find_by_email("nobody@example.com")
        .await
        .unwrap_or_else(|e| panic!("[{exercise}] a query failed on the logged connection: {e}"));
    harness::expect_eq!(
        nobody,
        None,
        "[{exercise}] nobody has nobody@example.com, but a query for it on the logged \
         connection found a user id"
    );

    let events: Vec<Captured> = log
        .events()
        .into_iter()
        .filter(|e| conn.reports_a_statement(e))
        .collect();
    let about =
        |e: &Captured, word: &str| e.text.contains("users") && e.text.to_lowercase().contains(word);
    let levels: Vec<Level> = events
        .iter()
        .filter(|e| about(e, "count"))
        .map(|e| e.level)
        .collect();
    let too_loud = levels.iter().all(|l| *l < Level::INFO);
    assert!(
        levels.contains(&Level::INFO),
        "[{exercise}] the query ran {RUNS} times, but no statement was logged at INFO (it was \
         logged at {levels:?}). {}",
        if levels.is_empty() || !too_loud {
            T::NOT_AT_INFO
        } else {
            "WARN and ERROR are for slow statements and failures: every statement belongs at \
             INFO, where an application's ordinary logs go."
        }
    );
    let at_info = levels.iter().filter(|l| **l == Level::INFO).count();
    assert!(
        at_info >= quick,
        "[{exercise}] the same statement ran {RUNS} times ({quick} of them quickly), and was \
         logged at INFO {at_info} time(s): every statement should be logged each time it runs. \
         {}",
        T::EVERY_TIME
    );
    assert!(
        events
            .iter()
            .any(|e| about(e, "email") && e.level == Level::INFO),
        "[{exercise}] a second, different query (by email) was not logged at INFO: every \
         statement should be (it was logged at {:?})",
        events
            .iter()
            .filter(|e| about(e, "email"))
            .map(|e| e.level)
            .collect::<Vec<_>>()
    );
}
