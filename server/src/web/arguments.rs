//! A server function called with arguments it cannot read (a field missing, a number that
//! is not one, a body that is not a form) is the caller's mistake: `400 Bad Request`, not
//! the `500` the server-function layer answers for every error it meets before our code
//! runs. Those errors reach us as `AppError::Transport` (see `app::error`); a `500` carrying
//! one is turned into a `400` here. Real failures inside a handler keep their status.

use axum::body::Body;
use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The header the server-function layer puts on its error answers.
const SERVER_FN_ERROR: &str = "serverfnerror";

pub async fn bad_arguments_are_bad_requests(req: Request, next: Next) -> Response {
    let res = next.run(req).await;
    if res.status() != StatusCode::INTERNAL_SERVER_ERROR
        || !res.headers().contains_key(SERVER_FN_ERROR)
    {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 * 1024).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if is_transport_error(&bytes) {
        parts.status = StatusCode::BAD_REQUEST;
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// Whether an error body is `{"Transport": …}`: the arguments could not be read.
fn is_transport_error(body: &[u8]) -> bool {
    serde_json::from_slice::<serde_json::Value>(body)
        .ok()
        .is_some_and(|v| v.get("Transport").is_some())
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_argument_errors_become_bad_requests() {
        assert!(super::is_transport_error(
            br#"{"Transport":"missing field `id`"}"#
        ));
        assert!(!super::is_transport_error(br#""Internal""#));
        assert!(!super::is_transport_error(b"not json"));
    }
}
