//! Wrong answer to `transfer_handler`: it moves the money itself, reading both users and
//! setting both balances with `set_balance`, instead of calling `store.transfer`: the two
//! writes are not one transaction and nothing is locked, so transfers at once lose updates.
//!
//! Rejected with: "Money was made or lost"

use axum::Json;
use axum::extract::State;
use axum::extract::rejection::JsonRejection;
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
    let from = store.get(request.from).await?;
    let to = store.get(request.to).await?;
    if from.balance < request.amount {
        return Err(StoreError::InsufficientFunds {
            id: from.id,
            balance: from.balance,
            amount: request.amount,
        }
        .into());
    }
    store
        .set_balance(from.id, from.balance - request.amount)
        .await?;
    store
        .set_balance(to.id, to.balance + request.amount)
        .await?;
    Ok(Json(TransferDone {
        from: request.from,
        to: request.to,
        amount: request.amount,
    }))
}
