//! What a file download answers when there is no file, the same for every download (the
//! reports' CSV tables, the subject-access JSON): a visitor goes to the login page and
//! comes back to the page the download belongs to; a wrong role, an unknown record or
//! wrong input gets its status and a sentence in the reader's language.

use app::error::AppError;
use app::request::RequestCtx;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

opstap_core::messages! { WEB_DOWNLOADS {
    NO_ACCESS = "Deze download hoort niet bij uw rol." / "This download is not part of your role.";
    FAILED =
        "Er ging iets mis. Probeer het later opnieuw."
        / "Something went wrong. Please try again later.";
}}

/// A plain-text answer.
pub(super) fn text(status: StatusCode, message: &str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        message.to_string(),
    )
        .into_response()
}

/// Why there is no file; `page` is where a visitor returns after logging in.
pub(super) fn refusal(e: AppError, ctx: &RequestCtx, page: &str) -> Response {
    let lang = ctx.lang;
    match e {
        AppError::NotLoggedIn => Redirect::to(&format!(
            "/inloggen?terug={}",
            app::domain::redirect::encode_query_value(page)
        ))
        .into_response(),
        AppError::Forbidden => text(StatusCode::FORBIDDEN, NO_ACCESS.get(lang)),
        AppError::Invalid { fields, .. } => text(
            StatusCode::UNPROCESSABLE_ENTITY,
            &fields
                .iter()
                .map(|f| format!("{}: {}", f.field, f.text(lang)))
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        other => match StatusCode::from_u16(other.status()) {
            Ok(status) if status.is_client_error() => text(status, other.message().get(lang)),
            _ => text(StatusCode::INTERNAL_SERVER_ERROR, FAILED.get(lang)),
        },
    }
}
