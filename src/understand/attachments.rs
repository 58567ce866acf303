//! Attachment policy (Dastra's own by default) and file-name sanitising.

use serde::Serialize;

/// Dastra's collection-mailbox extension allow-list (doc "data collection mailboxes").
pub const DASTRA_EXTENSIONS: &[&str] = &[
    "7z", "csv", "doc", "docx", "eml", "epub", "gif", "htm", "html", "jpeg", "jpg", "json", "md",
    "msg", "ods", "odg", "odp", "odt", "pdf", "png", "ppt", "pptx", "rar", "rtf", "svg", "txt",
    "xls", "xlsm", "xlsx", "zip",
];

/// Extensions treated as images for the small-image rule.
const IMAGE_EXTENSIONS: &[&str] = &[
    "gif", "jpeg", "jpg", "png", "svg", "bmp", "webp", "tif", "tiff", "heic", "ico",
];

/// Longest file name kept, in bytes (extension included).
pub const MAX_NAME_BYTES: usize = 150;

/// Why an attachment is kept or dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AttachmentReason {
    /// Passes the policy.
    Allowed,
    /// The extension is not in the allow-list.
    ExtensionNotAllowed,
    /// An image under the minimum size (signature logos, tracking pixels).
    SmallImage,
    /// Over the size cap.
    TooLarge,
    /// No content.
    Empty,
}

/// The attachment policy.
#[derive(Debug, Clone, PartialEq)]
pub struct AttachmentPolicy {
    /// Apply the extension allow-list (`allowed_extensions`) and the small-image rule.
    pub dastra_policy: bool,
    /// Lowercase extensions without the dot.
    pub allowed_extensions: Vec<String>,
    /// Images smaller than this are dropped (Dastra: 5 KB).
    pub min_image_bytes: u64,
    /// Anything larger is dropped.
    pub max_bytes: u64,
}

impl Default for AttachmentPolicy {
    fn default() -> Self {
        AttachmentPolicy {
            dastra_policy: true,
            allowed_extensions: DASTRA_EXTENSIONS.iter().map(|s| s.to_string()).collect(),
            min_image_bytes: 5120,
            max_bytes: 25 * 1024 * 1024,
        }
    }
}

impl AttachmentPolicy {
    /// Decides for a (sanitised) file name, MIME type and decoded size.
    pub fn decide(&self, name: &str, content_type: &str, size: u64) -> AttachmentReason {
        if size == 0 {
            return AttachmentReason::Empty;
        }
        if size > self.max_bytes {
            return AttachmentReason::TooLarge;
        }
        if !self.dastra_policy {
            return AttachmentReason::Allowed;
        }
        let ext = extension(name).unwrap_or_default();
        if !self
            .allowed_extensions
            .iter()
            .any(|a| a.eq_ignore_ascii_case(&ext))
        {
            return AttachmentReason::ExtensionNotAllowed;
        }
        let is_image = content_type.to_ascii_lowercase().starts_with("image/")
            || IMAGE_EXTENSIONS.contains(&ext.as_str());
        if is_image && size < self.min_image_bytes {
            return AttachmentReason::SmallImage;
        }
        AttachmentReason::Allowed
    }
}

/// The lowercase extension of a file name, without the dot.
pub fn extension(name: &str) -> Option<String> {
    let (stem, ext) = name.rsplit_once('.')?;
    (!stem.is_empty()
        && !ext.is_empty()
        && ext.len() <= 10
        && ext.chars().all(|c| c.is_ascii_alphanumeric()))
    .then(|| ext.to_ascii_lowercase())
}

/// A usable extension for a MIME type, when the mail gave no file name.
pub(crate) fn extension_for(content_type: &str) -> &'static str {
    match content_type.to_ascii_lowercase().as_str() {
        "application/pdf" => "pdf",
        "image/png" => "png",
        "image/jpeg" | "image/jpg" | "image/pjpeg" => "jpg",
        "image/gif" => "gif",
        "image/svg+xml" => "svg",
        "text/plain" => "txt",
        "text/html" => "html",
        "text/csv" => "csv",
        "text/markdown" => "md",
        "application/json" => "json",
        "application/rtf" | "text/rtf" => "rtf",
        "application/zip" | "application/x-zip-compressed" => "zip",
        "application/x-7z-compressed" => "7z",
        "application/vnd.rar" | "application/x-rar-compressed" => "rar",
        "application/msword" => "doc",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => "docx",
        "application/vnd.ms-excel" => "xls",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => "xlsx",
        "application/vnd.ms-powerpoint" => "ppt",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation" => "pptx",
        "application/vnd.oasis.opendocument.text" => "odt",
        "application/vnd.oasis.opendocument.spreadsheet" => "ods",
        "message/rfc822" | "message/global" => "eml",
        "application/vnd.ms-outlook" => "msg",
        _ => "bin",
    }
}

/// Makes a file name safe to store and show: the last path component only; no NUL, control,
/// bidi-override or zero-width characters; no characters Windows forbids; no leading dots;
/// not a Windows device name; at most [`MAX_NAME_BYTES`] bytes, keeping the extension.
/// Returns `None` when nothing usable is left.
pub fn sanitize_file_name(name: &str) -> Option<String> {
    let last = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let mut s: String = last
        .chars()
        .filter(|c| {
            !c.is_control()
                && !matches!(c,
                    '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
                    | '\u{061C}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}' | '\u{FFFD}')
        })
        .map(|c| {
            if matches!(c, '<' | '>' | ':' | '"' | '|' | '?' | '*') {
                '_'
            } else {
                c
            }
        })
        .collect();
    s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let s = s
        .trim_start_matches(['.', ' '])
        .trim_end_matches(['.', ' ']);
    if s.is_empty() || !s.chars().any(char::is_alphanumeric) {
        return None;
    }
    let mut s = s.to_string();
    let stem_upper = s.split('.').next().unwrap_or("").to_ascii_uppercase();
    let reserved = matches!(stem_upper.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || (stem_upper.len() == 4
            && (stem_upper.starts_with("COM") || stem_upper.starts_with("LPT"))
            && stem_upper.as_bytes()[3].is_ascii_digit());
    if reserved {
        s.insert(0, '_');
    }
    if s.len() > MAX_NAME_BYTES {
        let ext = extension(&s).map(|e| format!(".{e}")).unwrap_or_default();
        let mut cut = MAX_NAME_BYTES - ext.len();
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s = format!("{}{ext}", s[..cut].trim_end_matches(['.', ' ']));
    }
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitising() {
        assert_eq!(
            sanitize_file_name("../../etc/passwd").as_deref(),
            Some("passwd")
        );
        assert_eq!(
            sanitize_file_name("C:\\Users\\x\\id card.pdf").as_deref(),
            Some("id card.pdf")
        );
        assert_eq!(
            sanitize_file_name("a\0b\u{7}c.txt").as_deref(),
            Some("abc.txt")
        );
        // RTL override hides the real extension: "invoice\u{202E}fdp.exe" shows as "invoiceexe.pdf".
        assert_eq!(
            sanitize_file_name("invoice\u{202E}fdp.exe").as_deref(),
            Some("invoicefdp.exe")
        );
        assert_eq!(sanitize_file_name("...hidden").as_deref(), Some("hidden"));
        assert_eq!(sanitize_file_name("name.").as_deref(), Some("name"));
        assert_eq!(
            sanitize_file_name("what?<>.pdf").as_deref(),
            Some("what___.pdf")
        );
        assert_eq!(sanitize_file_name("CON.txt").as_deref(), Some("_CON.txt"));
        assert_eq!(sanitize_file_name("com1").as_deref(), Some("_com1"));
        assert_eq!(
            sanitize_file_name("  spaced \t name .pdf ").as_deref(),
            Some("spaced name .pdf")
        );
        assert_eq!(sanitize_file_name(""), None);
        assert_eq!(sanitize_file_name("///"), None);
        assert_eq!(sanitize_file_name(".."), None);
        assert_eq!(sanitize_file_name("\u{202E}"), None);
        let long = format!("{}.pdf", "é".repeat(200));
        let s = sanitize_file_name(&long).unwrap();
        assert!(s.len() <= MAX_NAME_BYTES && s.ends_with(".pdf"), "{s}");
        assert_eq!(
            sanitize_file_name("Données_été.pdf").as_deref(),
            Some("Données_été.pdf")
        );
    }

    #[test]
    fn policy() {
        let p = AttachmentPolicy::default();
        assert_eq!(
            p.decide("id.pdf", "application/pdf", 40_000),
            AttachmentReason::Allowed
        );
        assert_eq!(
            p.decide("ID.PDF", "application/pdf", 40_000),
            AttachmentReason::Allowed
        );
        assert_eq!(
            p.decide("logo.png", "image/png", 2_000),
            AttachmentReason::SmallImage
        );
        assert_eq!(
            p.decide("scan.jpg", "image/jpeg", 200_000),
            AttachmentReason::Allowed
        );
        assert_eq!(
            p.decide("pixel.gif", "application/octet-stream", 43),
            AttachmentReason::SmallImage
        );
        assert_eq!(
            p.decide("winmail.dat", "application/ms-tnef", 9_000),
            AttachmentReason::ExtensionNotAllowed
        );
        assert_eq!(
            p.decide("run.exe", "application/octet-stream", 9_000),
            AttachmentReason::ExtensionNotAllowed
        );
        assert_eq!(
            p.decide("noext", "application/octet-stream", 9_000),
            AttachmentReason::ExtensionNotAllowed
        );
        assert_eq!(
            p.decide("big.pdf", "application/pdf", 30 * 1024 * 1024),
            AttachmentReason::TooLarge
        );
        assert_eq!(
            p.decide("empty.pdf", "application/pdf", 0),
            AttachmentReason::Empty
        );
        let open = AttachmentPolicy {
            dastra_policy: false,
            ..AttachmentPolicy::default()
        };
        assert_eq!(
            open.decide("winmail.dat", "application/ms-tnef", 9_000),
            AttachmentReason::Allowed
        );
        assert_eq!(
            open.decide("logo.png", "image/png", 10),
            AttachmentReason::Allowed
        );
    }

    #[test]
    fn extensions() {
        assert_eq!(extension("a.PDF").as_deref(), Some("pdf"));
        assert_eq!(extension(".bashrc"), None);
        assert_eq!(extension("noext"), None);
        assert_eq!(extension("a.tar.gz").as_deref(), Some("gz"));
        assert_eq!(extension_for("APPLICATION/PDF"), "pdf");
    }
}
