//! Checks written once and run on both tracks.

pub mod transfer;
