//! Right answer to `serializable_retry_sqlx`: the isolation level is part of the BEGIN
//! (`begin_with`), the retry is a `while` loop over an attempt counter, and the SQLSTATE is
//! matched on the database error's code, retrying a deadlock (40P01) as well as 40001.

use rust_decimal::Decimal;
use sqlx::{PgPool, Postgres, Transaction};

use crate::bonus::{BONUS, BonusError, BonusOutcome, DEPOSIT_CAP};

/// Give `user_id` a bonus if the cap allows, retrying serialization failures.
pub async fn give_bonus(
    pool: &PgPool,
    user_id: i64,
    max_attempts: u32,
) -> Result<BonusOutcome, BonusError> {
    let mut attempts = 0;
    while attempts < max_attempts {
        attempts += 1;
        let mut tx = pool
            .begin_with("BEGIN ISOLATION LEVEL SERIALIZABLE")
            .await?;
        let outcome = match decide(&mut tx, user_id).await {
            Ok(outcome) => tx
                .commit()
                .await
                .map(|()| outcome)
                .map_err(BonusError::from),
            Err(error) => Err(error),
        };
        match outcome {
            Err(BonusError::Sqlx(sqlx::Error::Database(db)))
                if matches!(db.code().as_deref(), Some("40001" | "40P01")) => {}
            outcome => return outcome,
        }
    }
    Err(BonusError::TooManyConflicts { attempts })
}

async fn decide(
    tx: &mut Transaction<'static, Postgres>,
    user_id: i64,
) -> Result<BonusOutcome, BonusError> {
    let row: Option<(Decimal,)> = sqlx::query_as(
        "SELECT (SELECT coalesce(sum(balance), 0) FROM users) FROM users WHERE id = $1",
    )
    .bind(user_id)
    .fetch_optional(&mut **tx)
    .await?;
    let Some((total,)) = row else {
        return Err(BonusError::UnknownAccount { id: user_id });
    };
    if total + BONUS > DEPOSIT_CAP {
        return Ok(BonusOutcome::BudgetSpent);
    }
    sqlx::query("UPDATE users SET balance = balance + $1 WHERE id = $2")
        .bind(BONUS)
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(BonusOutcome::Given)
}
