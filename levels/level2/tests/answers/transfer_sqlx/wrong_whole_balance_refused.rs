//! Wrong answer to `transfer_sqlx`: refuses a transfer of the whole balance (`balance <=
//! amount` where `<` is meant), so an account can never be emptied.
//!
//! Rejected with: "Insufficient funds means the balance is less than the amount"

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
    if balance <= amount {
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
