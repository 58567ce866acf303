//! The token endpoint, `/me`, workspaces, areas, users and tags.

use std::sync::Arc;
use std::time::Instant;

use axum::Form;
use axum::body::Bytes;
use axum::extract::rejection::FormRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::Response;
use base64::Engine;
use serde_json::{Value, json};

use super::super::bind::materialize;
use super::super::problem::json_response;
use super::super::query::{ListQuery, page, text_contains};
use super::super::schema::TAG_DTO;
use super::super::state::{Shared, WorkspaceListShape, lock, tag_dto, user_dto, workspace_dto};
use super::{HandlerResult, bind_body, created, int_id, not_found, ok, ws_split};

fn token_error(error: &str) -> Response {
    let mut resp = json_response(400, &json!({ "error": error }));
    resp.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("no-store, no-cache, max-age=0"),
    );
    resp
}

/// `POST /connect/token` (client credentials). The client authenticates with HTTP Basic
/// `base64("{public}:{private}")` or with `client_id`/`client_secret` in the form (both are
/// accepted by IdentityServer). Errors are IdentityServer's: 400 `{"error":"invalid_client"}`,
/// `unsupported_grant_type`, `invalid_scope`, `invalid_request`.
pub(crate) async fn token(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    form: Result<Form<Vec<(String, String)>>, FormRejection>,
) -> Response {
    let Ok(Form(form)) = form else {
        return token_error("invalid_request");
    };
    let param = |k: &str| {
        form.iter()
            .rev()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.as_str())
    };
    let basic = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("basic"))
        .and_then(|(_, b64)| {
            base64::engine::general_purpose::STANDARD
                .decode(b64.trim())
                .ok()
        })
        .and_then(|raw| String::from_utf8(raw).ok())
        .and_then(|s| {
            s.split_once(':')
                .map(|(a, b)| (a.to_string(), b.to_string()))
        });
    let (client_id, secret) = match basic {
        Some(pair) => pair,
        None => match (param("client_id"), param("client_secret")) {
            (Some(id), Some(secret)) => (id.to_string(), secret.to_string()),
            _ => return token_error("invalid_client"),
        },
    };
    if client_id != shared.public_key || secret != shared.private_key {
        return token_error("invalid_client");
    }
    match param("grant_type") {
        Some("client_credentials") => {}
        Some(_) => return token_error("unsupported_grant_type"),
        None => return token_error("invalid_request"),
    }
    if let Some(scope) = param("scope")
        && !scope.split_whitespace().all(|s| s == "api1")
    {
        return token_error("invalid_scope");
    }
    let lifetime = shared.config().token_lifetime;
    let access_token = format!(
        "{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    );
    {
        let mut tokens = lock(&shared.tokens);
        tokens
            .tokens
            .insert(access_token.clone(), Instant::now() + lifetime);
        tokens.issued += 1;
    }
    let mut resp = json_response(
        200,
        &json!({
            "access_token": access_token,
            "expires_in": lifetime.as_secs(),
            "token_type": "Bearer",
            "scope": "api1",
        }),
    );
    resp.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("no-store, no-cache, max-age=0"),
    );
    resp
}

/// `GET /me`: the API user (`UserDto`).
pub(crate) async fn me(State(shared): State<Arc<Shared>>) -> Response {
    ok(lock(&shared.store).me())
}

/// `GET /v1/workspaces`.
pub(crate) async fn workspaces(State(shared): State<Arc<Shared>>) -> Response {
    let shape = shared.config().workspace_list_shape;
    let list: Vec<Value> = lock(&shared.store)
        .workspaces
        .iter()
        .map(|(id, d)| workspace_dto(*id, &d.label))
        .collect();
    match shape {
        WorkspaceListShape::ItemsTotal => ok(&json!({"items": list, "total": list.len()})),
        WorkspaceListShape::SpecWorkSpaces => ok(&json!({
            "pricingPlan": null, "subscription": null, "features": null, "workSpaces": list,
        })),
    }
}

/// `GET /v1/workspaces/{id}`.
pub(crate) async fn workspace(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<String>,
) -> HandlerResult {
    let id = int_id(&id, "id")?;
    let store = lock(&shared.store);
    let d = store.workspaces.get(&id).ok_or_else(not_found)?;
    Ok(ok(&workspace_dto(id, &d.label)))
}

const AREA_FIELDS: &[&str] = &[
    "order",
    "children",
    "teams",
    "id",
    "type",
    "parentId",
    "ref",
    "label",
    "description",
    "logoUrl",
    "address",
    "zipCode",
    "city",
    "countryCode",
    "immatriculationNumber",
    "phoneNumber",
    "mailAddress",
    "dpo",
    "referent",
    "representative",
    "dataProtectionAuthority",
];

/// `GET /v1/ws/{ws}/Areas` (filters `q`, `ref`, `type`, `parentId`; paged).
pub(crate) async fn areas(
    State(shared): State<Arc<Shared>>,
    Path(ws): Path<i32>,
    Query(q): Query<Vec<(String, String)>>,
) -> HandlerResult {
    let q = ListQuery(q);
    let parent = q.int("parentId")?;
    let mut items: Vec<Value> = {
        let mut store = lock(&shared.store);
        let (data, _) = ws_split(&mut store, ws)?;
        data.areas
            .iter()
            .filter(|a| q.get("q").is_none_or(|x| text_contains(a, "label", x)))
            .filter(|a| {
                q.get("ref")
                    .is_none_or(|x| a["ref"].as_str().is_some_and(|r| r.eq_ignore_ascii_case(x)))
            })
            .filter(|a| {
                q.get("type").is_none_or(|x| {
                    a["type"]
                        .as_str()
                        .is_some_and(|r| r.eq_ignore_ascii_case(x))
                })
            })
            .filter(|a| parent.is_none_or(|p| a["parentId"].as_i64() == Some(p)))
            .cloned()
            .collect()
    };
    // areas are listed in their order, not newest first
    items.reverse();
    Ok(ok(&page(items, &q, AREA_FIELDS)?))
}

/// `GET /v1/ws/{ws}/Areas/{id}`.
pub(crate) async fn area(
    State(shared): State<Arc<Shared>>,
    Path((ws, id)): Path<(i32, String)>,
) -> HandlerResult {
    let id = int_id(&id, "id")?;
    let mut store = lock(&shared.store);
    let (data, _) = ws_split(&mut store, ws)?;
    data.area(i64::from(id)).map(ok).ok_or_else(not_found)
}

/// `GET /v1/ws/{ws}/Users` (filter `q` on email and display name; paged `UserDto`). The
/// query parameters of the real endpoint are undocumented.
pub(crate) async fn users(
    State(shared): State<Arc<Shared>>,
    Path(_ws): Path<i32>,
    Query(q): Query<Vec<(String, String)>>,
) -> HandlerResult {
    let q = ListQuery(q);
    let mut items: Vec<Value> = lock(&shared.store)
        .users
        .iter()
        .filter(|u| {
            q.get("q")
                .is_none_or(|x| text_contains(u, "email", x) || text_contains(u, "displayName", x))
        })
        .cloned()
        .collect();
    items.reverse();
    let template = user_dto(0, "", "");
    let known: Vec<&str> = template
        .as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default();
    Ok(ok(&page(items, &q, &known)?))
}

/// `GET /v1/ws/{ws}/Tags`: a bare array of `TagDto` (filter `type`; `asc` sorts by label).
pub(crate) async fn tags(
    State(shared): State<Arc<Shared>>,
    Path(ws): Path<i32>,
    Query(q): Query<Vec<(String, String)>>,
) -> HandlerResult {
    let q = ListQuery(q);
    let asc = q.bool("asc")?;
    let mut store = lock(&shared.store);
    let (data, _) = ws_split(&mut store, ws)?;
    let mut items: Vec<Value> = data
        .tags
        .iter()
        .filter(|t| {
            q.get("type").is_none_or(|x| {
                t["type"]
                    .as_str()
                    .is_some_and(|r| r.eq_ignore_ascii_case(x))
            })
        })
        .cloned()
        .collect();
    if let Some(asc) = asc {
        items.sort_by_key(|t| t["label"].as_str().unwrap_or("").to_lowercase());
        if !asc {
            items.reverse();
        }
    }
    Ok(ok(&Value::Array(items)))
}

/// `POST /v1/ws/{ws}/Tags` (`TagDto`: `label` and `type` required).
pub(crate) async fn create_tag(
    State(shared): State<Arc<Shared>>,
    Path(ws): Path<i32>,
    headers: HeaderMap,
    body: Bytes,
) -> HandlerResult {
    let bound = bind_body(&TAG_DTO, &headers, &body)?;
    let obj = materialize(TAG_DTO.fields, &bound);
    let tag = {
        let mut store = lock(&shared.store);
        let id = store.alloc_tag();
        let (data, _) = ws_split(&mut store, ws)?;
        let tag = tag_dto(
            id,
            obj["label"].as_str().unwrap_or(""),
            obj["type"].as_str().unwrap_or("DataProcessing"),
            obj["color"].as_str(),
        );
        data.tags.push(tag.clone());
        tag
    };
    Ok(created(
        &shared,
        &format!("/v1/ws/{ws}/Tags/{}", tag["id"]),
        &tag,
    ))
}

/// `GET /v1/ws/{ws}/Tags/{id}`.
pub(crate) async fn tag(
    State(shared): State<Arc<Shared>>,
    Path((ws, id)): Path<(i32, String)>,
) -> HandlerResult {
    let id = int_id(&id, "id")?;
    let mut store = lock(&shared.store);
    let (data, _) = ws_split(&mut store, ws)?;
    data.tags
        .iter()
        .find(|t| t["id"].as_i64() == Some(i64::from(id)))
        .map(ok)
        .ok_or_else(not_found)
}
