//! The double's shared state: configuration that tests may change at runtime, the object
//! store (per workspace), issued tokens, the rate-limit window and the request log.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant, SystemTime};

use serde_json::{Map, Value, json};

use super::faults::FaultList;
use super::problem::now_dotnet;

/// Locks a mutex, ignoring poisoning (a panicking test must not wedge the double).
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// How a request authenticated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuthMethod {
    /// `X-API-Key: <private key>`.
    ApiKey,
    /// `Authorization: Bearer <token from /connect/token>`.
    Bearer,
}

/// One request as the double saw it.
#[derive(Clone, Debug)]
pub struct LoggedRequest {
    /// HTTP method.
    pub method: String,
    /// Path as sent (original case, no query).
    pub path: String,
    /// Raw query string, if any.
    pub query: Option<String>,
    /// `Content-Type` of the request.
    pub content_type: Option<String>,
    /// Response status; `None` when the connection was dropped without a response.
    pub status: Option<u16>,
    /// When the request arrived.
    pub at: SystemTime,
    /// Time taken to answer (or drop).
    pub duration: Duration,
    /// How it authenticated (`None`: no valid credentials, or an unauthenticated route).
    pub auth: Option<AuthMethod>,
    /// Faults applied, e.g. `["delay:200ms", "drop-after-commit"]`.
    pub faults: Vec<String>,
}

/// An uploaded DSR attachment, with its bytes.
#[derive(Clone, Debug)]
pub struct StoredAttachment {
    /// Attachment id (uuid).
    pub id: String,
    /// The DSR it belongs to.
    pub dsr_id: i32,
    /// File name from the multipart part.
    pub file_name: String,
    /// `Content-Type` of the multipart part.
    pub content_type: Option<String>,
    /// Name of the multipart field exactly as sent (the API binds `File` case-insensitively).
    pub form_field: String,
    /// The file content.
    pub bytes: Vec<u8>,
    /// The `DataSubjectAttachmentDto` the API returns for it.
    pub dto: Value,
}

/// Shape of `GET /v1/workspaces` (unconfirmed: the docs and the spec disagree).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum WorkspaceListShape {
    /// `{"items":[WorkSpaceDto…],"total":n}`, as in the authentication docs sample.
    #[default]
    ItemsTotal,
    /// `WorkSpaceListDto {pricingPlan, subscription, features, workSpaces:[…]}`, as in the
    /// 2023 spec.
    SpecWorkSpaces,
}

/// Settings a test may change while the double runs.
#[derive(Clone, Debug)]
pub(crate) struct RuntimeConfig {
    pub create_status: u16,
    pub token_lifetime: Duration,
    pub force_dsr_channel: Option<String>,
    pub workspace_list_shape: WorkspaceListShape,
    pub list_excludes_archived: bool,
    pub reject_unknown_area: bool,
}

/// Sliding-window request limiter.
#[derive(Debug)]
pub(crate) struct RateWindow {
    pub limit: Option<u32>,
    pub window: Duration,
    pub admitted: VecDeque<Instant>,
}

impl RateWindow {
    /// Admits the request, or returns the seconds to wait (`Retry-After`).
    pub(crate) fn check(&mut self, now: Instant) -> Result<(), u64> {
        let Some(limit) = self.limit else {
            return Ok(());
        };
        while self
            .admitted
            .front()
            .is_some_and(|t| now.duration_since(*t) >= self.window)
        {
            self.admitted.pop_front();
        }
        if (self.admitted.len() as u64) < u64::from(limit) {
            self.admitted.push_back(now);
            return Ok(());
        }
        let oldest = self.admitted.front().copied().unwrap_or(now);
        let wait = (oldest + self.window).saturating_duration_since(now);
        Err((wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).max(1))
    }
}

/// Issued access tokens and their expiry.
#[derive(Debug, Default)]
pub(crate) struct TokenStore {
    pub tokens: HashMap<String, Instant>,
    pub issued: u64,
}

/// Request counters.
#[derive(Debug, Default)]
pub(crate) struct Counters {
    pub by_status: BTreeMap<u16, u64>,
    pub rate_limited: u64,
    pub dropped: u64,
}

/// Objects of one workspace.
#[derive(Debug, Default)]
pub(crate) struct WsData {
    pub label: String,
    pub areas: Vec<Value>,
    pub tags: Vec<Value>,
    pub dsrs: BTreeMap<i32, Value>,
    pub messages: Vec<Value>,
    pub attachments: Vec<StoredAttachment>,
    pub tasks: BTreeMap<i32, Value>,
    pub breaches: Vec<Value>,
}

impl WsData {
    /// The area with this id, if any.
    pub(crate) fn area(&self, id: i64) -> Option<&Value> {
        self.areas.iter().find(|a| a["id"].as_i64() == Some(id))
    }
}

/// All workspaces and the id sequences (shared by all workspaces, like database identities).
#[derive(Debug)]
pub(crate) struct Store {
    pub workspaces: BTreeMap<i32, WsData>,
    pub users: Vec<Value>,
    pub next_dsr: i32,
    pub next_task: i32,
    pub next_tag: i32,
}

impl Store {
    /// The API user (`/me`, `creator` of everything created through the API).
    pub(crate) fn me(&self) -> &Value {
        &self.users[0]
    }

    /// The workspace's data and the users (disjoint borrows).
    pub(crate) fn split(&mut self, ws: i32) -> Option<(&mut WsData, &[Value])> {
        let users = self.users.as_slice();
        self.workspaces.get_mut(&ws).map(|d| (d, users))
    }

    /// Allocates a tag id.
    pub(crate) fn alloc_tag(&mut self) -> i32 {
        self.next_tag += 1;
        self.next_tag - 1
    }
}

/// `UserLightDto` of the user with this id (`None` when unknown).
pub(crate) fn find_user_light(users: &[Value], id: i64) -> Option<Value> {
    users
        .iter()
        .find(|u| u["id"].as_i64() == Some(id))
        .map(user_light)
}

/// `UserLightDto` from a `UserDto`.
pub(crate) fn user_light(u: &Value) -> Value {
    json!({
        "id": u["id"], "displayName": u["displayName"], "familyName": u["familyName"],
        "givenName": u["givenName"], "email": u["email"], "color": u["color"],
        "avatarUrl": u["avatarUrl"], "tenantId": u["tenantId"],
    })
}

/// A seeded `UserDto`.
pub(crate) fn user_dto(id: i32, email: &str, display_name: &str) -> Value {
    let (given, family) = display_name.split_once(' ').unwrap_or((display_name, ""));
    json!({
        "role": "Admin", "phoneNumber": null, "address": null, "zipCode": null, "city": null,
        "countryCode": null, "username": email, "bio": null, "blogUrl": null, "isInvited": false,
        "isOwner": id == 1, "timeZone": "Europe/Paris", "language": "fr",
        "dateCreation": "2023-01-02T09:00:00.0000000", "dateUpdate": null, "invitations": null,
        "roles": null, "adminPermissions": null, "teams": null, "active": true,
        "canReceiveNotification": true, "emailVerified": true, "configuration": null,
        "tenantOwnerId": null, "tenantOwner": null, "ssoConfigurationId": null,
        "twoFactorAuthEnabled": false, "id": id, "displayName": display_name,
        "familyName": family, "givenName": given, "email": email, "color": "#3f51b5",
        "avatarUrl": null, "tenantId": 1,
    })
}

/// A seeded `AreaDto`: the first one is the entity, the others are areas under it.
pub(crate) fn area_dto(id: i32, label: &str, parent: Option<i32>) -> Value {
    json!({
        "order": id, "children": null, "teams": null, "id": id,
        "type": if parent.is_none() { "Entity" } else { "Area" },
        "parentId": parent, "ref": format!("AREA-{id}"), "label": label, "description": null,
        "logoUrl": null, "address": null, "zipCode": null, "city": null, "countryCode": "FR",
        "immatriculationNumber": null, "phoneNumber": null, "mailAddress": null, "dpo": null,
        "referent": null, "representative": null, "dataProtectionAuthority": null,
    })
}

/// `TagDto`.
pub(crate) fn tag_dto(id: i32, label: &str, tag_type: &str, color: Option<&str>) -> Value {
    json!({"id": id, "label": label, "type": tag_type, "color": color})
}

/// `WorkSpaceDto`.
pub(crate) fn workspace_dto(id: i32, label: &str) -> Value {
    json!({
        "id": id, "tenantId": 1, "primaryColor": null, "secondaryColor": null, "label": label,
        "logoUrl": null, "state": "Active", "permissions": null,
        "dataSubjectArchivedRetentionDays": null, "nbEntities": 1,
    })
}

/// Everything the server and the handle share.
#[derive(Debug)]
pub(crate) struct Shared {
    pub public_key: String,
    pub private_key: String,
    pub base_url: String,
    pub max_upload_bytes: usize,
    pub config: Mutex<RuntimeConfig>,
    pub store: Mutex<Store>,
    pub faults: Arc<Mutex<FaultList>>,
    pub log: Mutex<VecDeque<LoggedRequest>>,
    pub log_capacity: usize,
    pub rate: Mutex<RateWindow>,
    pub tokens: Mutex<TokenStore>,
    pub counters: Mutex<Counters>,
}

impl Shared {
    /// A copy of the runtime configuration.
    pub(crate) fn config(&self) -> RuntimeConfig {
        lock(&self.config).clone()
    }

    /// Records a finished request.
    pub(crate) fn record(&self, entry: LoggedRequest) {
        {
            let mut c = lock(&self.counters);
            match entry.status {
                Some(s) => *c.by_status.entry(s).or_default() += 1,
                None => c.dropped += 1,
            }
        }
        let mut log = lock(&self.log);
        if log.len() >= self.log_capacity {
            log.pop_front();
        }
        log.push_back(entry);
    }
}

/// Attachment DTO for an upload.
pub(crate) fn attachment_dto(
    id: &str,
    dsr_id: i32,
    file_name: &str,
    size: usize,
    creator: Value,
) -> Map<String, Value> {
    let extension = std::path::Path::new(file_name)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    let v = json!({
        "id": id, "extension": extension, "size": size, "nbDownload": 0, "transmitted": false,
        "fileName": file_name, "label": file_name, "userRequestMessageId": null,
        "userRequestId": dsr_id, "dateCreation": now_dotnet(), "dateUpdate": null,
        "creator": creator, "expiration": null, "dateLastDownload": null, "dateFileRemoved": null,
        "deleted": false, "expired": false, "color": null,
    });
    match v {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}
