//! Wrong answer to `transfer_handler`: every error of the store becomes 404 not_found, so a
//! user with too little money is told the user does not exist.
//!
//! Rejected with: "a transfer more than Alice has should answer 422 insufficient_funds, got 404"

use axum::Json;
use axum::extract::State;
use axum::extract::rejection::JsonRejection;
use axum::http::StatusCode;
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
    if request.from == request.to {
        return Err(ApiError::invalid(
            "cannot transfer from a user to the same user",
        ));
    }
    store
        .transfer(request.from, request.to, request.amount)
        .await
        .map_err(|e| ApiError::new(StatusCode::NOT_FOUND, "not_found", e.to_string()))?;
    Ok(Json(TransferDone {
        from: request.from,
        to: request.to,
        amount: request.amount,
    }))
}
