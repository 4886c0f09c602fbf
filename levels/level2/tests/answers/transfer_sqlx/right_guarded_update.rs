//! Right answer to `transfer_sqlx`: no SELECT ... FOR UPDATE; a guarded UPDATE debits only
//! when the balance covers the amount (`WHERE balance >= $1`), the two UPDATEs run in id order
//! (so opposite transfers queue instead of deadlocking), and when an UPDATE touches no row a
//! plain read says which rule failed.

use rust_decimal::Decimal;
use sqlx::{PgConnection, PgPool};

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
    let mut steps = [(from, -amount), (to, amount)];
    steps.sort_by_key(|step| step.0);
    for (id, change) in steps {
        if change < Decimal::ZERO {
            debit(&mut tx, id, amount).await?;
        } else {
            let credited = sqlx::query("UPDATE users SET balance = balance + $1 WHERE id = $2")
                .bind(amount)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            if credited.rows_affected() == 0 {
                return Err(TransferError::UnknownAccount { id });
            }
        }
    }
    tx.commit().await?;
    Ok(())
}

/// Take `amount` from `id` if it holds that much; otherwise say why not.
async fn debit(conn: &mut PgConnection, id: i64, amount: Decimal) -> Result<(), TransferError> {
    let debited =
        sqlx::query("UPDATE users SET balance = balance - $1 WHERE id = $2 AND balance >= $1")
            .bind(amount)
            .bind(id)
            .execute(&mut *conn)
            .await?;
    if debited.rows_affected() == 1 {
        return Ok(());
    }
    let balance: Option<Decimal> = sqlx::query_scalar("SELECT balance FROM users WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    match balance {
        None => Err(TransferError::UnknownAccount { id }),
        Some(balance) => Err(TransferError::InsufficientFunds {
            id,
            balance,
            amount,
        }),
    }
}
