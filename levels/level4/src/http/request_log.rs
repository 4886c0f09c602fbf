//! One log line per request: request id, method, path, status, latency; and for a 5xx, a line
//! before it with what went wrong (see `error::ErrorDetail`). The id comes from the
//! client's `x-request-id` header when it sends one (so a request can be followed across
//! services), else is made here, and is returned in the response's `x-request-id`.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

use crate::http::error::ErrorDetail;

pub async fn log_request(mut request: Request, next: Next) -> Response {
    static NEXT_ID: AtomicU64 = AtomicU64::new(1);
    let id = request
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .filter(|v| !v.is_empty() && v.len() <= 64)
        .map(str::to_string)
        .unwrap_or_else(|| {
            format!(
                "{:x}-{}",
                std::process::id(),
                NEXT_ID.fetch_add(1, Ordering::Relaxed)
            )
        });
    let header = HeaderValue::from_str(&id).unwrap_or_else(|_| HeaderValue::from_static("invalid"));
    request.headers_mut().insert("x-request-id", header.clone());
    let (method, path) = (request.method().clone(), request.uri().path().to_string());

    let began = Instant::now();
    let mut response = next.run(request).await;
    response.headers_mut().insert("x-request-id", header);
    if let Some(ErrorDetail(detail)) = response.extensions_mut().remove::<ErrorDetail>() {
        if response.status() == StatusCode::SERVICE_UNAVAILABLE {
            tracing::warn!(request_id = %id, %method, %path, "unavailable: {detail}");
        } else {
            tracing::error!(request_id = %id, %method, %path, "failed: {detail}");
        }
    }
    tracing::info!(
        request_id = %id,
        %method,
        %path,
        status = response.status().as_u16(),
        latency_ms = format!("{:.1}", began.elapsed().as_secs_f64() * 1000.0),
        "request"
    );
    response
}
