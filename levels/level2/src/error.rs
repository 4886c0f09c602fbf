//! What a transfer can fail with, on either track, and what building a diesel-async pool can
//! fail with.
//!
//! Each rule a transfer can break is a variant of its own, so a caller (the HTTP service of
//! level 4) can answer each one properly, and a test can tell them apart. Whatever the error,
//! a failed transfer changes no balance: that is the transaction's job.

use rust_decimal::Decimal;

// ANCHOR: transfer_error
/// Why a transfer did not happen.
#[derive(Debug, thiserror::Error)]
pub enum TransferError {
    /// The amount is zero or negative.
    #[error("the amount must be positive, got {amount}")]
    InvalidAmount { amount: Decimal },
    /// The source and the destination are the same account.
    #[error("cannot transfer from account {id} to itself")]
    SameAccount { id: i64 },
    /// No user has this id.
    #[error("there is no account {id}")]
    UnknownAccount { id: i64 },
    /// The source account holds less than the amount.
    #[error("account {id} holds {balance}, less than {amount}")]
    InsufficientFunds {
        id: i64,
        balance: Decimal,
        amount: Decimal,
    },
    /// Anything else sqlx reported (the transaction was rolled back).
    #[error(transparent)]
    Sqlx(#[from] sqlx::Error),
    /// Anything else diesel reported (the transaction was rolled back).
    #[error(transparent)]
    Diesel(#[from] diesel::result::Error),
    /// No connection from the diesel pool in time.
    #[error("no database connection available: {0}")]
    Pool(#[from] diesel_async::pooled_connection::deadpool::PoolError),
}
// ANCHOR_END: transfer_error

/// What building a diesel-async pool can fail with: the pool's configuration, or a connection
/// it makes.
#[derive(Debug, thiserror::Error)]
pub enum PoolSetupError {
    #[error("the pool configuration is invalid: {0}")]
    Build(#[from] diesel_async::pooled_connection::deadpool::BuildError),
    #[error("could not get a connection from the new pool: {0}")]
    Connect(#[from] diesel_async::pooled_connection::deadpool::PoolError),
}
