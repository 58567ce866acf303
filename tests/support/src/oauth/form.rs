//! `application/x-www-form-urlencoded` parsing and encoding, plus the
//! `Authorization` header forms the token endpoints accept.

use axum::http::HeaderMap;
use base64::Engine as _;

/// Parses an urlencoded string (`a=1&b=x+y`) into ordered pairs.
pub(crate) fn parse_urlencoded(input: &str) -> Vec<(String, String)> {
    input
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| match part.split_once('=') {
            Some((k, v)) => (percent_decode(k), percent_decode(v)),
            None => (percent_decode(part), String::new()),
        })
        .collect()
}

/// Decodes `%XX` escapes and `+` (space). Invalid escapes are kept verbatim.
pub(crate) fn percent_decode(input: &str) -> String {
    let bytes = input.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
pub(crate) fn encode_component(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for b in input.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Builds `a=1&b=2` from pairs, encoding each part.
pub(crate) fn encode_pairs(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode_component(k), encode_component(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Appends query pairs to a URL that may already carry a query.
pub(crate) fn append_query(url: &str, pairs: &[(&str, &str)]) -> String {
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}{}", encode_pairs(pairs))
}

/// First value of `name` in `pairs`.
pub(crate) fn get<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// First non-empty value of `name` in `pairs`.
pub(crate) fn get_nonempty<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    get(pairs, name).filter(|v| !v.is_empty())
}

/// `Authorization: Basic` credentials (client_secret_basic). Per RFC 6749
/// §2.3.1 both halves are form-urlencoded before base64, so they are decoded.
pub(crate) fn basic_auth(headers: &HeaderMap) -> Option<(String, String)> {
    let value = headers.get("authorization")?.to_str().ok()?;
    let (scheme, rest) = value.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(rest.trim())
        .ok()?;
    let decoded = String::from_utf8(decoded).ok()?;
    let (user, pass) = decoded.split_once(':')?;
    Some((percent_decode(user), percent_decode(pass)))
}

/// `Authorization: Bearer <token>`.
pub(crate) fn bearer(headers: &HeaderMap) -> Option<String> {
    let value = headers.get("authorization")?.to_str().ok()?;
    let (scheme, rest) = value.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("bearer") {
        return None;
    }
    let token = rest.trim();
    (!token.is_empty()).then(|| token.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_plus_and_escapes() {
        let pairs = parse_urlencoded("a=x+y&b=%2Fz%3D&c&d=%zz");
        assert_eq!(get(&pairs, "a"), Some("x y"));
        assert_eq!(get(&pairs, "b"), Some("/z="));
        assert_eq!(get(&pairs, "c"), Some(""));
        assert_eq!(get(&pairs, "d"), Some("%zz"));
    }

    #[test]
    fn encodes_reserved() {
        assert_eq!(encode_component("a b/c:d"), "a%20b%2Fc%3Ad");
        assert_eq!(
            append_query("http://x/cb?k=1", &[("code", "a b")]),
            "http://x/cb?k=1&code=a%20b"
        );
    }
}
