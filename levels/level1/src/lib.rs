//! Level 1: the basics, on both tracks.
//!
//! The Python tutorial's first level, in Rust: define the model, connect, create the table,
//! insert Alice and get her generated id, get her back by primary key, and see the SQL that runs.
//!
//! This crate holds what a learner does not write (the migrations, the row types, the diesel
//! schema, the demo) and points one module per exercise at the learner's file in
//! `exercises/level1/`, or at the reference answer in `solutions/level1/` when the `solutions`
//! feature is on. `cargo test -p level1` checks the learner's work.

pub mod error;
pub mod models;
pub mod schema;

/// The level's migrations, embedded at compile time (used by the tests' template database).
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// This level as the test harness knows it.
pub static LEVEL: harness::Level = harness::Level {
    name: "level1",
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
    path = "../../../exercises/level1/connect_sqlx.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level1/connect_sqlx.rs"
)]
pub mod connect_sqlx;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    not(feature = "solutions"),
    path = "../../../exercises/level1/connect_diesel.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level1/connect_diesel.rs"
)]
pub mod connect_diesel;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    not(feature = "solutions"),
    path = "../../../exercises/level1/migrate_sqlx.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level1/migrate_sqlx.rs"
)]
pub mod migrate_sqlx;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    not(feature = "solutions"),
    path = "../../../exercises/level1/migrate_diesel.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level1/migrate_diesel.rs"
)]
pub mod migrate_diesel;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    not(feature = "solutions"),
    path = "../../../exercises/level1/insert_sqlx.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level1/insert_sqlx.rs"
)]
pub mod insert_sqlx;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    not(feature = "solutions"),
    path = "../../../exercises/level1/insert_diesel.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level1/insert_diesel.rs"
)]
pub mod insert_diesel;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    not(feature = "solutions"),
    path = "../../../exercises/level1/get_by_id_sqlx.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level1/get_by_id_sqlx.rs"
)]
pub mod get_by_id_sqlx;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    not(feature = "solutions"),
    path = "../../../exercises/level1/get_by_id_diesel.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level1/get_by_id_diesel.rs"
)]
pub mod get_by_id_diesel;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    not(feature = "solutions"),
    path = "../../../exercises/level1/find_by_email_sqlx.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level1/find_by_email_sqlx.rs"
)]
pub mod find_by_email_sqlx;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    not(feature = "solutions"),
    path = "../../../exercises/level1/find_by_email_diesel.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level1/find_by_email_diesel.rs"
)]
pub mod find_by_email_diesel;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    not(feature = "solutions"),
    path = "../../../exercises/level1/list_users_sqlx.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level1/list_users_sqlx.rs"
)]
pub mod list_users_sqlx;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    not(feature = "solutions"),
    path = "../../../exercises/level1/list_users_diesel.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level1/list_users_diesel.rs"
)]
pub mod list_users_diesel;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    not(feature = "solutions"),
    path = "../../../exercises/level1/statement_logging_sqlx.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level1/statement_logging_sqlx.rs"
)]
pub mod statement_logging_sqlx;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    not(feature = "solutions"),
    path = "../../../exercises/level1/statement_logging_diesel.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level1/statement_logging_diesel.rs"
)]
pub mod statement_logging_diesel;

/// The wrong-answer set (`tests/answers/`): known wrong and right answers to this level's
/// exercises, compiled only for `cargo workbook verify`, which runs each exercise's checks on
/// each of them.
#[cfg(feature = "answers")]
#[path = "../tests/answers/mod.rs"]
pub mod answers;
