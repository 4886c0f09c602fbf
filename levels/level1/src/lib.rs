//! Level 1: the basics, on both tracks.
//!
//! The Python tutorial's first level, in Rust: define the model, connect, create the table,
//! insert Alice and get her generated id, get her back by primary key, and see the SQL that runs.
//!
//! This crate holds what a learner does not write (the migrations, the row types, the diesel
//! schema, the demo) and points one module per exercise at the learner's file in
//! `exercises/level1/`, or at the reference answer in `solutions/level1/` when the `solutions`
//! feature is on. `cargo test -p level1` checks the learner's work.

pub mod checked_sql;
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
    all(not(feature = "solutions"), not(feature = "set_aside_connect_sqlx")),
    path = "../../../exercises/level1/connect_sqlx.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_connect_sqlx"),
    path = "../set-aside/connect_sqlx.rs"
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
    all(not(feature = "solutions"), not(feature = "set_aside_connect_diesel")),
    path = "../../../exercises/level1/connect_diesel.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_connect_diesel"),
    path = "../set-aside/connect_diesel.rs"
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
    all(not(feature = "solutions"), not(feature = "set_aside_migrate_sqlx")),
    path = "../../../exercises/level1/migrate_sqlx.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_migrate_sqlx"),
    path = "../set-aside/migrate_sqlx.rs"
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
    all(not(feature = "solutions"), not(feature = "set_aside_migrate_diesel")),
    path = "../../../exercises/level1/migrate_diesel.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_migrate_diesel"),
    path = "../set-aside/migrate_diesel.rs"
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
    all(not(feature = "solutions"), not(feature = "set_aside_insert_sqlx")),
    path = "../../../exercises/level1/insert_sqlx.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_insert_sqlx"),
    path = "../set-aside/insert_sqlx.rs"
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
    all(not(feature = "solutions"), not(feature = "set_aside_insert_diesel")),
    path = "../../../exercises/level1/insert_diesel.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_insert_diesel"),
    path = "../set-aside/insert_diesel.rs"
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
    all(not(feature = "solutions"), not(feature = "set_aside_get_by_id_sqlx")),
    path = "../../../exercises/level1/get_by_id_sqlx.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_get_by_id_sqlx"),
    path = "../set-aside/get_by_id_sqlx.rs"
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
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_get_by_id_diesel")
    ),
    path = "../../../exercises/level1/get_by_id_diesel.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_get_by_id_diesel"),
    path = "../set-aside/get_by_id_diesel.rs"
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
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_find_by_email_sqlx")
    ),
    path = "../../../exercises/level1/find_by_email_sqlx.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_find_by_email_sqlx"),
    path = "../set-aside/find_by_email_sqlx.rs"
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
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_find_by_email_diesel")
    ),
    path = "../../../exercises/level1/find_by_email_diesel.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_find_by_email_diesel"),
    path = "../set-aside/find_by_email_diesel.rs"
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
    all(not(feature = "solutions"), not(feature = "set_aside_list_users_sqlx")),
    path = "../../../exercises/level1/list_users_sqlx.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_list_users_sqlx"),
    path = "../set-aside/list_users_sqlx.rs"
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
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_list_users_diesel")
    ),
    path = "../../../exercises/level1/list_users_diesel.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_list_users_diesel"),
    path = "../set-aside/list_users_diesel.rs"
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
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_statement_logging_sqlx")
    ),
    path = "../../../exercises/level1/statement_logging_sqlx.rs"
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        feature = "set_aside_statement_logging_sqlx"
    ),
    path = "../set-aside/statement_logging_sqlx.rs"
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
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_statement_logging_diesel")
    ),
    path = "../../../exercises/level1/statement_logging_diesel.rs"
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        feature = "set_aside_statement_logging_diesel"
    ),
    path = "../set-aside/statement_logging_diesel.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level1/statement_logging_diesel.rs"
)]
pub mod statement_logging_diesel;
// END exercises

/// The wrong-answer set (`tests/answers/`): known wrong and right answers to this level's
/// exercises, compiled only for `cargo workbook verify`, which runs each exercise's checks on
/// each of them.
#[cfg(feature = "answers")]
#[path = "../tests/answers/mod.rs"]
pub mod answers;
