//! The portal's cookies: the session, the CSRF seed and the language, their names (with the
//! `__Host-` prefix over HTTPS) and the `Set-Cookie` values a server function appends.

use http::{header, HeaderValue};
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;

/// Cookie holding the session token.
pub const SESSION_COOKIE: &str = "opstap_session";
/// Cookie holding the random seed the CSRF token is derived from.
pub const CSRF_COOKIE: &str = "opstap_csrf";
/// Cookie holding the chosen language.
pub const LANG_COOKIE: &str = "opstap_lang";

/// The name of the session cookie: with the `__Host-` prefix over HTTPS, which browsers
/// accept only from this host, `Secure`, for the whole site — so no subdomain or plain-HTTP
/// page can set or overwrite it.
pub fn session_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-opstap_session"
    } else {
        SESSION_COOKIE
    }
}

/// The name of the CSRF seed cookie (see [`session_cookie_name`]).
pub fn csrf_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-opstap_csrf"
    } else {
        CSRF_COOKIE
    }
}

/// The `Set-Cookie` value of the session cookie (`max_age` 0 removes it).
pub fn session_cookie(token: &str, max_age: i64, secure: bool) -> String {
    let name = session_cookie_name(secure);
    let secure = if secure { "; Secure" } else { "" };
    format!("{name}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}")
}

/// Adds a `Set-Cookie` header to the answer of the running server function.
pub fn append_cookie(cookie: &str) {
    if let (Some(res), Ok(value)) = (
        use_context::<ResponseOptions>(),
        HeaderValue::from_str(cookie),
    ) {
        res.append_header(header::SET_COOKIE, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_cookie_is_locked_down() {
        let c = session_cookie("tok", 60, true);
        assert!(c.contains("HttpOnly") && c.contains("SameSite=Lax") && c.contains("Secure"));
        assert!(!session_cookie("tok", 60, false).contains("Secure"));
    }
}
