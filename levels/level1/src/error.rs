//! The error a learner matches on when an insert breaks a rule of the table.
//!
//! In Python a duplicate email raises `IntegrityError`, and the caller digs through its text to
//! find out why. Here the store says so in its type: `UserError::DuplicateEmail` is a variant
//! you can `match`, and everything unexpected stays wrapped, unchanged, in the other variants.

// ANCHOR: user_error
/// What inserting a user can fail with, on either track.
#[derive(Debug, thiserror::Error)]
pub enum UserError {
    /// Another user already has this email (the UNIQUE constraint on `users.email`).
    #[error("a user with email {email} already exists")]
    DuplicateEmail { email: String },
    /// Anything else sqlx reported.
    #[error(transparent)]
    Sqlx(#[from] sqlx::Error),
    /// Anything else diesel reported.
    #[error(transparent)]
    Diesel(#[from] diesel::result::Error),
}
// ANCHOR_END: user_error

/// What building a diesel-async pool can fail with: the pool's configuration, or the first
/// connection it makes.
#[derive(Debug, thiserror::Error)]
pub enum PoolSetupError {
    #[error("the pool configuration is invalid: {0}")]
    Build(#[from] diesel_async::pooled_connection::deadpool::BuildError),
    #[error("could not get a connection from the new pool: {0}")]
    Connect(#[from] diesel_async::pooled_connection::deadpool::PoolError),
}
