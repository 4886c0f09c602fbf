//! Right answer to `store_diesel`: other query paths. `create` uses `on_conflict(...)
//! .do_nothing()` (no row back means the email is taken); `get` and `set_balance` match diesel's
//! `NotFound`; `list` builds a boxed query that filters only when a cursor is given; `transfer`
//! runs guarded UPDATEs (`balance >= amount`) inside `conn.transaction`, in id order, and only
//! reads a balance to say why a debit did not happen.

use diesel::prelude::*;
use diesel::result::Error as DieselError;
use diesel_async::{AsyncConnection, RunQueryDsl};
use rust_decimal::Decimal;

use crate::DieselPool;
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

/// diesel's "no row" as the store's `NotFound` of `id`; every other error as usual.
fn not_found_as(id: i64) -> impl Fn(DieselError) -> StoreError {
    move |error| match error {
        DieselError::NotFound => StoreError::NotFound { id },
        other => other.into(),
    }
}

impl UserStore for DieselStore {
    async fn create(&self, name: &str, email: &str) -> Result<User, StoreError> {
        let mut conn = self.pool.get().await?;
        diesel::insert_into(users::table)
            .values((users::name.eq(name), users::email.eq(email)))
            .on_conflict(users::email)
            .do_nothing()
            .returning(User::as_returning())
            .get_result(&mut conn)
            .await
            .optional()?
            .ok_or_else(|| StoreError::DuplicateEmail {
                email: email.to_string(),
            })
    }

    async fn get(&self, id: i64) -> Result<User, StoreError> {
        let mut conn = self.pool.get().await?;
        users::table
            .filter(users::id.eq(id))
            .select(User::as_select())
            .get_result(&mut conn)
            .await
            .map_err(not_found_as(id))
    }

    async fn list(&self, limit: u32, after: Option<i64>) -> Result<Page, StoreError> {
        let mut conn = self.pool.get().await?;
        let mut query = users::table
            .select(User::as_select())
            .order(users::id.asc())
            .limit(i64::from(limit) + 1)
            .into_boxed();
        if let Some(after) = after {
            query = query.filter(users::id.gt(after));
        }
        let mut users: Vec<User> = query.load(&mut conn).await?;
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
        let mut conn = self.pool.get().await?;
        diesel::update(users::table.filter(users::id.eq(id)))
            .set(users::balance.eq(balance))
            .returning(User::as_returning())
            .get_result(&mut conn)
            .await
            .map_err(not_found_as(id))
    }

    async fn delete(&self, id: i64) -> Result<(), StoreError> {
        let mut conn = self.pool.get().await?;
        diesel::delete(users::table.filter(users::id.eq(id)))
            .returning(users::id)
            .get_result::<i64>(&mut conn)
            .await
            .map(|_| ())
            .map_err(not_found_as(id))
    }

    async fn transfer(&self, from: i64, to: i64, amount: Decimal) -> Result<(), StoreError> {
        let mut conn = self.pool.get().await?;
        conn.transaction(async |conn| {
            // The lower id first, whichever way the money goes: every transfer locks in one
            // order.
            let debit_first = from < to;
            for step in 0..2 {
                if (step == 0) == debit_first {
                    let debited: Option<i64> = diesel::update(
                        users::table
                            .filter(users::id.eq(from))
                            .filter(users::balance.ge(amount)),
                    )
                    .set(users::balance.eq(users::balance - amount))
                    .returning(users::id)
                    .get_result(conn)
                    .await
                    .optional()?;
                    if debited.is_none() {
                        let balance: Option<Decimal> = users::table
                            .filter(users::id.eq(from))
                            .select(users::balance)
                            .get_result(conn)
                            .await
                            .optional()?;
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
                    let credited: Option<i64> =
                        diesel::update(users::table.filter(users::id.eq(to)))
                            .set(users::balance.eq(users::balance + amount))
                            .returning(users::id)
                            .get_result(conn)
                            .await
                            .optional()?;
                    if credited.is_none() {
                        return Err(StoreError::NotFound { id: to });
                    }
                }
            }
            Ok(())
        })
        .await
    }

    async fn ping(&self) -> Result<(), StoreError> {
        let mut conn = self.pool.get().await?;
        diesel::select(1.into_sql::<diesel::sql_types::Integer>())
            .get_result::<i32>(&mut conn)
            .await?;
        Ok(())
    }
}
