//! Right answer to `transfer_diesel`: no SELECT ... FOR UPDATE; a guarded UPDATE debits only
//! when the balance covers the amount (`.filter(balance.ge(amount))`), the two UPDATEs run in
//! id order (so opposite transfers queue instead of deadlocking), and when an UPDATE touches no
//! row a plain read says which rule failed.

use diesel::prelude::*;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
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
        let mut ids = [from, to];
        ids.sort();
        for id in ids {
            if id == from {
                debit(conn, id, amount).await?;
            } else {
                let credited = diesel::update(users::table.find(id))
                    .set(users::balance.eq(users::balance + amount))
                    .execute(conn)
                    .await?;
                if credited == 0 {
                    return Err(TransferError::UnknownAccount { id });
                }
            }
        }
        Ok(())
    })
    .await
}

/// Take `amount` from `id` if it holds that much; otherwise say why not.
async fn debit(
    conn: &mut AsyncPgConnection,
    id: i64,
    amount: Decimal,
) -> Result<(), TransferError> {
    let debited = diesel::update(users::table.find(id).filter(users::balance.ge(amount)))
        .set(users::balance.eq(users::balance - amount))
        .execute(conn)
        .await?;
    if debited == 1 {
        return Ok(());
    }
    let balance: Option<Decimal> = users::table
        .find(id)
        .select(users::balance)
        .first(conn)
        .await
        .optional()?;
    match balance {
        None => Err(TransferError::UnknownAccount { id }),
        Some(balance) => Err(TransferError::InsufficientFunds {
            id,
            balance,
            amount,
        }),
    }
}
