//! Exercise `transfer_handler`: `POST /transfers`, the one endpoint you write.
//!
//! The rest of the service is written (see `levels/level4/src/http/`): the routes, the JSON
//! error answers, the request log. Read `users.rs` there: `create` and `set_balance` are the
//! pattern to follow. Your handler gets the store and the request body, and answers:
//!
//! - 200 with `TransferDone` when the money moved;
//! - 400 for a body that is not JSON or has the wrong fields or types (`ApiError` has a `From`
//!   for the extractor's rejection);
//! - 422 for an amount that is not positive or has more than two decimals (`validate::amount`),
//!   for a transfer from a user to the same user, and for too little money;
//! - 404 for an unknown user, 503 when the database is unavailable (both from the store's
//!   error: `From<StoreError> for ApiError` does the mapping).
//!
//! The checks run the real service (on your sqlx store) and talk HTTP to it.
//!
//! Check your work: `cargo workbook check transfer_handler`. Stuck: `cargo workbook hint transfer_handler`.
//! Keep the names and signatures: the router and the tests use them.

use axum::Json;
use axum::extract::State;
use axum::extract::rejection::JsonRejection;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::http::error::ApiError;
use crate::store::UserStore;
use crate::validate;

/// The body of `POST /transfers`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TransferRequest {
    pub from: i64,
    pub to: i64,
    pub amount: Decimal,
}

/// The answer to a transfer that happened.
#[derive(Debug, Serialize)]
pub struct TransferDone {
    pub from: i64,
    pub to: i64,
    #[serde(serialize_with = "crate::store::money")]
    pub amount: Decimal,
}

/// `POST /transfers` with `{"from": 1, "to": 2, "amount": "30.00"}`.
pub async fn transfer<S: UserStore>(
    State(store): State<S>,
    body: Result<Json<TransferRequest>, JsonRejection>,
) -> Result<Json<TransferDone>, ApiError> {
    // TODO: unwrap the body (`?`), check the amount and the two ids, call the store, answer.
    todo!()
}
