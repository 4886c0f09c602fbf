//! Wrong answer to `transfer_handler`: it forgets to refuse a transfer from a user to the same
//! user, which the store then carries out (debit and credit of one row) and answers 200.
//!
//! Rejected with: "a transfer from Alice to Alice should answer 422 invalid_input, got 200"

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
    let Json(request) = body?;
    validate::amount(request.amount).map_err(ApiError::invalid)?;
    store
        .transfer(request.from, request.to, request.amount)
        .await?;
    Ok(Json(TransferDone {
        from: request.from,
        to: request.to,
        amount: request.amount,
    }))
}
