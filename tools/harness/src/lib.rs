//! PostgreSQL on demand for the workbook's tests, demos and runner.
//!
//! Everything that needs a database goes through one rule (see [`rule`]):
//!
//! 1. `DATABASE_URL`, from the environment or a `.env` file at the workbook's root, names a
//!    server: use it.
//! 2. Otherwise start the embedded default: a private cluster built from the local PostgreSQL
//!    binaries, reachable through a unix socket only, kept in memory (`/dev/shm`) where there is
//!    room, else under the target directory (see [`embedded`]).
//! 3. Neither: fail at once with a message that gives both ways out.
//!
//! The server it picks ([`Server`], in [`server`]) connects within a bound and turns what goes
//! wrong into a [`HarnessError`] that says what to do.
//!
//! On top of that server each test gets a database of its own, copied from a per-level template
//! that already has the level's migrations ([`check`]), and helpers to look at what the server
//! sees ([`observe`], [`capture`]).
//!
//! And what the checks of every level share, so the tracks and the levels cannot drift apart:
//! the pools handed to the code under check ([`pools`]), accounts seeded and read in plain SQL
//! ([`accounts`]), and the server's help to make a bad interleaving or a failure happen every
//! time rather than by luck ([`inject`], [`failure`], [`gate`], [`pause`]).

pub mod accounts;
pub mod binaries;
pub mod capture;
pub mod check;
pub mod database;
pub mod echo;
pub mod embedded;
pub mod error;
pub mod expect;
pub mod failure;
pub mod fresh;
pub mod gate;
pub mod inject;
pub mod learner;
pub mod observe;
pub mod panics;
pub mod pause;
pub mod pools;
pub mod redact;
pub mod rule;
pub mod server;
pub mod template;
pub mod throwaway;
pub mod workspace;

pub use check::{Check, check};
pub use database::DbName;
pub use error::HarnessError;
pub use fresh::{TestDb, drop_database, fresh_database};
pub use panics::{catch_panic, unless_it_panics};
pub use rule::find_or_start_server;
pub use server::{Origin, Server};
pub use template::Level;

/// Run a future to completion on a small runtime of its own, for callers that are not async
/// (the test runner's setup and teardown, the CLI).
pub fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a current-thread tokio runtime can always be built")
        .block_on(future)
}
