//! The users endpoints: create, list, get, set the balance, delete.

use axum::Json;
use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use rust_decimal::Decimal;
use serde::Deserialize;

use crate::http::error::ApiError;
use crate::store::{Page, User, UserStore};
use crate::validate;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewUser {
    pub name: String,
    pub email: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BalanceUpdate {
    pub balance: Decimal,
}

#[derive(Debug, Deserialize)]
pub struct ListParams {
    pub limit: Option<u32>,
    pub cursor: Option<i64>,
}

/// The largest page a client may ask for.
pub const MAX_PAGE: u32 = 200;

/// `POST /users`: 201 with the user.
pub async fn create<S: UserStore>(
    State(store): State<S>,
    body: Result<Json<NewUser>, JsonRejection>,
) -> Result<(StatusCode, Json<User>), ApiError> {
    let Json(new) = body?;
    let name = validate::name(&new.name).map_err(ApiError::invalid)?;
    let email = validate::email(&new.email).map_err(ApiError::invalid)?;
    let user = store.create(&name, &email).await?;
    Ok((StatusCode::CREATED, Json(user)))
}

/// `GET /users?limit=N&cursor=ID`: a page of users in id order.
pub async fn list<S: UserStore>(
    State(store): State<S>,
    params: Result<Query<ListParams>, QueryRejection>,
) -> Result<Json<Page>, ApiError> {
    let Query(params) = params?;
    let limit = params.limit.unwrap_or(50);
    if limit == 0 || limit > MAX_PAGE {
        return Err(ApiError::invalid(format!(
            "limit must be between 1 and {MAX_PAGE}"
        )));
    }
    Ok(Json(store.list(limit, params.cursor).await?))
}

/// `GET /users/{id}`.
pub async fn get<S: UserStore>(
    State(store): State<S>,
    id: Result<Path<i64>, PathRejection>,
) -> Result<Json<User>, ApiError> {
    let Path(id) = id?;
    Ok(Json(store.get(id).await?))
}

/// `PATCH /users/{id}` with `{"balance": "100.00"}`.
pub async fn set_balance<S: UserStore>(
    State(store): State<S>,
    id: Result<Path<i64>, PathRejection>,
    body: Result<Json<BalanceUpdate>, JsonRejection>,
) -> Result<Json<User>, ApiError> {
    let Path(id) = id?;
    let Json(update) = body?;
    validate::balance(update.balance).map_err(ApiError::invalid)?;
    Ok(Json(store.set_balance(id, update.balance).await?))
}

/// `DELETE /users/{id}`: 204.
pub async fn delete<S: UserStore>(
    State(store): State<S>,
    id: Result<Path<i64>, PathRejection>,
) -> Result<StatusCode, ApiError> {
    let Path(id) = id?;
    store.delete(id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /health`: 200 when the database answers, 503 when it does not.
pub async fn health<S: UserStore>(
    State(store): State<S>,
) -> Result<Json<serde_json::Value>, ApiError> {
    store.ping().await?;
    Ok(Json(serde_json::json!({ "status": "ok" })))
}
