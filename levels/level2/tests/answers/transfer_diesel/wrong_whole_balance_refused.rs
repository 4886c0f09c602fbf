//! Wrong answer to `transfer_diesel`: refuses a transfer of the whole balance (`balance <=
//! amount` where `<` is meant), so an account can never be emptied.
//!
//! Rejected with: "Insufficient funds means the balance is less than the amount"

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
    if amount <= Decimal::ZERO {
        return Err(TransferError::InvalidAmount { amount });
    }
    if from == to {
        return Err(TransferError::SameAccount { id: from });
    }

    let mut conn = pool.get().await?;
    conn.transaction(async |conn| {
        // Lock both rows, lowest id first, and read the balances under the lock.
        let locked: Vec<(i64, Decimal)> = users::table
            .filter(users::id.eq_any([from, to]))
            .order(users::id)
            .select((users::id, users::balance))
            .for_update()
            .load(conn)
            .await?;
        let balance_of = |id| locked.iter().find(|row| row.0 == id).map(|row| row.1);
        let Some(balance) = balance_of(from) else {
            return Err(TransferError::UnknownAccount { id: from });
        };
        if balance_of(to).is_none() {
            return Err(TransferError::UnknownAccount { id: to });
        }
        if balance <= amount {
            return Err(TransferError::InsufficientFunds {
                id: from,
                balance,
                amount,
            });
        }

        diesel::update(users::table.find(from))
            .set(users::balance.eq(users::balance - amount))
            .execute(conn)
            .await?;
        diesel::update(users::table.find(to))
            .set(users::balance.eq(users::balance + amount))
            .execute(conn)
            .await?;
        Ok(())
    })
    .await
}
