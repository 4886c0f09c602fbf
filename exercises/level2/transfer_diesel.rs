//! Exercise `transfer_diesel`: move money between two users, all or nothing, on the diesel
//! track.
//!
//! The same job as `transfer_sqlx` (read its story if you have not): four rules, each its own
//! `TransferError` and each changing nothing, and safe when a hundred transfers run at once.
//! diesel-async draws a transaction around a closure: `conn.transaction(async |conn| { ... })`
//! commits when the closure returns `Ok` and rolls back when it returns `Err`.
//!
//! Check your work: `cargo workbook check transfer_diesel`. Stuck: `cargo workbook hint transfer_diesel`.
//! Keep the function name and signature: the tests call it.

use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};
use rust_decimal::Decimal;

use crate::DieselPool;
use crate::error::TransferError;
use crate::schema::users;

/// Move `amount` from user `from` to user `to`, atomically.
pub async fn transfer(
    pool: &DieselPool,
    from: i64,
    to: i64,
    amount: Decimal,
) -> Result<(), TransferError> {
    // TODO: check the rules that need no database, take a connection from the pool, and do
    // the rest inside conn.transaction(...).
    todo!()
}
