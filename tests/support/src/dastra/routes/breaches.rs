//! `DataBreachs` (sic): create, get, list, put, patch, delete. Ids are UUIDs.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

use super::super::bind::materialize;
use super::super::problem::now_dotnet;
use super::super::query::{ListQuery, one_of, page, text_contains};
use super::super::schema::BREACH_DTO;
use super::super::state::{Shared, WsData, find_user_light, lock, user_light, workspace_dto};
use super::{HandlerResult, bind_body, created, names, not_found, ok, patched, replaced, ws_split};

/// Properties the server owns: ignored on create, kept on PUT/PATCH.
const SERVER_FIELDS: &[&str] = &[
    "id",
    "dateCreation",
    "dateUpdate",
    "period",
    "notificationDueTime",
    "operator",
    "workFlowStep",
    "area",
    "workSpace",
    "creator",
    "dateArchived",
];

/// Gives an id to nested items that lack one (`personCategories`, `notifications`).
fn assign_nested_ids(obj: &mut Map<String, Value>) {
    let nil = uuid::Uuid::nil().hyphenated().to_string();
    for key in ["personCategories", "notifications"] {
        if let Some(Value::Array(items)) = obj.get_mut(key) {
            for item in items {
                if let Value::Object(o) = item
                    && o.get("id")
                        .is_none_or(|v| v.is_null() || v.as_str() == Some(nil.as_str()))
                {
                    o.insert(
                        "id".into(),
                        Value::String(uuid::Uuid::new_v4().hyphenated().to_string()),
                    );
                }
            }
        }
    }
}

/// Recomputes the derived properties of a stored breach.
fn finalize(ws: i32, data: &WsData, users: &[Value], obj: &mut Map<String, Value>) {
    assign_nested_ids(obj);
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
    obj.insert("workSpace".into(), workspace_dto(ws, &data.label));
    if obj.get("state").and_then(Value::as_str) == Some("Closed")
        && obj.get("dateClosed").is_none_or(Value::is_null)
    {
        obj.insert("dateClosed".into(), Value::String(now_dotnet()));
    }
}

/// Creates a breach from a bound body (also used by `DastraDouble::insert_breach`).
pub(crate) fn insert(
    shared: &Shared,
    ws: i32,
    bound: &Map<String, Value>,
) -> Result<Value, Response> {
    let mut store = lock(&shared.store);
    let me = user_light(store.me());
    let (data, users) = ws_split(&mut store, ws)?;
    let id = uuid::Uuid::new_v4().hyphenated().to_string();
    let mut obj = materialize(BREACH_DTO.fields, bound);
    obj.insert("id".into(), Value::String(id));
    obj.insert("dateCreation".into(), Value::String(now_dotnet()));
    obj.insert("dateUpdate".into(), Value::Null);
    obj.insert("creator".into(), me);
    if obj.get("tags").is_none_or(Value::is_null) {
        obj.insert("tags".into(), json!([]));
    }
    finalize(ws, data, users, &mut obj);
    let obj = Value::Object(obj);
    data.breaches.push(obj.clone());
    Ok(obj)
}

/// `POST /v1/ws/{ws}/DataBreachs`.
pub(crate) async fn create(
    State(shared): State<Arc<Shared>>,
    Path(ws): Path<i32>,
    headers: HeaderMap,
    body: Bytes,
) -> HandlerResult {
    let bound = bind_body(&BREACH_DTO, &headers, &body)?;
    let obj = insert(&shared, ws, &bound)?;
    let id = obj["id"].as_str().unwrap_or("").to_string();
    Ok(created(
        &shared,
        &format!("/v1/ws/{ws}/DataBreachs/{id}"),
        &obj,
    ))
}

/// `GET /v1/ws/{ws}/DataBreachs`.
pub(crate) async fn list(
    State(shared): State<Arc<Shared>>,
    Path(ws): Path<i32>,
    Query(q): Query<Vec<(String, String)>>,
) -> HandlerResult {
    let q = ListQuery(q);
    let archived = q.bool("archived")?;
    let area = q.int("areaId")?;
    let (states, ids, operators, workflows, types) = (
        q.all("states"),
        q.all("ids"),
        q.all("operators"),
        q.all("workflows"),
        q.all("types"),
    );
    let items: Vec<Value> = {
        let mut store = lock(&shared.store);
        let (data, _) = ws_split(&mut store, ws)?;
        data.breaches
            .iter()
            .filter(|b| archived.is_none_or(|a| b["archived"].as_bool() == Some(a)))
            .filter(|b| q.get("q").is_none_or(|x| text_contains(b, "label", x)))
            .filter(|b| area.is_none_or(|a| b["areaId"].as_i64() == Some(a)))
            .filter(|b| one_of(b, "state", &states))
            .filter(|b| one_of(b, "id", &ids))
            .filter(|b| one_of(b, "operatorId", &operators))
            .filter(|b| one_of(b, "workFlowStepId", &workflows))
            .filter(|b| {
                types.is_empty()
                    || types.iter().any(|t| {
                        ["access", "integrity", "availability"]
                            .iter()
                            .any(|k| t.eq_ignore_ascii_case(k) && b[*k].as_bool() == Some(true))
                    })
            })
            .cloned()
            .collect()
    };
    Ok(ok(&page(items, &q, &names(BREACH_DTO.fields))?))
}

fn position(data: &WsData, id: &str) -> Option<usize> {
    data.breaches
        .iter()
        .position(|b| b["id"].as_str().is_some_and(|x| x.eq_ignore_ascii_case(id)))
}

/// `GET /v1/ws/{ws}/DataBreachs/{id}`.
pub(crate) async fn get_one(
    State(shared): State<Arc<Shared>>,
    Path((ws, id)): Path<(i32, String)>,
) -> HandlerResult {
    let mut store = lock(&shared.store);
    let (data, _) = ws_split(&mut store, ws)?;
    let i = position(data, &id).ok_or_else(not_found)?;
    Ok(ok(&data.breaches[i]))
}

fn update(
    shared: &Shared,
    ws: i32,
    id: &str,
    f: impl FnOnce(&Value) -> Result<Map<String, Value>, Response>,
) -> HandlerResult {
    let mut store = lock(&shared.store);
    let (data, users) = ws_split(&mut store, ws)?;
    let i = position(data, id).ok_or_else(not_found)?;
    let mut obj = f(&data.breaches[i])?;
    finalize(ws, data, users, &mut obj);
    let obj = Value::Object(obj);
    data.breaches[i] = obj.clone();
    Ok(ok(&obj))
}

/// `PATCH /v1/ws/{ws}/DataBreachs/{id}` (JSON Patch); 200 with the updated `DataBreachDto`.
pub(crate) async fn patch(
    State(shared): State<Arc<Shared>>,
    Path((ws, id)): Path<(i32, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> HandlerResult {
    update(&shared, ws, &id, |cur| {
        patched(
            &BREACH_DTO,
            BREACH_DTO.fields,
            SERVER_FIELDS,
            cur,
            &headers,
            &body,
        )
    })
}

/// `PUT /v1/ws/{ws}/DataBreachs/{id}`; 200 with the updated `DataBreachDto`.
pub(crate) async fn put(
    State(shared): State<Arc<Shared>>,
    Path((ws, id)): Path<(i32, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> HandlerResult {
    update(&shared, ws, &id, |cur| {
        replaced(
            &BREACH_DTO,
            BREACH_DTO.fields,
            SERVER_FIELDS,
            cur,
            &headers,
            &body,
        )
    })
}

/// `DELETE /v1/ws/{ws}/DataBreachs/{id}`.
pub(crate) async fn delete(
    State(shared): State<Arc<Shared>>,
    Path((ws, id)): Path<(i32, String)>,
) -> HandlerResult {
    let mut store = lock(&shared.store);
    let (data, _) = ws_split(&mut store, ws)?;
    let i = position(data, &id).ok_or_else(not_found)?;
    data.breaches.remove(i);
    Ok(StatusCode::OK.into_response())
}
