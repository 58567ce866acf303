//! The SMTP submission listener: accepts connections, enforces the connection limit, and
//! runs one [`session`](super::session) per client.
//!
//! Shutdown: when the cancellation token fires, the accept loop stops; idle sessions answer
//! `421` and close; a session in the middle of DATA finishes it (and gets its 250 once the
//! message is durable) before it sees the 421.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, mpsc};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use super::password::StoredHash;
use super::rewrite::RewriteOptions;
use super::spool::{Entry, NewEntry, Spool};
use super::throttle::{AuthThrottle, ThrottleSettings};
use crate::config::RelaySettings;

/// A configured client: user name and its stored password hash.
#[derive(Clone)]
pub struct ClientCredential {
    pub username: String,
    pub hash: StoredHash,
}

impl std::fmt::Debug for ClientCredential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientCredential")
            .field("username", &self.username)
            .finish_non_exhaustive()
    }
}

/// Parses a stored password hash (see [`super::password`]).
pub fn parse_password_hash(s: &str) -> Result<StoredHash, String> {
    StoredHash::parse(s)
}

/// A `sha256:` hash of `password` (tests; operators use `dastra-mailgate hash-password`).
pub fn hash_password(password: &str) -> String {
    format!(
        "sha256:{}",
        hex::encode(Sha256::digest(password.as_bytes()))
    )
}

/// Everything a session needs, shared by all of them.
pub struct ListenerConfig {
    pub hostname: String,
    pub tls: Option<tokio_rustls::TlsAcceptor>,
    pub clients: Vec<ClientCredential>,
    /// Lower-case domains MAIL FROM may use (the sender's domain is always included).
    pub allowed_sender_domains: Vec<String>,
    pub allow_unauthenticated_loopback: bool,
    pub max_message_bytes: u64,
    pub max_recipients: u32,
    pub max_connections: u32,
    pub command_timeout: Duration,
    pub data_timeout: Duration,
    /// Wait this long before the greeting; a client that talks first is refused (0: no wait).
    pub greeting_delay: Duration,
    /// Failed logins per source address, across connections.
    pub throttle: AuthThrottle,
}

impl std::fmt::Debug for ListenerConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListenerConfig")
            .field("hostname", &self.hostname)
            .field("tls", &self.tls.is_some())
            .field("clients", &self.clients)
            .finish_non_exhaustive()
    }
}

impl ListenerConfig {
    /// From the validated settings; resolves the client password hashes and loads the TLS
    /// certificate now (errors name the config key).
    pub fn from_settings(r: &RelaySettings) -> Result<ListenerConfig, String> {
        let mut clients = Vec::new();
        for (i, c) in r.clients.iter().enumerate() {
            let value = c
                .password_hash
                .resolve()
                .map_err(|e| format!("relay.client[{i}].password_hash: {e}"))?;
            let hash = parse_password_hash(value.expose())
                .map_err(|e| format!("relay.client[{i}].password_hash: {e}"))?;
            if hash.is_weak() {
                tracing::warn!(
                    client = %c.username,
                    "relay.client[{i}].password_hash is an unsalted sha256: hash. It is safe only for a long random secret (32 random characters or more); for any other password use a salted hash from `dastra-mailgate hash-password` ($argon2id$…)."
                );
            }
            clients.push(ClientCredential {
                username: c.username.clone(),
                hash,
            });
        }
        let tls = match (&r.tls_cert_file, &r.tls_key_file) {
            (Some(cert), Some(key)) => Some(tls_acceptor(cert, key)?),
            _ => None,
        };
        let domains = r.enforced_sender_domains();
        let l = &r.limits;
        Ok(ListenerConfig {
            hostname: r.hostname.clone().unwrap_or_else(local_hostname),
            tls,
            clients,
            allowed_sender_domains: domains,
            allow_unauthenticated_loopback: r.allow_unauthenticated_loopback,
            max_message_bytes: l.max_message_bytes,
            max_recipients: l.max_recipients,
            max_connections: l.max_connections.max(1),
            command_timeout: Duration::from_secs(l.command_timeout_secs.max(1)),
            data_timeout: Duration::from_secs(l.data_timeout_secs.max(1)),
            greeting_delay: Duration::from_millis(l.greeting_delay_ms),
            throttle: AuthThrottle::process_wide(ThrottleSettings {
                ban_after: l.auth_ban_after,
                ban: Duration::from_secs(l.auth_ban_secs),
                ..ThrottleSettings::default()
            }),
        })
    }
}

/// Who the listener treats as a loopback client, in one line for `check`.
pub fn loopback_policy(r: &RelaySettings) -> String {
    let ip = r.listen.ip();
    let open = if r.allow_unauthenticated_loopback {
        "may submit without AUTH (allow_unauthenticated_loopback = true)"
    } else {
        "must authenticate (allow_unauthenticated_loopback = false)"
    };
    let reach = if ip.is_unspecified() && ip.is_ipv6() {
        "listening on every IPv6 and IPv4 address: remote clients must authenticate (AUTH needs TLS); a client on 127.0.0.1 arrives as ::ffff:127.0.0.1 and counts as loopback, like ::1"
    } else if ip.is_unspecified() {
        "listening on every IPv4 address: remote clients must authenticate (AUTH needs TLS); clients on 127.0.0.0/8 count as loopback"
    } else if ip.to_canonical().is_loopback() {
        "listening on loopback only"
    } else {
        "listening on a non-loopback address: its clients must authenticate (AUTH needs TLS); only connections from 127.0.0.0/8 or ::1 count as loopback"
    };
    format!("relay clients: {reach}; loopback clients {open}.")
}

/// The machine's host name (for the greeting and EHLO).
pub fn local_hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "localhost".into())
}

fn tls_acceptor(cert: &Path, key: &Path) -> Result<tokio_rustls::TlsAcceptor, String> {
    use rustls_pki_types::pem::PemObject;
    use rustls_pki_types::{CertificateDer, PrivateKeyDer};
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(cert)
        .and_then(|it| it.collect::<Result<Vec<_>, _>>())
        .map_err(|e| format!("relay.tls_cert_file {}: {e}", cert.display()))?;
    if certs.is_empty() {
        return Err(format!(
            "relay.tls_cert_file {}: no certificate in the file",
            cert.display()
        ));
    }
    let key = PrivateKeyDer::from_pem_file(key)
        .map_err(|e| format!("relay.tls_key_file {}: {e}", key.display()))?;
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(|e| format!("relay.tls_cert_file: {e}"))?;
    Ok(tokio_rustls::TlsAcceptor::from(Arc::new(config)))
}

/// Where accepted messages go: rewrite, store durably, tell the scheduler.
pub struct Submitter {
    pub spool: Spool,
    pub rewrite: RewriteOptions,
    /// New entries for the delivery scheduler (none in tests of the listener alone).
    pub notify: Option<mpsc::UnboundedSender<Entry>>,
    /// Where accepted messages are noted as `queued` (none: no journal).
    pub journal: Option<std::sync::Arc<crate::journal::Journal>>,
}

impl Submitter {
    /// Rewrites and spools a message; `Ok` only once it is durable.
    pub async fn submit(
        &self,
        client: String,
        mail_from: String,
        recipients: Vec<String>,
        raw: Vec<u8>,
    ) -> std::io::Result<Entry> {
        let rewritten = super::rewrite::rewrite(&raw, &self.rewrite);
        drop(raw);
        let new = NewEntry {
            client,
            mail_from,
            env_from: self.rewrite.sender.clone(),
            message_id: Some(rewritten.message_id),
            subject: rewritten.subject,
            recipients,
        };
        let spool = self.spool.clone();
        let bytes = rewritten.bytes;
        let entry = tokio::task::spawn_blocking(move || spool.store(&bytes, new))
            .await
            .map_err(std::io::Error::other)??;
        if let Some(n) = &self.notify {
            let _ = n.send(entry.clone());
        }
        if let Some(j) = self.journal.clone() {
            // After the 250 is decided, off the SMTP path; never over a delivery record.
            let e = entry.clone();
            tokio::task::spawn_blocking(move || {
                use crate::journal::{Flow, Outcome, note};
                let (from, recipients) = (
                    j.addr(&e.env_from),
                    e.recipients.iter().map(|x| j.addr(&x.address)).collect(),
                );
                let id = e.id.clone();
                note(
                    j.record_new_grouped(Flow::Relay, &e.id, e.created_at, move |r| {
                        r.outcome = Outcome::Queued;
                        r.spool_id = Some(id);
                        r.from = Some(from);
                        r.recipients = recipients;
                    }),
                );
            });
        }
        Ok(entry)
    }
}

/// Binds the listener address.
pub async fn bind(addr: SocketAddr) -> std::io::Result<TcpListener> {
    TcpListener::bind(addr).await
}

/// Accepts connections until `cancel` fires. Sessions are spawned on `tracker`, so the
/// caller can wait for in-flight DATA to finish.
pub async fn serve(
    listener: TcpListener,
    config: Arc<ListenerConfig>,
    submitter: Arc<Submitter>,
    cancel: CancellationToken,
    tracker: TaskTracker,
) {
    let permits = Arc::new(Semaphore::new(config.max_connections as usize));
    // The failed-login summaries still owed, once a minute.
    let (c2, stop) = (config.clone(), cancel.clone());
    tracker.spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(60));
        tick.tick().await;
        loop {
            tokio::select! {
                _ = stop.cancelled() => break,
                _ = tick.tick() => c2.throttle.flush(),
            }
        }
    });
    loop {
        let accepted = tokio::select! {
            _ = cancel.cancelled() => break,
            a = listener.accept() => a,
        };
        let (mut stream, peer) = match accepted {
            Ok(x) => x,
            Err(e) => {
                tracing::warn!(error = %e, "Relay listener: accept failed.");
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        match permits.clone().try_acquire_owned() {
            Ok(permit) => {
                let (config, submitter, cancel) =
                    (config.clone(), submitter.clone(), cancel.clone());
                tracker.spawn(async move {
                    super::session::run(stream, peer, config, submitter, cancel).await;
                    drop(permit);
                });
            }
            Err(_) => {
                tracing::warn!(%peer, "Relay listener: too many connections; refused.");
                tracker.spawn(async move {
                    let _ = stream
                        .write_all(b"421 4.7.0 Too many connections, try again later\r\n")
                        .await;
                    let _ = stream.shutdown().await;
                });
            }
        }
    }
    tracing::info!("Relay listener stopped accepting connections.");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_hashes() {
        let h = hash_password("s3cret");
        assert!(h.starts_with("sha256:") && h.len() == 7 + 64, "{h}");
        let parsed = parse_password_hash(&h).unwrap();
        assert!(parsed.verify("s3cret") && parsed.is_weak());
        assert!(parse_password_hash("bcrypt:xyz").is_err());
        assert!(parse_password_hash("sha256:abcd").is_err());
    }
}
