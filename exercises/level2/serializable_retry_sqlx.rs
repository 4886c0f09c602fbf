//! Exercise `serializable_retry_sqlx`: a rule over many rows, kept under concurrency, on the
//! sqlx track.
//!
//! Marketing's promotion: anyone who asks gets a 10.00 bonus (`BONUS`), as long as the bank's
//! total deposits stay at most 1,000.00 (`DEPOSIT_CAP`); see `levels/level2/src/bonus.rs`.
//! Read the total, compare, add to one balance. Simple, and wrong when two users ask at the
//! same moment with the total at 995.00: both read 995.00, both add 10.00, and the total is
//! 1,015.00. Neither transaction broke the rule alone. No row lock helps: they update
//! different rows. This is a *write skew*.
//!
//! PostgreSQL's SERIALIZABLE isolation promises that transactions behave as if they ran one at
//! a time. When it cannot keep that promise, it fails one of them with SQLSTATE 40001
//! (serialization_failure). That is not a bug to report: it means "run the transaction again".
//!
//! Write `give_bonus`: in a SERIALIZABLE transaction, check the user exists
//! (`UnknownAccount`), read the total, and give the bonus or answer `BudgetSpent`. When an
//! attempt fails with 40001, run the whole transaction again, at most `max_attempts` times in
//! all; then give up with `TooManyConflicts { attempts }`. Any other error: return it at once.
//!
//! The checks provoke a real serialization failure with a second connection, and one that
//! never stops failing.
//!
//! Check your work: `cargo workbook check serializable_retry_sqlx`. Stuck: `cargo workbook hint serializable_retry_sqlx`.
//! Keep the function name and signature: the tests call it.

use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::bonus::{BONUS, BonusError, BonusOutcome, DEPOSIT_CAP};

/// Give `user_id` a bonus if the cap allows, retrying serialization failures.
pub async fn give_bonus(
    pool: &PgPool,
    user_id: i64,
    max_attempts: u32,
) -> Result<BonusOutcome, BonusError> {
    // TODO: a loop of at most `max_attempts` SERIALIZABLE transactions; retry on 40001.
    todo!()
}
