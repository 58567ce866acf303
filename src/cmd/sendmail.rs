//! `sendmail [-t] [-i] [-f FROM] [RECIPIENT…]`: the sendmail-compatible entry point for
//! applications that pipe mail. Reads the message on stdin and submits it to the running
//! relay's listener over loopback (so the same policy, rewrite and durable spool apply);
//! exits 0 once the relay has queued it, 75 when it should be retried, 65/69 otherwise.

use std::io::Read;

use lettre::address::Envelope;
use lettre::transport::smtp::AsyncSmtpTransport;
use lettre::transport::smtp::client::Tls;
use lettre::{Address, AsyncTransport, Tokio1Executor};

use crate::cli::{Cli, SendmailArgs};
use crate::exit::{self, CliError};

pub fn run(cli: &Cli, args: &SendmailArgs) -> Result<u8, CliError> {
    let settings = crate::cmd::load_settings(cli)?;
    let r = settings.relay.as_ref().ok_or_else(|| {
        CliError::config("the relay is not enabled: add [relay] with enabled = true")
    })?;
    let mut raw = Vec::new();
    std::io::stdin().read_to_end(&mut raw).map_err(|e| {
        CliError::new(
            exit::DATAERR,
            format!("cannot read the message from stdin: {e}"),
        )
    })?;
    let raw = crate::relay::rewrite::to_crlf(&raw);
    let (message, header_rcpts, header_from) = prepare(&raw, args.read_recipients);
    let mut rcpts: Vec<String> = args.recipients.clone();
    rcpts.extend(header_rcpts);
    rcpts.dedup();
    if rcpts.is_empty() {
        return Err(CliError::new(
            exit::DATAERR,
            "no recipients: give them as arguments, or use -t to read To/Cc/Bcc",
        ));
    }
    let from = args
        .from
        .clone()
        .or(header_from)
        .unwrap_or_else(|| r.sender.clone());
    let parse = |a: &str| {
        a.parse::<Address>()
            .map_err(|e| CliError::new(exit::DATAERR, format!("{a}: {e}")))
    };
    let mut to = Vec::new();
    for a in &rcpts {
        to.push(parse(a)?);
    }
    let envelope = Envelope::new(Some(parse(&from)?), to)
        .map_err(|e| CliError::new(exit::DATAERR, e.to_string()))?;
    let mut host = r.listen.ip();
    if host.is_unspecified() {
        host = std::net::Ipv4Addr::LOCALHOST.into();
    }
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| CliError::new(exit::SOFTWARE, format!("cannot start the runtime: {e}")))?;
    let port = r.listen.port();
    // Built and dropped inside the runtime (its connection pool needs one).
    let result = rt.block_on(async move {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host.to_string())
            .port(port)
            .tls(Tls::None)
            .timeout(Some(std::time::Duration::from_secs(60)))
            .build();
        let message = crate::relay::delivery::smtp::without_final_crlf(&message);
        transport.send_raw(&envelope, message).await
    });
    match result {
        Ok(_) => Ok(exit::OK),
        Err(e) if e.is_permanent() => Err(CliError::new(
            exit::DATAERR,
            format!("the relay refused the message: {e}"),
        )),
        Err(e) => Err(CliError::tempfail(format!(
            "cannot hand the message to the relay on {}:{} ({e}); is `dastra-mailgate run` running?",
            host,
            r.listen.port()
        ))),
    }
}

/// With `-t`: the recipients from To/Cc/Bcc, and the message without its Bcc lines. Also
/// the From address (the envelope sender when `-f` is not given).
fn prepare(raw: &[u8], read_recipients: bool) -> (Vec<u8>, Vec<String>, Option<String>) {
    let parsed = mail_parser::MessageParser::default().parse_headers(raw);
    let addrs = |a: Option<&mail_parser::Address<'_>>| -> Vec<String> {
        a.map(|a| {
            a.iter()
                .filter_map(|x| x.address().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
    };
    let from = parsed
        .as_ref()
        .and_then(|m| m.from())
        .and_then(|a| a.first())
        .and_then(|a| a.address())
        .map(str::to_string);
    if !read_recipients {
        return (raw.to_vec(), Vec::new(), from);
    }
    let mut rcpts = Vec::new();
    if let Some(m) = &parsed {
        rcpts.extend(addrs(m.to()));
        rcpts.extend(addrs(m.cc()));
        rcpts.extend(addrs(m.bcc()));
    }
    (strip_bcc(raw), rcpts, from)
}

/// Removes `Bcc:` header fields (with their continuation lines).
fn strip_bcc(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len());
    let mut in_headers = true;
    let mut skipping = false;
    for line in raw.split_inclusive(|&b| b == b'\n') {
        if in_headers {
            if line == b"\r\n" || line == b"\n" {
                in_headers = false;
            } else if matches!(line.first(), Some(b' ' | b'\t')) {
                if skipping {
                    continue;
                }
            } else {
                skipping = line.len() >= 4 && line[..4].eq_ignore_ascii_case(b"bcc:");
                if skipping {
                    continue;
                }
            }
        }
        out.extend_from_slice(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_recipients_and_drops_bcc() {
        let raw = b"From: App <app@example.org>\r\nTo: a@x.test, B <b@x.test>\r\nCc: c@x.test\r\nBcc: hidden@x.test,\r\n more@x.test\r\nSubject: s\r\n\r\nBcc: in the body stays\r\n";
        let (msg, rcpts, from) = prepare(raw, true);
        assert_eq!(
            rcpts,
            [
                "a@x.test",
                "b@x.test",
                "c@x.test",
                "hidden@x.test",
                "more@x.test"
            ]
        );
        assert_eq!(from.as_deref(), Some("app@example.org"));
        let text = String::from_utf8(msg).unwrap();
        assert!(
            !text.contains("hidden@") && !text.contains("more@"),
            "{text}"
        );
        assert!(text.contains("Subject: s\r\n\r\nBcc: in the body stays\r\n"));
    }
}
