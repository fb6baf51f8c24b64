//! The one error type every server function returns.
//!
//! It travels to the browser as JSON (and, for a form posted without JavaScript, in the URL
//! the server redirects back to), so pages can show a message in the reader's language. On
//! the server, database and other internal errors are logged in full and reach the client
//! only as [`AppError::Internal`].

use crate::i18n::{msg, T};
use serde::{Deserialize, Serialize};
use server_fn::codec::JsonEncoding;
use server_fn::error::{FromServerFnError, ServerFnErrorErr};

/// A message for one form field, in both languages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldMessage {
    pub field: String,
    pub nl: String,
    pub en: String,
}

impl FieldMessage {
    pub fn new(field: &str, message: T) -> FieldMessage {
        FieldMessage {
            field: field.to_string(),
            nl: message.nl.to_string(),
            en: message.en.to_string(),
        }
    }

    pub fn text(&self, lang: crate::i18n::Lang) -> &str {
        match lang {
            crate::i18n::Lang::Nl => &self.nl,
            crate::i18n::Lang::En => &self.en,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("not logged in")]
    NotLoggedIn,
    #[error("this role has no access")]
    Forbidden,
    #[error("not found")]
    NotFound,
    /// It existed but is no longer available (a closed opening).
    #[error("no longer available")]
    Gone,
    /// The candidate's personal data was removed (retention or erasure): nothing about
    /// them can change any more.
    #[error("anonymised")]
    Anonymised,
    #[error("e-mail address and password do not match")]
    LoginFailed,
    #[error("too many attempts")]
    TooManyAttempts,
    /// Input refused: a message per field, and what was typed (never passwords), so a
    /// form posted without JavaScript can be shown again as it was filled in.
    #[error("invalid input")]
    Invalid {
        fields: Vec<FieldMessage>,
        values: Vec<(String, String)>,
    },
    #[error("internal error")]
    Internal,
    #[error("request failed: {0}")]
    Transport(String),
}

impl AppError {
    /// One invalid field.
    pub fn field(field: &str, message: T) -> AppError {
        AppError::Invalid {
            fields: vec![FieldMessage::new(field, message)],
            values: Vec::new(),
        }
    }

    /// Several invalid fields, with the values to show again.
    pub fn invalid(fields: Vec<FieldMessage>, values: Vec<(String, String)>) -> AppError {
        AppError::Invalid { fields, values }
    }

    /// The HTTP status this error is answered with.
    pub fn status(&self) -> u16 {
        match self {
            AppError::NotLoggedIn => 401,
            AppError::Forbidden => 403,
            AppError::NotFound => 404,
            AppError::Gone | AppError::Anonymised => 410,
            AppError::LoginFailed | AppError::Invalid { .. } => 422,
            AppError::TooManyAttempts => 429,
            AppError::Internal | AppError::Transport(_) => 500,
        }
    }

    /// A sentence for the reader.
    pub fn message(&self) -> T {
        match self {
            AppError::NotLoggedIn => msg::NEED_LOGIN_TEXT,
            AppError::Forbidden => msg::NO_ACCESS_TEXT,
            AppError::NotFound => msg::NOT_FOUND_TEXT,
            AppError::Gone => msg::GONE_TEXT,
            AppError::Anonymised => msg::ANONYMISED_TEXT,
            AppError::LoginFailed => msg::LOGIN_FAILED,
            AppError::TooManyAttempts => msg::LOGIN_TOO_MANY,
            AppError::Invalid { .. } | AppError::Internal | AppError::Transport(_) => {
                msg::ERROR_TEXT
            }
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        AppError::Transport(value.to_string())
    }
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for AppError {
    fn from(error: sqlx::Error) -> Self {
        tracing::error!(%error, "database error");
        AppError::Internal
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_what_clients_expect() {
        assert_eq!(AppError::Forbidden.status(), 403);
        assert_eq!(AppError::NotLoggedIn.status(), 401);
        assert_eq!(AppError::TooManyAttempts.status(), 429);
        assert_eq!(AppError::Anonymised.status(), 410);
        assert_eq!(AppError::field("email", msg::LOGIN_FAILED).status(), 422);
    }

    #[test]
    fn survives_the_json_round_trip() {
        let e = AppError::field("kvk", crate::domain::kvk::INVALID_KVK);
        let bytes = e.ser();
        assert_eq!(AppError::de(bytes), e);
    }
}
