//! Right answer to `serializable_retry_diesel`: a plain `conn.transaction(...)` whose first
//! statement is `SET TRANSACTION ISOLATION LEVEL SERIALIZABLE`, the whole rule in one SQL
//! statement (a conditional UPDATE), and a retry loop that also retries a deadlock.

use diesel::result::{DatabaseErrorKind, Error as DieselError};
use diesel::sql_types::{BigInt, Numeric};
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};

use crate::DieselPool;
use crate::bonus::{BONUS, BonusError, BonusOutcome, DEPOSIT_CAP};

/// Give `user_id` a bonus if the cap allows, retrying serialization failures.
pub async fn give_bonus(
    pool: &DieselPool,
    user_id: i64,
    max_attempts: u32,
) -> Result<BonusOutcome, BonusError> {
    let mut conn = pool.get().await?;
    let mut attempt = 1;
    loop {
        let result = conn
            .transaction(async |conn| try_once(conn, user_id).await)
            .await;
        let retry = match &result {
            Err(BonusError::Diesel(DieselError::DatabaseError(
                DatabaseErrorKind::SerializationFailure,
                _,
            ))) => true,
            Err(BonusError::Diesel(DieselError::DatabaseError(_, info))) => {
                info.message().contains("deadlock")
            }
            _ => false,
        };
        if !retry {
            return result;
        }
        if attempt == max_attempts {
            return Err(BonusError::TooManyConflicts { attempts: attempt });
        }
        attempt += 1;
    }
}

#[derive(diesel::QueryableByName)]
struct Decision {
    #[diesel(sql_type = BigInt)]
    known: i64,
    #[diesel(sql_type = BigInt)]
    given: i64,
}

async fn try_once(conn: &mut AsyncPgConnection, user_id: i64) -> Result<BonusOutcome, BonusError> {
    diesel::sql_query("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE")
        .execute(conn)
        .await?;
    let decision: Decision = diesel::sql_query(
        "WITH total AS (SELECT coalesce(sum(balance), 0) AS sum FROM users),
              given AS (
                  UPDATE users SET balance = balance + $2
                  WHERE id = $1 AND (SELECT sum FROM total) + $2 <= $3
                  RETURNING id)
         SELECT (SELECT count(*) FROM users WHERE id = $1) AS known,
                (SELECT count(*) FROM given) AS given",
    )
    .bind::<BigInt, _>(user_id)
    .bind::<Numeric, _>(BONUS)
    .bind::<Numeric, _>(DEPOSIT_CAP)
    .get_result(conn)
    .await?;
    match (decision.known, decision.given) {
        (0, _) => Err(BonusError::UnknownAccount { id: user_id }),
        (_, 0) => Ok(BonusOutcome::BudgetSpent),
        _ => Ok(BonusOutcome::Given),
    }
}
