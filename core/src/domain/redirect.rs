//! Where the portal may send a browser when the request names the place: after logging in
//! (`next`), after switching the language (`terug`). Only a path on this site, judged as a
//! browser reads a `Location` header, so that no value leads to another host (an open
//! redirect, used in phishing: "log in at the real portal, land on ours") and no value
//! breaks the header.
//!
//! A browser strips tabs and newlines from a URL before parsing it, treats `\` as `/`, and
//! takes `//host` as another host. So a target is refused when it, or what its
//! path's percent-escapes decode to, has a control or whitespace character or a backslash
//! anywhere, or does not start with exactly one `/`. Server-function endpoints (`/api/`)
//! are no pages to land on. What is accepted is returned with every byte outside printable
//! ASCII percent-encoded, so it is always a valid header value.

/// The path `raw` names on this site, ready for a `Location` header; `None` when it is not
/// one (then the caller sends the reader home).
pub fn local_path(raw: &str) -> Option<String> {
    if !acceptable(raw) {
        return None;
    }
    // The path decoded must pass too (the query and fragment may hold any escaped text:
    // a search for "zorg en welzijn" is fine), and every escape must be well-formed.
    let path_end = raw.find(['?', '#']).unwrap_or(raw.len());
    let decoded = percent_decode(&raw[..path_end])?;
    percent_decode(&raw[path_end..])?;
    if !acceptable(&decoded) {
        return None;
    }
    let mut out = String::with_capacity(raw.len());
    for b in raw.bytes() {
        if b.is_ascii_graphic() {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    Some(out)
}

fn acceptable(path: &str) -> bool {
    let mut chars = path.chars();
    chars.next() == Some('/')
        && !matches!(chars.next(), Some('/' | '\\'))
        && !path
            .chars()
            .any(|c| c == '\\' || c.is_control() || c.is_whitespace())
        && !path.starts_with("/api/")
        && path.len() <= 2048
}

/// `%XX` decoded; `None` for a broken escape or bytes that are not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Percent-encodes a path for use as a query value (`?terug=…`, `?next=…`).
pub fn encode_query_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{encode_query_value, local_path};

    #[test]
    fn query_values_are_encoded() {
        assert_eq!(
            encode_query_value("/balie?a=1&b=é"),
            "/balie%3Fa%3D1%26b%3D%C3%A9"
        );
    }

    #[test]
    fn paths_on_this_site_are_followed() {
        assert_eq!(local_path("/balie").as_deref(), Some("/balie"));
        assert_eq!(
            local_path("/vacatures?q=zorg&soort=job#lijst").as_deref(),
            Some("/vacatures?q=zorg&soort=job#lijst")
        );
        assert_eq!(
            local_path("/vacatures?q=%C3%A9").as_deref(),
            Some("/vacatures?q=%C3%A9")
        );
        // Typed as text, sent as a valid header value.
        assert_eq!(
            local_path("/vacatures?q=é").as_deref(),
            Some("/vacatures?q=%C3%A9")
        );
        assert_eq!(local_path("/").as_deref(), Some("/"));
        assert_eq!(
            local_path("/vacatures?q=zorg%20en%20welzijn").as_deref(),
            Some("/vacatures?q=zorg%20en%20welzijn")
        );
    }

    #[test]
    fn anything_a_browser_reads_as_another_host_is_refused() {
        for bad in [
            "//evil.example/",
            "/\\evil.example",
            "\\\\evil.example",
            "https://evil.example/",
            "javascript:alert(1)",
            "evil.example",
            "balie",
            "",
            " /balie",
            "/\t/evil.example",
            "/\n/evil.example",
            "/%09/evil.example",
            "/%2F/evil.example",
            "/%5Cevil.example",
            "/%5c%5cevil.example",
            "/balie\r\nSet-Cookie: x=1",
            "/balie%0d%0aSet-Cookie:%20x=1",
            "/balie\u{0}",
            "/balie\u{7f}",
            "/balie\u{2028}",
            "/ja\u{a0}nee",
            "/api/logout",
            "/%zz",
            "/%",
            "/%C3",
            "/%ff%fe",
            "/vacatures?q=%zz",
        ] {
            assert_eq!(local_path(bad), None, "{bad:?}");
        }
        assert_eq!(local_path(&format!("/{}", "a".repeat(3000))), None);
    }
}
