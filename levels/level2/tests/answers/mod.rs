//! The wrong-answer set of this level, compiled into the level crate with `--features
//! answers` (see `cargo workbook verify`).
//!
//! Written by `cargo workbook sync` from the files in this folder: do not edit.

pub mod transfer_sqlx {
    pub mod right_same_as_solution;
    pub mod wrong_no_row_lock;
}
