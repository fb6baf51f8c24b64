//! Free text as people type it, cleaned at parse time: control characters (a pasted tab,
//! a NUL, an escape sequence, the invisible marks that turn text right-to-left) are never
//! stored. They show as nothing or as garbage, break exports and e-mail headers, and once
//! dropped a candidate from matching. A single-line field keeps no line breaks; a field of
//! several lines keeps them, as `\n`.

/// Characters that are removed or, for white space, turned into a space.
fn unwanted(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// One line: tabs and line breaks become spaces, other control characters go; trimmed.
pub fn line(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        if matches!(c, '\t' | '\n' | '\r' | '\u{0b}' | '\u{0c}' | '\u{85}') {
            out.push(' ');
        } else if !unwanted(c) {
            out.push(c);
        }
    }
    out.trim().to_string()
}

/// Several lines: line breaks are kept (`\r\n` and `\r` become `\n`), tabs become
/// spaces, other control characters go; trimmed at both ends.
pub fn lines(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\n' => out.push('\n'),
            '\t' => out.push(' '),
            c if unwanted(c) => {}
            c => out.push(c),
        }
    }
    out.trim().to_string()
}

/// Text for inside HTML or XML (an attribute, an element, a `<title>`): `&`, `<`, `>`, `"`
/// and `'` as character references; control characters other than line breaks and tabs,
/// which XML does not allow, left out.
pub fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && !matches!(c, '\n' | '\r' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped() {
        assert_eq!(
            escape_markup("Kok </title><script>&'\"\u{1}"),
            "Kok &lt;/title&gt;&lt;script&gt;&amp;&#39;&quot;"
        );
        assert_eq!(escape_markup("regel\nregel"), "regel\nregel");
    }

    #[test]
    fn control_characters_never_stay() {
        assert_eq!(
            line("  Jan\u{0}\u{1b}[31m de\tVries\r\n "),
            "Jan[31m de Vries"
        );
        assert_eq!(line("Fatima\u{202e}cba"), "Fatimacba");
        assert_eq!(line("Ümit Çelik 👩‍🔧"), "Ümit Çelik 👩‍🔧");
        assert_eq!(
            lines(" regel 1\r\nregel 2\rregel 3\n\u{7}\tklaar "),
            "regel 1\nregel 2\nregel 3\n klaar"
        );
        for raw in ["a\u{1f}b", "a\u{1e}b", "a\u{85}b"] {
            assert!(!line(raw).chars().any(char::is_control), "{raw:?}");
            assert!(
                !lines(raw).chars().any(|c| c.is_control() && c != '\n'),
                "{raw:?}"
            );
        }
    }
}
