//! The way every exercise test runs: a fresh database, a time bound, a verdict in plain words.
//!
//! ```ignore
//! #[test]
//! fn alice_gets_an_id() {
//!     harness::check(&LEVEL, |db| async move {
//!         let pool = db.pool().await;
//!         // ... call the learner's code, then look at the database ...
//!     });
//! }
//! ```
//!
//! The test body runs on a thread and a tokio runtime of its own, while the test's own thread
//! keeps time. An answer that hangs, even one that blocks its thread outright, so a tokio timer
//! could never fire, fails after the time bound with a message naming the likely causes.
//!
//! A passing test drops its database. A failing one keeps it and prints how to open it with
//! psql, unless it failed on a `todo!()` still in place (there is nothing to look at), or
//! `WORKBOOK_KEEP_FAILED=0` (the project's own verify run fails tests on purpose and cleans up
//! after them).

use std::future::Future;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::sync::mpsc;
use std::time::Duration;

use crate::block_on;
use crate::fresh::{self, TestDb};
use crate::server::Server;
use crate::template::Level;

/// The default time bound of one test; `WORKBOOK_TEST_TIMEOUT` (seconds) overrides it.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// Run `body` against a fresh database of `level`, bounded in time. See the module docs.
pub fn check<F, Fut>(level: &'static Level, body: F)
where
    F: FnOnce(TestDb) -> Fut + Send + 'static,
    Fut: Future<Output = ()>,
{
    Check::new(level).run(body)
}

/// [`check`] with options.
#[derive(Debug)]
pub struct Check {
    level: Option<&'static Level>,
    timeout: Duration,
    server: Option<Server>,
    single_thread: bool,
}

impl Check {
    /// A fresh database with `level`'s migrations applied.
    pub fn new(level: &'static Level) -> Check {
        Check {
            level: Some(level),
            timeout: timeout_from_env(),
            server: None,
            single_thread: false,
        }
    }

    /// A fresh, empty database: no tables at all (for exercises that run the migrations).
    pub fn empty_database() -> Check {
        Check {
            level: None,
            timeout: timeout_from_env(),
            server: None,
            single_thread: false,
        }
    }

    /// A different time bound for this test.
    pub fn timeout(mut self, timeout: Duration) -> Check {
        self.timeout = timeout;
        self
    }

    /// Run the body on a single-threaded tokio runtime (as `#[tokio::main(flavor =
    /// "current_thread")]` would): one blocked task then stalls every other, which is what a
    /// test about blocking the runtime needs to see. The default is a multi-threaded runtime
    /// with two workers.
    pub fn single_thread(mut self) -> Check {
        self.single_thread = true;
        self
    }

    /// Use this server instead of the one rule (the harness's own tests).
    pub fn on_server(mut self, server: Server) -> Check {
        self.server = Some(server);
        self
    }

    pub fn run<F, Fut>(self, body: F)
    where
        F: FnOnce(TestDb) -> Fut + Send + 'static,
        Fut: Future<Output = ()>,
    {
        let test_name = std::thread::current()
            .name()
            .filter(|n| *n != "main")
            .unwrap_or("test")
            .to_string();
        let db = match self.setup(&test_name) {
            Ok(db) => db,
            Err(error) => panic!("test setup failed, the test did not run: {error}"),
        };

        let (done_tx, done_rx) = mpsc::channel();
        let body_db = db.clone();
        let single_thread = self.single_thread;
        std::thread::Builder::new()
            .name(test_name.clone())
            .spawn(move || {
                let outcome = catch_unwind(AssertUnwindSafe(|| {
                    let mut builder = if single_thread {
                        tokio::runtime::Builder::new_current_thread()
                    } else {
                        let mut builder = tokio::runtime::Builder::new_multi_thread();
                        builder.worker_threads(2);
                        builder
                    };
                    let runtime = builder
                        .enable_all()
                        .build()
                        .expect("building the test's tokio runtime");
                    runtime.block_on(body(body_db));
                    // Dropping the runtime here closes the pools the body left open, before
                    // the database is dropped.
                }));
                let _ = done_tx.send(outcome);
            })
            .expect("spawning the test's thread");

        match done_rx.recv_timeout(self.timeout) {
            Ok(Ok(())) => {
                teardown(&db, Verdict::Passed);
            }
            Ok(Err(panic)) => {
                let unwritten = crate::panics::is_a_todo(&crate::panics::message(panic.as_ref()));
                teardown(
                    &db,
                    if unwritten {
                        Verdict::Unwritten
                    } else {
                        Verdict::Failed
                    },
                );
                resume_unwind(panic);
            }
            Err(_) => {
                let kept = teardown(&db, Verdict::Failed);
                panic!(
                    "{test_name} did not finish within {} s. Something waits forever: a pool \
                     with no free connection (one is held and never returned), a row lock held \
                     by a transaction that never ends, or blocking code (std::thread::sleep, a \
                     busy loop, blocking I/O) holding up the async runtime.{kept} \
                     (Set WORKBOOK_TEST_TIMEOUT=<seconds> to allow longer.)",
                    self.timeout.as_secs_f32()
                );
            }
        }
    }

    fn setup(&self, test_name: &str) -> Result<TestDb, crate::HarnessError> {
        let server = match &self.server {
            Some(server) => server.clone(),
            None => crate::rule::find_or_start_server()?,
        };
        block_on(fresh::fresh_database(&server, self.level, test_name))
    }
}

enum Verdict {
    Passed,
    /// Failed on a `todo!()` still in place: nothing in the database to look at.
    Unwritten,
    Failed,
}

/// Drop the database, or keep it for a failed test; returns a sentence about what was kept.
fn teardown(db: &TestDb, verdict: Verdict) -> String {
    let keep = matches!(verdict, Verdict::Failed)
        && std::env::var("WORKBOOK_KEEP_FAILED").map_or(true, |v| v != "0");
    if keep {
        // Keep the latest failure of this test only.
        let _ = block_on(fresh::drop_older_runs(db));
        let note = format!(
            " The test's database was kept for you to look at: psql \"{}\" (it is dropped by \
             `cargo workbook db clean`).",
            crate::redact::redact(&db.url)
        );
        eprintln!("{}", note.trim());
        return note;
    }
    if let Err(e) = block_on(fresh::drop_database(db)) {
        eprintln!("note: could not drop the test database {}: {e}", db.name);
    }
    String::new()
}

fn timeout_from_env() -> Duration {
    std::env::var("WORKBOOK_TEST_TIMEOUT")
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .filter(|s| *s > 0.0)
        .map(Duration::from_secs_f64)
        .unwrap_or(DEFAULT_TIMEOUT)
}

/// One `#[test]` per named check, each running `module::check(args...)` through [`check`] on a
/// fresh database of `level`. The checks of both tracks are written once (in a `shared`
/// module, taking the exercise's name and the track's function); this writes the tests that
/// call them:
///
/// ```ignore
/// harness::checks!(&LEVEL, crate::shared::transfer, |db| (EXERCISE, &db.pool().await, track(&db).await);
///     moves_the_money, each_broken_rule_is_its_own_error);
/// ```
#[macro_export]
macro_rules! checks {
    ($level:expr, $module:path, |$db:ident| $args:tt; $($check:ident),+ $(,)?) => {
        $(
            #[test]
            fn $check() {
                use $module as checks;
                $crate::check($level, |$db| async move {
                    checks::$check $args .await;
                });
            }
        )+
    };
}
