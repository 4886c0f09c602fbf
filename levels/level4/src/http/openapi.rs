//! The service's contract as an OpenAPI 3.1 document, served at `GET /openapi.json`.
//!
//! Made by utoipa from the types the handlers take and give (`NewUser`, `BalanceUpdate`,
//! `User`, `Page`, the error body) and from one declaration per route below: its method and
//! path, its parameters and body, and every status it can answer with, each with the error
//! codes it carries. `tests/checks/openapi.rs` holds the document to the service's behaviour:
//! the routes are the router's, and every answer the checks provoke is documented.
//!
//! `POST /transfers` is the learner's exercise, whose types cannot carry utoipa's derives, so
//! its body and answer are described here by types of the same shape.

use utoipa::{OpenApi, ToSchema};

use crate::http::users::{BalanceUpdate, NewUser};
use crate::store::{Page, User};

/// Every error answer: a stable code for programs, a message for people.
#[derive(ToSchema)]
#[allow(dead_code)] // A description: never built, only read by utoipa.
pub struct ErrorBody {
    /// What went wrong, for programs to match on.
    #[schema(value_type = String, example = "not_found")]
    code: ErrorCode,
    /// What went wrong, for people; may change.
    message: String,
}

/// The error codes, all of them (`http/error.rs`, `http/json_only.rs`, `http/mod.rs`).
#[derive(ToSchema)]
#[schema(rename_all = "snake_case")]
#[allow(dead_code)]
pub enum ErrorCode {
    MalformedJson,
    BadPath,
    BadQuery,
    InvalidInput,
    InsufficientFunds,
    NotFound,
    DuplicateEmail,
    NoSuchRoute,
    MethodNotAllowed,
    RequestTimeout,
    PayloadTooLarge,
    UnsupportedMediaType,
    Unavailable,
    Internal,
}

/// The body of `POST /transfers` (the exercise's `TransferRequest`).
#[derive(ToSchema)]
#[schema(as = TransferRequest)]
#[allow(dead_code)]
pub struct TransferRequestDoc {
    from: i64,
    to: i64,
    /// Positive, at most two decimals, as a string.
    #[schema(value_type = String, pattern = r"^\d{1,10}(\.\d{1,2})?$", example = "30.00")]
    amount: String,
}

/// The answer to a transfer that happened (the exercise's `TransferDone`).
#[derive(ToSchema)]
#[schema(as = TransferDone)]
#[allow(dead_code)]
pub struct TransferDoneDoc {
    from: i64,
    to: i64,
    #[schema(value_type = String, pattern = r"^\d+\.\d{2}$", example = "30.00")]
    amount: String,
}

/// `GET /health`'s answer.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct Health {
    #[schema(example = "ok")]
    status: String,
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "users service",
        description = "The workbook's level 4 service: users with balances, and transfers \
                       between them. Money is a decimal string with two decimals (\"30.00\"). \
                       Every error is {\"code\", \"message\"}; any route may also answer 404 \
                       no_such_route, 405 method_not_allowed, 500 internal (a bug), and 503 \
                       unavailable with Retry-After when the database is.",
        version = "1"
    ),
    paths(
        create_user,
        list_users,
        get_user,
        set_balance,
        delete_user,
        transfer,
        health,
        openapi_json
    ),
    components(schemas(
        User,
        Page,
        NewUser,
        BalanceUpdate,
        TransferRequestDoc,
        TransferDoneDoc,
        ErrorBody,
        ErrorCode,
        Health
    ))
)]
pub struct ApiDoc;

/// The document, as served.
pub fn document() -> String {
    ApiDoc::openapi()
        .to_pretty_json()
        .expect("the OpenAPI document serializes")
}

// One declaration per route: what it takes and every answer it can give.

#[utoipa::path(post, path = "/users", request_body = NewUser, responses(
    (status = 201, description = "created, with a zero balance", body = User),
    (status = 400, description = "malformed_json: not a JSON object, or a missing, unknown or mistyped field", body = ErrorBody),
    (status = 408, description = "request_timeout: the body did not arrive in time", body = ErrorBody),
    (status = 409, description = "duplicate_email", body = ErrorBody),
    (status = 413, description = "payload_too_large: over 16 KiB", body = ErrorBody),
    (status = 415, description = "unsupported_media_type: not application/json in UTF-8", body = ErrorBody),
    (status = 422, description = "invalid_input: the name or email breaks a rule (the message names the field)", body = ErrorBody),
    (status = 503, description = "unavailable", body = ErrorBody),
))]
#[allow(dead_code)]
fn create_user() {}

#[utoipa::path(get, path = "/users", params(
    ("limit" = Option<u32>, Query, minimum = 1, maximum = 200, description = "page size, 1 to 200 (50)"),
    ("cursor" = Option<i64>, Query, description = "the next_cursor of the previous page"),
), responses(
    (status = 200, description = "a page of users in id order", body = Page),
    (status = 400, description = "bad_query: a limit or cursor that is not a number", body = ErrorBody),
    (status = 422, description = "invalid_input: a limit outside 1 to 200", body = ErrorBody),
    (status = 503, description = "unavailable", body = ErrorBody),
))]
#[allow(dead_code)]
fn list_users() {}

#[utoipa::path(get, path = "/users/{id}", params(("id" = i64, Path)), responses(
    (status = 200, description = "the user", body = User),
    (status = 400, description = "bad_path: an id that is not a 64-bit number", body = ErrorBody),
    (status = 404, description = "not_found", body = ErrorBody),
    (status = 503, description = "unavailable", body = ErrorBody),
))]
#[allow(dead_code)]
fn get_user() {}

#[utoipa::path(patch, path = "/users/{id}", params(("id" = i64, Path)), request_body = BalanceUpdate, responses(
    (status = 200, description = "the user, with the new balance", body = User),
    (status = 400, description = "bad_path, or malformed_json", body = ErrorBody),
    (status = 404, description = "not_found", body = ErrorBody),
    (status = 408, description = "request_timeout", body = ErrorBody),
    (status = 413, description = "payload_too_large", body = ErrorBody),
    (status = 415, description = "unsupported_media_type", body = ErrorBody),
    (status = 422, description = "invalid_input: negative, more than two decimals, too large", body = ErrorBody),
    (status = 503, description = "unavailable", body = ErrorBody),
))]
#[allow(dead_code)]
fn set_balance() {}

#[utoipa::path(delete, path = "/users/{id}", params(("id" = i64, Path)), responses(
    (status = 204, description = "deleted"),
    (status = 400, description = "bad_path", body = ErrorBody),
    (status = 404, description = "not_found", body = ErrorBody),
    (status = 503, description = "unavailable", body = ErrorBody),
))]
#[allow(dead_code)]
fn delete_user() {}

#[utoipa::path(post, path = "/transfers", request_body = TransferRequestDoc, responses(
    (status = 200, description = "moved", body = TransferDoneDoc),
    (status = 400, description = "malformed_json", body = ErrorBody),
    (status = 404, description = "not_found: either user", body = ErrorBody),
    (status = 408, description = "request_timeout", body = ErrorBody),
    (status = 413, description = "payload_too_large", body = ErrorBody),
    (status = 415, description = "unsupported_media_type", body = ErrorBody),
    (status = 422, description = "invalid_input (an amount not positive or with more than two decimals, the same user twice, a balance that would pass 9999999999.99), or insufficient_funds", body = ErrorBody),
    (status = 503, description = "unavailable", body = ErrorBody),
))]
#[allow(dead_code)]
fn transfer() {}

#[utoipa::path(get, path = "/health", responses(
    (status = 200, description = "the database answers", body = Health),
    (status = 503, description = "unavailable", body = ErrorBody),
))]
#[allow(dead_code)]
fn health() {}

#[utoipa::path(get, path = "/openapi.json", responses(
    (status = 200, description = "this document"),
))]
#[allow(dead_code)]
fn openapi_json() {}
