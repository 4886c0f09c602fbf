//! Exercise `transfer_sqlx`: move money between two users, all or nothing, on the sqlx track.
//!
//! The Python tutorial moves money inside `async with session.begin():`: both updates commit
//! together, or neither does. sqlx's version: `pool.begin()` gives a `Transaction`, statements
//! run on `&mut *tx`, `tx.commit()` makes them stick, and dropping `tx` without committing rolls
//! everything back (on every early return, every `?`, every panic).
//!
//! Reference answer. Why it is right:
//! - The rules that need no database (a positive amount, two different accounts) are checked
//!   before a connection is taken.
//! - Both rows are locked with `SELECT ... FOR UPDATE`, in id order. The balance read under the
//!   lock cannot change before the UPDATE (no lost update), and because every transfer locks
//!   the lower id first, two transfers between the same pair in opposite directions queue up
//!   instead of each holding one row and waiting for the other (a deadlock).
//! - Every failure returns before `commit`, so the transaction is dropped and rolled back.

use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::error::TransferError;

// ANCHOR: transfer
/// Move `amount` from user `from` to user `to`, atomically.
pub async fn transfer(
    pool: &PgPool,
    from: i64,
    to: i64,
    amount: Decimal,
) -> Result<(), TransferError> {
    if amount <= Decimal::ZERO {
        return Err(TransferError::InvalidAmount { amount });
    }
    if from == to {
        return Err(TransferError::SameAccount { id: from });
    }

    let mut tx = pool.begin().await?;

    // Lock both rows, lowest id first, and read the balances under the lock.
    let locked: Vec<(i64, Decimal)> =
        sqlx::query_as("SELECT id, balance FROM users WHERE id = ANY($1) ORDER BY id FOR UPDATE")
            .bind([from, to].as_slice())
            .fetch_all(&mut *tx)
            .await?;
    let balance_of = |id| locked.iter().find(|row| row.0 == id).map(|row| row.1);
    let Some(balance) = balance_of(from) else {
        return Err(TransferError::UnknownAccount { id: from });
    };
    if balance_of(to).is_none() {
        return Err(TransferError::UnknownAccount { id: to });
    }
    if balance < amount {
        return Err(TransferError::InsufficientFunds {
            id: from,
            balance,
            amount,
        });
    }

    sqlx::query("UPDATE users SET balance = balance - $1 WHERE id = $2")
        .bind(amount)
        .bind(from)
        .execute(&mut *tx)
        .await?;
    sqlx::query("UPDATE users SET balance = balance + $1 WHERE id = $2")
        .bind(amount)
        .bind(to)
        .execute(&mut *tx)
        .await?;

    tx.commit().await?;
    Ok(())
}
// ANCHOR_END: transfer
