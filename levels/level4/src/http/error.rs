//! How every failure becomes an HTTP answer: a status, a stable machine-readable `code`, and a
//! message for people, as JSON. Nothing a client can send produces a 500; a 500 means a bug.

use axum::Json;
use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::store::StoreError;

/// An error response.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            status,
            code,
            message: message.into(),
        }
    }

    /// 422: the request is well-formed, and breaks a rule.
    pub fn invalid(message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid_input", message)
    }
}

/// What went wrong on the server's side, for its log: kept out of the body (a client cannot act
/// on a database's or an operating system's words, and they tell an attacker too much), and
/// logged by `request_log` with the request's id, which the client does get.
#[derive(Debug, Clone)]
pub struct ErrorDetail(pub String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        // A 5xx tells the client what it can do, in the same words whichever store runs.
        let (message, detail) = match self.status {
            StatusCode::SERVICE_UNAVAILABLE => (
                "the database is unavailable right now: try again in a moment".to_string(),
                Some(self.message),
            ),
            status if status.is_server_error() => (
                "the service failed to answer this request; it is in the service's log under \
                 this response's x-request-id"
                    .to_string(),
                Some(self.message),
            ),
            _ => (self.message, None),
        };
        let body = Json(json!({ "code": self.code, "message": message }));
        let mut response = (self.status, body).into_response();
        if let Some(detail) = detail {
            response.extensions_mut().insert(ErrorDetail(detail));
        }
        if self.status == StatusCode::SERVICE_UNAVAILABLE {
            // Ask clients to come back in a second rather than hammer a struggling database.
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        }
        response
    }
}

// ANCHOR: store_error_to_http
impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        let message = error.to_string();
        match error {
            StoreError::NotFound { .. } => {
                ApiError::new(StatusCode::NOT_FOUND, "not_found", message)
            }
            StoreError::DuplicateEmail { .. } => {
                ApiError::new(StatusCode::CONFLICT, "duplicate_email", message)
            }
            StoreError::InvalidInput(_) => ApiError::invalid(message),
            StoreError::InsufficientFunds { .. } => ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "insufficient_funds",
                message,
            ),
            StoreError::Unavailable(_) => {
                ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "unavailable", message)
            }
            StoreError::Internal(_) => {
                ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", message)
            }
        }
    }
}
// ANCHOR_END: store_error_to_http

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> Self {
        let message = rejection.body_text();
        match rejection {
            JsonRejection::MissingJsonContentType(_) => ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "send the body as JSON, with Content-Type: application/json",
            ),
            JsonRejection::BytesRejection(ref bytes)
                if bytes.status() == StatusCode::PAYLOAD_TOO_LARGE =>
            {
                ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large", message)
            }
            _ => ApiError::new(StatusCode::BAD_REQUEST, "malformed_json", message),
        }
    }
}

impl From<PathRejection> for ApiError {
    fn from(rejection: PathRejection) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, "bad_path", rejection.body_text())
    }
}

impl From<QueryRejection> for ApiError {
    fn from(rejection: QueryRejection) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, "bad_query", rejection.body_text())
    }
}
