//! Exercise `transfer_handler`: `POST /transfers`, the one endpoint you write.
//!
//! Reference answer. Why it is right: it takes the body as `Result<Json<_>, JsonRejection>` so a
//! malformed body becomes the service's own 400 (not axum's plain-text one), checks what needs
//! no database before touching it (a positive amount with two decimals, two different users),
//! and lets `?` turn every `StoreError` into its HTTP answer through `From<StoreError> for
//! ApiError`: 404 for an unknown user, 422 for too little money, 503 when the database is
//! unavailable.

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

// ANCHOR: transfer
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
        .await?;
    Ok(Json(TransferDone {
        from: request.from,
        to: request.to,
        amount: request.amount,
    }))
}
// ANCHOR_END: transfer
