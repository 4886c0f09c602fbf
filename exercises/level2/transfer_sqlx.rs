//! Exercise `transfer_sqlx`: move money between two users, all or nothing, on the sqlx track.
//!
//! Alice sends Bob 30.00. Two UPDATEs: take it from Alice, give it to Bob. If the program dies
//! between them, or the second one fails, 30.00 has vanished. The Python tutorial wraps both in
//! `async with session.begin():` so they commit together or not at all. sqlx's version:
//! `pool.begin()` gives a `Transaction`, statements run on `&mut *tx`, `tx.commit()` makes them
//! stick, and a `Transaction` dropped without `commit` rolls back.
//!
//! Write `transfer`. Its rules, each a variant of `TransferError` (levels/level2/src/error.rs),
//! and each leaving every balance as it was:
//! - the amount must be positive (`InvalidAmount`);
//! - `from` and `to` must differ (`SameAccount`);
//! - both users must exist (`UnknownAccount`);
//! - `from` must hold at least `amount` (`InsufficientFunds`).
//!
//! It must also hold up when a hundred transfers run at once, some between the same two users
//! in opposite directions: no money created or lost, no balance below zero, and no deadlock
//! error reaching the caller. Read the book's page on locking before you try that part.
//!
//! Check your work: `cargo workbook check transfer_sqlx`. Stuck: `cargo workbook hint transfer_sqlx`.
//! Keep the function name and signature: the tests call it.

use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::error::TransferError;

/// Move `amount` from user `from` to user `to`, atomically.
pub async fn transfer(
    pool: &PgPool,
    from: i64,
    to: i64,
    amount: Decimal,
) -> Result<(), TransferError> {
    // TODO: check the rules that need no database, begin a transaction, lock and read both
    // balances, update both, commit.
    todo!()
}
