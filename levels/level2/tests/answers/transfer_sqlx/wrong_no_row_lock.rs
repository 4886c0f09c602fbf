//! Wrong answer to `transfer_sqlx`: reads the balances without `FOR UPDATE` and writes the
//! debited balance it computed, so two transfers from one account both start from the old
//! balance, and one of the two debits is lost. (It updates the rows in id order, so no
//! deadlock hides the lost update.)
//!
//! Rejected with: "Money was made or lost"

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

    // Read both balances.
    let locked: Vec<(i64, Decimal)> =
        sqlx::query_as("SELECT id, balance FROM users WHERE id = ANY($1) ORDER BY id")
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

    // Write the new balances, lowest id first.
    let mut writes = [(from, Some(balance - amount)), (to, None)];
    writes.sort_by_key(|write| write.0);
    for (id, debited) in writes {
        match debited {
            Some(new_balance) => {
                sqlx::query("UPDATE users SET balance = $1 WHERE id = $2")
                    .bind(new_balance)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
            }
            None => {
                sqlx::query("UPDATE users SET balance = balance + $1 WHERE id = $2")
                    .bind(amount)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
            }
        }
    }

    tx.commit().await?;
    Ok(())
}
