//! Only a JSON object, sent as JSON in UTF-8, reaches a handler that takes a body.
//!
//! axum's `Json` is generous: it accepts any `application/*+json` type and any `charset`
//! parameter, and serde fills a struct from a JSON array as readily as from an object (so
//! `["Bob", "bob@example.com"]` would create Bob). The book promises a 400 for a body of the
//! wrong shape and a 415 for one that is not JSON, so this layer holds every request with a body
//! to that, layered on each of them (`http::router_with`): `Content-Type: application/json` (with at most
//! `charset=utf-8`), a body of at most [`super::MAX_BODY`] bytes, whose first character is `{`.
//! The handlers, the learner's `POST /transfers` among them, keep their `Json` extractor.

use std::time::Duration;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::MAX_BODY;
use super::error::ApiError;

/// How long a client may take to send a body, once its headers have arrived.
pub const BODY_TIMEOUT: Duration = Duration::from_secs(10);

pub async fn json_objects_only(request: Request, next: Next) -> Response {
    if let Err(error) = content_type_is_json(&request) {
        return error.into_response();
    }
    let (parts, body) = request.into_parts();
    let read = tokio::time::timeout(BODY_TIMEOUT, axum::body::to_bytes(body, MAX_BODY)).await;
    let bytes = match read {
        Ok(Ok(bytes)) => bytes,
        Err(_) => {
            return ApiError::new(
                StatusCode::REQUEST_TIMEOUT,
                "request_timeout",
                format!(
                    "the body did not arrive within {} s",
                    BODY_TIMEOUT.as_secs()
                ),
            )
            .into_response();
        }
        Ok(Err(_)) => {
            return ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "payload_too_large",
                format!("the body must be at most {MAX_BODY} bytes"),
            )
            .into_response();
        }
    };
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    if first != Some(&b'{') {
        return ApiError::new(
            StatusCode::BAD_REQUEST,
            "malformed_json",
            "the body must be a JSON object, {...}",
        )
        .into_response();
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

/// `application/json`, alone or with `charset=utf-8` (JSON is UTF-8: RFC 8259).
fn content_type_is_json(request: &Request) -> Result<(), ApiError> {
    let refuse = |why: &str| {
        ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            format!("send the body as JSON, with Content-Type: application/json ({why})"),
        )
    };
    let Some(value) = request.headers().get(header::CONTENT_TYPE) else {
        return Err(refuse("no Content-Type was sent"));
    };
    let value = value
        .to_str()
        .map_err(|_| refuse("the Content-Type is not text"))?;
    let mut parts = value.split(';').map(str::trim);
    let media_type = parts.next().unwrap_or("");
    if !media_type.eq_ignore_ascii_case("application/json") {
        return Err(refuse(&format!("not {media_type:?}")));
    }
    for parameter in parts.filter(|p| !p.is_empty()) {
        let (name, value) = parameter.split_once('=').unwrap_or((parameter, ""));
        let value = value.trim().trim_matches('"');
        if !(name.trim().eq_ignore_ascii_case("charset") && value.eq_ignore_ascii_case("utf-8")) {
            return Err(refuse(&format!("JSON is UTF-8, without {parameter:?}")));
        }
    }
    Ok(())
}
