//! Checks written once and run on both tracks.

pub mod bonus;
pub mod pool;
pub mod transfer;
