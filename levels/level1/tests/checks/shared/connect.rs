//! Connecting: `connect_sqlx` and `connect_diesel`.
//!
//! Each track hands in its `connect_pool` and `connect_once` as a [`ConnectUnderTest`]: how to
//! call them, how to read back from its pool what the spec fixes (its size, how long a caller
//! waits), and the track's own words for the API that sets each, so every message names the
//! call the learner should make.

use std::future::Future;
use std::time::Duration;

use harness::TestDb;

use crate::support::unless_it_panics;

/// The checks of `connect_*`, listed once for both tracks: one `#[test]` each, for the checks
/// file that calls `crate::connect_checks!();`. That file defines `EXERCISE` and `Track`, its
/// [`ConnectUnderTest`].
#[macro_export]
macro_rules! connect_checks {
    () => {
        harness::checks!(&$crate::support::LEVEL, $crate::shared::connect, |db| (EXERCISE, &db, Track);
            pool_reaches_the_database_in_the_url,
            pool_opens_a_connection_before_returning,
            pool_has_the_size_and_timeout_of_the_spec,
            pool_reports_a_missing_database_as_an_error,
            single_connection_runs_a_query,
        );
    };
}

/// Why `connect_pool` failed.
#[derive(Debug)]
pub enum ConnectError {
    /// The pool gave up waiting for its first connection: its own timeout error, `name`d as
    /// the track names it (`PoolTimedOut`).
    GaveUpWaiting { name: &'static str, error: String },
    /// Anything else, as the track's error displays it.
    Other(String),
}

impl std::fmt::Display for ConnectError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ConnectError::GaveUpWaiting { error, .. } => write!(f, "{error}"),
            ConnectError::Other(error) => write!(f, "{error}"),
        }
    }
}

/// What the checks need from a track's `connect_pool` and `connect_once`.
pub trait ConnectUnderTest {
    /// The pool `connect_pool` returns.
    type Pool;
    /// The connection `connect_once` returns.
    type Connection;

    /// Where the pool's size is set, and what is easily mistaken for it.
    const SIZE_API: &'static str;
    /// Where the time a caller waits for a free connection is set.
    const WAIT_API: &'static str;
    /// How to have a connection open before `connect_pool` returns.
    const OPEN_ONE_FIRST: &'static str;
    /// How a wrong URL comes back as an error from `connect_pool`.
    const REPORT_A_WRONG_URL: &'static str;

    /// The learner's `connect_pool(url)`.
    fn connect_pool(&self, url: &str) -> impl Future<Output = Result<Self::Pool, ConnectError>>;
    /// The database a connection of the pool is connected to (`current_database()`).
    fn current_database(&self, pool: &Self::Pool) -> impl Future<Output = Result<String, String>>;
    /// How many connections the pool has open (idle or in use).
    fn open_connections(&self, pool: &Self::Pool) -> usize;
    /// The most connections the pool may open at once.
    fn max_size(&self, pool: &Self::Pool) -> usize;
    /// How long a caller waits for a free connection (`None`: forever).
    fn wait_timeout(&self, pool: &Self::Pool) -> Option<Duration>;
    /// The learner's `connect_once(url)`.
    fn connect_once(&self, url: &str) -> impl Future<Output = Result<Self::Connection, String>>;
    /// The database `connection` is connected to; the connection is closed afterwards.
    fn database_of(
        &self,
        connection: Self::Connection,
    ) -> impl Future<Output = Result<String, String>>;
}

/// `connect_pool` for a good URL: a pool, or the check fails saying what came back instead.
async fn good_pool<T: ConnectUnderTest>(exercise: &str, db: &TestDb, track: &T) -> T::Pool {
    track.connect_pool(&db.url).await.unwrap_or_else(|e| {
        panic!("[{exercise}] connect_pool returned an error for a good URL: {e}")
    })
}

/// The pool's connections reach the database the URL names.
pub async fn pool_reaches_the_database_in_the_url<T: ConnectUnderTest>(
    exercise: &str,
    db: &TestDb,
    track: T,
) {
    let pool = good_pool(exercise, db, &track).await;
    let current = track.current_database(&pool).await.unwrap_or_else(|e| {
        panic!("[{exercise}] the pool from connect_pool could not run a query: {e}")
    });
    harness::expect_eq!(
        current,
        db.name.as_str(),
        "[{exercise}] the pool is connected to another database than the URL names"
    );
}

/// The pool has a connection open when `connect_pool` returns: it connected, so a wrong URL
/// would have shown at startup, not on the first query.
pub async fn pool_opens_a_connection_before_returning<T: ConnectUnderTest>(
    exercise: &str,
    db: &TestDb,
    track: T,
) {
    let pool = good_pool(exercise, db, &track).await;
    assert!(
        track.open_connections(&pool) >= 1,
        "[{exercise}] connect_pool returned a pool with no connection open: a wrong URL would \
         only be noticed on the first query. {}",
        T::OPEN_ONE_FIRST
    );
}

/// The pool is the one the spec asks for: at most five connections, and a caller gives up
/// after five seconds of waiting for a free one. These are the pool's own settings, read back
/// from it: whatever way the answer built it, they are what every caller will live with.
pub async fn pool_has_the_size_and_timeout_of_the_spec<T: ConnectUnderTest>(
    exercise: &str,
    db: &TestDb,
    track: T,
) {
    let pool = match track.connect_pool(&db.url).await {
        Ok(pool) => pool,
        // A timeout of a few milliseconds gives up before the first connection is made;
        // whether it does depends on the machine's load, so both outcomes name the cause.
        Err(ConnectError::GaveUpWaiting { name, .. }) => panic!(
            "[{exercise}] connect_pool gave up waiting for its first connection to a good URL \
             ({name}): a caller should wait up to the spec's 5 seconds ({})",
            T::WAIT_API
        ),
        Err(e) => panic!("[{exercise}] connect_pool returned an error for a good URL: {e}"),
    };
    let most = track.max_size(&pool);
    assert!(
        most == 5,
        "[{exercise}] the pool may open {most} connections at once; the spec says at most 5 \
         ({})",
        T::SIZE_API
    );
    let wait = track.wait_timeout(&pool);
    assert!(
        wait == Some(Duration::from_secs(5)),
        "[{exercise}] a caller waits {} for a free connection, not the spec's 5 seconds ({})",
        match wait {
            Some(wait) => format!("up to {wait:?}"),
            None => "forever".to_string(),
        },
        T::WAIT_API
    );
}

/// A URL naming a database that does not exist is an error from `connect_pool` itself.
pub async fn pool_reports_a_missing_database_as_an_error<T: ConnectUnderTest>(
    exercise: &str,
    db: &TestDb,
    track: T,
) {
    let wrong = db.server().url_for("no_such_database");
    let result = unless_it_panics(
        exercise,
        "connect_pool for a database that does not exist",
        "Return the error: the caller decides what to do with it.",
        track.connect_pool(&wrong),
    )
    .await;
    assert!(
        result.is_err(),
        "[{exercise}] connect_pool said Ok for a database that does not exist: {}",
        T::REPORT_A_WRONG_URL
    );
}

/// `connect_once` gives a connection to the database the URL names, ready for a query.
pub async fn single_connection_runs_a_query<T: ConnectUnderTest>(
    exercise: &str,
    db: &TestDb,
    track: T,
) {
    let connection = track.connect_once(&db.url).await.unwrap_or_else(|e| {
        panic!("[{exercise}] connect_once returned an error for a good URL: {e}")
    });
    let current = track.database_of(connection).await.unwrap_or_else(|e| {
        panic!("[{exercise}] the connection from connect_once could not run a query: {e}")
    });
    assert!(
        current == db.name.as_str(),
        "[{exercise}] connect_once is connected to {current}, not to the database the URL \
         names, {}",
        db.name
    );
}
