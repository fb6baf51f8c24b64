//! Random tokens, their hashes, and CSRF tokens: signed (HMAC over the session or the
//! browser's seed), masked per page against BREACH, compared in constant time.

use argon2::password_hash::rand_core::{OsRng, RngCore};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

/// 32 random bytes as hex, for session tokens and secrets.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    hex(&bytes)
}

/// A form's key as posted back, when it looks like one [`random_token`] made (a form
/// posted twice is then recognised by it); `None` otherwise.
pub fn form_key(key: &str) -> Option<&str> {
    let key = key.trim();
    (key.len() == 64 && key.bytes().all(|b| b.is_ascii_hexdigit())).then_some(key)
}

pub fn sha256_hex(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

/// What a CSRF token is bound to: the session once someone is logged in, before that the
/// browser's random seed cookie. A token seen before login is worthless after it.
#[derive(Clone, Copy, Debug)]
pub enum CsrfBinding<'a> {
    /// The SHA-256 of the session cookie.
    Session(&'a str),
    /// The seed cookie of a browser without a session.
    Seed(&'a str),
}

/// The CSRF token of a browser: an HMAC under the server secret over what it is bound to
/// (a signed double-submit token, so nothing has to be stored per browser).
pub fn csrf_token_for(secret: &str, binding: CsrfBinding) -> String {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret.as_bytes())
        .expect("HMAC takes keys of any length");
    match binding {
        CsrfBinding::Session(hash) => {
            mac.update(b"opstap-csrf:session:");
            mac.update(hash.as_bytes());
        }
        CsrfBinding::Seed(seed) => {
            mac.update(b"opstap-csrf:seed:");
            mac.update(seed.as_bytes());
        }
    }
    hex(&mac.finalize().into_bytes())
}

/// The token as written into one page: XOR-ed with a fresh random mask, the mask in
/// front (`mask ‖ token ⊕ mask`, hex). Every page then carries different bytes, so a
/// compressed page's size tells nothing about the token (BREACH). Only pages of a logged-
/// in user are masked: a visitor's page must stay the same to be revalidated (`304`).
pub fn mask_csrf_token(token: &str) -> String {
    let mask = random_token();
    let (Some(t), Some(m)) = (unhex(token), unhex(&mask)) else {
        return token.to_string();
    };
    let masked: Vec<u8> = t.iter().zip(m.iter()).map(|(a, b)| a ^ b).collect();
    format!("{mask}{}", hex(&masked))
}

/// Whether `sent` (plain or masked, see [`mask_csrf_token`]) is `expected`, compared in
/// constant time.
pub fn csrf_token_matches(sent: &str, expected: &str) -> bool {
    let plain = match sent.len() {
        64 => sent.to_string(),
        128 => {
            let (mask, masked) = sent.split_at(64);
            match (unhex(mask), unhex(masked)) {
                (Some(m), Some(x)) => hex(&m
                    .iter()
                    .zip(x.iter())
                    .map(|(a, b)| a ^ b)
                    .collect::<Vec<u8>>()),
                _ => return false,
            }
        }
        _ => return false,
    };
    constant_time_eq(&plain, expected)
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// Compares two secrets in time independent of where they differ.
pub fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// Lower-case hex, two digits a byte (every logged-in page masks a token: no `format!`
/// per byte).
fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 0x0f)] as char);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csrf_tokens_depend_on_secret_and_binding() {
        use CsrfBinding::{Seed, Session};
        let a = csrf_token_for("secret", Seed("seed"));
        assert_eq!(a, csrf_token_for("secret", Seed("seed")));
        assert_ne!(a, csrf_token_for("other", Seed("seed")));
        assert_ne!(a, csrf_token_for("secret", Seed("seed2")));
        assert_ne!(a, csrf_token_for("secret", Session("seed")));
        // Masked copies differ per page and still match; a changed byte does not.
        let one = mask_csrf_token(&a);
        let two = mask_csrf_token(&a);
        assert_ne!(one, two);
        assert!(csrf_token_matches(&one, &a) && csrf_token_matches(&two, &a));
        assert!(csrf_token_matches(&a, &a));
        let mut broken = one.clone().into_bytes();
        broken[100] = if broken[100] == b'0' { b'1' } else { b'0' };
        assert!(!csrf_token_matches(&String::from_utf8(broken).unwrap(), &a));
        assert!(!csrf_token_matches("", &a) && !csrf_token_matches(&"z".repeat(128), &a));
        assert_eq!(a.len(), 64);
    }

    #[test]
    fn hex_is_two_lower_case_digits_a_byte() {
        assert_eq!(hex(&[0x00, 0x0f, 0xa5, 0xff]), "000fa5ff");
        assert_eq!(unhex(&hex(&[1, 2, 254])), Some(vec![1, 2, 254]));
        assert_eq!(
            sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn constant_time_eq_compares() {
        assert!(constant_time_eq("abc", "abc"));
        assert!(!constant_time_eq("abc", "abd"));
        assert!(!constant_time_eq("abc", "abcd"));
    }
}
