//! Exercise `store_diesel`: the service's store on the diesel-async track.
//!
//! The same job as `store_sqlx` (read its story if you have not): implement `UserStore`
//! (`levels/level4/src/store.rs`) with diesel-async over a deadpool pool. `NotFound { id }` for
//! a missing user, `DuplicateEmail` for a taken email, `InsufficientFunds` from `transfer`, and
//! `?` for the rest (`StoreError` has `From` impls for diesel's errors and deadpool's).
//! `list` pages by cursor: up to `limit` users with an id greater than `after`, in id order,
//! with `next_cursor` set when more follow.
//!
//! The same tests check this store and the sqlx one: the two must behave the same.
//!
//! Check your work: `cargo workbook check store_diesel`. Stuck: `cargo workbook hint store_diesel`.
//! Keep the names and signatures: the service and the tests use them.

use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
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

impl UserStore for DieselStore {
    async fn create(&self, name: &str, email: &str) -> Result<User, StoreError> {
        // TODO: INSERT it and return the stored row; a taken email is StoreError::DuplicateEmail.
        todo!()
    }

    async fn get(&self, id: i64) -> Result<User, StoreError> {
        // TODO: the user, or StoreError::NotFound { id }.
        todo!()
    }

    async fn list(&self, limit: u32, after: Option<i64>) -> Result<Page, StoreError> {
        // TODO: up to `limit` users with id > `after`, in id order, and the next cursor if more follow.
        todo!()
    }

    async fn set_balance(&self, id: i64, balance: Decimal) -> Result<User, StoreError> {
        // TODO: UPDATE and return the user, or NotFound.
        todo!()
    }

    async fn delete(&self, id: i64) -> Result<(), StoreError> {
        // TODO: DELETE, or NotFound when no row was deleted.
        todo!()
    }

    async fn transfer(&self, from: i64, to: i64, amount: Decimal) -> Result<(), StoreError> {
        // TODO: level 2's transfer: lock both rows in id order, check, update, commit.
        todo!()
    }

    async fn ping(&self) -> Result<(), StoreError> {
        // TODO: any query that proves the database answers.
        todo!()
    }
}
