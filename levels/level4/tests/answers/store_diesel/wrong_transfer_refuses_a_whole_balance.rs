//! Wrong answer to `store_diesel`: the transfer refuses a balance that equals the amount
//! (`balance <= amount` where the rule is "more than the balance is too much"), so nobody can
//! send everything they have, and a balance can never reach zero.
//!
//! Rejected with: "that must succeed (a balance may fall to zero"

use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use diesel_async::{AsyncConnection, RunQueryDsl};
use rust_decimal::Decimal;

use crate::DieselPool;
use crate::prepared::KeepPrepared;
use crate::schema::users;
use crate::store::{Page, StoreError, User, UserStore};

/// The store over a deadpool of diesel-async connections.
#[derive(Clone)]
pub struct DieselStore {
    pool: DieselPool,
}

impl DieselStore {
    pub fn new(pool: DieselPool) -> Self {
        DieselStore { pool }
    }
}

// ANCHOR: store
impl UserStore for DieselStore {
    async fn create(&self, name: &str, email: &str) -> Result<User, StoreError> {
        let mut conn = self.pool.get().await?;
        diesel::insert_into(users::table)
            .values((users::name.eq(name), users::email.eq(email)))
            .returning(User::as_returning())
            .get_result(&mut conn)
            .await
            .map_err(|error| match error {
                DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
                    StoreError::DuplicateEmail {
                        email: email.to_string(),
                    }
                }
                other => other.into(),
            })
    }

    async fn get(&self, id: i64) -> Result<User, StoreError> {
        let mut conn = self.pool.get().await?;
        users::table
            .find(id)
            .select(User::as_select())
            .first(&mut conn)
            .await
            .optional()?
            .ok_or(StoreError::NotFound { id })
    }

    async fn list(&self, limit: u32, after: Option<i64>) -> Result<Page, StoreError> {
        let mut conn = self.pool.get().await?;
        let mut users: Vec<User> = users::table
            .filter(users::id.gt(after.unwrap_or(i64::MIN)))
            .order(users::id)
            .limit(i64::from(limit) + 1)
            .select(User::as_select())
            .load(&mut conn)
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
        let mut conn = self.pool.get().await?;
        KeepPrepared(
            diesel::update(users::table.find(id))
                .set(users::balance.eq(balance))
                .returning(User::as_returning()),
        )
        .get_result(&mut conn)
        .await
        .optional()?
        .ok_or(StoreError::NotFound { id })
    }

    async fn delete(&self, id: i64) -> Result<(), StoreError> {
        let mut conn = self.pool.get().await?;
        let deleted = diesel::delete(users::table.find(id))
            .execute(&mut conn)
            .await?;
        if deleted == 0 {
            return Err(StoreError::NotFound { id });
        }
        Ok(())
    }

    async fn transfer(&self, from: i64, to: i64, amount: Decimal) -> Result<(), StoreError> {
        let mut conn = self.pool.get().await?;
        conn.transaction(async |conn| {
            let locked: Vec<(i64, Decimal)> = users::table
                .filter(users::id.eq_any([from, to]))
                .order(users::id)
                .select((users::id, users::balance))
                .for_update()
                .load(conn)
                .await?;
            let balance_of = |id| locked.iter().find(|row| row.0 == id).map(|row| row.1);
            let balance = balance_of(from).ok_or(StoreError::NotFound { id: from })?;
            balance_of(to).ok_or(StoreError::NotFound { id: to })?;
            if balance <= amount {
                return Err(StoreError::InsufficientFunds {
                    id: from,
                    balance,
                    amount,
                });
            }
            KeepPrepared(
                diesel::update(users::table.find(from))
                    .set(users::balance.eq(users::balance - amount)),
            )
            .execute(conn)
            .await?;
            KeepPrepared(
                diesel::update(users::table.find(to))
                    .set(users::balance.eq(users::balance + amount)),
            )
            .execute(conn)
            .await?;
            Ok(())
        })
        .await
    }

    async fn ping(&self) -> Result<(), StoreError> {
        let mut conn = self.pool.get().await?;
        diesel::select(diesel::dsl::sql::<diesel::sql_types::Integer>("1"))
            .execute(&mut conn)
            .await?;
        Ok(())
    }
}
// ANCHOR_END: store
