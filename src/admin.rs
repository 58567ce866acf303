//! The admin listener (loopback by default): `/healthz`, `/readyz`, `/metrics`, `/status`,
//! and the journal: `/` and `/journal` (HTML page, [`crate::web`]), `/journal.json`.
//!
//! A deliberately small HTTP/1.1 server: GET only, one request per connection, bounded
//! request size and time. With `admin.auth_token` set (required off loopback), everything
//! but `/healthz` needs the token.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

use crate::health::Health;
use crate::ingest::status::MailboxStatus;

/// What the admin endpoints report on.
#[derive(Clone)]
pub struct AdminState {
    /// Mailboxes, accounts, spool and alerts (updated on reload).
    pub health: Arc<Health>,
    /// The journal page and its authentication (`None`: no page, no authentication).
    pub web: Option<Arc<crate::web::PageContext>>,
}

impl AdminState {
    pub fn new(health: Arc<Health>) -> Self {
        AdminState { health, web: None }
    }

    /// With the journal page (and its authentication).
    pub fn with_web(mut self, web: Option<Arc<crate::web::PageContext>>) -> Self {
        self.web = web;
        self
    }

    pub fn snapshot(&self) -> Vec<MailboxStatus> {
        self.health.mailboxes()
    }

    /// Problems that make the daemon not ready (the active alerts, in words).
    pub fn problems(&self) -> Vec<String> {
        self.health
            .evaluate()
            .into_iter()
            .map(|a| a.message)
            .collect()
    }

    /// The `/readyz` document: `{"ready": bool, "reasons": [alert, ...]}`.
    pub fn readiness(&self) -> (bool, serde_json::Value) {
        let alerts = self.health.evaluate();
        let ready = alerts.is_empty();
        (
            ready,
            serde_json::json!({"ready": ready, "reasons": alerts}),
        )
    }

    /// The `/status` document.
    pub fn status_json(&self) -> serde_json::Value {
        let alerts = self.health.evaluate();
        let reauth: Vec<_> = self
            .health
            .accounts_needing_reauthorization()
            .into_iter()
            .map(|(account, reason)| serde_json::json!({"account": account, "reason": reason}))
            .collect();
        serde_json::json!({
            "version": env!("CARGO_PKG_VERSION"),
            "mailboxes": self.snapshot(),
            "relay": self.health.relay_board().json(),
            "spool": self.health.spool(),
            "accounts_needing_reauthorization": reauth,
            "alerts": alerts,
            "problems": alerts.iter().map(|a| a.message.clone()).collect::<Vec<_>>(),
        })
    }

    fn metrics(&self) -> String {
        self.health.evaluate();
        let now = chrono::Utc::now().timestamp();
        for m in self.snapshot() {
            crate::metrics::set(
                "mailgate_mailbox_connected",
                &[("mailbox", &m.name)],
                if m.connected { 1.0 } else { 0.0 },
            );
            if let Some(t) = m.last_success_unix {
                crate::metrics::set(
                    "mailgate_last_success_timestamp_seconds",
                    &[("mailbox", &m.name)],
                    t as f64,
                );
                crate::metrics::set(
                    "mailgate_mailbox_seconds_since_last_success",
                    &[("mailbox", &m.name)],
                    (now - t).max(0) as f64,
                );
            }
        }
        crate::metrics::render()
    }
}

/// Binds the listener (so a bad address fails at start, before READY).
pub async fn bind(addr: SocketAddr) -> std::io::Result<TcpListener> {
    TcpListener::bind(addr).await
}

/// Serves until `cancel` fires.
pub async fn serve(listener: TcpListener, state: Arc<AdminState>, cancel: CancellationToken) {
    loop {
        let (mut sock, _) = tokio::select! {
            r = listener.accept() => match r {
                Ok(c) => c,
                Err(_) => continue,
            },
            _ = cancel.cancelled() => return,
        };
        let state = state.clone();
        tokio::spawn(async move {
            let mut buf = vec![0u8; 4096];
            let mut len = 0;
            let read = tokio::time::timeout(Duration::from_secs(5), async {
                while len < buf.len() {
                    let n = sock.read(&mut buf[len..]).await?;
                    if n == 0 {
                        break;
                    }
                    len += n;
                    if buf[..len].windows(4).any(|w| w == b"\r\n\r\n") {
                        break;
                    }
                }
                Ok::<_, std::io::Error>(())
            })
            .await;
            if !matches!(read, Ok(Ok(()))) {
                return;
            }
            let head = String::from_utf8_lossy(&buf[..len]);
            let mut parts = head.split_whitespace();
            let (method, path) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
            let (status, ctype, body, extra) = match &state.web {
                Some(web) if path != "/healthz" && !web.authorized(&head) => (
                    "401 Unauthorized",
                    "text/plain",
                    "authentication required (admin.auth_token)\n".to_string(),
                    "WWW-Authenticate: Basic realm=\"dastra-mailgate\", charset=\"UTF-8\"\r\n",
                ),
                _ => {
                    let (status, ctype, body) = route(&state, method, path);
                    let extra = if ctype.starts_with("text/html") {
                        "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'\r\nX-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\n"
                    } else {
                        ""
                    };
                    (status, ctype, body, extra)
                }
            };
            let resp = format!(
                "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\nCache-Control: no-store\r\n{extra}\r\n{body}",
                body.len()
            );
            let _ = sock.write_all(resp.as_bytes()).await;
            let _ = sock.shutdown().await;
        });
    }
}

fn route(state: &AdminState, method: &str, path: &str) -> (&'static str, &'static str, String) {
    if method != "GET" {
        return ("405 Method Not Allowed", "text/plain", "GET only\n".into());
    }
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    match (path, &state.web) {
        ("/" | "/journal", Some(web)) => (
            "200 OK",
            "text/html; charset=utf-8",
            web.page(&state.snapshot(), query, chrono::Utc::now()),
        ),
        ("/journal.json", Some(web)) => {
            let (status, body) = web.journal_json(query);
            (status, "application/json", body)
        }
        _ => route_plain(state, path),
    }
}

fn route_plain(state: &AdminState, path: &str) -> (&'static str, &'static str, String) {
    match path {
        "/healthz" => ("200 OK", "text/plain", "ok\n".into()),
        "/readyz" => {
            let (ready, doc) = state.readiness();
            let status = if ready {
                "200 OK"
            } else {
                "503 Service Unavailable"
            };
            (status, "application/json", format!("{doc}\n"))
        }
        "/metrics" => ("200 OK", "text/plain; version=0.0.4", state.metrics()),
        "/status" => (
            "200 OK",
            "application/json",
            state.status_json().to_string(),
        ),
        _ => (
            "404 Not Found",
            "text/plain",
            "not found: try /, /journal, /journal.json, /healthz, /readyz, /metrics, /status\n"
                .into(),
        ),
    }
}

/// A GET to the admin listener (for `status`): blocking, loopback, bounded.
pub fn get(addr: SocketAddr, path: &str) -> std::io::Result<(u16, String)> {
    get_with_token(addr, path, None)
}

/// [`get`] with `Authorization: Bearer <token>` (for a listener with `admin.auth_token`).
pub fn get_with_token(
    addr: SocketAddr,
    path: &str,
    token: Option<&str>,
) -> std::io::Result<(u16, String)> {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect_timeout(&addr, Duration::from_secs(3))?;
    s.set_read_timeout(Some(Duration::from_secs(5)))?;
    let auth = token
        .map(|t| format!("Authorization: Bearer {t}\r\n"))
        .unwrap_or_default();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\n{auth}Connection: close\r\n\r\n"
    )?;
    let mut resp = String::new();
    s.read_to_string(&mut resp)?;
    let status = resp
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = resp
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    Ok((status, body))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[tokio::test]
    async fn serves_health_readiness_metrics_and_status() {
        let failing = Arc::new(Mutex::new(MailboxStatus {
            name: "broken".into(),
            failing_since_unix: Some(chrono::Utc::now().timestamp() - 3600),
            last_error: Some("login refused".into()),
            ..Default::default()
        }));
        let health = Arc::new(Health::new(crate::config::AlertSettings {
            mailbox_failing_after: Duration::from_secs(600),
            spool_age_after: Duration::from_secs(600),
        }));
        health.watch(
            crate::config::AlertSettings {
                mailbox_failing_after: Duration::from_secs(600),
                spool_age_after: Duration::from_secs(600),
            },
            vec![failing.clone()],
            vec![],
            None,
        );
        let state = Arc::new(AdminState::new(health));
        let listener = bind("127.0.0.1:0".parse().unwrap()).await.unwrap();
        let addr = listener.local_addr().unwrap();
        let cancel = CancellationToken::new();
        tokio::spawn(serve(listener, state, cancel.clone()));
        let get = move |p: &'static str| tokio::task::spawn_blocking(move || get(addr, p).unwrap());
        assert_eq!(get("/healthz").await.unwrap(), (200, "ok\n".to_string()));
        let (code, body) = get("/readyz").await.unwrap();
        assert_eq!(code, 503);
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(v["ready"], false, "{body}");
        assert_eq!(v["reasons"][0]["kind"], "mailbox_failing", "{body}");
        assert_eq!(v["reasons"][0]["subject"], "broken", "{body}");
        assert!(body.contains("login refused"), "{body}");
        failing.lock().unwrap().failing_since_unix = None;
        assert_eq!(get("/readyz").await.unwrap().0, 200);
        let (code, body) = get("/metrics").await.unwrap();
        assert_eq!(code, 200);
        assert!(
            body.contains("mailgate_mailbox_connected{mailbox=\"broken\"} 0"),
            "{body}"
        );
        let (_, body) = get("/status").await.unwrap();
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(v["mailboxes"][0]["name"], "broken");
        assert_eq!(get("/nope").await.unwrap().0, 404);
        cancel.cancel();
    }

    #[tokio::test]
    async fn the_token_guards_everything_but_healthz() {
        let dir = tempfile::tempdir().unwrap();
        // SAFETY: only this test uses this variable.
        unsafe { std::env::set_var("MAILGATE_TEST_ADMIN_TOKEN_LISTENER", "tok-123") };
        let text = format!(
            "[state]\ndir = \"{}\"\n[admin]\nauth_token = \"env:MAILGATE_TEST_ADMIN_TOKEN_LISTENER\"\n",
            dir.path().display()
        );
        let settings = crate::config::load_str(&text, std::path::Path::new("t.toml"))
            .unwrap()
            .0;
        let journal = crate::journal::Journal::open_shared(dir.path(), true).unwrap();
        let web = crate::web::PageContext::new(Arc::new(settings), Some(journal)).unwrap();
        let health = Arc::new(Health::new(crate::config::AlertSettings {
            mailbox_failing_after: Duration::from_secs(600),
            spool_age_after: Duration::from_secs(600),
        }));
        let state = Arc::new(AdminState::new(health).with_web(Some(Arc::new(web))));
        let listener = bind("127.0.0.1:0".parse().unwrap()).await.unwrap();
        let addr = listener.local_addr().unwrap();
        let cancel = CancellationToken::new();
        tokio::spawn(serve(listener, state, cancel.clone()));
        let get = move |p: &'static str, t: Option<&'static str>| {
            tokio::task::spawn_blocking(move || get_with_token(addr, p, t).unwrap())
        };
        assert_eq!(get("/healthz", None).await.unwrap().0, 200);
        for path in ["/", "/journal", "/journal.json", "/status", "/metrics"] {
            assert_eq!(get(path, None).await.unwrap().0, 401, "{path}");
            assert_eq!(get(path, Some("wrong")).await.unwrap().0, 401, "{path}");
            assert_eq!(get(path, Some("tok-123")).await.unwrap().0, 200, "{path}");
        }
        let (_, body) = get("/journal", Some("tok-123")).await.unwrap();
        assert!(body.contains("<h2>Journal</h2>"), "{body}");
        cancel.cancel();
    }
}
