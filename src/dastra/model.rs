//! Request bodies and response DTOs, from `shared/dastra-api/openapi.json`.
//!
//! * Bodies (`New*`) serialize in camelCase and skip `None` fields, so the server applies its
//!   own defaults; field names and limits are those of the spec's `DataSubjectRequestDto`,
//!   `DataSubjectMessageCreationDto`, `TaskCreateUpdateDto`, `DataBreachDto` and `TagDto`.
//! * Responses are read leniently: every field except the id is optional or defaulted, unknown
//!   fields are ignored and unknown enum values become `Other`, because the spec is from 2023
//!   and the server has moved on since.
//! * Enums are strings on the wire (`"Erasure"`, `"IncomingEmail"`).

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

/// Dastra workspace id (an integer in practice, typed `string` in the spec's paths).
pub type WorkspaceId = i64;

/// `TaskCreateUpdateDto.label` maximum length.
pub const MAX_TASK_LABEL_LEN: usize = 120;
/// `DataSubjectMessageCreationDto.message` maximum length.
pub const MAX_MESSAGE_LEN: usize = 3000;
/// `DataSubjectRequestDto.refId` maximum length.
pub const MAX_REF_ID_LEN: usize = 355;
/// `DataBreachDto.label` has no documented limit; Dastra's UI shows labels, keep them short.
pub const MAX_BREACH_LABEL_LEN: usize = 250;

/// Cuts `s` to at most `max` UTF-16 code units, on a char boundary.
///
/// Dastra is an ASP.NET application: its `MaxLength` attributes count .NET string length,
/// i.e. UTF-16 code units, so an emoji outside the BMP counts twice. For text in the BMP
/// (all Latin, Greek, Cyrillic, CJK…) this is the same as counting chars.
pub fn truncate_utf16(s: &str, max: usize) -> &str {
    let mut units = 0;
    for (idx, c) in s.char_indices() {
        units += c.len_utf16();
        if units > max {
            return &s[..idx];
        }
    }
    s
}

/// Length of `s` as the server counts it (UTF-16 code units).
pub fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// Cuts `s` to `max` UTF-16 units, ending with `…` when something was cut.
pub fn truncate_with_ellipsis(s: &str, max: usize) -> String {
    if utf16_len(s) <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = truncate_utf16(s, max - 1).trim_end().to_string();
    out.push('…');
    out
}

/// A task label from free text (usually the mail subject): whitespace (newlines, tabs)
/// collapsed, cut to [`MAX_TASK_LABEL_LEN`] on a char boundary with a trailing `…` when cut.
/// An empty subject gives `"(no subject)"`, since `label` is required.
pub fn task_label(text: &str) -> String {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.is_empty() {
        return "(no subject)".to_string();
    }
    truncate_with_ellipsis(&collapsed, MAX_TASK_LABEL_LEN)
}

// ---------------------------------------------------------------------------------------------
// Ids
// ---------------------------------------------------------------------------------------------

/// A data subject request id, kept opaque: the spec and docs say int32, a newer reference page
/// shows a uuid. Deserializes from a JSON number or string; serializes back as a number when
/// it is one, else as a string.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DsrId(String);

impl DsrId {
    /// Wraps an id as text (`"42"` or a uuid).
    pub fn new(id: impl Into<String>) -> Self {
        Self(id.into())
    }

    /// The id as text, for paths and the ledger.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The id as an integer, when it is one.
    pub fn as_i64(&self) -> Option<i64> {
        self.0.parse().ok()
    }
}

impl fmt::Display for DsrId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<i64> for DsrId {
    fn from(v: i64) -> Self {
        Self(v.to_string())
    }
}

impl From<&str> for DsrId {
    fn from(v: &str) -> Self {
        Self(v.to_string())
    }
}

impl From<String> for DsrId {
    fn from(v: String) -> Self {
        Self(v)
    }
}

impl Serialize for DsrId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.as_i64() {
            Some(n) => s.serialize_i64(n),
            None => s.serialize_str(&self.0),
        }
    }
}

impl<'de> Deserialize<'de> for DsrId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match Value::deserialize(d)? {
            Value::Number(n) => Ok(Self(n.to_string())),
            Value::String(s) if !s.is_empty() => Ok(Self(s)),
            other => Err(serde::de::Error::custom(format!(
                "expected a number or a string id, got {other}"
            ))),
        }
    }
}

/// Treats JSON `null` as the type's default (the spec marks most lists `nullable`).
fn null_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

// ---------------------------------------------------------------------------------------------
// Enums
// ---------------------------------------------------------------------------------------------

/// `DataSubjectPurposeType`: the right exercised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DataSubjectPurpose {
    Unknown,
    Information,
    Access,
    Rectification,
    Erasure,
    Restriction,
    Opposition,
    Portability,
    /// Post-mortem directives.
    AdvanceDirectives,
    AutomatedDecision,
    /// A value this client does not know (read only; never sent).
    #[serde(other, skip_serializing)]
    Other,
}

/// `DataSubjectRequestSource`: how the request arrived (`channel`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DataSubjectRequestSource {
    Internal,
    Form,
    Widget,
    #[serde(rename = "POP3")]
    Pop3,
    #[serde(rename = "IMAP")]
    Imap,
    Import,
    Zapier,
    IncomingEmail,
    /// A value this client does not know (read only; never sent).
    #[serde(other, skip_serializing)]
    Other,
}

/// `TagType`: which kind of object a tag applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TagType {
    DataProcessing,
    DataSubject,
    DataBreach,
    Task,
    Actor,
    SecurityMeasure,
    Asset,
    Risk,
    DataRetentionRule,
    AuditTemplate,
    /// A value this client does not know (read only; never sent).
    #[serde(other, skip_serializing)]
    Other,
}

impl TagType {
    /// The wire name (`"DataSubject"`), for the `type` query parameter.
    pub fn as_str(self) -> &'static str {
        match self {
            TagType::DataProcessing => "DataProcessing",
            TagType::DataSubject => "DataSubject",
            TagType::DataBreach => "DataBreach",
            TagType::Task => "Task",
            TagType::Actor => "Actor",
            TagType::SecurityMeasure => "SecurityMeasure",
            TagType::Asset => "Asset",
            TagType::Risk => "Risk",
            TagType::DataRetentionRule => "DataRetentionRule",
            TagType::AuditTemplate => "AuditTemplate",
            TagType::Other => "Other",
        }
    }
}

/// `TaskObjectType`: what a task is attached to (`objectType` + `objectId`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TaskObjectType {
    DataProcessing,
    DataSubject,
    DataBreach,
    AuditResponse,
    Actor,
    Asset,
    DataRetentionRule,
    RiskEvaluation,
    ControlPoint,
    SecurityMeasure,
    /// A value this client does not know (read only; never sent).
    #[serde(other, skip_serializing)]
    Other,
}

/// `Priority` of a task.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TaskPriority {
    High,
    Medium,
    Low,
    /// A value this client does not know (read only; never sent).
    #[serde(other, skip_serializing)]
    Other,
}

// ---------------------------------------------------------------------------------------------
// Tags
// ---------------------------------------------------------------------------------------------

/// `TagDto`: `{id, label*, type*, color}`. Sent as is inside the `tags` of created objects.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Tag {
    #[serde(default)]
    pub id: i64,
    #[serde(default)]
    pub label: String,
    #[serde(rename = "type")]
    pub tag_type: TagType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
}

/// Body of `POST /v1/ws/{ws}/Tags`.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewTag {
    /// ≤ 360 chars.
    pub label: String,
    #[serde(rename = "type")]
    pub tag_type: TagType,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// Data subject requests
// ---------------------------------------------------------------------------------------------

/// Body of `POST /v1/ws/{ws}/DataSubjectRequests` (`DataSubjectRequestDto`, writable subset).
/// Required by the spec: `title`, `locale`, `areaId`, `purposes` (at least one).
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewDataSubjectRequest {
    pub title: String,
    /// ≤ 10 chars, e.g. `"fr"`.
    pub locale: String,
    /// Organisational unit.
    pub area_id: i64,
    /// At least one; `Unknown` when the right could not be told.
    pub purposes: Vec<DataSubjectPurpose>,
    /// Requester's address, ≤ 255.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// ≤ 180.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub given_name: Option<String>,
    /// ≤ 180.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub family_name: Option<String>,
    /// The requester's message (the mail body).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Internal description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Defaults to `IncomingEmail` in [`NewDataSubjectRequest::new`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<DataSubjectRequestSource>,
    /// Our dedupe key (≤ 355); how a request is found again after a crash.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ref_id: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
    /// Assignee (Dastra user id).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operator_id: Option<i64>,
    /// Whether Dastra emails the requester.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub send_notification: Option<bool>,
    /// Dastra `PersonCategoryType` (`Employee`, `Client`, …); unset lets Dastra default it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person_category: Option<String>,
    /// Free-form extra data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub additional_datas: Option<Map<String, Value>>,
    /// When the request was received (the mail's date), not when we created it: the legal
    /// clock (Art. 12(3)) runs from here. Newer than the 2023 spec; writability unconfirmed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_demand: Option<DateTime<Utc>>,
    /// The deadline: one month after `dateDemand` (Art. 12(3)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiry_time: Option<DateTime<Utc>>,
}

impl NewDataSubjectRequest {
    /// The required fields, `channel = IncomingEmail`, everything else unset.
    pub fn new(
        title: impl Into<String>,
        locale: impl Into<String>,
        area_id: i64,
        purposes: Vec<DataSubjectPurpose>,
    ) -> Self {
        Self {
            title: title.into(),
            locale: locale.into(),
            area_id,
            purposes,
            email: None,
            given_name: None,
            family_name: None,
            message: None,
            description: None,
            channel: Some(DataSubjectRequestSource::IncomingEmail),
            ref_id: None,
            tags: Vec::new(),
            operator_id: None,
            send_notification: None,
            person_category: None,
            additional_datas: None,
            date_demand: None,
            expiry_time: None,
        }
    }

    /// Cuts the length-limited free-text fields to the spec's limits (locale 10, email 255,
    /// names 180) on char boundaries. `refId` is left alone: cutting a dedupe key would break
    /// lookups, so [`crate::dastra::DastraClient::create_dsr`] refuses one that is too long.
    pub fn fit_to_limits(&mut self) {
        self.locale = truncate_utf16(&self.locale, 10).to_string();
        for (field, max) in [
            (&mut self.email, 255),
            (&mut self.given_name, 180),
            (&mut self.family_name, 180),
        ] {
            if let Some(v) = field {
                *v = truncate_utf16(v, max).to_string();
            }
        }
    }
}

/// A data subject request as returned by create (`DataSubjectRequestLightDto`), get and list
/// (`DataSubjectRequestDto`); the fields this program uses.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DataSubjectRequest {
    pub id: DsrId,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub locale: Option<String>,
    #[serde(default)]
    pub area_id: Option<i64>,
    #[serde(default, deserialize_with = "null_default")]
    pub purposes: Vec<DataSubjectPurpose>,
    /// `DataSubjectRequestState` (`Open`, `IdentityValidation`, `Processing`, `Active`, `Closed`).
    #[serde(default)]
    pub state: Option<String>,
    #[serde(default)]
    pub channel: Option<DataSubjectRequestSource>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub given_name: Option<String>,
    #[serde(default)]
    pub family_name: Option<String>,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub ref_id: Option<String>,
    #[serde(default)]
    pub operator_id: Option<i64>,
    #[serde(default, deserialize_with = "null_default")]
    pub tags: Vec<Tag>,
    #[serde(default)]
    pub archived: Option<bool>,
    #[serde(default)]
    pub date_creation: Option<String>,
    #[serde(default)]
    pub additional_datas: Option<Value>,
}

/// `DataSubjectAttachmentDto`, as returned by the upload.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DataSubjectAttachment {
    /// A uuid.
    pub id: String,
    #[serde(default)]
    pub file_name: Option<String>,
    #[serde(default)]
    pub extension: Option<String>,
    #[serde(default)]
    pub size: Option<i64>,
    #[serde(default)]
    pub label: Option<String>,
    /// The request it belongs to.
    #[serde(default)]
    pub user_request_id: Option<DsrId>,
    #[serde(default)]
    pub date_creation: Option<String>,
}

/// Body of `POST /v1/ws/{ws}/DataSubjectMessages` (`DataSubjectMessageCreationDto`).
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewDataSubjectMessage {
    /// Sent as a number when the id is numeric (int32 in the spec).
    pub data_subject_request_id: DsrId,
    /// ≤ 3000 (UTF-16 units); longer messages are refused locally. Cut with
    /// [`truncate_with_ellipsis`] first.
    pub message: String,
}

/// `DataSubjectMessageDto`. The spec documents the create call's answer as empty, so
/// [`crate::dastra::DastraClient::create_dsr_message`] returns `None` when there is no body.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DataSubjectMessage {
    /// A uuid.
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub user_request_id: Option<DsrId>,
    #[serde(default)]
    pub date_creation: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// Tasks
// ---------------------------------------------------------------------------------------------

/// Body of `POST /v1/ws/{ws}/Tasks` (`TaskCreateUpdateDto`, writable subset).
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewTask {
    /// Required, ≤ 120: build it with [`task_label`].
    pub label: String,
    /// Carry the dedupe marker here ([`crate::dastra::with_dedupe_marker`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description_html: Option<String>,
    /// Due date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area_id: Option<i64>,
    /// Assignee (Dastra user id).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assigned_to_user_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<TaskPriority>,
    /// Links the task to a DSR or a breach, with `object_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object_type: Option<TaskObjectType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object_id: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
    /// Carries our dedupe key under [`crate::dastra::DEDUPE_KEY_FIELD`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub additional_datas: Option<Map<String, Value>>,
}

impl NewTask {
    /// A task with this label ([`task_label`] is applied) and nothing else.
    pub fn new(label: &str) -> Self {
        Self {
            label: task_label(label),
            description_html: None,
            deadline: None,
            area_id: None,
            assigned_to_user_id: None,
            priority: None,
            object_type: None,
            object_id: None,
            tags: Vec::new(),
            additional_datas: None,
        }
    }
}

/// `TaskDto`: the fields this program uses.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Task {
    pub id: i64,
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub description_html: Option<String>,
    #[serde(default)]
    pub deadline: Option<String>,
    #[serde(default)]
    pub area_id: Option<i64>,
    #[serde(default)]
    pub assigned_to_user_id: Option<i64>,
    /// `TaskState`.
    #[serde(default)]
    pub state: Option<String>,
    #[serde(default)]
    pub archived: Option<bool>,
    #[serde(default, deserialize_with = "null_default")]
    pub tags: Vec<Tag>,
    #[serde(default)]
    pub additional_datas: Option<Value>,
    #[serde(default)]
    pub date_creation: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// Data breaches
// ---------------------------------------------------------------------------------------------

/// Body of `POST /v1/ws/{ws}/DataBreachs` (`DataBreachDto`, writable subset). Required:
/// `label`, `startDate`. The DTO has no `additionalDatas`: the dedupe key travels only as the
/// marker in `descriptionHtml`.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewDataBreach {
    pub label: String,
    pub start_date: DateTime<Utc>,
    /// Carry the dedupe marker here ([`crate::dastra::with_dedupe_marker`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description_html: Option<String>,
    /// Discovery date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub constatation_date: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area_id: Option<i64>,
    /// Assignee (Dastra user id).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operator_id: Option<i64>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
}

impl NewDataBreach {
    /// A breach with this label (whitespace collapsed, cut to [`MAX_BREACH_LABEL_LEN`]) and
    /// start date, nothing else.
    pub fn new(label: &str, start_date: DateTime<Utc>) -> Self {
        let collapsed = label.split_whitespace().collect::<Vec<_>>().join(" ");
        let label = if collapsed.is_empty() {
            "(no subject)".to_string()
        } else {
            truncate_with_ellipsis(&collapsed, MAX_BREACH_LABEL_LEN)
        };
        Self {
            label,
            start_date,
            description_html: None,
            constatation_date: None,
            area_id: None,
            operator_id: None,
            tags: Vec::new(),
        }
    }
}

/// `DataBreachDto`: the fields this program uses.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DataBreach {
    /// A uuid (kept as text).
    #[serde(deserialize_with = "id_as_string")]
    pub id: String,
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub description_html: Option<String>,
    #[serde(default)]
    pub start_date: Option<String>,
    #[serde(default)]
    pub area_id: Option<i64>,
    /// `DataBreachState`.
    #[serde(default)]
    pub state: Option<String>,
    #[serde(default)]
    pub archived: Option<bool>,
    #[serde(default, deserialize_with = "null_default")]
    pub tags: Vec<Tag>,
    #[serde(default)]
    pub date_creation: Option<String>,
}

fn id_as_string<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    DsrId::deserialize(d).map(|id| id.0)
}

// ---------------------------------------------------------------------------------------------
// Other
// ---------------------------------------------------------------------------------------------

/// `*PagedList`: `{items, total, size, page}`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", bound(deserialize = "T: Deserialize<'de>"))]
pub struct PagedList<T> {
    #[serde(default = "Vec::new", deserialize_with = "null_default")]
    pub items: Vec<T>,
    #[serde(default)]
    pub total: Option<i64>,
    #[serde(default)]
    pub size: Option<i64>,
    #[serde(default)]
    pub page: Option<i64>,
}

/// `AreaDto` (organisational unit): the fields this program uses.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Area {
    pub id: i64,
    #[serde(default)]
    pub label: Option<String>,
    /// `AreaType`: `Entity` or `Area`.
    #[serde(default, rename = "type")]
    pub area_type: Option<String>,
    #[serde(default)]
    pub parent_id: Option<i64>,
    #[serde(default, rename = "ref")]
    pub reference: Option<String>,
}

/// `GET /me`: the authenticated user (the spec gives no schema; read as `UserDto`).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CurrentUser {
    #[serde(default)]
    pub id: Option<i64>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub display_name: Option<String>,
    #[serde(default)]
    pub given_name: Option<String>,
    #[serde(default)]
    pub family_name: Option<String>,
    #[serde(default)]
    pub tenant_id: Option<i64>,
}

/// `WorkSpaceDto`: the fields this program uses.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Workspace {
    pub id: i64,
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub tenant_id: Option<i64>,
    #[serde(default)]
    pub state: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn person_category_is_sent_only_when_set() {
        let mut r = NewDataSubjectRequest::new("t", "fr", 1, vec![DataSubjectPurpose::Access]);
        assert!(
            serde_json::to_value(&r)
                .unwrap()
                .get("personCategory")
                .is_none()
        );
        r.person_category = Some("Employee".into());
        assert_eq!(
            serde_json::to_value(&r).unwrap()["personCategory"],
            "Employee"
        );
    }

    #[test]
    fn utf16_truncation_respects_char_boundaries() {
        assert_eq!(truncate_utf16("hello", 10), "hello");
        assert_eq!(truncate_utf16("hello", 3), "hel");
        assert_eq!(truncate_utf16("éééé", 2), "éé");
        // An astral emoji is two UTF-16 units: it does not fit in one.
        assert_eq!(truncate_utf16("a😀b", 2), "a");
        assert_eq!(truncate_utf16("a😀b", 3), "a😀");
        assert_eq!(utf16_len("a😀b"), 4);
    }

    #[test]
    fn task_labels_fit_in_120() {
        let long = "Demande d'accès aux données — ".repeat(10);
        let label = task_label(&long);
        assert_eq!(utf16_len(&label), MAX_TASK_LABEL_LEN);
        assert!(label.ends_with('…'));
        assert!(long.starts_with(label.trim_end_matches('…')));

        let multi = "日本語".repeat(100);
        let label = task_label(&multi);
        assert_eq!(label.chars().count(), 120);
        let emoji = "😀".repeat(100);
        let label = task_label(&emoji);
        assert!(utf16_len(&label) <= 120);
        assert_eq!(label.chars().filter(|c| *c == '😀').count(), 59);

        assert_eq!(task_label("  Short\r\n subject\t"), "Short subject");
        assert_eq!(task_label(" \n "), "(no subject)");
        let exact = "x".repeat(120);
        assert_eq!(task_label(&exact), exact);
    }

    #[test]
    fn dsr_body_skips_none_and_uses_camel_case() {
        let mut r =
            NewDataSubjectRequest::new("Erasure", "fr", 7, vec![DataSubjectPurpose::Erasure]);
        r.email = Some("jane@example.com".into());
        r.ref_id = Some("<abc@example.com>".into());
        r.tags = vec![Tag {
            id: 3,
            label: "email entrant".into(),
            tag_type: TagType::DataSubject,
            color: None,
        }];
        r.send_notification = Some(false);
        let v = serde_json::to_value(&r).unwrap();
        assert_eq!(
            v,
            json!({"title":"Erasure","locale":"fr","areaId":7,"purposes":["Erasure"],
                "email":"jane@example.com","channel":"IncomingEmail","refId":"<abc@example.com>",
                "tags":[{"id":3,"label":"email entrant","type":"DataSubject"}],
                "sendNotification":false})
        );
    }

    #[test]
    fn dsr_ids_are_opaque() {
        let r: DataSubjectRequest = serde_json::from_value(json!({"id": 42, "title": "t", "purposes": null, "tags": null, "somethingNew": {"x": 1}, "purposes2": 3})).unwrap();
        assert_eq!(r.id.as_str(), "42");
        assert_eq!(r.id.as_i64(), Some(42));
        let r: DataSubjectRequest = serde_json::from_value(json!({"id": "6f1c7c0e-4a8e-4a7c-9d51-1f0f5d0e2b11", "purposes": ["Access", "SomethingNew"]})).unwrap();
        assert_eq!(r.id.as_i64(), None);
        assert_eq!(
            r.purposes,
            vec![DataSubjectPurpose::Access, DataSubjectPurpose::Other]
        );
        let m = NewDataSubjectMessage {
            data_subject_request_id: DsrId::from(42),
            message: "hi".into(),
        };
        assert_eq!(
            serde_json::to_value(&m).unwrap(),
            json!({"dataSubjectRequestId": 42, "message": "hi"})
        );
        let m = NewDataSubjectMessage {
            data_subject_request_id: DsrId::new("6f1c"),
            message: "hi".into(),
        };
        assert_eq!(
            serde_json::to_value(&m).unwrap(),
            json!({"dataSubjectRequestId": "6f1c", "message": "hi"})
        );
        assert!(serde_json::from_value::<DataSubjectRequest>(json!({"title": "no id"})).is_err());
    }

    #[test]
    fn task_and_breach_bodies() {
        let mut t = NewTask::new("Subject");
        t.deadline = Some(
            DateTime::parse_from_rfc3339("2030-01-02T03:04:05Z")
                .unwrap()
                .with_timezone(&Utc),
        );
        t.area_id = Some(1);
        let mut extra = Map::new();
        extra.insert("mailgateDedupeKey".into(), json!("k"));
        t.additional_datas = Some(extra);
        assert_eq!(
            serde_json::to_value(&t).unwrap(),
            json!({"label":"Subject","deadline":"2030-01-02T03:04:05Z","areaId":1,"additionalDatas":{"mailgateDedupeKey":"k"}})
        );
        let b = NewDataBreach::new(
            "  Laptop\nstolen ",
            DateTime::parse_from_rfc3339("2030-01-02T03:04:05Z")
                .unwrap()
                .with_timezone(&Utc),
        );
        assert_eq!(
            serde_json::to_value(&b).unwrap(),
            json!({"label":"Laptop stolen","startDate":"2030-01-02T03:04:05Z"})
        );
        let d: DataBreach = serde_json::from_value(
            json!({"id":"0b7c…","label":"x","tags":[{"id":1,"label":"a","type":"DataBreach"}]}),
        )
        .unwrap();
        assert_eq!(d.tags[0].tag_type, TagType::DataBreach);
    }

    #[test]
    fn paged_lists_tolerate_nulls() {
        let p: PagedList<Task> =
            serde_json::from_value(json!({"items": null, "total": 0})).unwrap();
        assert!(p.items.is_empty());
        let p: PagedList<Task> = serde_json::from_value(json!({})).unwrap();
        assert!(p.items.is_empty());
    }

    #[test]
    fn fit_to_limits_cuts_personal_fields() {
        let mut r = NewDataSubjectRequest::new("t", "fr-FR-extra-long", 1, vec![]);
        r.given_name = Some("é".repeat(300));
        r.ref_id = Some("k".repeat(400));
        r.fit_to_limits();
        assert_eq!(r.locale, "fr-FR-extr");
        assert_eq!(
            r.given_name.as_deref().map(|s| s.chars().count()),
            Some(180)
        );
        assert_eq!(r.ref_id.as_deref().map(str::len), Some(400));
    }
}
