//! Key material for the OAuth double: Entra client certificates, Google
//! service-account key files, RS256 signing and verification.

use std::io;
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use rand::Rng as _;
use serde_json::{Value, json};
use sha2::{Digest as _, Sha256};

/// A self-signed RSA certificate and its private key, as uploaded to an Entra
/// app registration ("Certificates & secrets") for certificate credentials.
#[derive(Clone, Debug)]
pub struct ClientCertificate {
    /// The certificate, PEM (`-----BEGIN CERTIFICATE-----`).
    pub cert_pem: String,
    /// The certificate, DER.
    pub cert_der: Vec<u8>,
    /// The RSA private key, PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`).
    pub key_pem: String,
    /// base64url (no padding) SHA-256 of the DER certificate: the value of the
    /// `x5t#S256` JWT header Entra matches against the registered certificate.
    pub thumbprint_s256: String,
    /// Upper-case hex SHA-256 of the DER certificate (as the portal shows it).
    pub thumbprint_s256_hex: String,
}

impl ClientCertificate {
    /// Generates a 2048-bit RSA key and a self-signed certificate for `common_name`.
    ///
    /// # Panics
    /// If key generation fails (it does not with the aws-lc-rs backend).
    pub fn generate(common_name: &str) -> ClientCertificate {
        let key =
            rcgen::KeyPair::generate_rsa_for(&rcgen::PKCS_RSA_SHA256, rcgen::RsaKeySize::_2048)
                .expect("RSA key generation");
        let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).expect("cert params");
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, common_name);
        let cert = params.self_signed(&key).expect("self-signed certificate");
        let cert_der = cert.der().to_vec();
        ClientCertificate {
            cert_pem: cert.pem(),
            thumbprint_s256: thumbprint_s256(&cert_der),
            thumbprint_s256_hex: hex_upper(&Sha256::digest(&cert_der)),
            cert_der,
            key_pem: key.serialize_pem(),
        }
    }

    /// The certificate followed by its private key in one PEM document (the
    /// shape many daemons read from a single `certificate_file`).
    pub fn combined_pem(&self) -> String {
        format!("{}{}", self.cert_pem, self.key_pem)
    }

    /// Writes `<stem>.crt`, `<stem>.key` and `<stem>.pem` (combined) into `dir`.
    pub fn write_files(&self, dir: &Path, stem: &str) -> io::Result<()> {
        std::fs::write(dir.join(format!("{stem}.crt")), &self.cert_pem)?;
        std::fs::write(dir.join(format!("{stem}.key")), &self.key_pem)?;
        std::fs::write(dir.join(format!("{stem}.pem")), self.combined_pem())
    }

    /// Signs a valid Entra client assertion: header `{alg: RS256, typ: JWT,
    /// x5t#S256}`, claims `aud`, `iss` = `sub` = `client_id`, `jti`, `nbf`,
    /// `iat`, `exp` = now + `lifetime`.
    pub fn client_assertion(&self, client_id: &str, audience: &str, lifetime: Duration) -> String {
        let now = unix(SystemTime::now());
        let claims = json!({
            "aud": audience,
            "iss": client_id,
            "sub": client_id,
            "jti": uuid::Uuid::new_v4().to_string(),
            "nbf": now,
            "iat": now,
            "exp": now + lifetime.as_secs(),
        });
        self.sign_assertion_with(&claims)
    }

    /// Signs arbitrary `claims` with this certificate's key and its `x5t#S256`
    /// header (to build deliberately wrong assertions in tests).
    pub fn sign_assertion_with(&self, claims: &Value) -> String {
        sign_rs256(&self.key_pem, None, Some(&self.thumbprint_s256), claims)
    }
}

/// A Google service-account key, as in the JSON key file the Cloud console
/// hands out (`"type": "service_account"`).
#[derive(Clone, Debug)]
pub struct ServiceAccountKey {
    /// `project_id`.
    pub project_id: String,
    /// `private_key_id` (40 hex chars); sent as the JWT `kid`.
    pub private_key_id: String,
    /// `private_key`: RSA PKCS#8 PEM.
    pub private_key_pem: String,
    /// `client_email`: `<name>@<project>.iam.gserviceaccount.com`.
    pub client_email: String,
    /// `client_id`: the numeric OAuth client id (21 digits) that domain-wide
    /// delegation is granted to.
    pub client_id: String,
    /// `auth_uri`.
    pub auth_uri: String,
    /// `token_uri`: where the JWT bearer grant is posted (the double's `/token`).
    pub token_uri: String,
}

impl ServiceAccountKey {
    /// Generates a new key for service account `name` in `project_id`, whose
    /// `token_uri` is `token_uri` (use [`super::OAuthDouble::google_token_url`]).
    pub fn generate(name: &str, project_id: &str, token_uri: &str) -> ServiceAccountKey {
        let key =
            rcgen::KeyPair::generate_rsa_for(&rcgen::PKCS_RSA_SHA256, rcgen::RsaKeySize::_2048)
                .expect("RSA key generation");
        let mut rng = rand::rng();
        let private_key_id: String = (0..40)
            .map(|_| char::from(b"0123456789abcdef"[rng.random_range(0..16)]))
            .collect();
        let client_id: String = std::iter::once(char::from(b'1' + rng.random_range(0..9u8)))
            .chain((0..20).map(|_| char::from(b'0' + rng.random_range(0..10u8))))
            .collect();
        let auth_uri = match token_uri.strip_suffix("/token") {
            Some(base) => format!("{base}/o/oauth2/auth"),
            None => "https://accounts.google.com/o/oauth2/auth".to_string(),
        };
        ServiceAccountKey {
            project_id: project_id.to_string(),
            private_key_id,
            private_key_pem: key.serialize_pem(),
            client_email: format!("{name}@{project_id}.iam.gserviceaccount.com"),
            client_id,
            auth_uri,
            token_uri: token_uri.to_string(),
        }
    }

    /// The key file content, with Google's field names and order.
    pub fn to_json(&self) -> Value {
        let cert_url = format!(
            "https://www.googleapis.com/robot/v1/metadata/x509/{}",
            self.client_email.replace('@', "%40")
        );
        json!({
            "type": "service_account",
            "project_id": self.project_id,
            "private_key_id": self.private_key_id,
            "private_key": self.private_key_pem,
            "client_email": self.client_email,
            "client_id": self.client_id,
            "auth_uri": self.auth_uri,
            "token_uri": self.token_uri,
            "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
            "client_x509_cert_url": cert_url,
            "universe_domain": "googleapis.com",
        })
    }

    /// Writes the JSON key file to `path`.
    pub fn write_json(&self, path: &Path) -> io::Result<()> {
        let text = serde_json::to_string_pretty(&self.to_json()).map_err(io::Error::other)?;
        std::fs::write(path, text + "\n")
    }

    /// The public key, SubjectPublicKeyInfo PEM (`-----BEGIN PUBLIC KEY-----`).
    pub fn public_key_pem(&self) -> String {
        let key = rcgen::KeyPair::from_pem(&self.private_key_pem).expect("own private key");
        key.public_key_pem()
    }

    /// Signs a valid JWT-bearer assertion, as Google's client libraries do:
    /// header `{alg: RS256, typ: JWT, kid: private_key_id}`, claims `iss` =
    /// `client_email`, `scope` (space-separated), `aud`, `iat`, `exp` = iat +
    /// `lifetime`, and `sub` when impersonating.
    pub fn sign_assertion(
        &self,
        sub: Option<&str>,
        scopes: &[&str],
        audience: &str,
        lifetime: Duration,
    ) -> String {
        let now = unix(SystemTime::now());
        let mut claims = json!({
            "iss": self.client_email,
            "scope": scopes.join(" "),
            "aud": audience,
            "iat": now,
            "exp": now + lifetime.as_secs(),
        });
        if let Some(sub) = sub {
            claims["sub"] = json!(sub);
        }
        self.sign_assertion_with(&claims)
    }

    /// Signs arbitrary `claims` with this key (and its `kid`).
    pub fn sign_assertion_with(&self, claims: &Value) -> String {
        sign_rs256(
            &self.private_key_pem,
            Some(&self.private_key_id),
            None,
            claims,
        )
    }
}

/// Signs `claims` as an RS256 JWT with the RSA private key `key_pem` (PKCS#8
/// or PKCS#1 PEM), optionally with a `kid` and an `x5t#S256` header.
///
/// # Panics
/// If `key_pem` is not an RSA private key.
pub fn sign_rs256(
    key_pem: &str,
    kid: Option<&str>,
    x5t_s256: Option<&str>,
    claims: &Value,
) -> String {
    let key = EncodingKey::from_rsa_pem(key_pem.as_bytes()).expect("RSA private key PEM");
    let mut header = Header::new(Algorithm::RS256);
    header.typ = Some("JWT".to_string());
    header.kid = kid.map(str::to_string);
    header.x5t_s256 = x5t_s256.map(str::to_string);
    jsonwebtoken::encode(&header, claims, &key).expect("JWT signing")
}

/// base64url (no padding) SHA-256 of `der`.
pub(crate) fn thumbprint_s256(der: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(Sha256::digest(der))
}

fn hex_upper(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02X}")).collect()
}

/// Seconds since the Unix epoch.
pub(crate) fn unix(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// DER of every `label` block in a PEM document.
pub(crate) fn pem_blocks(pem: &str, label: &str) -> Vec<Vec<u8>> {
    let begin = format!("-----BEGIN {label}-----");
    let end = format!("-----END {label}-----");
    let mut out = Vec::new();
    let mut rest = pem;
    while let Some(start) = rest.find(&begin) {
        let after = &rest[start + begin.len()..];
        let Some(stop) = after.find(&end) else { break };
        let b64: String = after[..stop]
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        if let Ok(der) = base64::engine::general_purpose::STANDARD.decode(b64) {
            out.push(der);
        }
        rest = &after[stop + end.len()..];
    }
    out
}

/// A registered RSA public key: the PKCS#1 `RSAPublicKey` DER the verifier
/// needs, plus the certificate thumbprint when it came from a certificate.
#[derive(Clone, Debug)]
pub(crate) struct PublicKey {
    pub pkcs1_der: Vec<u8>,
    pub thumbprint_s256: Option<String>,
}

/// Reads an RSA public key from a PEM `CERTIFICATE`, `PUBLIC KEY`,
/// `RSA PUBLIC KEY` or (deriving it) `PRIVATE KEY` / `RSA PRIVATE KEY`.
pub(crate) fn public_key_from_pem(pem: &str) -> Option<PublicKey> {
    if pem.contains("PRIVATE KEY-----") {
        let key = rcgen::KeyPair::from_pem(pem).ok()?;
        return Some(PublicKey {
            pkcs1_der: key.public_key_raw().to_vec(),
            thumbprint_s256: None,
        });
    }
    let thumbprint_s256 = pem_blocks(pem, "CERTIFICATE")
        .first()
        .map(|der| thumbprint_s256(der));
    let key = DecodingKey::from_rsa_pem(pem.as_bytes()).ok()?;
    Some(PublicKey {
        pkcs1_der: key.try_get_as_bytes().ok()?.to_vec(),
        thumbprint_s256,
    })
}

/// Why an RS256 JWT did not verify.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum JwtError {
    /// Not three base64url JSON parts.
    Malformed,
    /// `alg` is not RS256.
    Algorithm,
    /// The signature does not match the key.
    Signature,
}

/// Decodes header and claims without verifying anything.
pub(crate) fn peek(jwt: &str) -> Result<(Header, Value), JwtError> {
    let header = jsonwebtoken::decode_header(jwt).map_err(|_| JwtError::Malformed)?;
    let claims = jsonwebtoken::dangerous::insecure_decode::<Value>(jwt)
        .map_err(|_| JwtError::Malformed)?
        .claims;
    if !claims.is_object() {
        return Err(JwtError::Malformed);
    }
    Ok((header, claims))
}

/// Verifies the RS256 signature of `jwt` against `key`; claims are returned
/// unchecked (the caller applies the provider's own rules and clock).
pub(crate) fn verify_rs256(jwt: &str, key: &PublicKey) -> Result<(Header, Value), JwtError> {
    let (header, _) = peek(jwt)?;
    if header.alg != Algorithm::RS256 {
        return Err(JwtError::Algorithm);
    }
    let mut validation = Validation::new(Algorithm::RS256);
    validation.required_spec_claims.clear();
    validation.validate_exp = false;
    validation.validate_nbf = false;
    validation.validate_aud = false;
    let decoding = DecodingKey::from_rsa_der(&key.pkcs1_der);
    match jsonwebtoken::decode::<Value>(jwt, &decoding, &validation) {
        Ok(data) => Ok((data.header, data.claims)),
        Err(e) => match e.kind() {
            jsonwebtoken::errors::ErrorKind::InvalidSignature
            | jsonwebtoken::errors::ErrorKind::InvalidRsaKey(_)
            | jsonwebtoken::errors::ErrorKind::Provider(_) => Err(JwtError::Signature),
            _ => Err(JwtError::Malformed),
        },
    }
}

/// A lazily generated RSA key the double signs its own `id_token`s with.
pub(crate) struct SigningKey {
    pub key_pem: String,
    pub kid: String,
}

impl SigningKey {
    pub(crate) fn generate() -> SigningKey {
        let key =
            rcgen::KeyPair::generate_rsa_for(&rcgen::PKCS_RSA_SHA256, rcgen::RsaKeySize::_2048)
                .expect("RSA key generation");
        SigningKey {
            kid: thumbprint_s256(key.public_key_raw())[..20].to_string(),
            key_pem: key.serialize_pem(),
        }
    }

    pub(crate) fn sign(&self, claims: &Value) -> String {
        sign_rs256(&self.key_pem, Some(&self.kid), None, claims)
    }
}
