//! The routes (all lower-case: the server lower-cases request paths, as ASP.NET Core routing
//! is case-insensitive) and the helpers the resource handlers share.

mod breaches;
mod dsr;
mod misc;
mod tasks;

use std::sync::Arc;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, header};
use axum::response::Response;
use axum::routing::{get, post};
use serde_json::{Map, Value};

use super::bind::{convert_object, materialize, read_json, validate};
use super::gate::gate;
use super::patch;
use super::problem::{
    Errors, invalid_value, json_response, now_dotnet, validation_problem, validation_problem1,
};
use super::schema::{Dto, Field};
use super::state::{Shared, Store, WsData};

pub(crate) use breaches::insert as insert_breach;
pub(crate) use dsr::insert as insert_dsr;
pub(crate) use tasks::insert as insert_task;

/// What handlers return: the response, or an error response.
pub(crate) type HandlerResult = Result<Response, Response>;

/// Builds the router.
pub(crate) fn router(shared: Arc<Shared>) -> Router {
    let limit = shared.max_upload_bytes;
    Router::new()
        .route("/connect/token", post(misc::token))
        .route("/me", get(misc::me))
        .route("/v1/workspaces", get(misc::workspaces))
        .route("/v1/workspaces/{id}", get(misc::workspace))
        .route("/v1/ws/{ws}/areas", get(misc::areas))
        .route("/v1/ws/{ws}/areas/{id}", get(misc::area))
        .route("/v1/ws/{ws}/users", get(misc::users))
        .route("/v1/ws/{ws}/tags", get(misc::tags).post(misc::create_tag))
        .route("/v1/ws/{ws}/tags/{id}", get(misc::tag))
        .route(
            "/v1/ws/{ws}/datasubjectrequests",
            get(dsr::list).post(dsr::create),
        )
        .route(
            "/v1/ws/{ws}/datasubjectrequests/{id}",
            get(dsr::get_one)
                .put(dsr::put)
                .patch(dsr::patch)
                .delete(dsr::delete),
        )
        .route(
            "/v1/ws/{ws}/datasubjectattachments/{dsr}",
            get(dsr::list_attachments).post(dsr::upload_attachment),
        )
        .route(
            "/v1/ws/{ws}/datasubjectattachments/{dsr}/{file}",
            axum::routing::delete(dsr::delete_attachment),
        )
        .route(
            "/v1/ws/{ws}/datasubjectattachments/{dsr}/download/{file}",
            get(dsr::download_attachment),
        )
        .route(
            "/v1/ws/{ws}/datasubjectmessages",
            get(dsr::list_messages).post(dsr::create_message),
        )
        .route(
            "/v1/ws/{ws}/datasubjectmessages/{id}",
            get(dsr::get_message),
        )
        .route("/v1/ws/{ws}/tasks", get(tasks::list).post(tasks::create))
        .route("/v1/ws/{ws}/tasks/count", get(tasks::count))
        .route(
            "/v1/ws/{ws}/tasks/{id}",
            get(tasks::get_one)
                .put(tasks::put)
                .patch(tasks::patch)
                .delete(tasks::delete),
        )
        .route(
            "/v1/ws/{ws}/databreachs",
            get(breaches::list).post(breaches::create),
        )
        .route(
            "/v1/ws/{ws}/databreachs/{id}",
            get(breaches::get_one)
                .put(breaches::put)
                .patch(breaches::patch)
                .delete(breaches::delete),
        )
        .layer(DefaultBodyLimit::max(limit))
        .layer(axum::middleware::from_fn_with_state(shared.clone(), gate))
        .with_state(shared)
}

/// The success status for a create (201 or 200, configurable), with `Location` on 201.
pub(crate) fn created(shared: &Shared, location: &str, body: &Value) -> Response {
    let status = shared.config().create_status;
    let mut resp = json_response(status, body);
    if status == 201
        && let Ok(v) = HeaderValue::from_str(&format!("{}{location}", shared.base_url))
    {
        resp.headers_mut().insert(header::LOCATION, v);
    }
    resp
}

/// 200 with a JSON body.
pub(crate) fn ok(body: &Value) -> Response {
    json_response(200, body)
}

/// 404 `ProblemDetails`.
pub(crate) fn not_found() -> Response {
    super::problem::problem(404)
}

/// An `int` route value (400 when it is not one).
pub(crate) fn int_id(raw: &str, key: &str) -> Result<i32, Response> {
    raw.parse::<i32>().map_err(|_| invalid_value(key, raw))
}

/// The workspace's data (the gate has already rejected unknown workspaces).
pub(crate) fn ws_mut(store: &mut Store, ws: i32) -> Result<&mut WsData, Response> {
    store
        .workspaces
        .get_mut(&ws)
        .ok_or_else(|| super::problem::problem(403))
}

/// The workspace's data and the users.
pub(crate) fn ws_split(store: &mut Store, ws: i32) -> Result<(&mut WsData, &[Value]), Response> {
    store.split(ws).ok_or_else(|| super::problem::problem(403))
}

/// Property names of a field list (for `filters` validation).
pub(crate) fn names(fields: &[Field]) -> Vec<&'static str> {
    fields.iter().map(|f| f.name).collect()
}

/// Reads, binds and validates a create/replace body.
pub(crate) fn bind_body(
    dto: &Dto,
    headers: &axum::http::HeaderMap,
    body: &[u8],
) -> Result<Map<String, Value>, Response> {
    let v = read_json(headers, body)?;
    super::bind::bind(dto, &v)
}

/// Copies the server-owned properties from `from` into `to`.
pub(crate) fn keep_server_fields(
    to: &mut Map<String, Value>,
    from: &Value,
    server_fields: &[&str],
) {
    for f in server_fields {
        to.insert(
            (*f).to_string(),
            from.get(*f).cloned().unwrap_or(Value::Null),
        );
    }
}

/// Applies a JSON Patch to a stored object: patch, convert, validate, re-materialise with
/// `fields`, keep the server-owned properties, stamp `dateUpdate`.
pub(crate) fn patched(
    dto: &Dto,
    fields: &[Field],
    server_fields: &[&str],
    current: &Value,
    headers: &axum::http::HeaderMap,
    body: &[u8],
) -> Result<Map<String, Value>, Response> {
    let ops = read_json(headers, body)?;
    let mut doc = current.as_object().cloned().unwrap_or_default();
    patch::apply(&mut doc, dto, &ops).map_err(|e| validation_problem(&e))?;
    let bound = convert_object(dto, &Value::Object(doc), "$").map_err(|e| {
        validation_problem1(
            dto.name,
            &format!("The value '{}' is invalid for target location.", e.value),
        )
    })?;
    finish_update(dto, fields, server_fields, current, bound)
}

/// Full replace (PUT) of a stored object.
pub(crate) fn replaced(
    dto: &Dto,
    fields: &[Field],
    server_fields: &[&str],
    current: &Value,
    headers: &axum::http::HeaderMap,
    body: &[u8],
) -> Result<Map<String, Value>, Response> {
    let bound = bind_body(dto, headers, body)?;
    finish_update(dto, fields, server_fields, current, bound)
}

fn finish_update(
    dto: &Dto,
    fields: &[Field],
    server_fields: &[&str],
    current: &Value,
    bound: Map<String, Value>,
) -> Result<Map<String, Value>, Response> {
    let mut errors = Errors::new();
    validate(dto, &bound, "", &mut errors);
    if !errors.is_empty() {
        return Err(validation_problem(&errors));
    }
    let mut obj = materialize(fields, &bound);
    keep_server_fields(&mut obj, current, server_fields);
    obj.insert("dateUpdate".into(), Value::String(now_dotnet()));
    Ok(obj)
}

/// Strips HTML tags (for `descriptionPlainText`).
pub(crate) fn plain_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.trim().to_string()
}
