//! The HTTP server: its own thread and tokio runtime, hyper HTTP/1.1 connections serving the
//! axum router, case-insensitive routes (ASP.NET Core routing ignores case), the request log,
//! and dropped connections (a response carrying [`DropConnection`] makes the connection task
//! fail, so hyper closes the socket without writing anything).

use std::convert::Infallible;
use std::net::TcpListener as StdTcpListener;
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime};

use axum::Router;
use axum::body::Body;
use axum::http::{Request, Response, Uri, header};
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use tokio::sync::oneshot;
use tower::ServiceExt;

use super::state::{AuthMethod, LoggedRequest, Shared};

/// Response extension: close the connection instead of sending this response.
#[derive(Clone, Copy, Debug)]
pub(crate) struct DropConnection;

/// Response extension: faults applied to the request.
#[derive(Clone, Debug)]
pub(crate) struct AppliedFaults(pub Vec<String>);

/// Response extension: how the request authenticated.
#[derive(Clone, Copy, Debug)]
pub(crate) struct AuthUsed(pub AuthMethod);

/// The error that makes hyper abort a connection.
#[derive(Debug)]
struct Dropped;

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by fault injection")
    }
}

impl std::error::Error for Dropped {}

/// Lower-cases the path and removes a trailing slash; the query is kept as is.
fn normalize_uri(uri: &Uri) -> Uri {
    let mut path = uri.path().to_ascii_lowercase();
    while path.len() > 1 && path.ends_with('/') {
        path.pop();
    }
    let pq = match uri.query() {
        Some(q) => format!("{path}?{q}"),
        None => path,
    };
    pq.parse().unwrap_or_else(|_| uri.clone())
}

async fn handle(
    app: Router,
    shared: Arc<Shared>,
    req: Request<Incoming>,
) -> Result<Response<Body>, Dropped> {
    let started = Instant::now();
    let at = SystemTime::now();
    let method = req.method().to_string();
    let path = req.uri().path().to_string();
    let query = req.uri().query().map(str::to_string);
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let (mut parts, body) = req.into_parts();
    parts.uri = normalize_uri(&parts.uri);
    let req = Request::from_parts(parts, Body::new(body));
    let resp = app
        .oneshot(req)
        .await
        .unwrap_or_else(|e: Infallible| match e {});
    let dropped = resp.extensions().get::<DropConnection>().is_some();
    shared.record(LoggedRequest {
        method,
        path,
        query,
        content_type,
        status: (!dropped).then(|| resp.status().as_u16()),
        at,
        duration: started.elapsed(),
        auth: resp.extensions().get::<AuthUsed>().map(|a| a.0),
        faults: resp
            .extensions()
            .get::<AppliedFaults>()
            .map(|f| f.0.clone())
            .unwrap_or_default(),
    });
    if dropped { Err(Dropped) } else { Ok(resp) }
}

/// Serves `app` on `listener` from a new thread with its own runtime, until the sender is
/// used or dropped.
pub(crate) fn spawn(
    listener: StdTcpListener,
    app: Router,
    shared: Arc<Shared>,
) -> std::io::Result<(oneshot::Sender<()>, JoinHandle<()>)> {
    let (tx, mut rx) = oneshot::channel::<()>();
    let (ready_tx, ready_rx) = std::sync::mpsc::channel::<std::io::Result<()>>();
    let thread = std::thread::Builder::new().name("dastra-double".into()).spawn(move || {
        // built (and dropped) on this thread, so starting and stopping the double from
        // inside another runtime is fine
        let runtime = match tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("dastra-double")
            .enable_all()
            .build()
        {
            Ok(rt) => rt,
            Err(e) => {
                let _ = ready_tx.send(Err(e));
                return;
            }
        };
        runtime.block_on(async move {
            let listener = match tokio::net::TcpListener::from_std(listener) {
                Ok(l) => {
                    let _ = ready_tx.send(Ok(()));
                    l
                }
                Err(e) => {
                    let _ = ready_tx.send(Err(e));
                    return;
                }
            };
            loop {
                tokio::select! {
                    _ = &mut rx => break,
                    accepted = listener.accept() => match accepted {
                        Ok((stream, _)) => {
                            let _ = stream.set_nodelay(true);
                            let app = app.clone();
                            let shared = shared.clone();
                            let svc = hyper::service::service_fn(move |req| handle(app.clone(), shared.clone(), req));
                            tokio::spawn(async move {
                                let _ = hyper::server::conn::http1::Builder::new()
                                    .serve_connection(TokioIo::new(stream), svc)
                                    .await;
                            });
                        }
                        Err(_) => tokio::time::sleep(Duration::from_millis(10)).await,
                    },
                }
            }
        });
        runtime.shutdown_timeout(Duration::from_millis(200));
    })?;
    match ready_rx.recv() {
        Ok(Ok(())) => Ok((tx, thread)),
        Ok(Err(e)) => {
            let _ = thread.join();
            Err(e)
        }
        Err(_) => {
            let _ = thread.join();
            Err(std::io::Error::other("dastra double: server thread exited"))
        }
    }
}
