//! Wrong answer to `transfer_handler`: it checks that the amount is positive by hand instead
//! of with `validate::amount`, so a tenth of a cent gets through (and the database rounds it
//! to nothing).
//!
//! Rejected with: "a transfer of a tenth of a cent should answer 422 invalid_input, got 200"

use axum::Json;
use axum::extract::State;
use axum::extract::rejection::JsonRejection;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::http::error::ApiError;
use crate::store::UserStore;

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
    if request.amount <= Decimal::ZERO {
        return Err(ApiError::invalid("amount must be positive"));
    }
    if request.from == request.to {
        return Err(ApiError::invalid(
            "cannot transfer from a user to the same user",
        ));
    }
    store
        .transfer(request.from, request.to, request.amount)
        .await?;
    Ok(Json(TransferDone {
        from: request.from,
        to: request.to,
        amount: request.amount,
    }))
}
