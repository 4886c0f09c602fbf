//! The checks of level 3: one module per pitfall, named like the exercise, so
//! `cargo test -p level3 lost_update_sqlx` checks one. Each fails on the shipped file for the
//! reason its pitfall is about, and passes on any correct fix.

/// Brings the code under check into scope as `answer`: here, the exercise module (the learner's
/// file, or the reference answer with `--features solutions`). The wrong-answer set's test
/// binary (`tests/answers/`) defines this macro otherwise, to run the same checks on every known
/// answer.
macro_rules! use_answer {
    ($($segment:ident)::+) => {
        use $($segment)::+ as answer;
    };
}

mod shared;
mod support;

// BEGIN exercises (written by `cargo workbook sync`: edit exercises/workbook.toml)
// Each exercise's checks, one module each.
mod blocking_runtime;
mod cancellation_sqlx;
mod escaped_transaction_diesel;
mod escaped_transaction_sqlx;
mod float_money_sqlx;
mod forgotten_commit_sqlx;
mod leaked_connection_diesel;
mod leaked_connection_sqlx;
mod lost_update_diesel;
mod lost_update_sqlx;
mod n_plus_one_diesel;
mod n_plus_one_sqlx;
mod self_deadlock_diesel;
mod self_deadlock_sqlx;
mod sql_injection_diesel;
mod sql_injection_sqlx;
mod stale_connection_sqlx;
mod unawaited_future_diesel;
mod unawaited_future_sqlx;
mod unbounded_concurrency_sqlx;
// END exercises
