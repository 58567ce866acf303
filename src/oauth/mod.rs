//! OAuth 2.0: the [`TokenSource`] interface every user of an account goes through.
//!
//! The IMAP connector and the relay ask a `TokenSource` for an access token before each
//! authentication, and call [`TokenSource::invalidate`] when a server rejects it (then
//! retry once). The token manager with refresh, rotation and the token store implements it.

pub mod authorize;
pub mod explain;
pub mod http;
pub mod manager;
pub mod provider;
pub mod sasl;
pub mod store;

use std::future::Future;
use std::pin::Pin;

use crate::secret::SecretString;

pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

#[derive(Debug, Clone, thiserror::Error)]
pub enum TokenError {
    /// The grant is gone (revoked, expired by inactivity, consent withdrawn): an operator
    /// must run `dastra-mailgate authorize ACCOUNT` again.
    #[error("account `{account}` needs re-authorisation: {reason}")]
    ReauthorizationNeeded { account: String, reason: String },
    /// The token endpoint could not be reached or answered 5xx: retry later.
    #[error("cannot get a token for account `{account}` right now: {reason}")]
    Temporary { account: String, reason: String },
}

/// Gives access tokens for one account.
pub trait TokenSource: Send + Sync {
    /// The user the token acts for (the SASL `user=`).
    fn user(&self) -> &str;
    /// A currently valid access token.
    fn token(&self) -> BoxFuture<'_, Result<SecretString, TokenError>>;
    /// The server rejected the last token: drop it so the next call fetches a new one.
    fn invalidate(&self);
}

/// A fixed token (tests, and operators who manage tokens themselves).
pub struct StaticToken {
    pub user: String,
    pub token: SecretString,
}

impl TokenSource for StaticToken {
    fn user(&self) -> &str {
        &self.user
    }

    fn token(&self) -> BoxFuture<'_, Result<SecretString, TokenError>> {
        let t = self.token.clone();
        Box::pin(async move { Ok(t) })
    }

    fn invalidate(&self) {}
}

pub use manager::{Accounts, ForUser, Reconciled, TokenManager};

/// SASL XOAUTH2 initial response (before base64): `user=U^Aauth=Bearer T^A^A`.
pub fn xoauth2_payload(user: &str, token: &str) -> String {
    format!("user={user}\x01auth=Bearer {token}\x01\x01")
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;

    #[test]
    fn xoauth2_matches_published_vectors() {
        let b64 = |s: String| base64::engine::general_purpose::STANDARD.encode(s);
        assert_eq!(
            b64(xoauth2_payload(
                "test@contoso.onmicrosoft.com",
                "EwBAAl3BAAUFFpUAo7J3Ve0bjLBWZWCclRC3EoAA"
            )),
            "dXNlcj10ZXN0QGNvbnRvc28ub25taWNyb3NvZnQuY29tAWF1dGg9QmVhcmVyIEV3QkFBbDNCQUFVRkZwVUFvN0ozVmUwYmpMQldaV0NjbFJDM0VvQUEBAQ=="
        );
        assert_eq!(
            b64(xoauth2_payload("user", "mF_9.B5f-4.1JqM")),
            "dXNlcj11c2VyAWF1dGg9QmVhcmVyIG1GXzkuQjVmLTQuMUpxTQEB"
        );
    }
}
