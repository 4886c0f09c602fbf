//! Wrong answer to `serializable_retry_sqlx`: begins one SERIALIZABLE transaction and retries
//! the statements inside it, but a transaction that failed with 40001 is aborted: every later
//! statement in it fails too.
//!
//! Rejected with: "begin a new one for each attempt"

use rust_decimal::Decimal;
use sqlx::{PgConnection, PgPool};

use crate::bonus::{BONUS, BonusError, BonusOutcome, DEPOSIT_CAP};

/// Give `user_id` a bonus if the cap allows, retrying serialization failures.
pub async fn give_bonus(
    pool: &PgPool,
    user_id: i64,
    max_attempts: u32,
) -> Result<BonusOutcome, BonusError> {
    let mut tx = pool.begin().await?;
    sqlx::query("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE")
        .execute(&mut *tx)
        .await?;
    for _ in 0..max_attempts {
        match try_once(&mut tx, user_id).await {
            Err(BonusError::Sqlx(error)) if is_serialization_failure(&error) => continue,
            Ok(outcome) => {
                tx.commit().await?;
                return Ok(outcome);
            }
            outcome => return outcome,
        }
    }
    Err(BonusError::TooManyConflicts {
        attempts: max_attempts,
    })
}

/// One attempt, in the transaction `tx`.
async fn try_once(tx: &mut PgConnection, user_id: i64) -> Result<BonusOutcome, BonusError> {
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
        return Ok(BonusOutcome::BudgetSpent);
    }
    sqlx::query("UPDATE users SET balance = balance + $1 WHERE id = $2")
        .bind(BONUS)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    Ok(BonusOutcome::Given)
}

/// SQLSTATE 40001, serialization_failure.
fn is_serialization_failure(error: &sqlx::Error) -> bool {
    error
        .as_database_error()
        .and_then(|db| db.code())
        .is_some_and(|code| code == "40001")
}
