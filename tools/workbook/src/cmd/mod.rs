//! One module per command, each with its own usage text (its `Args`, read by clap) and its
//! `run`. `main.rs` only dispatches.

pub mod answers;
pub mod bench;
pub mod book;
pub mod check;
pub mod class;
pub mod completions;
pub mod db;
pub mod hint;
pub mod lang;
pub mod list;
pub mod new;
pub mod prepare;
pub mod report;
pub mod reset;
pub mod solution;
pub mod status;
pub mod sync;
pub mod track;
pub mod verify;
pub mod watch;
