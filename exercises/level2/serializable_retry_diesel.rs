//! Exercise `serializable_retry_diesel`: a rule over many rows, kept under concurrency, on the
//! diesel-async track.
//!
//! The same promotion as `serializable_retry_sqlx` (read its story if you have not): a bonus
//! while the total stays within the cap, safe when many ask at once thanks to SERIALIZABLE
//! isolation, with serialization failures retried at most `max_attempts` times in all, then
//! `TooManyConflicts { attempts }`. diesel-async's `AsyncPgConnection` can build a transaction
//! with a chosen isolation level.
//!
//! Check your work: `cargo workbook check serializable_retry_diesel`. Stuck: `cargo workbook hint serializable_retry_diesel`.
//! Keep the function name and signature: the tests call it.

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
    // TODO: a loop of at most `max_attempts` serializable transactions; retry on
    // SerializationFailure.
    todo!()
}
