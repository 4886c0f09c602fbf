//! The checks of level 1: one module per exercise, named like the exercise, so
//! `cargo test -p level1 insert_sqlx` checks one exercise. Each topic's checks are listed once,
//! for both tracks, in `shared/` (a `<topic>_checks!` macro each track's module calls).
//!
//! Every test runs through `harness::check`: a fresh database copied from the level's template
//! (or an empty one for the migration exercises), a time bound, and a kept database on failure.
//! The tests look at what the learner's code returns and at what is in the database, never at
//! the code itself, so any correct answer passes.

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
mod connect_diesel;
mod connect_sqlx;
mod find_by_email_diesel;
mod find_by_email_sqlx;
mod get_by_id_diesel;
mod get_by_id_sqlx;
mod insert_diesel;
mod insert_sqlx;
mod list_users_diesel;
mod list_users_sqlx;
mod migrate_diesel;
mod migrate_sqlx;
mod statement_logging_diesel;
mod statement_logging_sqlx;
// END exercises
mod checked_sql;
mod demo;
mod schema_matches;
