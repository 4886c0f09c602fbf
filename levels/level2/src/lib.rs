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
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_pool_config_sqlx")
    ),
    path = "../../../exercises/level2/pool_config_sqlx.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_pool_config_sqlx"),
    path = "../set-aside/pool_config_sqlx.rs"
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
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_pool_config_diesel")
    ),
    path = "../../../exercises/level2/pool_config_diesel.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_pool_config_diesel"),
    path = "../set-aside/pool_config_diesel.rs"
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
    all(not(feature = "solutions"), not(feature = "set_aside_transfer_sqlx")),
    path = "../../../exercises/level2/transfer_sqlx.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_transfer_sqlx"),
    path = "../set-aside/transfer_sqlx.rs"
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
    all(not(feature = "solutions"), not(feature = "set_aside_transfer_diesel")),
    path = "../../../exercises/level2/transfer_diesel.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_transfer_diesel"),
    path = "../set-aside/transfer_diesel.rs"
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
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_serializable_retry_sqlx")
    ),
    path = "../../../exercises/level2/serializable_retry_sqlx.rs"
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        feature = "set_aside_serializable_retry_sqlx"
    ),
    path = "../set-aside/serializable_retry_sqlx.rs"
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
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_serializable_retry_diesel")
    ),
    path = "../../../exercises/level2/serializable_retry_diesel.rs"
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        feature = "set_aside_serializable_retry_diesel"
    ),
    path = "../set-aside/serializable_retry_diesel.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level2/serializable_retry_diesel.rs"
)]
pub mod serializable_retry_diesel;
// END exercises

/// The wrong-answer set (`tests/answers/`): known wrong and right answers to this level's
/// exercises, compiled only for `cargo workbook verify`, which runs each exercise's checks on
/// each of them.
#[cfg(feature = "answers")]
#[path = "../tests/answers/mod.rs"]
pub mod answers;
