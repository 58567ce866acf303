//! An in-process double of the Dastra public REST API (`shared/dastra-api/`), for tests and
//! benches.
//!
//! [`DastraDouble::start`] binds `127.0.0.1:0`, serves from its own thread and tokio runtime
//! (so it works from sync tests, async tests and bench binaries alike) and returns once it
//! listens; dropping the handle stops it. Everything it stores can be read back
//! synchronously through the handle.
//!
//! ```no_run
//! use testbench::dastra::{DastraDouble, DastraDoubleOptions, Fault};
//! let double = DastraDouble::start(DastraDoubleOptions::default());
//! let url = format!("{}/v1/ws/1/DataSubjectRequests", double.base_url());
//! // … point the client at double.base_url(), double.token_url(), double.api_key() …
//! double.faults().push(Fault::drop_after_commit().on("POST", "/v1/ws/1/DataSubjectRequests"));
//! // … run the code under test …
//! assert_eq!(double.count_by_ref_id("<msg-1@example.org>"), 1);
//! # let _ = url;
//! ```
//!
//! # What it implements
//!
//! | route | notes |
//! |---|---|
//! | `POST /connect/token` | client credentials (Basic `public:private`, or `client_id`/`client_secret` in the form) |
//! | `GET /me` | the API user (`UserDto`) |
//! | `GET /v1/workspaces`, `GET /v1/workspaces/{id}` | see [`WorkspaceListShape`] |
//! | `GET /v1/ws/{ws}/Areas`, `…/Areas/{id}` | seeded from [`DastraDoubleOptions::areas`] |
//! | `GET /v1/ws/{ws}/Users` | seeded from [`DastraDoubleOptions::users`] |
//! | `GET, POST /v1/ws/{ws}/Tags`, `GET …/Tags/{id}` | bare array; `label` and `type` required |
//! | `GET, POST /v1/ws/{ws}/DataSubjectRequests`, `GET, PUT, PATCH, DELETE …/{id}` | int ids from 1001 |
//! | `GET, POST /v1/ws/{ws}/DataSubjectAttachments/{dsr}`, `DELETE …/{dsr}/{file}`, `GET …/{dsr}/download/{file}` | multipart field `File` |
//! | `GET, POST /v1/ws/{ws}/DataSubjectMessages`, `GET …/{id}` | `message` ≤ 3000 |
//! | `GET, POST /v1/ws/{ws}/Tasks`, `GET …/Tasks/count`, `GET, PUT, PATCH, DELETE …/{id}` | int ids from 5001; `label` ≤ 120 |
//! | `GET, POST /v1/ws/{ws}/DataBreachs`, `GET, PUT, PATCH, DELETE …/{id}` | uuid ids; `label`, `startDate` required |
//!
//! # Behaviour, and how unconfirmed points are emulated
//!
//! * **Routes are case-insensitive** and a trailing slash is ignored (ASP.NET Core routing).
//! * **Auth**: `X-API-Key: <private key>` or `Authorization: Bearer <token>`; anything else
//!   (including HTTP Basic on the REST routes, unconfirmed) → 401 with an empty body and
//!   `WWW-Authenticate: Bearer…` (JwtBearer style). Expired or unknown token → 401.
//!   Token errors are IdentityServer's: 400 `{"error":"invalid_client"}` etc.
//! * **Unknown workspace** (`/v1/ws/{ws}/…` not seeded) → **403** `ProblemDetails`
//!   (the readme documents 403 for "user lacks permission").
//! * **Bodies**: JSON only (`application/json`, `text/json`, `application/*+json`), else 415.
//!   Binding follows System.Text.Json web defaults (case-insensitive names, unknown fields
//!   ignored, numbers from strings, enums by name case-insensitively or by integer);
//!   validation errors are 400 `ValidationProblemDetails` keyed by the C# property name
//!   (`Title`, `Tags[0].Label`); conversion errors by JSON path (`$.purposes[0]`) plus
//!   `"dto": ["The dto field is required."]`. Nested tags are validated (`label`, `type`).
//!   Lengths count UTF-16 code units.
//! * `[Required]` value-type properties (`areaId`, `startDate`, a tag's `type`) are rejected
//!   when missing or null (ASP.NET would bind the default): stricter than the real server.
//! * **DSR create**: an `areaId` that is not an area of the workspace → 400 (`AreaId`),
//!   unless [`DastraDoubleOptions::reject_unknown_area`] is off (real behaviour unconfirmed).
//!   `state` is forced to `Open`; `channel` is kept as sent (default `Internal`) unless
//!   [`DastraDoubleOptions::force_dsr_channel`] is set; `dateDemand` is writable;
//!   `expiryTime` defaults to creation + 30 days. The response is the
//!   `DataSubjectRequestLightDto` (no `area`, `creator`, `operator`, `closedByUser`,
//!   `attachments`, `tags`); GET returns the full `DataSubjectRequestDto` (plus the newer
//!   `dateDemand`, `subjectCategoryId`, `customFields`, `nbMessagesIncoming`,
//!   `lastMessageDate`). Every property is present, nulls and C# defaults included.
//! * **Creates** answer 201 + `Location` by default, or 200
//!   ([`DastraDoubleOptions::create_status`]): applies to every create.
//! * **PATCH**: JSON Patch (`add`, `remove`, `replace`, `move`, `copy`, `test`), answers 200
//!   with the updated object; server-owned properties cannot be changed. PUT replaces.
//!   DELETE answers 200 with an empty body. Missing objects → 404 `ProblemDetails`;
//!   a non-integer id → 400.
//! * **Lists**: `page` (1-based), `size` (default 20, clamped to 500), `skip`, `sortBy` +
//!   `asc` (ascending unless `asc=false`; without `sortBy` newest first), `select`,
//!   `filters` (JsonRuleEngine.Net: `field`/`operator`/`value`, `separator` + `rules`;
//!   string comparisons case-insensitive like SQL Server; an unknown field → 400), and the
//!   per-resource filters (`q` on title/label, `states`, `purposes`, `ids`, `areaId`…).
//!   Archived DSRs are listed unless `archived=false` is passed or
//!   [`DastraDoubleOptions::list_excludes_archived`] is set.
//! * **Attachments**: the file part must be named `File` (matched case-insensitively like
//!   ASP.NET's `IFormFile` binding; [`StoredAttachment::form_field`] keeps the exact name) and
//!   carry a file name; else 400 `{"File":["The File field is required."]}`. Not multipart →
//!   415; unknown DSR → 404; over [`DastraDoubleOptions::max_upload_bytes`] → 413.
//!   `extension` is lower-case without the dot. The list endpoint returns a bare array.
//! * **Rate limit** (off by default): a sliding window of
//!   [`DastraDoubleOptions::rate_limit_window`] (60 s) admitting
//!   [`DastraDoubleOptions::rate_limit_per_min`] requests (all routes but the token
//!   endpoint, counted before authentication); over it → 429, `Retry-After: <secs until a
//!   slot frees>`, `text/plain` body `API calls quota exceeded! maximum admitted N per 1m.`
//!   (AspNetCoreRateLimit's message). Rejected requests do not consume the quota.
//! * **Faults** ([`Fault`]): matched after the rate limit and before authentication.

// Handlers and their helpers return `Result<_, Response>`: the error is the HTTP answer
// itself, built once on a cold path, so its size does not matter here.
#![allow(clippy::result_large_err)]

mod bind;
mod faults;
mod gate;
mod patch;
mod problem;
mod query;
mod routes;
mod schema;
mod server;
mod state;

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use serde_json::Value;
use tokio::sync::oneshot;

pub use faults::{Fault, FaultAction, Faults};
pub use state::{AuthMethod, LoggedRequest, StoredAttachment, WorkspaceListShape};

use state::{
    Counters, RateWindow, RuntimeConfig, Shared, Store, TokenStore, WsData, area_dto, lock,
    tag_dto, user_dto,
};

/// How to start a [`DastraDouble`].
#[derive(Clone, Debug)]
pub struct DastraDoubleOptions {
    /// Public part of the API key (the client id at `/connect/token`). Default: random.
    pub public_key: String,
    /// Private part (the `X-API-Key` value and the client secret). Default: random.
    pub private_key: String,
    /// Lifetime of issued access tokens (`expires_in`). Default: 3600 s.
    pub token_lifetime: Duration,
    /// Workspaces that exist. Default: `[1]`.
    pub workspaces: Vec<i32>,
    /// Areas seeded in every workspace, `(id, label)`: the first is the entity (type
    /// `Entity`), the others are areas under it. Default: 1 "Siège", 2 "Ressources
    /// humaines", 3 "Service client".
    pub areas: Vec<(i32, String)>,
    /// Tags seeded in every workspace, `(label, TagType)`. Default: none.
    pub tags: Vec<(String, String)>,
    /// Users, `(id, email, display name)`; the first one is the API user (`/me`, creator).
    /// Default: 1 `api@dastra-double.test` "API Mailgate", 42 `dpo@example.org` "Jeanne Martin".
    pub users: Vec<(i32, String, String)>,
    /// Status of a successful create: 201 (default) or 200.
    pub create_status: u16,
    /// Requests admitted per window; `None` (default) disables rate limiting.
    pub rate_limit_per_min: Option<u32>,
    /// Rate-limit window. Default: 60 s (shorten it in tests that wait for the window).
    pub rate_limit_window: Duration,
    /// Largest request body (uploads included); larger → 413. Default: 30 MB (Kestrel's).
    pub max_upload_bytes: usize,
    /// Force every created DSR's `channel` to this value (e.g. `"Internal"`), emulating a
    /// server that ignores the client's. Default: `None` (kept as sent).
    pub force_dsr_channel: Option<String>,
    /// Shape of `GET /v1/workspaces`. Default: [`WorkspaceListShape::ItemsTotal`].
    pub workspace_list_shape: WorkspaceListShape,
    /// Hide archived DSRs from lists unless `archived=true` is asked. Default: false.
    pub list_excludes_archived: bool,
    /// Reject a DSR whose `areaId` is not an area of the workspace (400). Default: true.
    pub reject_unknown_area: bool,
    /// Requests kept in the request log (the oldest are forgotten first; the counters stay
    /// exact). Default: 100 000.
    pub request_log_capacity: usize,
}

impl Default for DastraDoubleOptions {
    fn default() -> Self {
        let rand_hex = || uuid::Uuid::new_v4().simple().to_string();
        DastraDoubleOptions {
            public_key: format!("pub-{}", &rand_hex()[..16]),
            private_key: format!("{}{}", rand_hex(), &rand_hex()[..8]),
            token_lifetime: Duration::from_secs(3600),
            workspaces: vec![1],
            areas: vec![
                (1, "Siège".into()),
                (2, "Ressources humaines".into()),
                (3, "Service client".into()),
            ],
            tags: Vec::new(),
            users: vec![
                (1, "api@dastra-double.test".into(), "API Mailgate".into()),
                (42, "dpo@example.org".into(), "Jeanne Martin".into()),
            ],
            create_status: 201,
            rate_limit_per_min: None,
            rate_limit_window: Duration::from_secs(60),
            max_upload_bytes: 30_000_000,
            force_dsr_channel: None,
            workspace_list_shape: WorkspaceListShape::ItemsTotal,
            list_excludes_archived: false,
            reject_unknown_area: true,
            request_log_capacity: 100_000,
        }
    }
}

/// A running Dastra API double. Dropping it stops the server.
pub struct DastraDouble {
    addr: SocketAddr,
    shared: Arc<Shared>,
    shutdown: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for DastraDouble {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DastraDouble")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

fn seed_workspace(store: &mut Store, opts: &DastraDoubleOptions, id: i32) {
    let mut data = WsData {
        label: format!("Workspace {id}"),
        ..WsData::default()
    };
    let entity = opts.areas.first().map(|a| a.0);
    for (i, (area_id, label)) in opts.areas.iter().enumerate() {
        data.areas.push(area_dto(
            *area_id,
            label,
            if i == 0 { None } else { entity },
        ));
    }
    for (label, tag_type) in &opts.tags {
        let tag_id = store.alloc_tag();
        data.tags.push(tag_dto(tag_id, label, tag_type, None));
    }
    store.workspaces.insert(id, data);
}

/// Finds string values containing `needle`, anywhere in a JSON value.
fn value_contains(v: &Value, needle: &str) -> bool {
    match v {
        Value::String(s) => s.contains(needle),
        Value::Array(items) => items.iter().any(|i| value_contains(i, needle)),
        Value::Object(o) => o.values().any(|i| value_contains(i, needle)),
        _ => false,
    }
}

impl DastraDouble {
    /// Starts the double on `127.0.0.1:0` in a background thread; returns once it listens.
    ///
    /// # Panics
    ///
    /// When the loopback socket or the runtime cannot be created.
    pub fn start(opts: DastraDoubleOptions) -> DastraDouble {
        let listener =
            std::net::TcpListener::bind("127.0.0.1:0").expect("dastra double: bind 127.0.0.1:0");
        listener
            .set_nonblocking(true)
            .expect("dastra double: non-blocking listener");
        let addr = listener.local_addr().expect("dastra double: local address");
        let mut users = opts
            .users
            .iter()
            .map(|(id, email, name)| user_dto(*id, email, name))
            .collect::<Vec<_>>();
        if users.is_empty() {
            users.push(user_dto(1, "api@dastra-double.test", "API Mailgate"));
        }
        let mut store = Store {
            workspaces: BTreeMap::new(),
            users,
            next_dsr: 1001,
            next_task: 5001,
            next_tag: 101,
        };
        for ws in &opts.workspaces {
            seed_workspace(&mut store, &opts, *ws);
        }
        let shared = Arc::new(Shared {
            public_key: opts.public_key.clone(),
            private_key: opts.private_key.clone(),
            base_url: format!("http://{addr}"),
            max_upload_bytes: opts.max_upload_bytes,
            config: Mutex::new(RuntimeConfig {
                create_status: opts.create_status,
                token_lifetime: opts.token_lifetime,
                force_dsr_channel: opts.force_dsr_channel.clone(),
                workspace_list_shape: opts.workspace_list_shape,
                list_excludes_archived: opts.list_excludes_archived,
                reject_unknown_area: opts.reject_unknown_area,
            }),
            store: Mutex::new(store),
            faults: Arc::default(),
            log: Mutex::new(Default::default()),
            log_capacity: opts.request_log_capacity.max(1),
            rate: Mutex::new(RateWindow {
                limit: opts.rate_limit_per_min,
                window: opts.rate_limit_window,
                admitted: Default::default(),
            }),
            tokens: Mutex::new(TokenStore::default()),
            counters: Mutex::new(Counters::default()),
        });
        let app = routes::router(shared.clone());
        let (tx, thread) = server::spawn(listener, app, shared.clone())
            .expect("dastra double: start server thread");
        DastraDouble {
            addr,
            shared,
            shutdown: Some(tx),
            thread: Some(thread),
        }
    }

    // --- addresses and credentials -------------------------------------------------------

    /// The API root, e.g. `http://127.0.0.1:40123` (routes are `/v1/ws/{ws}/…` and `/me`).
    pub fn base_url(&self) -> String {
        self.shared.base_url.clone()
    }

    /// `base_url() + path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.shared.base_url)
    }

    /// The token endpoint (`{base_url}/connect/token`).
    pub fn token_url(&self) -> String {
        self.url("/connect/token")
    }

    /// The listening address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The value to send as `X-API-Key` (the private key).
    pub fn api_key(&self) -> &str {
        &self.shared.private_key
    }

    /// The public key (client id for `/connect/token`).
    pub fn public_key(&self) -> &str {
        &self.shared.public_key
    }

    /// The private key (client secret for `/connect/token`).
    pub fn private_key(&self) -> &str {
        &self.shared.private_key
    }

    // --- runtime settings ---------------------------------------------------------------

    /// The fault list (push faults at any time; they apply to the next requests).
    pub fn faults(&self) -> Faults {
        Faults {
            list: self.shared.faults.clone(),
        }
    }

    /// Changes the rate limit (`None` disables it) and forgets the requests counted so far.
    pub fn set_rate_limit(&self, per_window: Option<u32>) {
        let mut r = lock(&self.shared.rate);
        r.limit = per_window;
        r.admitted.clear();
    }

    /// Changes the rate-limit window.
    pub fn set_rate_limit_window(&self, window: Duration) {
        lock(&self.shared.rate).window = window;
    }

    /// Status of successful creates from now on (201 or 200).
    pub fn set_create_status(&self, status: u16) {
        lock(&self.shared.config).create_status = status;
    }

    /// Lifetime of tokens issued from now on.
    pub fn set_token_lifetime(&self, lifetime: Duration) {
        lock(&self.shared.config).token_lifetime = lifetime;
    }

    /// Makes every token issued so far expired (the next use gets 401).
    pub fn expire_tokens(&self) {
        let now = Instant::now();
        for exp in lock(&self.shared.tokens).tokens.values_mut() {
            *exp = now;
        }
    }

    /// Tokens issued so far.
    pub fn tokens_issued(&self) -> u64 {
        lock(&self.shared.tokens).issued
    }

    /// See [`DastraDoubleOptions::force_dsr_channel`].
    pub fn set_force_dsr_channel(&self, channel: Option<&str>) {
        lock(&self.shared.config).force_dsr_channel = channel.map(str::to_string);
    }

    /// See [`DastraDoubleOptions::workspace_list_shape`].
    pub fn set_workspace_list_shape(&self, shape: WorkspaceListShape) {
        lock(&self.shared.config).workspace_list_shape = shape;
    }

    // --- seeding ------------------------------------------------------------------------

    /// Adds a workspace (with the same seeded areas as the others: 1 "Siège"…, no tags).
    pub fn add_workspace(&self, id: i32, label: &str) {
        let mut store = lock(&self.shared.store);
        let areas = store
            .workspaces
            .values()
            .next()
            .map(|d| d.areas.clone())
            .unwrap_or_default();
        store.workspaces.insert(
            id,
            WsData {
                label: label.to_string(),
                areas,
                ..WsData::default()
            },
        );
    }

    /// Adds an area to a workspace (under the entity).
    ///
    /// # Panics
    ///
    /// When the workspace does not exist.
    pub fn add_area(&self, ws: i32, id: i32, label: &str) {
        let mut store = lock(&self.shared.store);
        let data = store
            .workspaces
            .get_mut(&ws)
            .expect("dastra double: unknown workspace");
        let parent = data
            .areas
            .first()
            .and_then(|a| a["id"].as_i64())
            .map(|i| i as i32);
        data.areas.push(area_dto(id, label, parent));
    }

    /// Adds a tag to a workspace; returns its id.
    ///
    /// # Panics
    ///
    /// When the workspace does not exist.
    pub fn add_tag(&self, ws: i32, label: &str, tag_type: &str) -> i32 {
        let mut store = lock(&self.shared.store);
        let id = store.alloc_tag();
        let data = store
            .workspaces
            .get_mut(&ws)
            .expect("dastra double: unknown workspace");
        data.tags.push(tag_dto(id, label, tag_type, None));
        id
    }

    /// Adds a user.
    pub fn add_user(&self, id: i32, email: &str, display_name: &str) {
        lock(&self.shared.store)
            .users
            .push(user_dto(id, email, display_name));
    }

    fn seed(&self, dto: &schema::Dto, body: &Value) -> serde_json::Map<String, Value> {
        let bound = bind::convert_object(dto, body, "$").unwrap_or_else(|e| {
            panic!(
                "dastra double: seed value at {} does not convert to {}",
                e.path, e.clr
            )
        });
        let mut errors = problem::Errors::new();
        bind::validate(dto, &bound, "", &mut errors);
        assert!(errors.is_empty(), "dastra double: invalid seed: {errors:?}");
        bound
    }

    /// Creates a DSR directly (no HTTP, no faults), as `POST DataSubjectRequests` would;
    /// returns the stored `DataSubjectRequestDto`.
    ///
    /// # Panics
    ///
    /// When the body is invalid or the workspace/area unknown.
    pub fn insert_dsr(&self, ws: i32, body: Value) -> Value {
        let bound = self.seed(&schema::DSR_DTO, &body);
        routes::insert_dsr(&self.shared, ws, &bound)
            .unwrap_or_else(|r| panic!("dastra double: insert_dsr failed with {}", r.status()))
    }

    /// Creates a task directly; returns the stored `TaskDto`.
    ///
    /// # Panics
    ///
    /// When the body is invalid or the workspace unknown.
    pub fn insert_task(&self, ws: i32, body: Value) -> Value {
        let bound = self.seed(&schema::TASK_CREATE_DTO, &body);
        routes::insert_task(&self.shared, ws, &bound)
            .unwrap_or_else(|r| panic!("dastra double: insert_task failed with {}", r.status()))
    }

    /// Creates a breach directly; returns the stored `DataBreachDto`.
    ///
    /// # Panics
    ///
    /// When the body is invalid or the workspace unknown.
    pub fn insert_breach(&self, ws: i32, body: Value) -> Value {
        let bound = self.seed(&schema::BREACH_DTO, &body);
        routes::insert_breach(&self.shared, ws, &bound)
            .unwrap_or_else(|r| panic!("dastra double: insert_breach failed with {}", r.status()))
    }

    // --- read-back ----------------------------------------------------------------------

    fn read<R>(&self, ws: i32, f: impl FnOnce(&WsData) -> R) -> Option<R> {
        lock(&self.shared.store).workspaces.get(&ws).map(f)
    }

    /// DSRs of a workspace (full `DataSubjectRequestDto`s, by id).
    pub fn dsrs(&self, ws: i32) -> Vec<Value> {
        self.read(ws, |d| d.dsrs.values().cloned().collect())
            .unwrap_or_default()
    }

    /// One DSR.
    pub fn dsr(&self, ws: i32, id: i32) -> Option<Value> {
        self.read(ws, |d| d.dsrs.get(&id).cloned()).flatten()
    }

    /// DSRs of a workspace whose `refId` is exactly `ref_id`.
    pub fn dsrs_by_ref_id(&self, ws: i32, ref_id: &str) -> Vec<Value> {
        self.dsrs(ws)
            .into_iter()
            .filter(|d| d["refId"].as_str() == Some(ref_id))
            .collect()
    }

    /// DSRs, in all workspaces, whose `refId` is exactly `ref_id` (exactly-once checks).
    pub fn count_by_ref_id(&self, ref_id: &str) -> usize {
        lock(&self.shared.store)
            .workspaces
            .values()
            .flat_map(|d| d.dsrs.values())
            .filter(|d| d["refId"].as_str() == Some(ref_id))
            .count()
    }

    /// Objects (DSRs, tasks, breaches, messages), in all workspaces, with a string property
    /// containing `needle` (e.g. a dedupe marker in `descriptionHtml`).
    pub fn count_containing(&self, needle: &str) -> usize {
        lock(&self.shared.store)
            .workspaces
            .values()
            .map(|d| {
                d.dsrs
                    .values()
                    .chain(d.tasks.values())
                    .chain(&d.breaches)
                    .chain(&d.messages)
                    .filter(|v| value_contains(v, needle))
                    .count()
            })
            .sum()
    }

    /// Tasks of a workspace (`TaskDto`s, by id).
    pub fn tasks(&self, ws: i32) -> Vec<Value> {
        self.read(ws, |d| d.tasks.values().cloned().collect())
            .unwrap_or_default()
    }

    /// One task.
    pub fn task(&self, ws: i32, id: i32) -> Option<Value> {
        self.read(ws, |d| d.tasks.get(&id).cloned()).flatten()
    }

    /// Breaches of a workspace (`DataBreachDto`s, in creation order).
    pub fn breaches(&self, ws: i32) -> Vec<Value> {
        self.read(ws, |d| d.breaches.clone()).unwrap_or_default()
    }

    /// One breach.
    pub fn breach(&self, ws: i32, id: &str) -> Option<Value> {
        self.read(ws, |d| {
            d.breaches
                .iter()
                .find(|b| b["id"].as_str() == Some(id))
                .cloned()
        })
        .flatten()
    }

    /// DSR messages of a workspace (`DataSubjectMessageDto`s, in creation order).
    pub fn messages(&self, ws: i32) -> Vec<Value> {
        self.read(ws, |d| d.messages.clone()).unwrap_or_default()
    }

    /// Messages of one DSR.
    pub fn messages_for(&self, ws: i32, dsr_id: i32) -> Vec<Value> {
        self.messages(ws)
            .into_iter()
            .filter(|m| m["userRequestId"].as_i64() == Some(i64::from(dsr_id)))
            .collect()
    }

    /// Attachments of one DSR, with their bytes.
    pub fn attachments(&self, ws: i32, dsr_id: i32) -> Vec<StoredAttachment> {
        self.read(ws, |d| {
            d.attachments
                .iter()
                .filter(|a| a.dsr_id == dsr_id)
                .cloned()
                .collect()
        })
        .unwrap_or_default()
    }

    /// Tags of a workspace (`TagDto`s).
    pub fn tags(&self, ws: i32) -> Vec<Value> {
        self.read(ws, |d| d.tags.clone()).unwrap_or_default()
    }

    /// Areas of a workspace (`AreaDto`s).
    pub fn areas(&self, ws: i32) -> Vec<Value> {
        self.read(ws, |d| d.areas.clone()).unwrap_or_default()
    }

    // --- request log and counters -------------------------------------------------------

    /// The requests so far (up to [`DastraDoubleOptions::request_log_capacity`]), in the
    /// order their responses were sent.
    pub fn request_log(&self) -> Vec<LoggedRequest> {
        lock(&self.shared.log).iter().cloned().collect()
    }

    /// Requests with this method whose path starts with `path_prefix` (case-insensitive).
    pub fn requests_to(&self, method: &str, path_prefix: &str) -> Vec<LoggedRequest> {
        let p = path_prefix.to_ascii_lowercase();
        self.request_log()
            .into_iter()
            .filter(|r| {
                r.method.eq_ignore_ascii_case(method) && r.path.to_ascii_lowercase().starts_with(&p)
            })
            .collect()
    }

    /// Forgets the request log (counters are kept).
    pub fn clear_request_log(&self) {
        lock(&self.shared.log).clear();
    }

    /// Responses sent, by status.
    pub fn requests_by_status(&self) -> BTreeMap<u16, u64> {
        lock(&self.shared.counters).by_status.clone()
    }

    /// 429 responses sent by the rate limiter.
    pub fn rate_limited_count(&self) -> u64 {
        lock(&self.shared.counters).rate_limited
    }

    /// Connections dropped without a response (fault injection).
    pub fn dropped_count(&self) -> u64 {
        lock(&self.shared.counters).dropped
    }
}

impl Drop for DastraDouble {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
