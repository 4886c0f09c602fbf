//! Wrong answer to `serializable_retry_diesel`: refuses a bonus that takes the total to the cap
//! exactly (`>=` where `>` is meant): the cap is the most the bank may hold, so reaching it is
//! allowed.
//!
//! Rejected with: "takes the total to the cap exactly"

use diesel::dsl::sum;
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use rust_decimal::Decimal;

use crate::DieselPool;
use crate::bonus::{BONUS, BonusError, BonusOutcome, DEPOSIT_CAP};
use crate::schema::users;

/// Give `user_id` a bonus if the cap allows, retrying serialization failures.
pub async fn give_bonus(
    pool: &DieselPool,
    user_id: i64,
    max_attempts: u32,
) -> Result<BonusOutcome, BonusError> {
    let mut conn = pool.get().await?;
    for _ in 0..max_attempts {
        let attempt = conn
            .build_transaction()
            .serializable()
            .run(async |conn| try_once(conn, user_id).await)
            .await;
        match attempt {
            Err(BonusError::Diesel(DieselError::DatabaseError(
                DatabaseErrorKind::SerializationFailure,
                _,
            ))) => continue,
            outcome => return outcome,
        }
    }
    Err(BonusError::TooManyConflicts {
        attempts: max_attempts,
    })
}

/// One attempt; the caller wraps it in a SERIALIZABLE transaction.
async fn try_once(conn: &mut AsyncPgConnection, user_id: i64) -> Result<BonusOutcome, BonusError> {
    let exists: bool = diesel::select(diesel::dsl::exists(users::table.find(user_id)))
        .get_result(conn)
        .await?;
    if !exists {
        return Err(BonusError::UnknownAccount { id: user_id });
    }
    let total: Option<Decimal> = users::table
        .select(sum(users::balance))
        .get_result(conn)
        .await?;
    if total.unwrap_or_default() + BONUS >= DEPOSIT_CAP {
        return Ok(BonusOutcome::BudgetSpent);
    }
    diesel::update(users::table.find(user_id))
        .set(users::balance.eq(users::balance + BONUS))
        .execute(conn)
        .await?;
    Ok(BonusOutcome::Given)
}
