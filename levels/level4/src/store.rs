//! The store: what the service needs from a database, as one trait with two implementations
//! (sqlx in `store_sqlx`, diesel-async in `store_diesel`), and the one error type both map
//! their failures into.
//!
//! The HTTP layer knows only this trait. It validates input first (see [`crate::validate`]),
//! so a store can assume a well-formed name, email and amount, but it still reports what only
//! the database can know: a taken email, a missing user, too little money, no connection.

use std::future::Future;

use rust_decimal::Decimal;
use serde::Serialize;

// ANCHOR: types
/// A user as the service returns it.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Serialize,
    sqlx::FromRow,
    diesel::Queryable,
    diesel::Selectable,
    utoipa::ToSchema,
)]
#[diesel(table_name = crate::schema::users, check_for_backend(diesel::pg::Pg))]
pub struct User {
    pub id: i64,
    pub name: String,
    pub email: String,
    /// Serialized as a string with two decimals ("100.00"): JSON numbers are floats to most
    /// clients, and money is not.
    #[serde(serialize_with = "money")]
    #[schema(value_type = String, pattern = r"^\d+\.\d{2}$", example = "100.00")]
    pub balance: Decimal,
}

/// One page of users, in id order, and the cursor for the next page if there is one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Page {
    pub users: Vec<User>,
    pub next_cursor: Option<i64>,
}
// ANCHOR_END: types

// ANCHOR: store_error
/// Everything a store can fail with. Each variant has one HTTP answer (see `http::error`).
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("there is no user {id}")]
    NotFound { id: i64 },
    #[error("a user with email {email} already exists")]
    DuplicateEmail { email: String },
    /// Input the database refused (a rule the HTTP layer's validation did not catch).
    #[error("{0}")]
    InvalidInput(String),
    #[error("user {id} holds {balance}, less than {amount}")]
    InsufficientFunds {
        id: i64,
        balance: Decimal,
        amount: Decimal,
    },
    /// No connection in time, or the database is down: try again later.
    #[error("the database is unavailable: {0}")]
    Unavailable(String),
    /// Anything else: a bug on the server side, not the client's fault.
    #[error("internal error: {0}")]
    Internal(String),
}
// ANCHOR_END: store_error

// ANCHOR: user_store
/// What the service needs from a database.
pub trait UserStore: Clone + Send + Sync + 'static {
    /// Insert a user with a zero balance.
    fn create(
        &self,
        name: &str,
        email: &str,
    ) -> impl Future<Output = Result<User, StoreError>> + Send;
    /// The user with this id, or `NotFound`.
    fn get(&self, id: i64) -> impl Future<Output = Result<User, StoreError>> + Send;
    /// Up to `limit` users with an id greater than `after` (all when `None`), in id order.
    fn list(
        &self,
        limit: u32,
        after: Option<i64>,
    ) -> impl Future<Output = Result<Page, StoreError>> + Send;
    /// Set the user's balance (never negative: the HTTP layer checks); returns the user.
    fn set_balance(
        &self,
        id: i64,
        balance: Decimal,
    ) -> impl Future<Output = Result<User, StoreError>> + Send;
    /// Delete the user, or `NotFound`.
    fn delete(&self, id: i64) -> impl Future<Output = Result<(), StoreError>> + Send;
    /// Move a positive `amount` between two different users, atomically.
    fn transfer(
        &self,
        from: i64,
        to: i64,
        amount: Decimal,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
    /// Whether the database answers (for `GET /health`).
    fn ping(&self) -> impl Future<Output = Result<(), StoreError>> + Send;
}
// ANCHOR_END: user_store

/// Serialize an amount of money as a string with exactly two decimals.
pub fn money<S: serde::Serializer>(amount: &Decimal, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&format!("{:.2}", amount.round_dp(2)))
}

/// SQLSTATE 22003, numeric_value_out_of_range: a value past what its column holds. Only a
/// transfer can cause it (a balance the HTTP layer let through is within range; a credit may
/// take one past it).
const NUMERIC_OVERFLOW: &str = "22003";

/// What a client is told when a transfer would take a balance past the column's range.
pub const TOO_MUCH_MONEY: &str =
    "the transfer would take a balance past 9999999999.99, the most an account holds";

/// The usual mapping of a sqlx error: no connection in time or a broken connection is
/// `Unavailable`; a CHECK violation or a number past its column's range is `InvalidInput`; the
/// rest is `Internal`. (A unique
/// violation needs the email, so `create` handles it itself.)
impl From<sqlx::Error> for StoreError {
    fn from(error: sqlx::Error) -> Self {
        match &error {
            sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) => {
                StoreError::Unavailable(error.to_string())
            }
            sqlx::Error::Database(db) if db.code().as_deref() == Some("23514") => {
                StoreError::InvalidInput(db.message().to_string())
            }
            sqlx::Error::Database(db) if db.code().as_deref() == Some(NUMERIC_OVERFLOW) => {
                StoreError::InvalidInput(TOO_MUCH_MONEY.into())
            }
            sqlx::Error::Database(db)
                if db
                    .code()
                    .as_deref()
                    .is_some_and(|c| c.starts_with("08") || c.starts_with("57P")) =>
            {
                StoreError::Unavailable(error.to_string())
            }
            _ => StoreError::Internal(error.to_string()),
        }
    }
}

/// The usual mapping of a diesel error: a CHECK violation or a number past its column's range
/// is `InvalidInput`; a lost
/// connection is `Unavailable`; the rest (`NotFound` included: map it yourself where you know
/// the id) is `Internal`.
///
/// A lost connection reaches diesel-async in three shapes: `ClosedConnection`,
/// `UnableToSendCommand` (the socket is gone: "connection closed"), and the server's own
/// farewell when it ends the session (SQLSTATE 57P01..57P03, "terminating connection due to
/// administrator command"), which diesel reports as `Unknown` with no SQLSTATE to look at, so
/// its message is the only sign.
impl From<diesel::result::Error> for StoreError {
    fn from(error: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind, Error};
        match &error {
            Error::DatabaseError(DatabaseErrorKind::CheckViolation, info) => {
                StoreError::InvalidInput(info.message().to_string())
            }
            // diesel has no kind for SQLSTATE 22003: its message is the sign.
            Error::DatabaseError(DatabaseErrorKind::Unknown, info)
                if info.message().starts_with("numeric field overflow") =>
            {
                StoreError::InvalidInput(TOO_MUCH_MONEY.into())
            }
            Error::DatabaseError(
                DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand,
                _,
            )
            | Error::BrokenTransactionManager => StoreError::Unavailable(error.to_string()),
            Error::DatabaseError(DatabaseErrorKind::Unknown, info)
                if info.message().starts_with("terminating connection")
                    || info.message().starts_with("the database system is") =>
            {
                StoreError::Unavailable(error.to_string())
            }
            _ => StoreError::Internal(error.to_string()),
        }
    }
}

/// A diesel-async pool that could not lend a connection in time, or could not make one, is
/// `Unavailable`.
impl From<diesel_async::pooled_connection::deadpool::PoolError> for StoreError {
    fn from(error: diesel_async::pooled_connection::deadpool::PoolError) -> Self {
        StoreError::Unavailable(error.to_string())
    }
}
