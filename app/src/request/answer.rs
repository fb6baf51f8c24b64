//! Errors as answers: the HTTP status of a failed server function or of a page.

use crate::error::AppError;
use http::request::Parts;
use http::{header, StatusCode};
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;

/// Sets the HTTP status for an error answered to a script. A form posted without
/// JavaScript is redirected back to its page instead, so its status is left alone.
pub fn answer(error: AppError) -> AppError {
    let wants_html = use_context::<Parts>()
        .and_then(|p| {
            p.headers
                .get(header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .map(|v| v.contains("text/html"))
        })
        .unwrap_or(false);
    if !wants_html {
        set_page_status(error.status());
    }
    error
}

/// Sets the status of a page being rendered (404, 403, ...).
pub fn set_page_status(status: u16) {
    if let (Some(res), Ok(status)) = (
        use_context::<ResponseOptions>(),
        StatusCode::from_u16(status),
    ) {
        res.set_status(status);
    }
}
