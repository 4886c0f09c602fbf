//! Wrong answer to `transfer_diesel`: locks the source row, then the destination row, so two
//! transfers in opposite directions each lock one row and wait for the other: a deadlock.
//!
//! Rejected with: "failed with a deadlock"

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
        // Lock the source row, then the destination row, and read the balances.
        let mut locked: Vec<(i64, Decimal)> = Vec::new();
        for id in [from, to] {
            let row: Option<(i64, Decimal)> = users::table
                .find(id)
                .select((users::id, users::balance))
                .for_update()
                .first(conn)
                .await
                .optional()?;
            locked.extend(row);
        }
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
