//! The checks of level 4. The store's behaviour and the HTTP contract are written once
//! (`shared/`) and run against both stores (`store_sqlx`, `store_diesel`): the two tracks
//! must answer the same, to the byte. `transfer_handler` checks `POST /transfers` over HTTP.

/// Brings the code under check into scope as `answer`: here, the exercise module (the learner's
/// file, or the reference answer with `--features solutions`). The wrong-answer set's test
/// binary (`tests/answers/`) defines this macro otherwise, to run the same checks on every known
/// answer.
macro_rules! use_answer {
    ($($segment:ident)::+) => {
        use $($segment)::+ as answer;
    };
}

mod reference;
mod shared;
mod support;

// The reference answers (`reference`) say `crate::store`, `crate::http` and `crate::validate`:
// in this crate, those are the library's.
use level4::{http, store, validate};

mod demo;
mod keep_alive;
mod openapi;
mod pools_check_connections;
mod prepared;
mod shutdown;
mod startup;

// BEGIN exercises (written by `cargo workbook sync`: edit exercises/workbook.toml)
// Each exercise's checks, one module each.
mod store_diesel;
mod store_sqlx;
mod transfer_handler;
// END exercises
