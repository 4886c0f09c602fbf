//! Wrong answer to `transfer_diesel`: reads the balances without `.for_update()` and writes
//! the debited balance it computed, so two transfers from one account both start from the old
//! balance, and one of the two debits is lost. (It updates the rows in id order, so no
//! deadlock hides the lost update.)
//!
//! Rejected with: "Money was made or lost"

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
        // Read both balances.
        let locked: Vec<(i64, Decimal)> = users::table
            .filter(users::id.eq_any([from, to]))
            .order(users::id)
            .select((users::id, users::balance))
            .load(conn)
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

        // Write the new balances, lowest id first.
        let mut writes = [(from, Some(balance - amount)), (to, None)];
        writes.sort_by_key(|write| write.0);
        for (id, debited) in writes {
            match debited {
                Some(new_balance) => {
                    diesel::update(users::table.find(id))
                        .set(users::balance.eq(new_balance))
                        .execute(conn)
                        .await?;
                }
                None => {
                    diesel::update(users::table.find(id))
                        .set(users::balance.eq(users::balance + amount))
                        .execute(conn)
                        .await?;
                }
            }
        }
        Ok(())
    })
    .await
}
