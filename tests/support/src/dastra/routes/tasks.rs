//! `Tasks`: create (`TaskCreateUpdateDto` → `TaskDto`), get, list, count, put, patch, delete.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

use super::super::bind::materialize;
use super::super::problem::{days_until, now_dotnet};
use super::super::query::{ListQuery, one_of, page, text_contains};
use super::super::schema::{Field, TASK_CREATE_DTO, TASK_DTO_EXTRA};
use super::super::state::{Shared, WsData, find_user_light, lock, user_light, workspace_dto};
use super::{
    HandlerResult, bind_body, created, int_id, names, not_found, ok, patched, plain_text, replaced,
    ws_split,
};

/// Properties the server owns: ignored on create, kept on PUT/PATCH (plus `TaskDto`'s own).
const SERVER_FIELDS: &[&str] = &["id", "dateCreation", "dateUpdate", "workspaceId"];

/// `TaskDto`'s properties.
fn task_fields() -> Vec<Field> {
    TASK_CREATE_DTO
        .fields
        .iter()
        .chain(TASK_DTO_EXTRA)
        .copied()
        .collect()
}

fn server_fields() -> Vec<&'static str> {
    SERVER_FIELDS
        .iter()
        .copied()
        .chain(TASK_DTO_EXTRA.iter().map(|f| f.name))
        .collect()
}

/// Recomputes the derived properties of a stored task.
fn finalize(ws: i32, data: &WsData, users: &[Value], obj: &mut Map<String, Value>) {
    let html = obj
        .get("descriptionHtml")
        .and_then(Value::as_str)
        .map(plain_text);
    obj.insert(
        "descriptionPlainText".into(),
        html.map(Value::String).unwrap_or(Value::Null),
    );
    let user = |k: &str| {
        obj.get(k)
            .and_then(Value::as_i64)
            .and_then(|u| find_user_light(users, u))
            .unwrap_or(Value::Null)
    };
    let (owner, assigned) = (user("ownerId"), user("assignedToUserId"));
    obj.insert("owner".into(), owner);
    obj.insert("assignedToUser".into(), assigned);
    let area = obj
        .get("areaId")
        .and_then(Value::as_i64)
        .and_then(|a| data.area(a))
        .map(|a| json!({"id": a["id"], "label": a["label"], "type": a["type"]}));
    obj.insert("area".into(), area.unwrap_or(Value::Null));
    obj.insert("workSpace".into(), workspace_dto(ws, &data.label));
    let closed = matches!(
        obj.get("state").and_then(Value::as_str),
        Some("Closed" | "Archived")
    );
    if closed && obj.get("dateClosed").is_none_or(Value::is_null) {
        obj.insert("dateClosed".into(), Value::String(now_dotnet()));
    }
    let remaining = if closed {
        None
    } else {
        obj.get("deadline")
            .and_then(Value::as_str)
            .and_then(days_until)
    };
    obj.insert(
        "remainingDays".into(),
        remaining.map(Value::from).unwrap_or(Value::Null),
    );
    for k in ["nbSubTasks", "nbSubTasksClosed"] {
        obj.insert(k.into(), Value::from(0));
    }
}

/// Creates a task from a bound body (also used by `DastraDouble::insert_task`).
pub(crate) fn insert(
    shared: &Shared,
    ws: i32,
    bound: &Map<String, Value>,
) -> Result<Value, Response> {
    let mut store = lock(&shared.store);
    let id = store.next_task;
    store.next_task += 1;
    let me = user_light(store.me());
    let (data, users) = ws_split(&mut store, ws)?;
    let mut obj = materialize(&task_fields(), bound);
    obj.insert("id".into(), Value::from(id));
    obj.insert("workspaceId".into(), Value::from(ws));
    obj.insert("dateCreation".into(), Value::String(now_dotnet()));
    obj.insert("dateUpdate".into(), Value::Null);
    obj.insert("order".into(), Value::from(id));
    obj.insert("creator".into(), me);
    if obj.get("tags").is_none_or(Value::is_null) {
        obj.insert("tags".into(), json!([]));
    }
    finalize(ws, data, users, &mut obj);
    let obj = Value::Object(obj);
    data.tasks.insert(id, obj.clone());
    Ok(obj)
}

/// `POST /v1/ws/{ws}/Tasks`.
pub(crate) async fn create(
    State(shared): State<Arc<Shared>>,
    Path(ws): Path<i32>,
    headers: HeaderMap,
    body: Bytes,
) -> HandlerResult {
    let bound = bind_body(&TASK_CREATE_DTO, &headers, &body)?;
    let obj = insert(&shared, ws, &bound)?;
    Ok(created(
        &shared,
        &format!("/v1/ws/{ws}/Tasks/{}", obj["id"]),
        &obj,
    ))
}

/// `GET /v1/ws/{ws}/Tasks`.
pub(crate) async fn list(
    State(shared): State<Arc<Shared>>,
    Path(ws): Path<i32>,
    Query(q): Query<Vec<(String, String)>>,
) -> HandlerResult {
    let q = ListQuery(q);
    let archived = q.bool("archived")?;
    let area = q.int("areaId")?;
    let parent = q.int("parentId")?;
    let exclude_done = q.bool("excludeDone")?.unwrap_or(false);
    let (states, prios, ids, users, object_ids, workflows) = (
        q.all("states"),
        q.all("prios"),
        q.all("ids"),
        q.all("users"),
        q.all("objectIds"),
        q.all("workflows"),
    );
    let object_type: Vec<String> = q
        .get("objectType")
        .map(|s| vec![s.to_string()])
        .unwrap_or_default();
    let items: Vec<Value> = {
        let mut store = lock(&shared.store);
        let (data, _) = ws_split(&mut store, ws)?;
        data.tasks
            .values()
            .filter(|t| archived.is_none_or(|a| t["archived"].as_bool() == Some(a)))
            .filter(|t| q.get("q").is_none_or(|x| text_contains(t, "label", x)))
            .filter(|t| area.is_none_or(|a| t["areaId"].as_i64() == Some(a)))
            .filter(|t| parent.is_none_or(|p| t["parentId"].as_i64() == Some(p)))
            .filter(|t| !exclude_done || t["state"].as_str() != Some("Closed"))
            .filter(|t| one_of(t, "state", &states))
            .filter(|t| one_of(t, "priority", &prios))
            .filter(|t| one_of(t, "id", &ids))
            .filter(|t| one_of(t, "assignedToUserId", &users))
            .filter(|t| one_of(t, "objectId", &object_ids))
            .filter(|t| one_of(t, "objectType", &object_type))
            .filter(|t| one_of(t, "workFlowStepId", &workflows))
            .cloned()
            .collect()
    };
    Ok(ok(&page(items, &q, &names(&task_fields()))?))
}

/// `GET /v1/ws/{ws}/Tasks/count?objectType=…&objectId=…`: a bare integer.
pub(crate) async fn count(
    State(shared): State<Arc<Shared>>,
    Path(ws): Path<i32>,
    Query(q): Query<Vec<(String, String)>>,
) -> HandlerResult {
    let q = ListQuery(q);
    let mut store = lock(&shared.store);
    let (data, _) = ws_split(&mut store, ws)?;
    let n = data
        .tasks
        .values()
        .filter(|t| {
            q.get("objectType").is_none_or(|o| {
                t["objectType"]
                    .as_str()
                    .is_some_and(|x| x.eq_ignore_ascii_case(o))
            })
        })
        .filter(|t| {
            q.get("objectId")
                .is_none_or(|o| t["objectId"].as_str() == Some(o))
        })
        .count();
    Ok(ok(&Value::from(n)))
}

/// `GET /v1/ws/{ws}/Tasks/{id}`.
pub(crate) async fn get_one(
    State(shared): State<Arc<Shared>>,
    Path((ws, id)): Path<(i32, String)>,
) -> HandlerResult {
    let id = int_id(&id, "id")?;
    let mut store = lock(&shared.store);
    let (data, _) = ws_split(&mut store, ws)?;
    data.tasks.get(&id).map(ok).ok_or_else(not_found)
}

fn update(
    shared: &Shared,
    ws: i32,
    id: &str,
    f: impl FnOnce(&Value, &[Field], &[&str]) -> Result<Map<String, Value>, Response>,
) -> HandlerResult {
    let id = int_id(id, "id")?;
    let mut store = lock(&shared.store);
    let (data, users) = ws_split(&mut store, ws)?;
    let current = data.tasks.get(&id).ok_or_else(not_found)?;
    let mut obj = f(current, &task_fields(), &server_fields())?;
    finalize(ws, data, users, &mut obj);
    let obj = Value::Object(obj);
    data.tasks.insert(id, obj.clone());
    Ok(ok(&obj))
}

/// `PATCH /v1/ws/{ws}/Tasks/{id}` (JSON Patch); 200 with the updated `TaskDto`.
pub(crate) async fn patch(
    State(shared): State<Arc<Shared>>,
    Path((ws, id)): Path<(i32, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> HandlerResult {
    update(&shared, ws, &id, |cur, fields, server| {
        patched(&TASK_CREATE_DTO, fields, server, cur, &headers, &body)
    })
}

/// `PUT /v1/ws/{ws}/Tasks/{id}`; 200 with the updated `TaskDto`.
pub(crate) async fn put(
    State(shared): State<Arc<Shared>>,
    Path((ws, id)): Path<(i32, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> HandlerResult {
    update(&shared, ws, &id, |cur, fields, server| {
        replaced(&TASK_CREATE_DTO, fields, server, cur, &headers, &body)
    })
}

/// `DELETE /v1/ws/{ws}/Tasks/{taskId}`.
pub(crate) async fn delete(
    State(shared): State<Arc<Shared>>,
    Path((ws, id)): Path<(i32, String)>,
) -> HandlerResult {
    let id = int_id(&id, "taskId")?;
    let mut store = lock(&shared.store);
    let (data, _) = ws_split(&mut store, ws)?;
    data.tasks.remove(&id).ok_or_else(not_found)?;
    Ok(StatusCode::OK.into_response())
}
