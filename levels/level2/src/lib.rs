//! Level 2: the connection pool and transactions, on both tracks.
//!
//! The Python tutorial's second level configures the pool and moves money inside
//! `async with session.begin()`. This crate holds what the learner does not write (the
//! migrations, the row type, the diesel schema, the error type) and points one module per
//! exercise at the learner's file in `exercises/level2/`, or at the reference answer in
//! `solutions/level2/` with the `solutions` feature.

pub mod bonus;
pub mod error;
pub mod models;
pub mod pool_spec;
pub mod schema;

/// The level's migrations, embedded at compile time (used by the tests' template database).
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// This level as the test harness knows it.
pub static LEVEL: harness::Level = harness::Level {
    name: "level2",
    migrator: &MIGRATOR,
};

/// The pool type of the diesel-async track.
pub type DieselPool =
    diesel_async::pooled_connection::deadpool::Pool<diesel_async::AsyncPgConnection>;

// One module per exercise: the learner's file, or the reference answer with `--features solutions`.
// A shipped exercise imports what the answer will need and has `todo!()` bodies, so it is allowed
// unused imports and variables until it is done.

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    not(feature = "solutions"),
    path = "../../../exercises/level2/transfer_sqlx.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level2/transfer_sqlx.rs"
)]
pub mod transfer_sqlx;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    not(feature = "solutions"),
    path = "../../../exercises/level2/transfer_diesel.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level2/transfer_diesel.rs"
)]
pub mod transfer_diesel;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    not(feature = "solutions"),
    path = "../../../exercises/level2/pool_config_sqlx.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level2/pool_config_sqlx.rs"
)]
pub mod pool_config_sqlx;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    not(feature = "solutions"),
    path = "../../../exercises/level2/pool_config_diesel.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level2/pool_config_diesel.rs"
)]
pub mod pool_config_diesel;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    not(feature = "solutions"),
    path = "../../../exercises/level2/serializable_retry_sqlx.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level2/serializable_retry_sqlx.rs"
)]
pub mod serializable_retry_sqlx;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    not(feature = "solutions"),
    path = "../../../exercises/level2/serializable_retry_diesel.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level2/serializable_retry_diesel.rs"
)]
pub mod serializable_retry_diesel;

/// The wrong-answer set (`tests/answers/`): known wrong and right answers to this level's
/// exercises, compiled only for `cargo workbook verify`, which runs each exercise's checks on
/// each of them.
#[cfg(feature = "answers")]
#[path = "../tests/answers/mod.rs"]
pub mod answers;
