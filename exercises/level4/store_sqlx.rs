//! Exercise `store_sqlx`: the service's store on the sqlx track.
//!
//! The users service (`cargo run -p level4`) talks to the database through one trait,
//! `UserStore` (`levels/level4/src/store.rs`): create, get, list a page, set a balance, delete,
//! transfer, ping. Write it with sqlx. Everything you need you have met: `query_as`, `RETURNING`,
//! `fetch_optional`, a transaction with rows locked in order (level 2's transfer).
//!
//! Every method answers with `StoreError` on failure. `NotFound { id }` when the user does not
//! exist; `DuplicateEmail` for a taken email; `InsufficientFunds` from `transfer`. For the rest,
//! `?` works: `From<sqlx::Error> for StoreError` maps pool timeouts and broken connections to
//! `Unavailable` (the service answers 503), a broken CHECK or a credit past what a balance holds
//! to `InvalidInput` (422), and the rest to `Internal`.
//!
//! `list` pages by cursor: up to `limit` users with an id greater than `after`, in id order,
//! and `next_cursor` = the last id of the page when more users follow (else `None`).
//!
//! The same tests check this store and the diesel one: the two must behave the same.
//!
//! Check your work: `cargo workbook check store_sqlx`. Stuck: `cargo workbook hint store_sqlx`.
//! Keep the names and signatures: the service and the tests use them.

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
