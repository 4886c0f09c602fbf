//! The checks of level 2: one module per exercise, named like the exercise, so
//! `cargo test -p level2 transfer_sqlx` checks one exercise. Checks written once for both
//! tracks live in `shared/`.

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
mod pool_config_diesel;
mod pool_config_sqlx;
mod serializable_retry_diesel;
mod serializable_retry_sqlx;
mod transfer_diesel;
mod transfer_sqlx;
// END exercises
