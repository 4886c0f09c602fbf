//! Level 4: a real users service over HTTP, on both tracks, behind one test suite.
//!
//! The service (`cargo run -p level4`) serves users (create, list, get, set the balance,
//! delete) and transfers between them, on axum, over a store with two implementations: sqlx
//! and diesel-async. The learner writes the stores and the transfer handler; the rest is given:
//! - [`store`]: the `UserStore` trait and the one error type both stores answer with;
//! - [`validate`]: the rules a request must meet;
//! - [`http`]: routes, JSON errors, the request log;
//! - [`app`]: configuration, pools, migrations, graceful shutdown;
//! - [`client`]: a minimal HTTP client for tests, demo and load generator;
//! - [`prepared`]: keeping diesel's UPDATE statements prepared (used by the diesel store).

pub mod app;
pub mod client;
pub mod http;
pub mod prepared;
pub mod schema;
pub mod store;
pub mod validate;

/// The level's migrations, embedded at compile time.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// This level as the test harness knows it.
pub static LEVEL: harness::Level = harness::Level {
    name: "level4",
    migrator: &MIGRATOR,
};

/// The pool type of the diesel-async track.
pub type DieselPool =
    diesel_async::pooled_connection::deadpool::Pool<diesel_async::AsyncPgConnection>;

// BEGIN exercises (written by `cargo workbook sync`: edit exercises/workbook.toml)
// One module per exercise: the learner's file; the reference answer with `--features
// solutions`; or, with `--features set_aside_<id>`, the file as shipped (a copy in set-aside/),
// which is how `cargo workbook check` runs the other checks while this exercise does not
// compile. A shipped exercise has `todo!()` bodies (or its bug) and may leave imports and
// variables unused until it is done.

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    all(not(feature = "solutions"), not(feature = "set_aside_store_sqlx")),
    path = "../../../exercises/level4/store_sqlx.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_store_sqlx"),
    path = "../set-aside/store_sqlx.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level4/store_sqlx.rs"
)]
pub mod store_sqlx;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    all(not(feature = "solutions"), not(feature = "set_aside_store_diesel")),
    path = "../../../exercises/level4/store_diesel.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_store_diesel"),
    path = "../set-aside/store_diesel.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level4/store_diesel.rs"
)]
pub mod store_diesel;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_transfer_handler")
    ),
    path = "../../../exercises/level4/transfer_handler.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_transfer_handler"),
    path = "../set-aside/transfer_handler.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level4/transfer_handler.rs"
)]
pub mod transfer_handler;
// END exercises

/// The wrong-answer set (`tests/answers/`): known wrong and right answers to this level's
/// exercises, compiled only for `cargo workbook verify`, which runs each exercise's checks on
/// each of them.
#[cfg(feature = "answers")]
#[path = "../tests/answers/mod.rs"]
pub mod answers;
