//! Exercise `serializable_retry_sqlx`: a rule over many rows, kept under concurrency by
//! SERIALIZABLE isolation and a bounded retry, on the sqlx track.
//!
//! Reference answer. Why it is right:
//! - `SET TRANSACTION ISOLATION LEVEL SERIALIZABLE`, first in the transaction, makes PostgreSQL
//!   guarantee the outcome of some one-at-a-time order. When two bonuses read the total and
//!   each writes a row the other read, one of them fails (at its UPDATE or its COMMIT) with
//!   SQLSTATE 40001 instead of breaking the cap.
//! - A serialization failure means "try again", not "something is wrong": the whole
//!   transaction runs again from the start, reading fresh data, at most `max_attempts` times.
//!   Every other error is returned at once, and so is the typed `TooManyConflicts` when the
//!   attempts run out, so a caller never waits forever.

use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::bonus::{BONUS, BonusError, BonusOutcome, DEPOSIT_CAP};

// ANCHOR: give_bonus
/// Give `user_id` a bonus if the cap allows, retrying serialization failures.
pub async fn give_bonus(
    pool: &PgPool,
    user_id: i64,
    max_attempts: u32,
) -> Result<BonusOutcome, BonusError> {
    for _ in 0..max_attempts {
        match try_once(pool, user_id).await {
            Err(BonusError::Sqlx(error)) if is_serialization_failure(&error) => continue,
            outcome => return outcome,
        }
    }
    Err(BonusError::TooManyConflicts {
        attempts: max_attempts,
    })
}

/// One attempt, in one SERIALIZABLE transaction.
async fn try_once(pool: &PgPool, user_id: i64) -> Result<BonusOutcome, BonusError> {
    let mut tx = pool.begin().await?;
    sqlx::query("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE")
        .execute(&mut *tx)
        .await?;

    let exists: bool = sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM users WHERE id = $1)")
        .bind(user_id)
        .fetch_one(&mut *tx)
        .await?;
    if !exists {
        return Err(BonusError::UnknownAccount { id: user_id });
    }
    let total: Decimal = sqlx::query_scalar("SELECT coalesce(sum(balance), 0) FROM users")
        .fetch_one(&mut *tx)
        .await?;
    if total + BONUS > DEPOSIT_CAP {
        tx.commit().await?;
        return Ok(BonusOutcome::BudgetSpent);
    }
    sqlx::query("UPDATE users SET balance = balance + $1 WHERE id = $2")
        .bind(BONUS)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(BonusOutcome::Given)
}

/// SQLSTATE 40001, serialization_failure.
fn is_serialization_failure(error: &sqlx::Error) -> bool {
    error
        .as_database_error()
        .and_then(|db| db.code())
        .is_some_and(|code| code == "40001")
}
// ANCHOR_END: give_bonus
