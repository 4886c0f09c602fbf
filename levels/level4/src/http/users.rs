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

/// The body of `POST /users`.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewUser {
    /// 1 to 50 characters once trimmed, at least one visible, no control characters.
    #[schema(
        example = "Alice",
        min_length = 1,
        pattern = r"^[^\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]*[^\s\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u2060-\u206F\u3164\uFEFF][^\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]*$"
    )]
    pub name: String,
    /// Stored in lower case; printable ASCII, at most 100 characters.
    #[schema(
        example = "alice@example.com",
        max_length = 100,
        pattern = r"^\s*[!-\-/-?A-~]+(\.[!-\-/-?A-~]+)*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+\s*$"
    )]
    pub email: String,
}

/// The body of `PATCH /users/{id}`.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BalanceUpdate {
    /// Not negative, at most two decimals, below 10000000000, as a string.
    #[schema(value_type = String, pattern = r"^\d{1,10}(\.\d{1,2})?$", example = "100.00")]
    #[serde(deserialize_with = "decimal_string")]
    pub balance: Decimal,
}

/// Money comes as a decimal string ("100.00"), as the service sends it: a JSON number is a
/// float to most clients, and 0.1 is not 0.1 in one. (serde's `Decimal` alone takes both.)
fn decimal_string<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
    let text = <String as serde::Deserialize>::deserialize(deserializer)?;
    text.parse()
        .map_err(|_| serde::de::Error::custom(format!("{text:?} is not a decimal number")))
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
