//! How created objects carry our dedupe key, so that a crash between "create" and "record the
//! id" never leads to a second object.
//!
//! * **DSR**: `refId` = the dedupe key (a documented field, ≤ 355 chars, filterable).
//! * **Task**: `additionalDatas[`[`DEDUPE_KEY_FIELD`]`]` = the key, **and** a marker in
//!   `descriptionHtml`.
//! * **Data breach**: `DataBreachDto` has no `additionalDatas`, so only the marker.
//!
//! The marker is the token `mailgate:<encoded key>` written twice at the end of the
//! description: inside an HTML comment (`<!-- mailgate:… -->`) and as a small visible
//! paragraph. Dastra sanitizes `descriptionHtml` ("Html is automatically controlled"), and
//! sanitizers commonly drop comments; the visible copy survives any sanitizer and tells a
//! human where the object came from. The key is percent-encoded outside `[A-Za-z0-9@._+=:/]`
//! so that the token cannot end a comment (`--`, `>`), needs no HTML escaping, contains no
//! whitespace, and maps back to exactly one key.
//!
//! Lookup (`find_tasks_by_dedupe_key`, `find_breaches_by_dedupe_key` on the client): list with
//! `filters = {"field":"descriptionHtml","operator":"contains","value":"mailgate:<key>"}`,
//! then keep only the objects whose description holds the exact token (a `contains` on
//! `mailgate:abc` also matches `mailgate:abcd`) or, for tasks, whose `additionalDatas` holds the
//! key. Archived objects are searched too when nothing active matches.

use std::fmt::Write as _;

use serde_json::Value;

/// Key of our dedupe key inside a task's `additionalDatas`.
pub const DEDUPE_KEY_FIELD: &str = "mailgateDedupeKey";

/// Prefix of the marker token.
const TOKEN_PREFIX: &str = "mailgate:";

/// The marker token for `key`: `mailgate:` + the key, percent-encoded outside
/// `[A-Za-z0-9@._+=:/]`.
pub fn dedupe_token(key: &str) -> String {
    let mut out = String::with_capacity(TOKEN_PREFIX.len() + key.len());
    out.push_str(TOKEN_PREFIX);
    for b in key.bytes() {
        let c = b as char;
        if c.is_ascii_alphanumeric() || matches!(c, '@' | '.' | '_' | '+' | '=' | ':' | '/') {
            out.push(c);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// The HTML appended to a description: an HTML comment and a visible paragraph, both with
/// [`dedupe_token`].
pub fn dedupe_marker_html(key: &str) -> String {
    let token = dedupe_token(key);
    format!("<!-- {token} --><p><small>{token}</small></p>")
}

/// `html` (may be empty) followed by the marker for `key`.
pub fn with_dedupe_marker(html: &str, key: &str) -> String {
    let marker = dedupe_marker_html(key);
    if html.trim().is_empty() {
        marker
    } else {
        format!("{html}\n{marker}")
    }
}

/// True when `html` contains the exact marker token for `key` (not a longer key that starts
/// with it).
pub fn html_has_marker(html: &str, key: &str) -> bool {
    let token = dedupe_token(key);
    let mut rest = html;
    while let Some(pos) = rest.find(&token) {
        let after = &rest[pos + token.len()..];
        let ends = after
            .chars()
            .next()
            .is_none_or(|c| !(c.is_ascii_alphanumeric() || "@._+=:/%".contains(c)));
        if ends {
            return true;
        }
        rest = &rest[pos + token.len()..];
    }
    false
}

/// True when `additional_datas` (a JSON object) holds `key` under [`DEDUPE_KEY_FIELD`].
pub fn additional_datas_has_key(additional_datas: Option<&Value>, key: &str) -> bool {
    additional_datas
        .and_then(|v| v.get(DEDUPE_KEY_FIELD))
        .and_then(Value::as_str)
        == Some(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn tokens_are_safe_in_html_comments() {
        let t = dedupe_token("<CAF=x--y>z@mail.example.com>");
        assert_eq!(t, "mailgate:%3CCAF=x%2D%2Dy%3Ez@mail.example.com%3E");
        assert!(!t.contains("--") && !t.contains('>') && !t.contains('<'));
        assert_eq!(
            dedupe_token("sha256:ab12 é"),
            "mailgate:sha256:ab12%20%C3%A9"
        );
    }

    #[test]
    fn markers_match_exactly() {
        let html = with_dedupe_marker("<p>Body</p>", "<abc@x>");
        assert!(html.starts_with("<p>Body</p>\n<!-- mailgate:%3Cabc@x%3E -->"));
        assert!(html_has_marker(&html, "<abc@x>"));
        assert!(!html_has_marker(&html, "<abc@x"));
        assert!(!html_has_marker(&html, "abc@x"));
        let longer = with_dedupe_marker("", "<abc@x>.2");
        assert!(!html_has_marker(&longer, "<abc@x>"));
        // A sanitizer that drops the comment keeps the visible copy.
        let sanitized = html.replace("<!-- mailgate:%3Cabc@x%3E -->", "");
        assert!(html_has_marker(&sanitized, "<abc@x>"));
        assert!(!html_has_marker("", "k"));
    }

    #[test]
    fn additional_datas_lookup() {
        let v = json!({"mailgateDedupeKey": "k1", "other": 2});
        assert!(additional_datas_has_key(Some(&v), "k1"));
        assert!(!additional_datas_has_key(Some(&v), "k2"));
        assert!(!additional_datas_has_key(None, "k1"));
        assert!(!additional_datas_has_key(Some(&json!("str")), "k1"));
    }
}
