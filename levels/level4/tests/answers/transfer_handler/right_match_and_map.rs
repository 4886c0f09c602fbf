//! Right answer to `transfer_handler`: it matches on the body's result instead of `?`, checks
//! for the same user before the amount, and maps the store's error with `ApiError::from`
//! explicitly.

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
    let request = match body {
        Ok(Json(request)) => request,
        Err(rejection) => return Err(ApiError::from(rejection)),
    };
    if request.from == request.to {
        return Err(ApiError::invalid("from and to must be two different users"));
    }
    if let Err(why) = validate::amount(request.amount) {
        return Err(ApiError::invalid(why));
    }
    match store
        .transfer(request.from, request.to, request.amount)
        .await
    {
        Ok(()) => Ok(Json(TransferDone {
            from: request.from,
            to: request.to,
            amount: request.amount,
        })),
        Err(error) => Err(ApiError::from(error)),
    }
}
