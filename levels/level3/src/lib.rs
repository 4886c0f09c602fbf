//! Level 3: the pitfalls. Each exercise is a small program that compiles, runs, and is wrong;
//! the learner finds the bug and fixes it, and the tests prove the fix.
//!
//! This crate holds what the learner does not write (the migrations, the row types, the diesel
//! schema, the error type) and points one module per exercise at the learner's file in
//! `exercises/level3/`, or at the reference answer in `solutions/level3/` with the `solutions`
//! feature.

pub mod error;
pub mod models;
pub mod schema;
pub mod slow;

/// The level's migrations, embedded at compile time (used by the tests' template database).
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// This level as the test harness knows it.
pub static LEVEL: harness::Level = harness::Level {
    name: "level3",
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
        not(feature = "set_aside_unawaited_future_sqlx")
    ),
    path = "../../../exercises/level3/unawaited_future_sqlx.rs"
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        feature = "set_aside_unawaited_future_sqlx"
    ),
    path = "../set-aside/unawaited_future_sqlx.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level3/unawaited_future_sqlx.rs"
)]
pub mod unawaited_future_sqlx;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_unawaited_future_diesel")
    ),
    path = "../../../exercises/level3/unawaited_future_diesel.rs"
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        feature = "set_aside_unawaited_future_diesel"
    ),
    path = "../set-aside/unawaited_future_diesel.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level3/unawaited_future_diesel.rs"
)]
pub mod unawaited_future_diesel;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_forgotten_commit_sqlx")
    ),
    path = "../../../exercises/level3/forgotten_commit_sqlx.rs"
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        feature = "set_aside_forgotten_commit_sqlx"
    ),
    path = "../set-aside/forgotten_commit_sqlx.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level3/forgotten_commit_sqlx.rs"
)]
pub mod forgotten_commit_sqlx;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_escaped_transaction_sqlx")
    ),
    path = "../../../exercises/level3/escaped_transaction_sqlx.rs"
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        feature = "set_aside_escaped_transaction_sqlx"
    ),
    path = "../set-aside/escaped_transaction_sqlx.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level3/escaped_transaction_sqlx.rs"
)]
pub mod escaped_transaction_sqlx;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_escaped_transaction_diesel")
    ),
    path = "../../../exercises/level3/escaped_transaction_diesel.rs"
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        feature = "set_aside_escaped_transaction_diesel"
    ),
    path = "../set-aside/escaped_transaction_diesel.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level3/escaped_transaction_diesel.rs"
)]
pub mod escaped_transaction_diesel;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_lost_update_sqlx")
    ),
    path = "../../../exercises/level3/lost_update_sqlx.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_lost_update_sqlx"),
    path = "../set-aside/lost_update_sqlx.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level3/lost_update_sqlx.rs"
)]
pub mod lost_update_sqlx;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_lost_update_diesel")
    ),
    path = "../../../exercises/level3/lost_update_diesel.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_lost_update_diesel"),
    path = "../set-aside/lost_update_diesel.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level3/lost_update_diesel.rs"
)]
pub mod lost_update_diesel;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_leaked_connection_sqlx")
    ),
    path = "../../../exercises/level3/leaked_connection_sqlx.rs"
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        feature = "set_aside_leaked_connection_sqlx"
    ),
    path = "../set-aside/leaked_connection_sqlx.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level3/leaked_connection_sqlx.rs"
)]
pub mod leaked_connection_sqlx;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_leaked_connection_diesel")
    ),
    path = "../../../exercises/level3/leaked_connection_diesel.rs"
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        feature = "set_aside_leaked_connection_diesel"
    ),
    path = "../set-aside/leaked_connection_diesel.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level3/leaked_connection_diesel.rs"
)]
pub mod leaked_connection_diesel;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_self_deadlock_sqlx")
    ),
    path = "../../../exercises/level3/self_deadlock_sqlx.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_self_deadlock_sqlx"),
    path = "../set-aside/self_deadlock_sqlx.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level3/self_deadlock_sqlx.rs"
)]
pub mod self_deadlock_sqlx;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_self_deadlock_diesel")
    ),
    path = "../../../exercises/level3/self_deadlock_diesel.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_self_deadlock_diesel"),
    path = "../set-aside/self_deadlock_diesel.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level3/self_deadlock_diesel.rs"
)]
pub mod self_deadlock_diesel;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_blocking_runtime")
    ),
    path = "../../../exercises/level3/blocking_runtime.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_blocking_runtime"),
    path = "../set-aside/blocking_runtime.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level3/blocking_runtime.rs"
)]
pub mod blocking_runtime;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    all(not(feature = "solutions"), not(feature = "set_aside_n_plus_one_sqlx")),
    path = "../../../exercises/level3/n_plus_one_sqlx.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_n_plus_one_sqlx"),
    path = "../set-aside/n_plus_one_sqlx.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level3/n_plus_one_sqlx.rs"
)]
pub mod n_plus_one_sqlx;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_n_plus_one_diesel")
    ),
    path = "../../../exercises/level3/n_plus_one_diesel.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_n_plus_one_diesel"),
    path = "../set-aside/n_plus_one_diesel.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level3/n_plus_one_diesel.rs"
)]
pub mod n_plus_one_diesel;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_sql_injection_sqlx")
    ),
    path = "../../../exercises/level3/sql_injection_sqlx.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_sql_injection_sqlx"),
    path = "../set-aside/sql_injection_sqlx.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level3/sql_injection_sqlx.rs"
)]
pub mod sql_injection_sqlx;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_sql_injection_diesel")
    ),
    path = "../../../exercises/level3/sql_injection_diesel.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_sql_injection_diesel"),
    path = "../set-aside/sql_injection_diesel.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level3/sql_injection_diesel.rs"
)]
pub mod sql_injection_diesel;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_float_money_sqlx")
    ),
    path = "../../../exercises/level3/float_money_sqlx.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_float_money_sqlx"),
    path = "../set-aside/float_money_sqlx.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level3/float_money_sqlx.rs"
)]
pub mod float_money_sqlx;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_unbounded_concurrency_sqlx")
    ),
    path = "../../../exercises/level3/unbounded_concurrency_sqlx.rs"
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        feature = "set_aside_unbounded_concurrency_sqlx"
    ),
    path = "../set-aside/unbounded_concurrency_sqlx.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level3/unbounded_concurrency_sqlx.rs"
)]
pub mod unbounded_concurrency_sqlx;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_cancellation_sqlx")
    ),
    path = "../../../exercises/level3/cancellation_sqlx.rs"
)]
#[cfg_attr(
    all(not(feature = "solutions"), feature = "set_aside_cancellation_sqlx"),
    path = "../set-aside/cancellation_sqlx.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level3/cancellation_sqlx.rs"
)]
pub mod cancellation_sqlx;

#[cfg_attr(
    not(feature = "solutions"),
    allow(unused_imports, unused_variables, dead_code)
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        not(feature = "set_aside_stale_connection_sqlx")
    ),
    path = "../../../exercises/level3/stale_connection_sqlx.rs"
)]
#[cfg_attr(
    all(
        not(feature = "solutions"),
        feature = "set_aside_stale_connection_sqlx"
    ),
    path = "../set-aside/stale_connection_sqlx.rs"
)]
#[cfg_attr(
    feature = "solutions",
    path = "../../../solutions/level3/stale_connection_sqlx.rs"
)]
pub mod stale_connection_sqlx;
// END exercises

/// How the two libraries treat SQL built with `format!`, checked by the compiler. sqlx 0.9
/// refuses it: `sqlx::query` takes an `impl SqlSafeStr`, which a `String` is not, so this does
/// not compile (the doc test passes only while that stays true):
///
/// ```compile_fail,E0277
/// async fn find(pool: &sqlx::PgPool, name: &str) -> Result<(), sqlx::Error> {
///     let sql = format!("SELECT * FROM users WHERE name = '{name}'");
///     sqlx::query(&sql).execute(pool).await?;
///     Ok(())
/// }
/// ```
///
/// diesel's `sql_query` takes any `String`, so the same mistake compiles without a word, and
/// only review (or a test like the `sql_injection_diesel` pitfall's) catches it:
///
/// ```no_run
/// use diesel_async::{AsyncPgConnection, RunQueryDsl};
///
/// async fn find(conn: &mut AsyncPgConnection, name: &str) -> diesel::QueryResult<usize> {
///     let sql = format!("UPDATE users SET balance = 0 WHERE name = '{name}'");
///     diesel::sql_query(sql).execute(conn).await
/// }
/// ```
pub mod sql_text {}

/// The wrong-answer set (`tests/answers/`): known wrong and right answers to this level's
/// exercises, compiled only for `cargo workbook verify`, which runs each exercise's checks on
/// each of them.
#[cfg(feature = "answers")]
#[path = "../tests/answers/mod.rs"]
pub mod answers;
