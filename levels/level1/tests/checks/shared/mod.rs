//! Checks written once and run on both tracks, each topic's checks listed once in a
//! `<topic>_checks!` macro. Each takes the exercise's name (for messages) and the learner's
//! function as a closure, or the track as a type implementing the topic's trait, so the sqlx
//! and diesel modules only say how to call their track's function.

pub mod connect;
pub mod insert;
pub mod lookup;
pub mod migrate;
pub mod statement_logging;
