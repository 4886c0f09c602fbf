//! Checks written once and run on both tracks.

pub mod pool;
pub mod transfer;
