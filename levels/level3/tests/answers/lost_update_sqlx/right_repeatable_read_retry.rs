//! Right answer to `lost_update_sqlx`: read and write in a REPEATABLE READ transaction, where
//! PostgreSQL refuses (SQLSTATE 40001) a write over a row another transaction changed since the
//! read; retry the whole transaction when it does.

use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::error::PitfallError;

/// Add `amount` to the user's balance.
pub async fn deposit(pool: &PgPool, user_id: i64, amount: Decimal) -> Result<(), PitfallError> {
    loop {
        let mut tx = pool.begin().await?;
        sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            .execute(&mut *tx)
            .await?;
        let attempt = async {
            let balance: Decimal = sqlx::query_scalar("SELECT balance FROM users WHERE id = $1")
                .bind(user_id)
                .fetch_one(&mut *tx)
                .await?;
            sqlx::query("UPDATE users SET balance = $1 WHERE id = $2")
                .bind(balance + amount)
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
            Ok::<(), sqlx::Error>(())
        }
        .await;
        let outcome = match attempt {
            Ok(()) => tx.commit().await,
            Err(e) => Err(e),
        };
        match outcome {
            Ok(()) => return Ok(()),
            Err(sqlx::Error::Database(e)) if e.code().as_deref() == Some("40001") => continue,
            Err(e) => return Err(e.into()),
        }
    }
}
