//! Checks written once and run on both tracks.

pub mod audit;
pub mod deposit;
pub mod listing;
pub mod names;
pub mod observed;
pub mod orders;
pub mod report;
pub mod stale;
