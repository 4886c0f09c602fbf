//! The checks of this level's exercises, run on every answer of the wrong-answer set: one
//! module per answer, `<exercise>::<answer>::checks::<check>`. `cargo workbook verify`
//! runs it and judges the results (a wrong answer fails with its words, a right one
//! passes).
//!
//! Written by `cargo workbook sync` from the files in this folder: do not edit.
