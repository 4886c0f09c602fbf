//! Right answer to `store_sqlx`: other SQL for every method. `create` uses `ON CONFLICT DO
//! NOTHING` (no row back means the email is taken); `get` matches `RowNotFound`; `list` filters
//! with `COALESCE`; `delete` asks for the deleted id back; and `transfer` runs guarded UPDATEs
//! (`balance >= amount`) in one transaction, in id order so two transfers lock their rows in
//! the same order, and only reads a balance to say why a debit did not happen.

use rust_decimal::Decimal;
use sqlx::PgPool;

use crate::store::{Page, StoreError, User, UserStore};

/// The store over a sqlx pool.
#[derive(Debug, Clone)]
pub struct SqlxStore {
    pool: PgPool,
}

impl SqlxStore {
    pub fn new(pool: PgPool) -> Self {
        SqlxStore { pool }
    }
}

impl UserStore for SqlxStore {
    async fn create(&self, name: &str, email: &str) -> Result<User, StoreError> {
        let created: Option<User> = sqlx::query_as(
            "INSERT INTO users (name, email) VALUES ($1, $2) ON CONFLICT (email) DO NOTHING \
             RETURNING id, name, email, balance",
        )
        .bind(name)
        .bind(email)
        .fetch_optional(&self.pool)
        .await?;
        created.ok_or_else(|| StoreError::DuplicateEmail {
            email: email.to_string(),
        })
    }

    async fn get(&self, id: i64) -> Result<User, StoreError> {
        match sqlx::query_as("SELECT id, name, email, balance FROM users WHERE id = $1")
            .bind(id)
            .fetch_one(&self.pool)
            .await
        {
            Ok(user) => Ok(user),
            Err(sqlx::Error::RowNotFound) => Err(StoreError::NotFound { id }),
            Err(other) => Err(other.into()),
        }
    }

    async fn list(&self, limit: u32, after: Option<i64>) -> Result<Page, StoreError> {
        let mut users: Vec<User> = sqlx::query_as(
            "SELECT id, name, email, balance FROM users \
             WHERE id > COALESCE($1, -9223372036854775808) ORDER BY id ASC LIMIT $2",
        )
        .bind(after)
        .bind(i64::from(limit) + 1)
        .fetch_all(&self.pool)
        .await?;
        let more = users.len() > limit as usize;
        users.truncate(limit as usize);
        let next_cursor = if more {
            users.last().map(|u| u.id)
        } else {
            None
        };
        Ok(Page { users, next_cursor })
    }

    async fn set_balance(&self, id: i64, balance: Decimal) -> Result<User, StoreError> {
        match sqlx::query_as(
            "UPDATE users SET balance = $2 WHERE id = $1 RETURNING id, name, email, balance",
        )
        .bind(id)
        .bind(balance)
        .fetch_one(&self.pool)
        .await
        {
            Ok(user) => Ok(user),
            Err(sqlx::Error::RowNotFound) => Err(StoreError::NotFound { id }),
            Err(other) => Err(other.into()),
        }
    }

    async fn delete(&self, id: i64) -> Result<(), StoreError> {
        let deleted: Option<i64> =
            sqlx::query_scalar("DELETE FROM users WHERE id = $1 RETURNING id")
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
        deleted.map(|_| ()).ok_or(StoreError::NotFound { id })
    }

    async fn transfer(&self, from: i64, to: i64, amount: Decimal) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        // The lower id first, whichever way the money goes: every transfer locks in one order.
        let debit_first = from < to;
        for step in 0..2 {
            let debit = (step == 0) == debit_first;
            if debit {
                let debited: Option<i64> = sqlx::query_scalar(
                    "UPDATE users SET balance = balance - $1 WHERE id = $2 AND balance >= $1 \
                     RETURNING id",
                )
                .bind(amount)
                .bind(from)
                .fetch_optional(&mut *tx)
                .await?;
                if debited.is_none() {
                    // Why not: no such user, or too little money (read under the same transaction).
                    let balance: Option<Decimal> =
                        sqlx::query_scalar("SELECT balance FROM users WHERE id = $1")
                            .bind(from)
                            .fetch_optional(&mut *tx)
                            .await?;
                    return Err(match balance {
                        None => StoreError::NotFound { id: from },
                        Some(balance) => StoreError::InsufficientFunds {
                            id: from,
                            balance,
                            amount,
                        },
                    });
                }
            } else {
                let credited: Option<i64> = sqlx::query_scalar(
                    "UPDATE users SET balance = balance + $1 WHERE id = $2 RETURNING id",
                )
                .bind(amount)
                .bind(to)
                .fetch_optional(&mut *tx)
                .await?;
                if credited.is_none() {
                    return Err(StoreError::NotFound { id: to });
                }
            }
        }
        tx.commit().await?;
        Ok(())
    }

    async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query_scalar::<_, i32>("SELECT 1")
            .fetch_one(&self.pool)
            .await?;
        Ok(())
    }
}
