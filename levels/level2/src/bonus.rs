//! The promotion of the isolation exercises: a 10.00 bonus for whoever asks, while the bank's
//! total deposits stay within a cap.
//!
//! The rule reads every balance and writes one. Two bonuses given at the same moment each see
//! the total before the other's, and together they break the cap, though neither broke it
//! alone: a *write skew*. Row locks cannot prevent it (there is no single row both touch);
//! SERIALIZABLE isolation can, by failing one of them with SQLSTATE 40001, to be retried.

use rust_decimal::Decimal;

/// The bonus each user gets.
pub const BONUS: Decimal = Decimal::from_parts(1000, 0, 0, false, 2); // 10.00

/// The most the bank may hold in all balances together.
pub const DEPOSIT_CAP: Decimal = Decimal::from_parts(100_000, 0, 0, false, 2); // 1000.00

// ANCHOR: bonus_types
/// What asking for a bonus did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BonusOutcome {
    /// The user's balance grew by [`BONUS`].
    Given,
    /// Giving it would take the total past [`DEPOSIT_CAP`]: nothing changed.
    BudgetSpent,
}

/// Why no answer could be given.
#[derive(Debug, thiserror::Error)]
pub enum BonusError {
    #[error("there is no account {id}")]
    UnknownAccount { id: i64 },
    /// Every attempt ended in a serialization failure (SQLSTATE 40001).
    #[error("gave up after {attempts} attempts, each stopped by a concurrent transaction")]
    TooManyConflicts { attempts: u32 },
    #[error(transparent)]
    Sqlx(#[from] sqlx::Error),
    #[error(transparent)]
    Diesel(#[from] diesel::result::Error),
    #[error("no database connection available: {0}")]
    Pool(#[from] diesel_async::pooled_connection::deadpool::PoolError),
}
// ANCHOR_END: bonus_types
