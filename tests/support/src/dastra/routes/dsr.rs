//! `DataSubjectRequests`, `DataSubjectAttachments`, `DataSubjectMessages`.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{FromRequest, Multipart, Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

use super::super::bind::materialize;
use super::super::problem::{days_until, now_dotnet, parse_datetime, problem, validation_problem1};
use super::super::query::{ListQuery, one_of, page, text_contains};
use super::super::schema::{DSR_DTO, DSR_FULL_ONLY, MESSAGE_CREATION_DTO};
use super::super::state::{
    Shared, StoredAttachment, WsData, attachment_dto, find_user_light, lock, user_light,
};
use super::{
    HandlerResult, bind_body, created, int_id, names, not_found, ok, patched, replaced, ws_mut,
    ws_split,
};

/// Properties the server owns: ignored on create, kept on PUT/PATCH.
const SERVER_FIELDS: &[&str] = &[
    "id",
    "dateCreation",
    "dateUpdate",
    "remainingDays",
    "closingTime",
    "identityValidated",
    "dateIdentityValidated",
    "nbMessages",
    "nbMessagesNotViewed",
    "nbMessagesIncoming",
    "lastMessageDate",
    "workFlowStep",
    "area",
    "creator",
    "operator",
    "closedByUser",
    "attachments",
    "userNotified",
    "dateUserNotified",
    "emailValidationDate",
    "mailValidated",
    "archivedDate",
    "dateClosed",
    "subjectCategory",
];

/// Property names of `DataSubjectMessageDto` ([SPEC]).
const MESSAGE_FIELDS: &[&str] = &[
    "id",
    "files",
    "message",
    "dateUpdate",
    "dateCreation",
    "dateSend",
    "dateViewed",
    "user",
    "userRequestId",
    "attachmentsLifetimeInHours",
    "attachments",
];

fn unknown_area(ws: i32, area: i64) -> Response {
    validation_problem1(
        "AreaId",
        &format!("The area {area} does not exist in workspace {ws}."),
    )
}

/// Recomputes the derived properties of a stored DSR.
fn finalize(data: &WsData, users: &[Value], obj: &mut Map<String, Value>) {
    let id = obj.get("id").and_then(Value::as_i64).unwrap_or(0);
    let area = obj
        .get("areaId")
        .and_then(Value::as_i64)
        .and_then(|a| data.area(a))
        .cloned();
    obj.insert("area".into(), area.unwrap_or(Value::Null));
    let operator = obj
        .get("operatorId")
        .and_then(Value::as_i64)
        .and_then(|u| find_user_light(users, u));
    obj.insert("operator".into(), operator.unwrap_or(Value::Null));
    let messages: Vec<&Value> = data
        .messages
        .iter()
        .filter(|m| m["userRequestId"].as_i64() == Some(id))
        .collect();
    obj.insert("nbMessages".into(), Value::from(messages.len()));
    obj.insert(
        "lastMessageDate".into(),
        messages
            .last()
            .map(|m| m["dateCreation"].clone())
            .unwrap_or(Value::Null),
    );
    let attachments: Vec<Value> = data
        .attachments
        .iter()
        .filter(|a| i64::from(a.dsr_id) == id)
        .map(|a| a.dto.clone())
        .collect();
    obj.insert("attachments".into(), Value::Array(attachments));
    let closed = obj.get("state").and_then(Value::as_str) == Some("Closed");
    if closed && obj.get("dateClosed").is_none_or(Value::is_null) {
        obj.insert("dateClosed".into(), Value::String(now_dotnet()));
    }
    let remaining = if closed {
        None
    } else {
        obj.get("expiryTime")
            .and_then(Value::as_str)
            .and_then(days_until)
    };
    obj.insert(
        "remainingDays".into(),
        remaining.map(Value::from).unwrap_or(Value::Null),
    );
    let closing = match (
        obj.get("dateCreation")
            .and_then(Value::as_str)
            .and_then(parse_datetime),
        obj.get("dateClosed")
            .and_then(Value::as_str)
            .and_then(parse_datetime),
    ) {
        (Some(a), Some(b)) => Value::from((b - a).num_days()),
        _ => Value::Null,
    };
    obj.insert("closingTime".into(), closing);
}

/// The create response (`DataSubjectRequestLightDto`): the full DTO without nested objects.
fn light(obj: &Value) -> Value {
    let mut o = obj.as_object().cloned().unwrap_or_default();
    for k in DSR_FULL_ONLY {
        o.remove(*k);
    }
    Value::Object(o)
}

/// Creates a DSR from a bound body (also used by [`DastraDouble::insert_dsr`]).
///
/// [`DastraDouble::insert_dsr`]: super::super::DastraDouble::insert_dsr
pub(crate) fn insert(
    shared: &Shared,
    ws: i32,
    bound: &Map<String, Value>,
) -> Result<Value, Response> {
    let cfg = shared.config();
    let mut store = lock(&shared.store);
    let area_id = bound.get("areaId").and_then(Value::as_i64).unwrap_or(0);
    {
        let data = ws_mut(&mut store, ws)?;
        if cfg.reject_unknown_area && data.area(area_id).is_none() {
            return Err(unknown_area(ws, area_id));
        }
    }
    let id = store.next_dsr;
    store.next_dsr += 1;
    let me = user_light(store.me());
    let now = now_dotnet();
    let mut obj = materialize(DSR_DTO.fields, bound);
    obj.insert("id".into(), Value::from(id));
    obj.insert("dateCreation".into(), Value::String(now.clone()));
    obj.insert("dateUpdate".into(), Value::Null);
    obj.insert("state".into(), Value::String("Open".into()));
    obj.insert("archived".into(), Value::Bool(false));
    obj.insert("creator".into(), me);
    if let Some(channel) = &cfg.force_dsr_channel {
        obj.insert("channel".into(), Value::String(channel.clone()));
    }
    if obj.get("expiryTime").is_none_or(Value::is_null) {
        let deadline = chrono::Utc::now().naive_utc() + chrono::Duration::days(30);
        obj.insert(
            "expiryTime".into(),
            Value::String(super::super::problem::dotnet_time(deadline)),
        );
    }
    if obj.get("dateDemand").is_none_or(Value::is_null) {
        obj.insert("dateDemand".into(), Value::String(now));
    }
    if obj.get("customFields").is_none_or(Value::is_null) {
        obj.insert("customFields".into(), json!({}));
    }
    if obj.get("tags").is_none_or(Value::is_null) {
        obj.insert("tags".into(), json!([]));
    }
    let (data, users) = ws_split(&mut store, ws)?;
    finalize(data, users, &mut obj);
    let obj = Value::Object(obj);
    data.dsrs.insert(id, obj.clone());
    Ok(obj)
}

/// `POST /v1/ws/{ws}/DataSubjectRequests`.
pub(crate) async fn create(
    State(shared): State<Arc<Shared>>,
    Path(ws): Path<i32>,
    headers: HeaderMap,
    body: Bytes,
) -> HandlerResult {
    let bound = bind_body(&DSR_DTO, &headers, &body)?;
    let obj = insert(&shared, ws, &bound)?;
    let id = obj["id"].as_i64().unwrap_or(0);
    Ok(created(
        &shared,
        &format!("/v1/ws/{ws}/DataSubjectRequests/{id}"),
        &light(&obj),
    ))
}

/// `GET /v1/ws/{ws}/DataSubjectRequests`.
pub(crate) async fn list(
    State(shared): State<Arc<Shared>>,
    Path(ws): Path<i32>,
    Query(q): Query<Vec<(String, String)>>,
) -> HandlerResult {
    let q = ListQuery(q);
    let cfg = shared.config();
    let archived = q.bool("archived")?;
    let area = q.int("areaId")?;
    let widget = q.int("widgetId")?;
    let overtaking = q.bool("overtaking")?;
    let (states, purposes, ids, users, workflows, tags) = (
        q.all("states"),
        q.all("purposes"),
        q.all("ids"),
        q.all("users"),
        q.all("workflows"),
        q.all("tags"),
    );
    let items: Vec<Value> = {
        let mut store = lock(&shared.store);
        let data = ws_mut(&mut store, ws)?;
        data.dsrs
            .values()
            .filter(|d| match archived {
                Some(a) => d["archived"].as_bool() == Some(a),
                None => !cfg.list_excludes_archived || d["archived"].as_bool() != Some(true),
            })
            .filter(|d| q.get("q").is_none_or(|t| text_contains(d, "title", t)))
            .filter(|d| area.is_none_or(|a| d["areaId"].as_i64() == Some(a)))
            .filter(|d| widget.is_none_or(|w| d["widgetId"].as_i64() == Some(w)))
            .filter(|d| {
                overtaking.is_none_or(|o| (d["remainingDays"].as_i64().unwrap_or(0) < 0) == o)
            })
            .filter(|d| one_of(d, "state", &states))
            .filter(|d| one_of(d, "id", &ids))
            .filter(|d| one_of(d, "operatorId", &users))
            .filter(|d| one_of(d, "workFlowStepId", &workflows))
            .filter(|d| {
                purposes.is_empty()
                    || d["purposes"].as_array().is_some_and(|ps| {
                        ps.iter().any(|p| {
                            purposes
                                .iter()
                                .any(|x| p.as_str().is_some_and(|p| p.eq_ignore_ascii_case(x)))
                        })
                    })
            })
            .filter(|d| {
                tags.is_empty()
                    || d["tags"].as_array().is_some_and(|ts| {
                        ts.iter().any(|t| {
                            tags.iter()
                                .any(|x| t["id"].as_i64().is_some_and(|id| x.parse() == Ok(id)))
                        })
                    })
            })
            .cloned()
            .collect()
    };
    Ok(ok(&page(items, &q, &names(DSR_DTO.fields))?))
}

/// `GET /v1/ws/{ws}/DataSubjectRequests/{id}`.
pub(crate) async fn get_one(
    State(shared): State<Arc<Shared>>,
    Path((ws, id)): Path<(i32, String)>,
) -> HandlerResult {
    let id = int_id(&id, "id")?;
    let mut store = lock(&shared.store);
    let data = ws_mut(&mut store, ws)?;
    data.dsrs.get(&id).map(ok).ok_or_else(not_found)
}

fn update(
    shared: &Shared,
    ws: i32,
    id: &str,
    f: impl FnOnce(&Value) -> Result<Map<String, Value>, Response>,
) -> HandlerResult {
    let id = int_id(id, "id")?;
    let reject_unknown_area = shared.config().reject_unknown_area;
    let mut store = lock(&shared.store);
    let (data, users) = ws_split(&mut store, ws)?;
    let current = data.dsrs.get(&id).ok_or_else(not_found)?;
    let mut obj = f(current)?;
    let area = obj.get("areaId").and_then(Value::as_i64).unwrap_or(0);
    if reject_unknown_area && data.area(area).is_none() {
        return Err(unknown_area(ws, area));
    }
    finalize(data, users, &mut obj);
    let obj = Value::Object(obj);
    data.dsrs.insert(id, obj.clone());
    Ok(ok(&obj))
}

/// `PATCH /v1/ws/{ws}/DataSubjectRequests/{id}` (JSON Patch); answers 200 with the updated
/// `DataSubjectRequestDto`.
pub(crate) async fn patch(
    State(shared): State<Arc<Shared>>,
    Path((ws, id)): Path<(i32, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> HandlerResult {
    update(&shared, ws, &id, |cur| {
        patched(
            &DSR_DTO,
            DSR_DTO.fields,
            SERVER_FIELDS,
            cur,
            &headers,
            &body,
        )
    })
}

/// `PUT /v1/ws/{ws}/DataSubjectRequests/{id}` (full replace); answers 200 with the updated
/// `DataSubjectRequestDto`.
pub(crate) async fn put(
    State(shared): State<Arc<Shared>>,
    Path((ws, id)): Path<(i32, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> HandlerResult {
    update(&shared, ws, &id, |cur| {
        replaced(
            &DSR_DTO,
            DSR_DTO.fields,
            SERVER_FIELDS,
            cur,
            &headers,
            &body,
        )
    })
}

/// `DELETE /v1/ws/{ws}/DataSubjectRequests/{id}`: 200, empty body.
pub(crate) async fn delete(
    State(shared): State<Arc<Shared>>,
    Path((ws, id)): Path<(i32, String)>,
) -> HandlerResult {
    let id = int_id(&id, "id")?;
    let mut store = lock(&shared.store);
    let data = ws_mut(&mut store, ws)?;
    data.dsrs.remove(&id).ok_or_else(not_found)?;
    data.attachments.retain(|a| a.dsr_id != id);
    data.messages
        .retain(|m| m["userRequestId"].as_i64() != Some(i64::from(id)));
    Ok(StatusCode::OK.into_response())
}

// ---------------------------------------------------------------------------------------
// Attachments
// ---------------------------------------------------------------------------------------

/// `POST /v1/ws/{ws}/DataSubjectAttachments/{dataSubjectRequestId}`: `multipart/form-data`
/// with a file part named `File` (matched case-insensitively, like ASP.NET's `IFormFile`
/// binding).
pub(crate) async fn upload_attachment(
    State(shared): State<Arc<Shared>>,
    Path((ws, dsr)): Path<(i32, String)>,
    req: Request,
) -> HandlerResult {
    let dsr_id = int_id(&dsr, "dataSubjectRequestId")?;
    let ct = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    if !ct.starts_with("multipart/form-data") {
        return Err(problem(415));
    }
    let mut multipart = Multipart::from_request(req, &()).await.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            problem(413)
        } else {
            validation_problem1(
                "File",
                &format!("Failed to read the request form. {}", e.body_text()),
            )
        }
    })?;
    let mut file: Option<(String, String, Option<String>, Vec<u8>)> = None;
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => return Err(problem(413)),
            Err(e) => {
                return Err(validation_problem1(
                    "File",
                    &format!("Failed to read the request form. {}", e.body_text()),
                ));
            }
        };
        let name = field.name().unwrap_or("").to_string();
        let file_name = field.file_name().map(str::to_string);
        let content_type = field.content_type().map(str::to_string);
        let bytes = match field.bytes().await {
            Ok(b) => b,
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => return Err(problem(413)),
            Err(e) => {
                return Err(validation_problem1(
                    "File",
                    &format!("Failed to read the request form. {}", e.body_text()),
                ));
            }
        };
        if file.is_none()
            && name.eq_ignore_ascii_case("File")
            && let Some(file_name) = file_name
        {
            file = Some((name, file_name, content_type, bytes.to_vec()));
        }
    }
    let Some((form_field, file_name, content_type, bytes)) = file else {
        return Err(validation_problem1("File", "The File field is required."));
    };
    let mut store = lock(&shared.store);
    let me = user_light(store.me());
    let (data, users) = ws_split(&mut store, ws)?;
    if !data.dsrs.contains_key(&dsr_id) {
        return Err(not_found());
    }
    let id = uuid::Uuid::new_v4().hyphenated().to_string();
    let dto = Value::Object(attachment_dto(&id, dsr_id, &file_name, bytes.len(), me));
    data.attachments.push(StoredAttachment {
        id: id.clone(),
        dsr_id,
        file_name,
        content_type,
        form_field,
        bytes,
        dto: dto.clone(),
    });
    refresh(data, users, dsr_id);
    Ok(created(
        &shared,
        &format!("/v1/ws/{ws}/DataSubjectAttachments/{dsr_id}/download/{id}"),
        &dto,
    ))
}

/// Recomputes a DSR after its attachments or messages changed.
fn refresh(data: &mut WsData, users: &[Value], dsr_id: i32) {
    if let Some(Value::Object(mut obj)) = data.dsrs.get(&dsr_id).cloned() {
        finalize(data, users, &mut obj);
        data.dsrs.insert(dsr_id, Value::Object(obj));
    }
}

/// `GET /v1/ws/{ws}/DataSubjectAttachments/{dataSubjectRequestId}`: a bare array of
/// `DataSubjectAttachmentDto` (the shape is unconfirmed: [EP-LIST] only).
pub(crate) async fn list_attachments(
    State(shared): State<Arc<Shared>>,
    Path((ws, dsr)): Path<(i32, String)>,
) -> HandlerResult {
    let dsr_id = int_id(&dsr, "dataSubjectRequestId")?;
    let mut store = lock(&shared.store);
    let data = ws_mut(&mut store, ws)?;
    if !data.dsrs.contains_key(&dsr_id) {
        return Err(not_found());
    }
    let items: Vec<Value> = data
        .attachments
        .iter()
        .filter(|a| a.dsr_id == dsr_id)
        .map(|a| a.dto.clone())
        .collect();
    Ok(ok(&Value::Array(items)))
}

/// `DELETE /v1/ws/{ws}/DataSubjectAttachments/{dataSubjectRequestId}/{fileId}`.
pub(crate) async fn delete_attachment(
    State(shared): State<Arc<Shared>>,
    Path((ws, dsr, file)): Path<(i32, String, String)>,
) -> HandlerResult {
    let dsr_id = int_id(&dsr, "dataSubjectRequestId")?;
    let mut store = lock(&shared.store);
    let (data, users) = ws_split(&mut store, ws)?;
    let before = data.attachments.len();
    data.attachments
        .retain(|a| !(a.dsr_id == dsr_id && a.id.eq_ignore_ascii_case(&file)));
    if data.attachments.len() == before {
        return Err(not_found());
    }
    refresh(data, users, dsr_id);
    Ok(StatusCode::OK.into_response())
}

/// `GET /v1/ws/{ws}/DataSubjectAttachments/{id}/download/{fileId}`: the bytes.
pub(crate) async fn download_attachment(
    State(shared): State<Arc<Shared>>,
    Path((ws, dsr, file)): Path<(i32, String, String)>,
) -> HandlerResult {
    let dsr_id = int_id(&dsr, "id")?;
    let mut store = lock(&shared.store);
    let data = ws_mut(&mut store, ws)?;
    let a = data
        .attachments
        .iter()
        .find(|a| a.dsr_id == dsr_id && a.id.eq_ignore_ascii_case(&file))
        .ok_or_else(not_found)?;
    let mut resp = (StatusCode::OK, a.bytes.clone()).into_response();
    let ct = a
        .content_type
        .clone()
        .unwrap_or_else(|| "application/octet-stream".into());
    if let Ok(v) = HeaderValue::from_str(&ct) {
        resp.headers_mut().insert(header::CONTENT_TYPE, v);
    }
    Ok(resp)
}

// ---------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------

/// `POST /v1/ws/{ws}/DataSubjectMessages` (`DataSubjectMessageCreationDto`); 404 when the
/// DSR does not exist. Answers the `DataSubjectMessageDto`.
pub(crate) async fn create_message(
    State(shared): State<Arc<Shared>>,
    Path(ws): Path<i32>,
    headers: HeaderMap,
    body: Bytes,
) -> HandlerResult {
    let bound = bind_body(&MESSAGE_CREATION_DTO, &headers, &body)?;
    let dsr_id = bound
        .get("dataSubjectRequestId")
        .and_then(Value::as_i64)
        .unwrap_or(0);
    let mut store = lock(&shared.store);
    let me = user_light(store.me());
    let (data, users) = ws_split(&mut store, ws)?;
    let dsr_id = i32::try_from(dsr_id)
        .ok()
        .filter(|id| data.dsrs.contains_key(id))
        .ok_or_else(not_found)?;
    let now = now_dotnet();
    let id = uuid::Uuid::new_v4().hyphenated().to_string();
    let msg = json!({
        "id": id, "files": null, "message": bound.get("message").cloned().unwrap_or(Value::Null),
        "dateUpdate": null, "dateCreation": now, "dateSend": now, "dateViewed": null, "user": me,
        "userRequestId": dsr_id, "attachmentsLifetimeInHours": null,
        "attachments": bound.get("attachments").cloned().filter(|a| !a.is_null()).unwrap_or(json!([])),
    });
    data.messages.push(msg.clone());
    refresh(data, users, dsr_id);
    Ok(created(
        &shared,
        &format!("/v1/ws/{ws}/DataSubjectMessages/{id}"),
        &msg,
    ))
}

/// `GET /v1/ws/{ws}/DataSubjectMessages` (filters `dataSubjectRequestId`, `userId`, `q`,
/// `start`, `end`).
pub(crate) async fn list_messages(
    State(shared): State<Arc<Shared>>,
    Path(ws): Path<i32>,
    Query(q): Query<Vec<(String, String)>>,
) -> HandlerResult {
    let q = ListQuery(q);
    let dsr = q.int("dataSubjectRequestId")?;
    let user = q.int("userId")?;
    let start = q.get("start").and_then(parse_datetime);
    let end = q.get("end").and_then(parse_datetime);
    let items: Vec<Value> = {
        let mut store = lock(&shared.store);
        let data = ws_mut(&mut store, ws)?;
        data.messages
            .iter()
            .filter(|m| dsr.is_none_or(|d| m["userRequestId"].as_i64() == Some(d)))
            .filter(|m| user.is_none_or(|u| m["user"]["id"].as_i64() == Some(u)))
            .filter(|m| q.get("q").is_none_or(|t| text_contains(m, "message", t)))
            .filter(|m| {
                let t = m["dateCreation"].as_str().and_then(parse_datetime);
                start.is_none_or(|s| t.is_some_and(|t| t >= s))
                    && end.is_none_or(|e| t.is_some_and(|t| t <= e))
            })
            .cloned()
            .collect()
    };
    Ok(ok(&page(items, &q, MESSAGE_FIELDS)?))
}

/// `GET /v1/ws/{ws}/DataSubjectMessages/{id}`.
pub(crate) async fn get_message(
    State(shared): State<Arc<Shared>>,
    Path((ws, id)): Path<(i32, String)>,
) -> HandlerResult {
    let mut store = lock(&shared.store);
    let data = ws_mut(&mut store, ws)?;
    data.messages
        .iter()
        .find(|m| {
            m["id"]
                .as_str()
                .is_some_and(|x| x.eq_ignore_ascii_case(&id))
        })
        .map(ok)
        .ok_or_else(not_found)
}
