//! The checks of this level's exercises, run on every answer of the wrong-answer set: one
//! module per answer, `<exercise>::<answer>::checks::<check>`. `cargo workbook verify`
//! runs it and judges the results (a wrong answer fails with its words, a right one
//! passes).
//!
//! Written by `cargo workbook sync` from the files in this folder: do not edit.

// The checks' helpers are all here, but only the exercises with answers use them; and
// every answer of an exercise includes the same checks file, on purpose.
#![allow(dead_code, clippy::duplicate_mod)]

/// In the checks binary this brings in the exercise; here, the answer the enclosing module names.
macro_rules! use_answer {
    ($($segment:ident)::+) => {
        use super::answer;
    };
}

#[path = "../checks/shared/mod.rs"]
mod shared;
#[path = "../checks/support.rs"]
mod support;

// Each answer's module reads its files from tests/checks/ (a `path` on an inline module names
// its folder), so that its checks module is the exercise's checks file.

mod transfer_sqlx {
    #[path = "../../checks"]
    mod right_same_as_solution {
        use level2::answers::transfer_sqlx::right_same_as_solution as answer;
        #[path = "transfer_sqlx.rs"]
        mod checks;
    }
    #[path = "../../checks"]
    mod wrong_no_row_lock {
        use level2::answers::transfer_sqlx::wrong_no_row_lock as answer;
        #[path = "transfer_sqlx.rs"]
        mod checks;
    }
}
