//! The HTTP side of the service: routes, the body size limit, JSON errors for everything a
//! client can get wrong (unknown paths and methods included), and a log line per request.

pub mod error;
pub mod json_only;
pub mod openapi;
pub mod request_log;
pub mod users;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::http::StatusCode;
use axum::routing::{get, post};

use crate::store::UserStore;
use error::ApiError;

/// The largest request body accepted (413 beyond it).
pub const MAX_BODY: usize = 16 * 1024;

// ANCHOR: router
/// Every route of the service, over `store`.
pub fn router<S: UserStore>(store: S) -> Router {
    router_with(store, crate::transfer_handler::transfer::<S>)
}

/// The same routes, with `transfer` answering `POST /transfers`. (The checks pass in other
/// answers to the exercise here, to run the same HTTP checks on each.)
pub fn router_with<S, H, T>(store: S, transfer: H) -> Router
where
    S: UserStore,
    H: Handler<T, S>,
    T: 'static,
{
    // The handlers that take a body get it only as a JSON object (see `json_only`).
    let json_only = || axum::middleware::from_fn(json_only::json_objects_only);
    Router::new()
        .route(
            "/users",
            post(users::create::<S>.layer(json_only())).get(users::list::<S>),
        )
        .route(
            "/users/{id}",
            get(users::get::<S>)
                .patch(users::set_balance::<S>.layer(json_only()))
                .delete(users::delete::<S>),
        )
        .route("/transfers", post(transfer.layer(json_only())))
        .route("/health", get(users::health::<S>))
        .route("/openapi.json", get(openapi_json))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(axum::middleware::from_fn(request_log::log_request))
        .with_state(store)
}
// ANCHOR_END: router

/// `GET /openapi.json`: the service's contract (see `openapi`), made once.
async fn openapi_json() -> impl axum::response::IntoResponse {
    static DOCUMENT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        DOCUMENT.get_or_init(openapi::document).as_str(),
    )
}

async fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "no_such_route", "no such route")
}

async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        "this route does not accept that method",
    )
}
