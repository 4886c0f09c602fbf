//! Wrong answer to `store_sqlx`: the transfer maps every failure of its credit UPDATE to
//! `Internal` itself, instead of letting `?` use `From<sqlx::Error> for StoreError`. A credit that
//! would take a balance past NUMERIC(12,2) (SQLSTATE 22003) is then a 500, a server fault, where
//! it is the client asking for the impossible: a 422.
//!
//! Rejected with: "That is the client asking for the impossible"

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
        sqlx::query_as(
            "INSERT INTO users (name, email) VALUES ($1, $2) RETURNING id, name, email, balance",
        )
        .bind(name)
        .bind(email)
        .fetch_one(&self.pool)
        .await
        .map_err(|error| {
            if error
                .as_database_error()
                .is_some_and(|db| db.is_unique_violation())
            {
                StoreError::DuplicateEmail {
                    email: email.to_string(),
                }
            } else {
                error.into()
            }
        })
    }

    async fn get(&self, id: i64) -> Result<User, StoreError> {
        sqlx::query_as("SELECT id, name, email, balance FROM users WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound { id })
    }

    async fn list(&self, limit: u32, after: Option<i64>) -> Result<Page, StoreError> {
        let mut users: Vec<User> = sqlx::query_as(
            "SELECT id, name, email, balance FROM users \
             WHERE $1::bigint IS NULL OR id > $1 ORDER BY id LIMIT $2",
        )
        .bind(after)
        .bind(i64::from(limit) + 1)
        .fetch_all(&self.pool)
        .await?;
        let next_cursor = if users.len() > limit as usize {
            users.truncate(limit as usize);
            users.last().map(|u| u.id)
        } else {
            None
        };
        Ok(Page { users, next_cursor })
    }

    async fn set_balance(&self, id: i64, balance: Decimal) -> Result<User, StoreError> {
        sqlx::query_as(
            "UPDATE users SET balance = $1 WHERE id = $2 RETURNING id, name, email, balance",
        )
        .bind(balance)
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound { id })
    }

    async fn delete(&self, id: i64) -> Result<(), StoreError> {
        let deleted = sqlx::query("DELETE FROM users WHERE id = $1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        if deleted.rows_affected() == 0 {
            return Err(StoreError::NotFound { id });
        }
        Ok(())
    }

    async fn transfer(&self, from: i64, to: i64, amount: Decimal) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        let locked: Vec<(i64, Decimal)> = sqlx::query_as(
            "SELECT id, balance FROM users WHERE id = ANY($1) ORDER BY id FOR UPDATE",
        )
        .bind([from, to].as_slice())
        .fetch_all(&mut *tx)
        .await?;
        let balance_of = |id| locked.iter().find(|row| row.0 == id).map(|row| row.1);
        let balance = balance_of(from).ok_or(StoreError::NotFound { id: from })?;
        balance_of(to).ok_or(StoreError::NotFound { id: to })?;
        if balance < amount {
            return Err(StoreError::InsufficientFunds {
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
            .await
            // The mistake: every failure of the credit called a server fault.
            .map_err(|e| StoreError::Internal(e.to_string()))?;
        tx.commit().await?;
        Ok(())
    }

    async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }
}
