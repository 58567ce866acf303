//! [`DastraClient`]: authentication, the request pipeline and the typed operations.
//!
//! Every REST call goes through one pipeline:
//!
//! 1. take a [`RatePermit`](super::RatePermit) from the shared limiter (held until the answer
//!    has been read);
//! 2. authenticate: `X-API-Key: <private key>`, or `Authorization: Bearer <token>` with a token
//!    from the client-credentials grant, cached until shortly before `expires_in`;
//! 3. send; redirects are **not** followed (a 3xx is a permanent error naming the target);
//! 4. on a 401 with client credentials, and only once per call: drop the token, fetch a new
//!    one and send again (the server refused the token before acting on the request);
//! 5. any 2xx (200 and 201 alike) is success; everything else becomes a [`DastraError`].
//!
//! Token requests go to `token_url` (another host in production) and are not counted by the
//! limiter.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use bytes::Bytes;
use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderValue, LOCATION, RETRY_AFTER};
use reqwest::{Method, Response, multipart};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::json;
use tokio::time::Instant;

use super::dedupe::{additional_datas_has_key, dedupe_token, html_has_marker};
use super::error::{DastraError, parse_retry_after};
use super::limiter::RateLimiter;
use super::model::*;
use crate::secret::SecretString;

/// Dastra's OAuth2 token endpoint.
pub const DEFAULT_TOKEN_URL: &str = "https://account.dastra.eu/connect/token";
/// Dastra documents "500/min or 10000/10min".
pub const DEFAULT_MAX_REQUESTS_PER_MIN: u32 = 500;
/// Default request timeout (whole request, answer included).
pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// Default TCP + TLS connect timeout.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Largest success body read (lists of up to 500 objects fit easily).
const MAX_SUCCESS_BODY: usize = 32 * 1024 * 1024;
/// Largest error body read; the rest is dropped.
const MAX_ERROR_BODY: usize = 64 * 1024;
/// Page size of lookups and listings (the API's maximum is 500).
const PAGE_SIZE: u32 = 100;
/// Safety stop for listings.
const MAX_PAGES: u32 = 50;
/// Refresh a token this long before it expires (or a tenth of its lifetime when shorter).
const TOKEN_REFRESH_MARGIN: Duration = Duration::from_secs(60);
/// How long [`DastraClient::ensure_tags`] trusts its cache before listing the tags again
/// (a tag deleted in Dastra is then recreated instead of being referenced by a stale id).
const TAG_CACHE_TTL: Duration = Duration::from_secs(600);
/// Lifetime assumed when the token endpoint sends no `expires_in`.
const DEFAULT_TOKEN_LIFETIME: Duration = Duration::from_secs(3600);

/// How the client authenticates.
#[derive(Clone, Debug)]
pub enum DastraAuth {
    /// `X-API-Key: <private key>` on every request.
    ApiKey(SecretString),
    /// OAuth2 client credentials: `POST token_url` with HTTP Basic `public:private` and
    /// `grant_type=client_credentials&scope=api1`; the Bearer token is cached.
    ClientCredentials {
        public_key: String,
        private_key: SecretString,
    },
}

/// Everything [`DastraClient::new`] needs. Start from [`DastraClientOptions::new`] for the
/// defaults.
#[derive(Clone, Debug)]
pub struct DastraClientOptions {
    /// API root, e.g. `https://api.dastra.eu` (a trailing `/` is ignored).
    pub base_url: String,
    /// OAuth2 token endpoint, default [`DEFAULT_TOKEN_URL`]; used with client credentials only.
    pub token_url: String,
    pub auth: DastraAuth,
    /// Whole-request timeout.
    pub request_timeout: Duration,
    /// Connect (TCP + TLS) timeout.
    pub connect_timeout: Duration,
    /// Client-side limit, requests per minute, shared by all clones; 0 = no limit.
    pub max_requests_per_min: u32,
    pub user_agent: String,
    /// Extra trusted CA certificates (PEM, one or more), added to the platform's roots.
    pub extra_root_ca_pem: Option<Vec<u8>>,
}

impl DastraClientOptions {
    /// `base_url` and `auth` with the defaults: token URL [`DEFAULT_TOKEN_URL`], timeouts
    /// [`DEFAULT_REQUEST_TIMEOUT`] / [`DEFAULT_CONNECT_TIMEOUT`], 500 requests/min, user agent
    /// `dastra-mailgate/<version>`, no extra CA.
    pub fn new(base_url: impl Into<String>, auth: DastraAuth) -> Self {
        Self {
            base_url: base_url.into(),
            token_url: DEFAULT_TOKEN_URL.to_string(),
            auth,
            request_timeout: DEFAULT_REQUEST_TIMEOUT,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            max_requests_per_min: DEFAULT_MAX_REQUESTS_PER_MIN,
            user_agent: concat!("dastra-mailgate/", env!("CARGO_PKG_VERSION")).to_string(),
            extra_root_ca_pem: None,
        }
    }
}

/// The typed Dastra REST client. Cheap to clone: clones share the HTTP connection pool, the
/// token cache, the rate limiter and the tag cache.
#[derive(Clone)]
pub struct DastraClient {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    base_url: String,
    token_url: String,
    auth: DastraAuth,
    token: tokio::sync::Mutex<Option<CachedToken>>,
    token_generation: AtomicU64,
    limiter: RateLimiter,
    /// Tags by (workspace, type); the lock also serialises tag creation.
    tags: tokio::sync::Mutex<HashMap<(WorkspaceId, TagType), CachedTags>>,
}

struct CachedTags {
    tags: Vec<Tag>,
    listed_at: Instant,
}

struct CachedToken {
    token: SecretString,
    refresh_at: Instant,
    generation: u64,
}

impl std::fmt::Debug for DastraClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let auth = match &self.inner.auth {
            DastraAuth::ApiKey(_) => "api_key",
            DastraAuth::ClientCredentials { .. } => "client_credentials",
        };
        f.debug_struct("DastraClient")
            .field("base_url", &self.inner.base_url)
            .field("auth", &auth)
            .field("limiter", &self.inner.limiter)
            .finish()
    }
}

/// What a request sends.
enum Payload<'a> {
    Empty,
    Json(Vec<u8>),
    File {
        file_name: String,
        content_type: &'a str,
        data: Bytes,
    },
}

/// One REST call, rebuilt for each attempt.
struct Call<'a> {
    op: &'static str,
    method: Method,
    path: String,
    query: Vec<(&'static str, String)>,
    payload: Payload<'a>,
}

impl<'a> Call<'a> {
    fn new(op: &'static str, method: Method, path: String) -> Self {
        Self {
            op,
            method,
            path,
            query: Vec::new(),
            payload: Payload::Empty,
        }
    }

    fn query(mut self, key: &'static str, value: impl ToString) -> Self {
        self.query.push((key, value.to_string()));
        self
    }

    fn json<T: serde::Serialize>(mut self, body: &T) -> Result<Self, DastraError> {
        let bytes = serde_json::to_vec(body).map_err(|e| DastraError::InvalidInput {
            op: self.op,
            detail: format!("cannot encode the request body: {e}"),
        })?;
        self.payload = Payload::Json(bytes);
        Ok(self)
    }
}

/// A 2xx answer.
struct Answer {
    status: u16,
    body: Vec<u8>,
    truncated: bool,
}

impl DastraClient {
    /// Builds the client. Fails only on configuration problems (bad URL, unreadable CA PEM,
    /// a key that cannot be sent in a header); no request is made.
    pub fn new(options: DastraClientOptions) -> Result<Self, DastraError> {
        let base_url = check_url("base_url", &options.base_url)?;
        let token_url = match &options.auth {
            DastraAuth::ClientCredentials { public_key, .. } => {
                if public_key.trim().is_empty() {
                    return Err(config("the public key is empty"));
                }
                check_url("token_url", &options.token_url)?
            }
            DastraAuth::ApiKey(key) => {
                if key.is_empty() {
                    return Err(config("the API key is empty"));
                }
                HeaderValue::from_str(key.expose()).map_err(|_| {
                    config("the API key contains characters not allowed in a header")
                })?;
                options.token_url.clone()
            }
        };
        let mut builder = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(options.request_timeout)
            .connect_timeout(options.connect_timeout)
            .user_agent(options.user_agent.clone());
        if let Some(pem) = &options.extra_root_ca_pem {
            let certs =
                reqwest::Certificate::from_pem_bundle(pem).map_err(|e| DastraError::Config {
                    detail: "cannot read the extra CA certificates (PEM expected)".into(),
                    source: Some(e),
                })?;
            if certs.is_empty() {
                return Err(config("the extra CA file holds no PEM certificate"));
            }
            builder = builder.tls_certs_merge(certs);
        }
        let http = builder.build().map_err(|e| DastraError::Config {
            detail: "cannot build the HTTP client".into(),
            source: Some(e),
        })?;
        Ok(Self {
            inner: Arc::new(Inner {
                http,
                base_url,
                token_url,
                auth: options.auth,
                token: tokio::sync::Mutex::new(None),
                token_generation: AtomicU64::new(0),
                limiter: RateLimiter::per_minute(options.max_requests_per_min),
                tags: tokio::sync::Mutex::new(HashMap::new()),
            }),
        })
    }

    /// The API root this client talks to (no trailing `/`).
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// The shared rate limiter (for metrics and tests).
    pub fn limiter(&self) -> &RateLimiter {
        &self.inner.limiter
    }

    // -----------------------------------------------------------------------------------------
    // Status, workspaces, areas
    // -----------------------------------------------------------------------------------------

    /// `GET /me`: the user behind the key. A cheap credentials check.
    pub async fn me(&self) -> Result<CurrentUser, DastraError> {
        let call = Call::new("get the current user", Method::GET, "/me".into());
        let answer = self.execute(&call).await?;
        decode(call.op, &answer)
    }

    /// `GET /v1/WorkSpaces`. Accepts the documented `{items: [...]}`, the spec's
    /// `{workSpaces: [...]}` and a bare array.
    pub async fn list_workspaces(&self) -> Result<Vec<Workspace>, DastraError> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Answered {
            Bare(Vec<Workspace>),
            // Before `Paged`: every field of a paged list is optional, so it matches anything.
            Spec {
                #[serde(rename = "workSpaces", deserialize_with = "null_as_empty")]
                work_spaces: Vec<Workspace>,
            },
            Paged(PagedList<Workspace>),
        }
        let call = Call::new("list workspaces", Method::GET, "/v1/WorkSpaces".into())
            .query("page", 1)
            .query("size", 500);
        let answer = self.execute(&call).await?;
        Ok(match decode::<Answered>(call.op, &answer)? {
            Answered::Bare(v) => v,
            Answered::Spec { work_spaces } => work_spaces,
            Answered::Paged(p) => p.items,
        })
    }

    /// `GET /v1/ws/{ws}/Areas`, every page: the organisational units (for `areaId`).
    pub async fn list_areas(&self, ws: WorkspaceId) -> Result<Vec<Area>, DastraError> {
        let call = Call::new("list areas", Method::GET, format!("/v1/ws/{ws}/Areas"));
        self.list_all(call, MAX_PAGES).await
    }

    // -----------------------------------------------------------------------------------------
    // Data subject requests
    // -----------------------------------------------------------------------------------------

    /// `POST /v1/ws/{ws}/DataSubjectRequests`. Refused locally (permanent
    /// [`DastraError::InvalidInput`]) when `title` is empty, `locale` is not 1–10 chars,
    /// `purposes` is empty or `refId` is over 355 chars.
    ///
    /// Not idempotent: after a transient error, look the request up with
    /// [`DastraClient::find_dsrs_by_ref_id`] before creating it again.
    pub async fn create_dsr(
        &self,
        ws: WorkspaceId,
        request: &NewDataSubjectRequest,
    ) -> Result<DataSubjectRequest, DastraError> {
        const OP: &str = "create data subject request";
        let invalid = |detail: &str| DastraError::InvalidInput {
            op: OP,
            detail: detail.to_string(),
        };
        if request.title.trim().is_empty() {
            return Err(invalid("the title is empty"));
        }
        let locale_len = utf16_len(&request.locale);
        if locale_len == 0 || locale_len > 10 {
            return Err(invalid("the locale must be 1 to 10 characters"));
        }
        if request.purposes.is_empty() {
            return Err(invalid("at least one purpose is required"));
        }
        if let Some(r) = &request.ref_id
            && utf16_len(r) > MAX_REF_ID_LEN
        {
            return Err(invalid("the refId is longer than 355 characters"));
        }
        let call = Call::new(OP, Method::POST, format!("/v1/ws/{ws}/DataSubjectRequests"))
            .json(request)?;
        let answer = self.execute(&call).await?;
        decode(OP, &answer)
    }

    /// `GET /v1/ws/{ws}/DataSubjectRequests/{id}`.
    pub async fn get_dsr(
        &self,
        ws: WorkspaceId,
        id: &DsrId,
    ) -> Result<DataSubjectRequest, DastraError> {
        let call = Call::new(
            "get data subject request",
            Method::GET,
            format!(
                "/v1/ws/{ws}/DataSubjectRequests/{}",
                path_segment(id.as_str())
            ),
        );
        let answer = self.execute(&call).await?;
        decode(call.op, &answer)
    }

    /// Requests whose `refId` equals `ref_id`: `GET …/DataSubjectRequests` with
    /// `filters={"field":"refId","operator":"equal","value":…}`, verified client-side (exact,
    /// case-sensitive). Archived requests are searched when no active one matches. More than
    /// one result means duplicates already exist.
    pub async fn find_dsrs_by_ref_id(
        &self,
        ws: WorkspaceId,
        ref_id: &str,
    ) -> Result<Vec<DataSubjectRequest>, DastraError> {
        let filter = json!({"field": "refId", "operator": "equal", "value": ref_id}).to_string();
        let path = format!("/v1/ws/{ws}/DataSubjectRequests");
        for archived in [None, Some(true)] {
            let mut call = Call::new(
                "find data subject request by refId",
                Method::GET,
                path.clone(),
            )
            .query("filters", &filter);
            if let Some(a) = archived {
                call = call.query("archived", a);
            }
            let found: Vec<DataSubjectRequest> = self.list_all(call, 5).await?;
            let exact: Vec<_> = found
                .into_iter()
                .filter(|r| r.ref_id.as_deref() == Some(ref_id))
                .collect();
            if !exact.is_empty() {
                return Ok(exact);
            }
        }
        Ok(Vec::new())
    }

    /// `POST /v1/ws/{ws}/DataSubjectAttachments/{dsr}` as `multipart/form-data` with one
    /// field `File` carrying `file_name` and `content_type` (an invalid content type is sent
    /// as `application/octet-stream`). Quotes, backslashes, control characters and path
    /// components are removed from the file name.
    pub async fn upload_dsr_attachment(
        &self,
        ws: WorkspaceId,
        dsr: &DsrId,
        file_name: &str,
        content_type: &str,
        data: impl Into<Bytes>,
    ) -> Result<DataSubjectAttachment, DastraError> {
        let data = data.into();
        let mut call = Call::new(
            "upload data subject request attachment",
            Method::POST,
            format!(
                "/v1/ws/{ws}/DataSubjectAttachments/{}",
                path_segment(dsr.as_str())
            ),
        );
        call.payload = Payload::File {
            file_name: sanitize_file_name(file_name),
            content_type,
            data,
        };
        let answer = self.execute(&call).await?;
        decode(call.op, &answer)
    }

    /// `GET /v1/ws/{ws}/DataSubjectAttachments/{dsr}`: the request's attachments (listed in
    /// the newer endpoint list only; a bare array, an `{items}` envelope is accepted too).
    /// Lets a caller check whether an upload interrupted by a transient error went through.
    pub async fn list_dsr_attachments(
        &self,
        ws: WorkspaceId,
        dsr: &DsrId,
    ) -> Result<Vec<DataSubjectAttachment>, DastraError> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Answered {
            Bare(Vec<DataSubjectAttachment>),
            Paged(PagedList<DataSubjectAttachment>),
        }
        let call = Call::new(
            "list data subject request attachments",
            Method::GET,
            format!(
                "/v1/ws/{ws}/DataSubjectAttachments/{}",
                path_segment(dsr.as_str())
            ),
        );
        let answer = self.execute(&call).await?;
        Ok(match decode::<Answered>(call.op, &answer)? {
            Answered::Bare(v) => v,
            Answered::Paged(p) => p.items,
        })
    }

    /// `GET /v1/ws/{ws}/DataSubjectMessages?dataSubjectRequestId={dsr}`, every page: the
    /// messages of one request (to check whether a follow-up was already added).
    pub async fn list_dsr_messages(
        &self,
        ws: WorkspaceId,
        dsr: &DsrId,
    ) -> Result<Vec<DataSubjectMessage>, DastraError> {
        let call = Call::new(
            "list data subject messages",
            Method::GET,
            format!("/v1/ws/{ws}/DataSubjectMessages"),
        )
        .query("dataSubjectRequestId", dsr.as_str());
        let found: Vec<DataSubjectMessage> = self.list_all(call, MAX_PAGES).await?;
        // Keep only this request's messages, should the server ignore the parameter.
        Ok(found
            .into_iter()
            .filter(|m| m.user_request_id.as_ref().is_none_or(|id| id == dsr))
            .collect())
    }

    /// `POST /v1/ws/{ws}/DataSubjectMessages`: a follow-up message on an existing request.
    /// A message over 3000 UTF-16 units or empty is refused locally (cut it with
    /// [`truncate_with_ellipsis`] first). Returns the created message when the server sends
    /// one back (the spec documents an empty answer).
    pub async fn create_dsr_message(
        &self,
        ws: WorkspaceId,
        message: &NewDataSubjectMessage,
    ) -> Result<Option<DataSubjectMessage>, DastraError> {
        const OP: &str = "create data subject message";
        if message.message.trim().is_empty() {
            return Err(DastraError::InvalidInput {
                op: OP,
                detail: "the message is empty".into(),
            });
        }
        if utf16_len(&message.message) > MAX_MESSAGE_LEN {
            return Err(DastraError::InvalidInput {
                op: OP,
                detail: format!("the message is longer than {MAX_MESSAGE_LEN} characters"),
            });
        }
        let call = Call::new(OP, Method::POST, format!("/v1/ws/{ws}/DataSubjectMessages"))
            .json(message)?;
        let answer = self.execute(&call).await?;
        if answer.body.iter().all(u8::is_ascii_whitespace) || answer.body.trim_ascii() == b"null" {
            return Ok(None);
        }
        decode(OP, &answer).map(Some)
    }

    // -----------------------------------------------------------------------------------------
    // Tasks
    // -----------------------------------------------------------------------------------------

    /// `POST /v1/ws/{ws}/Tasks`. A label that is empty or over 120 UTF-16 units is refused
    /// locally (build it with [`task_label`]). Not idempotent: see
    /// [`DastraClient::find_tasks_by_dedupe_key`].
    pub async fn create_task(&self, ws: WorkspaceId, task: &NewTask) -> Result<Task, DastraError> {
        const OP: &str = "create task";
        if task.label.trim().is_empty() || utf16_len(&task.label) > MAX_TASK_LABEL_LEN {
            return Err(DastraError::InvalidInput {
                op: OP,
                detail: format!("the label must be 1 to {MAX_TASK_LABEL_LEN} characters"),
            });
        }
        let call = Call::new(OP, Method::POST, format!("/v1/ws/{ws}/Tasks")).json(task)?;
        let answer = self.execute(&call).await?;
        decode(OP, &answer)
    }

    /// `GET /v1/ws/{ws}/Tasks/{id}`.
    pub async fn get_task(&self, ws: WorkspaceId, id: i64) -> Result<Task, DastraError> {
        let call = Call::new("get task", Method::GET, format!("/v1/ws/{ws}/Tasks/{id}"));
        let answer = self.execute(&call).await?;
        decode(call.op, &answer)
    }

    /// Tasks carrying dedupe `key` (see [`super::dedupe`]): listed with a `descriptionHtml`
    /// `contains` filter on the marker token, kept when the description holds the exact token
    /// or `additionalDatas` holds the key. Archived tasks are searched when nothing else matches.
    pub async fn find_tasks_by_dedupe_key(
        &self,
        ws: WorkspaceId,
        key: &str,
    ) -> Result<Vec<Task>, DastraError> {
        let path = format!("/v1/ws/{ws}/Tasks");
        self.find_by_marker("find task by dedupe key", &path, key)
            .await
    }

    // -----------------------------------------------------------------------------------------
    // Data breaches
    // -----------------------------------------------------------------------------------------

    /// `POST /v1/ws/{ws}/DataBreachs` (sic). Not idempotent: see
    /// [`DastraClient::find_breaches_by_dedupe_key`].
    pub async fn create_breach(
        &self,
        ws: WorkspaceId,
        breach: &NewDataBreach,
    ) -> Result<DataBreach, DastraError> {
        const OP: &str = "create data breach";
        if breach.label.trim().is_empty() {
            return Err(DastraError::InvalidInput {
                op: OP,
                detail: "the label is empty".into(),
            });
        }
        let call = Call::new(OP, Method::POST, format!("/v1/ws/{ws}/DataBreachs")).json(breach)?;
        let answer = self.execute(&call).await?;
        decode(OP, &answer)
    }

    /// `GET /v1/ws/{ws}/DataBreachs/{id}` (`id` is a uuid).
    pub async fn get_breach(&self, ws: WorkspaceId, id: &str) -> Result<DataBreach, DastraError> {
        let call = Call::new(
            "get data breach",
            Method::GET,
            format!("/v1/ws/{ws}/DataBreachs/{}", path_segment(id)),
        );
        let answer = self.execute(&call).await?;
        decode(call.op, &answer)
    }

    /// Breaches carrying dedupe `key` in their description marker (`DataBreachDto` has no
    /// `additionalDatas`), found like [`DastraClient::find_tasks_by_dedupe_key`].
    pub async fn find_breaches_by_dedupe_key(
        &self,
        ws: WorkspaceId,
        key: &str,
    ) -> Result<Vec<DataBreach>, DastraError> {
        let path = format!("/v1/ws/{ws}/DataBreachs");
        self.find_by_marker("find data breach by dedupe key", &path, key)
            .await
    }

    /// Lists `path` filtered on `descriptionHtml contains <token>` and keeps the exact matches;
    /// archived objects are searched when nothing active matches.
    async fn find_by_marker<T: DeserializeOwned + HasMarker>(
        &self,
        op: &'static str,
        path: &str,
        key: &str,
    ) -> Result<Vec<T>, DastraError> {
        let token = dedupe_token(key);
        let filter =
            json!({"field": "descriptionHtml", "operator": "contains", "value": token}).to_string();
        for archived in [None, Some(true)] {
            let mut call = Call::new(op, Method::GET, path.to_string()).query("filters", &filter);
            if let Some(a) = archived {
                call = call.query("archived", a);
            }
            let found: Vec<T> = self.list_all(call, 5).await?;
            let exact: Vec<T> = found.into_iter().filter(|item| item.matches(key)).collect();
            if !exact.is_empty() {
                return Ok(exact);
            }
        }
        Ok(Vec::new())
    }

    // -----------------------------------------------------------------------------------------
    // Tags
    // -----------------------------------------------------------------------------------------

    /// `GET /v1/ws/{ws}/Tags[?type=…]`: a bare array (an envelope `{items}` is accepted too).
    /// With a type, tags of other types are dropped client-side as well.
    pub async fn list_tags(
        &self,
        ws: WorkspaceId,
        tag_type: Option<TagType>,
    ) -> Result<Vec<Tag>, DastraError> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Answered {
            Bare(Vec<Tag>),
            Paged(PagedList<Tag>),
        }
        let mut call = Call::new("list tags", Method::GET, format!("/v1/ws/{ws}/Tags"));
        if let Some(t) = tag_type {
            call = call.query("type", t.as_str());
        }
        let answer = self.execute(&call).await?;
        let tags = match decode::<Answered>(call.op, &answer)? {
            Answered::Bare(v) => v,
            Answered::Paged(p) => p.items,
        };
        Ok(match tag_type {
            Some(t) => tags.into_iter().filter(|x| x.tag_type == t).collect(),
            None => tags,
        })
    }

    /// `POST /v1/ws/{ws}/Tags`.
    pub async fn create_tag(&self, ws: WorkspaceId, tag: &NewTag) -> Result<Tag, DastraError> {
        const OP: &str = "create tag";
        if tag.label.trim().is_empty() {
            return Err(DastraError::InvalidInput {
                op: OP,
                detail: "the label is empty".into(),
            });
        }
        let call = Call::new(OP, Method::POST, format!("/v1/ws/{ws}/Tags")).json(tag)?;
        let answer = self.execute(&call).await?;
        let mut created: Tag = decode(OP, &answer)?;
        if created.tag_type == TagType::Other {
            created.tag_type = tag.tag_type;
        }
        Ok(created)
    }

    /// The tags of `tag_type` with these labels (trimmed, compared case-insensitively,
    /// duplicates and empty labels dropped), in the order given, creating the missing ones.
    ///
    /// Results are cached per (workspace, type), shared by all clones of the client: while
    /// every label is known and the cache is younger than 10 minutes, no request is made.
    /// Calls are serialised, so two mailboxes never create the same tag twice. If creating a tag fails permanently (e.g. someone
    /// created it meanwhile), the list is read again once before giving up.
    pub async fn ensure_tags<S: AsRef<str>>(
        &self,
        ws: WorkspaceId,
        labels: &[S],
        tag_type: TagType,
    ) -> Result<Vec<Tag>, DastraError> {
        let mut wanted: Vec<&str> = Vec::new();
        for l in labels {
            let l = l.as_ref().trim();
            if !l.is_empty() && !wanted.iter().any(|w| same_label(w, l)) {
                wanted.push(l);
            }
        }
        if wanted.is_empty() {
            return Ok(Vec::new());
        }
        let mut cache = self.inner.tags.lock().await;
        let entry = cache.entry((ws, tag_type)).or_insert_with(|| CachedTags {
            tags: Vec::new(),
            listed_at: Instant::now(),
        });
        let missing = |known: &[Tag]| -> Vec<String> {
            wanted
                .iter()
                .filter(|w| !known.iter().any(|t| same_label(&t.label, w)))
                .map(|w| w.to_string())
                .collect()
        };
        let stale = entry.listed_at.elapsed() >= TAG_CACHE_TTL;
        if stale || !missing(&entry.tags).is_empty() {
            entry.tags = self.list_tags(ws, Some(tag_type)).await?;
            entry.listed_at = Instant::now();
            for label in missing(&entry.tags) {
                let new = NewTag {
                    label: label.clone(),
                    tag_type,
                    color: None,
                };
                match self.create_tag(ws, &new).await {
                    Ok(tag) => entry.tags.push(tag),
                    Err(e) if !e.is_transient() => {
                        // Perhaps created meanwhile by someone else: look once more.
                        let again = self.list_tags(ws, Some(tag_type)).await?;
                        if !again.iter().any(|t| same_label(&t.label, &label)) {
                            return Err(e);
                        }
                        entry.tags = again;
                    }
                    Err(e) => return Err(e),
                }
            }
        }
        let known = &entry.tags;
        Ok(wanted
            .iter()
            .filter_map(|w| known.iter().find(|t| same_label(&t.label, w)).cloned())
            .collect())
    }

    // -----------------------------------------------------------------------------------------
    // Pipeline
    // -----------------------------------------------------------------------------------------

    /// Every page of a paged list (`page` from 1, `size` [`PAGE_SIZE`]), up to `max_pages`.
    async fn list_all<T: DeserializeOwned>(
        &self,
        call: Call<'_>,
        max_pages: u32,
    ) -> Result<Vec<T>, DastraError> {
        let mut out = Vec::new();
        for page in 1..=max_pages {
            let mut paged = Call::new(call.op, call.method.clone(), call.path.clone());
            paged.query = call.query.clone();
            let paged = paged.query("page", page).query("size", PAGE_SIZE);
            let answer = self.execute(&paged).await?;
            let list: PagedList<T> = decode(call.op, &answer)?;
            let n = list.items.len();
            out.extend(list.items);
            let total_reached = list.total.is_some_and(|t| out.len() as i64 >= t);
            if n < PAGE_SIZE as usize || total_reached {
                break;
            }
        }
        Ok(out)
    }

    /// Sends `call` (see the module docs for the steps).
    async fn execute(&self, call: &Call<'_>) -> Result<Answer, DastraError> {
        let url = format!("{}{}", self.inner.base_url, call.path);
        let mut reauthenticated = false;
        loop {
            let Some(permit) = self.inner.limiter.acquire().await else {
                return Err(DastraError::Stopped { op: call.op });
            };
            let (auth_name, auth_value, generation, secret) = self.auth_header(call.op).await?;
            let mut rb = self
                .inner
                .http
                .request(call.method.clone(), &url)
                .header(ACCEPT, "application/json")
                .header(auth_name, auth_value);
            if !call.query.is_empty() {
                rb = rb.query(&call.query);
            }
            rb = match &call.payload {
                Payload::Empty => rb,
                Payload::Json(bytes) => rb
                    .header(CONTENT_TYPE, "application/json")
                    .body(bytes.clone()),
                Payload::File {
                    file_name,
                    content_type,
                    data,
                } => rb.multipart(file_form(call.op, file_name, content_type, data)?),
            };
            let resp = rb.send().await.map_err(|e| {
                crate::metrics::inc("mailgate_dastra_requests_total", &[("status", "error")]);
                DastraError::from_reqwest(call.op, e)
            })?;
            let status = resp.status().as_u16();
            crate::metrics::inc(
                "mailgate_dastra_requests_total",
                &[("status", crate::metrics::status_class(status))],
            );
            let success = (200..300).contains(&status);
            let retry_after = header_str(&resp, RETRY_AFTER.as_str())
                .and_then(|v| parse_retry_after(&v, chrono::Utc::now()));
            let content_type = header_str(&resp, CONTENT_TYPE.as_str());
            let location = header_str(&resp, LOCATION.as_str());
            let limit = if success {
                MAX_SUCCESS_BODY
            } else {
                MAX_ERROR_BODY
            };
            let (body, truncated) = read_body(resp, limit)
                .await
                .map_err(|e| DastraError::from_reqwest(call.op, e))?;
            drop(permit);

            if success {
                return Ok(Answer {
                    status,
                    body,
                    truncated,
                });
            }
            if status == 401
                && !reauthenticated
                && matches!(self.inner.auth, DastraAuth::ClientCredentials { .. })
            {
                tracing::debug!(
                    op = call.op,
                    "Dastra refused the access token, fetching a new one."
                );
                self.invalidate_token(generation).await;
                reauthenticated = true;
                continue;
            }
            let secrets = self.secrets(secret.as_ref());
            return Err(DastraError::from_status(
                call.op,
                status,
                retry_after,
                content_type.as_deref(),
                &body,
                location.as_deref(),
                &secrets,
            ));
        }
    }

    /// The header that authenticates a request, the token generation it came from, and the
    /// token itself (to scrub it from error messages).
    async fn auth_header(
        &self,
        op: &'static str,
    ) -> Result<(&'static str, HeaderValue, u64, Option<SecretString>), DastraError> {
        match &self.inner.auth {
            DastraAuth::ApiKey(key) => {
                let mut v = HeaderValue::from_str(key.expose()).map_err(|_| {
                    config("the API key contains characters not allowed in a header")
                })?;
                v.set_sensitive(true);
                Ok(("X-API-Key", v, 0, None))
            }
            DastraAuth::ClientCredentials { .. } => {
                let (token, generation) = self.bearer().await?;
                let mut v =
                    HeaderValue::from_str(&format!("Bearer {}", token.expose())).map_err(|_| {
                        DastraError::Unauthorized {
                        op,
                        status: 200,
                        message:
                            "the token endpoint returned a token that is not a valid header value"
                                .into(),
                    }
                    })?;
                v.set_sensitive(true);
                Ok(("Authorization", v, generation, Some(token)))
            }
        }
    }

    /// A valid Bearer token: the cached one, or a fresh one (one fetch at a time).
    async fn bearer(&self) -> Result<(SecretString, u64), DastraError> {
        let mut cached = self.inner.token.lock().await;
        if let Some(t) = cached.as_ref()
            && Instant::now() < t.refresh_at
        {
            return Ok((t.token.clone(), t.generation));
        }
        let requested_at = Instant::now();
        let (token, lifetime) = self.fetch_token().await?;
        let margin = TOKEN_REFRESH_MARGIN.min(lifetime / 10);
        let generation = self.inner.token_generation.fetch_add(1, Ordering::Relaxed) + 1;
        *cached = Some(CachedToken {
            token: token.clone(),
            refresh_at: requested_at + lifetime.saturating_sub(margin),
            generation,
        });
        Ok((token, generation))
    }

    /// Forgets the token of `generation` (a newer one, fetched meanwhile, is kept).
    async fn invalidate_token(&self, generation: u64) {
        let mut cached = self.inner.token.lock().await;
        if cached.as_ref().is_some_and(|t| t.generation == generation) {
            *cached = None;
        }
    }

    /// The client-credentials grant. Every refusal by the token endpoint (4xx, redirects,
    /// an answer without a token) is [`DastraError::Unauthorized`]: a configuration problem,
    /// never the fault of the message being processed. 429 and 5xx stay transient.
    async fn fetch_token(&self) -> Result<(SecretString, Duration), DastraError> {
        const OP: &str = "obtain an access token";
        let DastraAuth::ClientCredentials {
            public_key,
            private_key,
        } = &self.inner.auth
        else {
            return Err(config("no client credentials configured"));
        };
        let resp = self
            .inner
            .http
            .post(&self.inner.token_url)
            .basic_auth(public_key, Some(private_key.expose()))
            .header(ACCEPT, "application/json")
            .form(&[("grant_type", "client_credentials"), ("scope", "api1")])
            .send()
            .await
            .map_err(|e| DastraError::from_reqwest(OP, e))?;
        let status = resp.status().as_u16();
        let retry_after = header_str(&resp, RETRY_AFTER.as_str())
            .and_then(|v| parse_retry_after(&v, chrono::Utc::now()));
        let content_type = header_str(&resp, CONTENT_TYPE.as_str());
        let location = header_str(&resp, LOCATION.as_str());
        let (body, _) = read_body(resp, MAX_ERROR_BODY)
            .await
            .map_err(|e| DastraError::from_reqwest(OP, e))?;
        let secrets = self.secrets(None);
        if !(200..300).contains(&status) {
            let err = DastraError::from_status(
                OP,
                status,
                retry_after,
                content_type.as_deref(),
                &body,
                location.as_deref(),
                &secrets,
            );
            return Err(match err {
                DastraError::Rejected {
                    op,
                    status,
                    message,
                } => DastraError::Unauthorized {
                    op,
                    status,
                    message,
                },
                other => other,
            });
        }

        #[derive(Deserialize)]
        struct TokenResponse {
            access_token: Option<String>,
            #[serde(default)]
            expires_in: Option<serde_json::Value>,
        }
        let unusable = |message: &str| DastraError::Unauthorized {
            op: OP,
            status,
            message: message.to_string(),
        };
        let parsed: TokenResponse = serde_json::from_slice(&body).map_err(|_| {
            unusable("the token endpoint answered with something other than a token")
        })?;
        let token = parsed
            .access_token
            .filter(|t| !t.trim().is_empty())
            .ok_or_else(|| unusable("the token endpoint answered without an access_token"))?;
        let lifetime = parsed
            .expires_in
            .and_then(|v| match v {
                serde_json::Value::Number(n) => n.as_f64(),
                serde_json::Value::String(s) => s.trim().parse().ok(),
                _ => None,
            })
            .filter(|s| *s > 0.0 && *s < 1e9)
            .map(Duration::from_secs_f64)
            .unwrap_or(DEFAULT_TOKEN_LIFETIME);
        Ok((SecretString::new(token), lifetime))
    }

    /// Values that must never appear in an error message.
    fn secrets<'s>(&'s self, token: Option<&'s SecretString>) -> Vec<&'s str> {
        let mut out = Vec::with_capacity(3);
        match &self.inner.auth {
            DastraAuth::ApiKey(k) => out.push(k.expose()),
            DastraAuth::ClientCredentials { private_key, .. } => out.push(private_key.expose()),
        }
        if let Some(t) = token {
            out.push(t.expose());
        }
        out
    }
}

/// A required list that may be JSON `null`.
fn null_as_empty<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

/// Objects whose description may carry a dedupe marker.
trait HasMarker {
    fn matches(&self, key: &str) -> bool;
}

impl HasMarker for Task {
    fn matches(&self, key: &str) -> bool {
        self.description_html
            .as_deref()
            .is_some_and(|h| html_has_marker(h, key))
            || additional_datas_has_key(self.additional_datas.as_ref(), key)
    }
}

impl HasMarker for DataBreach {
    fn matches(&self, key: &str) -> bool {
        self.description_html
            .as_deref()
            .is_some_and(|h| html_has_marker(h, key))
    }
}

fn config(detail: &str) -> DastraError {
    DastraError::Config {
        detail: detail.to_string(),
        source: None,
    }
}

/// Validates an absolute http(s) URL and returns it without a trailing `/`.
fn check_url(name: &str, url: &str) -> Result<String, DastraError> {
    let trimmed = url.trim().trim_end_matches('/');
    let parsed = reqwest::Url::parse(trimmed)
        .map_err(|_| config(&format!("{name} `{trimmed}` is not an absolute URL")))?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(config(&format!(
            "{name} `{trimmed}` must be an http(s) URL"
        )));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(config(&format!(
            "{name} must not have a query or a fragment"
        )));
    }
    Ok(trimmed.to_string())
}

fn same_label(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// Percent-encodes one path segment (everything but RFC 3986 unreserved characters).
fn path_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A file name safe inside `Content-Disposition: form-data; filename="…"` (sent as UTF-8,
/// like browsers do): last path component, no quotes, backslashes or control characters.
fn sanitize_file_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let cleaned: String = base
        .chars()
        .map(|c| if c == '"' || c.is_control() { '_' } else { c })
        .collect();
    let cleaned = cleaned.trim();
    if cleaned.is_empty() || cleaned == "." || cleaned == ".." {
        "attachment".to_string()
    } else {
        cleaned.to_string()
    }
}

/// The multipart form: one part `File`.
fn file_form(
    op: &'static str,
    file_name: &str,
    content_type: &str,
    data: &Bytes,
) -> Result<multipart::Form, DastraError> {
    // `Bytes` is reference-counted: each attempt streams the same buffer, no copy.
    let part = |ct: &str| {
        multipart::Part::stream_with_length(data.clone(), data.len() as u64)
            .file_name(file_name.to_string())
            .mime_str(ct)
    };
    let part = part(content_type)
        .or_else(|_| part("application/octet-stream"))
        .map_err(|e| DastraError::Config {
            detail: format!("cannot build the upload to {op}"),
            source: Some(e),
        })?;
    Ok(multipart::Form::new()
        .percent_encode_noop()
        .part("File", part))
}

fn header_str(resp: &Response, name: &str) -> Option<String> {
    resp.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// Reads at most `limit` bytes of the body; says whether more was dropped.
async fn read_body(mut resp: Response, limit: usize) -> Result<(Vec<u8>, bool), reqwest::Error> {
    let mut out = Vec::new();
    while let Some(chunk) = resp.chunk().await? {
        let room = limit.saturating_sub(out.len());
        if chunk.len() > room {
            out.extend_from_slice(&chunk[..room]);
            return Ok((out, true));
        }
        out.extend_from_slice(&chunk);
    }
    Ok((out, false))
}

/// Parses a 2xx body. Failures are [`DastraError::InvalidResponse`] with the parser's
/// position but never the body's values (they are personal data).
fn decode<T: DeserializeOwned>(op: &'static str, answer: &Answer) -> Result<T, DastraError> {
    let invalid = |detail: String| DastraError::InvalidResponse {
        op,
        status: answer.status,
        detail,
    };
    if answer.truncated {
        return Err(invalid(format!(
            "answer larger than {MAX_SUCCESS_BODY} bytes"
        )));
    }
    if answer.body.iter().all(u8::is_ascii_whitespace) {
        return Err(invalid("empty body".into()));
    }
    serde_json::from_slice(&answer.body).map_err(|e| {
        let kind = match e.classify() {
            serde_json::error::Category::Syntax | serde_json::error::Category::Eof => "not JSON",
            serde_json::error::Category::Data => "JSON of an unexpected shape",
            serde_json::error::Category::Io => "unreadable",
        };
        invalid(format!("{kind} (line {}, column {})", e.line(), e.column()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_checked_and_normalised() {
        assert_eq!(
            check_url("base_url", "https://api.dastra.eu/").unwrap(),
            "https://api.dastra.eu"
        );
        assert_eq!(
            check_url("base_url", "http://127.0.0.1:8080/prefix/").unwrap(),
            "http://127.0.0.1:8080/prefix"
        );
        assert!(check_url("base_url", "api.dastra.eu").is_err());
        assert!(check_url("base_url", "ftp://api.dastra.eu").is_err());
        assert!(check_url("base_url", "https://api.dastra.eu/?x=1").is_err());
    }

    #[test]
    fn file_names_are_sanitized() {
        assert_eq!(sanitize_file_name("report.pdf"), "report.pdf");
        assert_eq!(
            sanitize_file_name("C:\\Users\\x\\évaluation.pdf"),
            "évaluation.pdf"
        );
        assert_eq!(sanitize_file_name("../../etc/passwd"), "passwd");
        assert_eq!(sanitize_file_name("a\"b\r\n.txt"), "a_b__.txt");
        assert_eq!(sanitize_file_name(""), "attachment");
        assert_eq!(sanitize_file_name("dir/"), "attachment");
    }

    #[test]
    fn path_segments_are_encoded() {
        assert_eq!(path_segment("42"), "42");
        assert_eq!(
            path_segment("6f1c7c0e-4a8e-4a7c-9d51-1f0f5d0e2b11"),
            "6f1c7c0e-4a8e-4a7c-9d51-1f0f5d0e2b11"
        );
        assert_eq!(path_segment("a/b c"), "a%2Fb%20c");
    }

    #[test]
    fn options_have_the_documented_defaults_and_debug_hides_keys() {
        let o = DastraClientOptions::new(
            "https://api.dastra.eu",
            DastraAuth::ClientCredentials {
                public_key: "pub".into(),
                private_key: SecretString::new("very-private-key"),
            },
        );
        assert_eq!(o.token_url, DEFAULT_TOKEN_URL);
        assert_eq!(o.max_requests_per_min, 500);
        assert!(o.user_agent.starts_with("dastra-mailgate/"));
        assert!(!format!("{o:?}").contains("very-private-key"));
        let c = DastraClient::new(o).unwrap();
        let dbg = format!("{c:?}");
        assert!(dbg.contains("client_credentials") && !dbg.contains("very-private-key"));
    }

    #[test]
    fn bad_configuration_is_reported() {
        let bad_key = DastraClientOptions::new(
            "https://api.dastra.eu",
            DastraAuth::ApiKey(SecretString::new("bad\nkey")),
        );
        assert!(matches!(
            DastraClient::new(bad_key),
            Err(DastraError::Config { .. })
        ));
        let mut bad_ca = DastraClientOptions::new(
            "https://api.dastra.eu",
            DastraAuth::ApiKey(SecretString::new("k")),
        );
        bad_ca.extra_root_ca_pem = Some(b"not a pem".to_vec());
        let err = DastraClient::new(bad_ca).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("invalid dastra client configuration")
        );
    }
}
