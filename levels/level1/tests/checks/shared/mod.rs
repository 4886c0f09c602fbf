//! Checks written once and run on both tracks. Each takes the exercise's name (for messages)
//! and the learner's function as a closure, so the sqlx and diesel modules only say how to
//! call their track's function.

pub mod insert;
pub mod lookup;
