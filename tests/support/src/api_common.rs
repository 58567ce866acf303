//! What the HTTP mail API doubles ([`crate::graph`], [`crate::gmail_api`]) share: a tokio
//! thread serving one handler on `127.0.0.1:0`, the bearer token lookup, scripted faults,
//! a rate limit per minute window, and the delivery log with timestamps (for pacing tests).

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{HeaderMap, Request, Response, StatusCode};

use crate::oauth::OAuthDouble;
use crate::smtp_sink::Received;

/// What the API learns from a bearer token.
#[derive(Debug, Clone)]
pub struct TokenClaims {
    /// The signed-in user (delegated) or the service account's `sub`; `None` app-only.
    pub user: Option<String>,
    pub client_id: Option<String>,
    pub scopes: Vec<String>,
}

/// Looks a bearer token up: `None` when it is unknown, expired or revoked.
pub type TokenLookup = Arc<dyn Fn(&str) -> Option<TokenClaims> + Send + Sync>;

/// Tokens checked against the OAuth double (live, with their scopes and user).
pub fn oauth_lookup(oauth: Arc<OAuthDouble>) -> TokenLookup {
    Arc::new(move |token: &str| {
        oauth.is_access_token_valid(token)?;
        let info = oauth.access_token_info(token)?;
        Some(TokenClaims {
            user: info.user,
            client_id: info.client_id,
            scopes: info.scopes,
        })
    })
}

/// A scripted answer for the next request.
#[derive(Debug, Clone)]
pub struct Fault {
    pub status: u16,
    pub body: String,
    pub retry_after: Option<String>,
}

impl Fault {
    /// The scripted answer: JSON body, `Retry-After` when set.
    pub(crate) fn answer(self) -> Answer {
        let mut a = Answer {
            status: self.status,
            body: self.body,
            headers: vec![("content-type", "application/json; charset=utf-8".into())],
        };
        if let Some(r) = self.retry_after {
            a = a.with("retry-after", r);
        }
        a
    }
}

/// One API answer.
pub(crate) struct Answer {
    pub status: u16,
    pub body: String,
    pub headers: Vec<(&'static str, String)>,
}

impl Answer {
    pub fn json(status: u16, v: &serde_json::Value) -> Answer {
        Answer {
            status,
            body: v.to_string(),
            headers: vec![("content-type", "application/json; charset=utf-8".into())],
        }
    }

    pub fn empty(status: u16) -> Answer {
        Answer {
            status,
            body: String::new(),
            headers: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: String) -> Answer {
        self.headers.push((name, value));
        self
    }
}

/// State every API double keeps.
#[derive(Default)]
pub(crate) struct Common {
    pub faults: Mutex<VecDeque<Fault>>,
    /// (limit, window): more accepted sends than `limit` within `window` → 429.
    pub rate_limit: Mutex<Option<(usize, Duration)>>,
    /// Accepted messages, with when they were accepted.
    pub received: Mutex<Vec<(Instant, Received)>>,
    /// (method, path, status) of every request.
    pub requests: Mutex<Vec<(String, String, u16)>>,
}

impl Common {
    pub fn next_fault(&self) -> Option<Answer> {
        let f = self.faults.lock().unwrap().pop_front()?;
        Some(f.answer())
    }

    /// `Some(wait)` when one more send now would exceed the rate limit.
    pub fn throttled(&self, now: Instant) -> Option<Duration> {
        let (limit, window) = (*self.rate_limit.lock().unwrap())?;
        let got = self.received.lock().unwrap();
        let recent: Vec<Instant> = got
            .iter()
            .map(|(t, _)| *t)
            .filter(|t| now.duration_since(*t) < window)
            .collect();
        if recent.len() < limit {
            return None;
        }
        let oldest = recent.iter().min().copied().unwrap_or(now);
        Some(window.saturating_sub(now.duration_since(oldest)))
    }

    /// The most messages accepted within any `window` (sliding).
    pub fn max_in_window(&self, window: Duration) -> usize {
        let times: Vec<Instant> = self
            .received
            .lock()
            .unwrap()
            .iter()
            .map(|(t, _)| *t)
            .collect();
        let mut best = 0;
        for (i, start) in times.iter().enumerate() {
            let n = times[i..]
                .iter()
                .take_while(|t| t.duration_since(*start) < window)
                .count();
            best = best.max(n);
        }
        best
    }

    pub fn wait_for(&self, n: usize, timeout: Duration) -> Vec<Received> {
        let deadline = Instant::now() + timeout;
        loop {
            let got: Vec<Received> = self
                .received
                .lock()
                .unwrap()
                .iter()
                .map(|(_, r)| r.clone())
                .collect();
            if got.len() >= n {
                return got;
            }
            assert!(
                Instant::now() < deadline,
                "API double: {} of {n} message(s) after {timeout:?}",
                got.len()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// A parsed request.
pub(crate) struct Req {
    pub method: String,
    pub path: String,
    pub query: String,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Req {
    pub fn bearer(&self) -> Option<String> {
        let v = self.headers.get("authorization")?.to_str().ok()?;
        let (scheme, token) = v.split_once(' ')?;
        scheme
            .eq_ignore_ascii_case("bearer")
            .then(|| token.trim().to_string())
    }

    pub fn content_type(&self) -> String {
        self.headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_ascii_lowercase()
    }
}

/// A running double. Stops when dropped.
pub(crate) struct Server {
    pub addr: SocketAddr,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

type Handler = Arc<dyn Fn(Req) -> Answer + Send + Sync>;

impl Server {
    /// Serves `handler` for every request (bodies up to `max_body` bytes; larger → 413).
    pub fn start(name: &str, common: Arc<Common>, max_body: usize, handler: Handler) -> Server {
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let (shutdown_tx, shutdown_rx) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name(name.to_string())
            .spawn(move || {
                let rt = tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(2)
                    .enable_all()
                    .build()
                    .expect("API double runtime");
                rt.block_on(async move {
                    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                        .await
                        .expect("API double: bind 127.0.0.1:0");
                    ready_tx.send(listener.local_addr().unwrap()).unwrap();
                    let app = axum::Router::new().fallback(move |req: Request<Body>| {
                        let handler = handler.clone();
                        let common = common.clone();
                        async move {
                            let (parts, body) = req.into_parts();
                            let method = parts.method.to_string();
                            let path = parts.uri.path().to_string();
                            let answer = match axum::body::to_bytes(body, max_body).await {
                                Ok(bytes) => {
                                    let r = Req {
                                        method: method.clone(),
                                        path: path.clone(),
                                        query: parts.uri.query().unwrap_or("").to_string(),
                                        headers: parts.headers,
                                        body: bytes.to_vec(),
                                    };
                                    tokio::task::spawn_blocking(move || handler(r))
                                        .await
                                        .unwrap_or_else(|_| Answer::empty(500))
                                }
                                Err(_) => Answer::empty(413),
                            };
                            common
                                .requests
                                .lock()
                                .unwrap()
                                .push((method, path, answer.status));
                            let mut b = Response::builder().status(
                                StatusCode::from_u16(answer.status)
                                    .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                            );
                            for (k, v) in &answer.headers {
                                b = b.header(*k, v);
                            }
                            b.body(Body::from(answer.body)).unwrap()
                        }
                    });
                    tokio::select! {
                        _ = axum::serve(listener, app) => {}
                        _ = shutdown_rx => {}
                    }
                });
                rt.shutdown_timeout(Duration::from_secs(1));
            })
            .expect("spawn the API double");
        let addr = ready_rx.recv().expect("API double started");
        Server {
            addr,
            shutdown: Some(shutdown_tx),
            thread: Some(thread),
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(s) = self.shutdown.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Addresses in the `To`, `Cc` and `Bcc` headers (lower case).
pub(crate) fn header_recipients(data: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(data);
    let head = text
        .split("\r\n\r\n")
        .next()
        .unwrap_or("")
        .replace("\r\n ", " ")
        .replace("\r\n\t", " ");
    let mut out = Vec::new();
    for line in head.lines() {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        if !["to", "cc", "bcc"].contains(&name.trim().to_ascii_lowercase().as_str()) {
            continue;
        }
        for part in value.split(',') {
            let a = match (part.rfind('<'), part.rfind('>')) {
                (Some(i), Some(j)) if j > i => &part[i + 1..j],
                _ => part.trim(),
            };
            if a.contains('@') {
                out.push(a.trim().to_ascii_lowercase());
            }
        }
    }
    out
}

/// The message without its `Bcc` header (providers strip it from delivered copies).
pub(crate) fn without_bcc(data: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(data).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut out = String::new();
    let mut skipping = false;
    for line in head.split("\r\n") {
        if line.starts_with([' ', '\t']) && skipping {
            continue;
        }
        skipping = line.len() >= 4 && line[..4].eq_ignore_ascii_case("bcc:");
        if !skipping {
            out.push_str(line);
            out.push_str("\r\n");
        }
    }
    out.push_str("\r\n");
    out.push_str(body);
    out.into_bytes()
}
