//! Wrong answer to `transfer_handler`: it maps the store errors it expects (not found, too
//! little money) and calls every other one a 500, so a database that is unavailable is
//! reported as a bug instead of 503 "try again".
//!
//! Rejected with: "should answer 503 unavailable, got 500"

use axum::Json;
use axum::extract::State;
use axum::extract::rejection::JsonRejection;
use axum::http::StatusCode;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::http::error::ApiError;
use crate::store::{StoreError, UserStore};
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
    match store
        .transfer(request.from, request.to, request.amount)
        .await
    {
        Ok(()) => {}
        Err(e @ (StoreError::NotFound { .. } | StoreError::InsufficientFunds { .. })) => {
            return Err(e.into());
        }
        Err(other) => {
            return Err(ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                other.to_string(),
            ));
        }
    }
    Ok(Json(TransferDone {
        from: request.from,
        to: request.to,
        amount: request.amount,
    }))
}
