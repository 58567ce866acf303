//! Pins the documented behaviour of the Dastra API double with a real HTTP client.

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use reqwest::{Client, StatusCode};
use serde_json::{Value, json};
use testbench::dastra::{AuthMethod, DastraDouble, DastraDoubleOptions, Fault, WorkspaceListShape};

const DSRS: &str = "/v1/ws/1/DataSubjectRequests";

fn start() -> DastraDouble {
    DastraDouble::start(DastraDoubleOptions::default())
}

fn client() -> Client {
    Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client")
}

fn dsr_body(ref_id: &str) -> Value {
    json!({
        "title": "Demande d'effacement", "locale": "fr", "areaId": 1, "purposes": ["Erasure"],
        "email": "jane@example.com", "givenName": "Jane", "familyName": "Doe",
        "message": "Merci d'effacer mes données.", "channel": "IncomingEmail", "refId": ref_id,
        "sendNotification": false,
    })
}

async fn post(d: &DastraDouble, c: &Client, path: &str, body: &Value) -> reqwest::Response {
    c.post(d.url(path))
        .header("X-API-Key", d.api_key())
        .json(body)
        .send()
        .await
        .expect("send")
}

async fn get(d: &DastraDouble, c: &Client, path: &str) -> reqwest::Response {
    c.get(d.url(path))
        .header("X-API-Key", d.api_key())
        .send()
        .await
        .expect("send")
}

/// PATCH with a JSON body (`application/json`).
async fn patch(d: &DastraDouble, c: &Client, path: &str, body: &Value) -> reqwest::Response {
    c.patch(d.url(path))
        .header("X-API-Key", d.api_key())
        .json(body)
        .send()
        .await
        .expect("send")
}

/// GET with query parameters.
async fn get_query(
    d: &DastraDouble,
    c: &Client,
    path: &str,
    query: &[(&str, &str)],
) -> reqwest::Response {
    c.get(d.url(path))
        .header("X-API-Key", d.api_key())
        .query(query)
        .send()
        .await
        .expect("send")
}

async fn json_of(r: reqwest::Response) -> Value {
    r.json().await.expect("json body")
}

async fn create_dsr(d: &DastraDouble, c: &Client, ref_id: &str) -> Value {
    let r = post(d, c, DSRS, &dsr_body(ref_id)).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    json_of(r).await
}

// --- auth -------------------------------------------------------------------------------

#[tokio::test]
async fn requests_without_valid_credentials_get_401() {
    let d = start();
    let c = client();
    let r = c.get(d.url("/me")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    assert!(
        r.headers()["www-authenticate"]
            .to_str()
            .unwrap()
            .starts_with("Bearer")
    );
    assert_eq!(r.text().await.unwrap(), "");
    let r = c
        .get(d.url("/me"))
        .header("X-API-Key", "wrong")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    // the public key is not an API key, and Basic is not accepted on the REST routes
    let r = c
        .get(d.url("/me"))
        .header("X-API-Key", d.public_key())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let r = c
        .get(d.url("/me"))
        .basic_auth(d.public_key(), Some(d.private_key()))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let r = c
        .post(d.url(DSRS))
        .json(&dsr_body("x"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    assert!(d.dsrs(1).is_empty());
}

#[tokio::test]
async fn api_key_authenticates_me_and_workspaces() {
    let d = start();
    let c = client();
    let r = c
        .get(d.url("/me"))
        .header("x-api-key", d.api_key())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let me = json_of(r).await;
    assert_eq!(me["id"], 1);
    assert!(me["email"].is_string());
    let ws = json_of(get(&d, &c, "/v1/workspaces").await).await;
    assert_eq!(ws["total"], 1);
    assert_eq!(ws["items"][0]["id"], 1);
    assert_eq!(ws["items"][0]["state"], "Active");
    // routes are case-insensitive, like ASP.NET Core's
    let ws2 = json_of(get(&d, &c, "/v1/WorkSpaces").await).await;
    assert_eq!(ws2["items"][0]["id"], 1);
    d.set_workspace_list_shape(WorkspaceListShape::SpecWorkSpaces);
    let ws3 = json_of(get(&d, &c, "/v1/workspaces").await).await;
    assert_eq!(ws3["workSpaces"][0]["id"], 1);
    let log = d.request_log();
    assert_eq!(log[0].auth, Some(AuthMethod::ApiKey));
    assert_eq!(log[0].status, Some(200));
}

async fn fetch_token(d: &DastraDouble, c: &Client) -> Value {
    let r = c
        .post(d.token_url())
        .basic_auth(d.public_key(), Some(d.private_key()))
        .form(&[("grant_type", "client_credentials"), ("scope", "api1")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    json_of(r).await
}

#[tokio::test]
async fn client_credentials_give_a_bearer_token() {
    let d = start();
    let c = client();
    let t = fetch_token(&d, &c).await;
    assert_eq!(t["token_type"], "Bearer");
    assert_eq!(t["scope"], "api1");
    assert_eq!(t["expires_in"], 3600);
    let token = t["access_token"].as_str().unwrap();
    let r = c.get(d.url("/me")).bearer_auth(token).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        d.request_log().last().unwrap().auth,
        Some(AuthMethod::Bearer)
    );
    assert_eq!(d.tokens_issued(), 1);

    // wrong secret, wrong grant, wrong scope: IdentityServer errors
    let bad = c
        .post(d.token_url())
        .basic_auth(d.public_key(), Some("nope"))
        .form(&[("grant_type", "client_credentials"), ("scope", "api1")])
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    assert_eq!(json_of(bad).await["error"], "invalid_client");
    let bad = c
        .post(d.token_url())
        .basic_auth(d.public_key(), Some(d.private_key()))
        .form(&[("grant_type", "password")])
        .send()
        .await
        .unwrap();
    assert_eq!(json_of(bad).await["error"], "unsupported_grant_type");
    let bad = c
        .post(d.token_url())
        .basic_auth(d.public_key(), Some(d.private_key()))
        .form(&[("grant_type", "client_credentials"), ("scope", "api2")])
        .send()
        .await
        .unwrap();
    assert_eq!(json_of(bad).await["error"], "invalid_scope");
    // client_secret_post works too
    let r = c
        .post(d.token_url())
        .form(&[
            ("grant_type", "client_credentials"),
            ("client_id", d.public_key()),
            ("client_secret", d.private_key()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    // an unknown token
    let r = c
        .get(d.url("/me"))
        .bearer_auth("not-a-token")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn expired_tokens_get_401() {
    let d = DastraDouble::start(DastraDoubleOptions {
        token_lifetime: Duration::from_secs(1),
        ..DastraDoubleOptions::default()
    });
    let c = client();
    let t = fetch_token(&d, &c).await;
    let token = t["access_token"].as_str().unwrap().to_string();
    assert_eq!(
        c.get(d.url("/me"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let r = c
        .get(d.url("/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    assert!(
        r.headers()["www-authenticate"]
            .to_str()
            .unwrap()
            .contains("invalid_token")
    );

    // expire_tokens() expires long-lived tokens at once
    d.set_token_lifetime(Duration::from_secs(3600));
    let t = fetch_token(&d, &c).await;
    let token = t["access_token"].as_str().unwrap().to_string();
    assert_eq!(
        c.get(d.url("/me"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
    d.expire_tokens();
    assert_eq!(
        c.get(d.url("/me"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn unknown_workspace_is_403() {
    let d = start();
    let c = client();
    let r = post(&d, &c, "/v1/ws/2/DataSubjectRequests", &dsr_body("x")).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(json_of(r).await["status"], 403);
    d.add_workspace(2, "Filiale");
    let r = post(&d, &c, "/v1/ws/2/DataSubjectRequests", &dsr_body("x")).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    assert_eq!(d.dsrs(2).len(), 1);
    assert!(d.dsrs(1).is_empty());
}

// --- DSRs -------------------------------------------------------------------------------

#[tokio::test]
async fn create_dsr_answers_201_and_stores_it() {
    let d = start();
    let c = client();
    let mut body = dsr_body("<m1@example.org>");
    body["unknownField"] = json!({"ignored": true});
    body["id"] = json!(77);
    body["state"] = json!("Closed");
    let r = post(&d, &c, DSRS, &body).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let location = r.headers()["location"].to_str().unwrap().to_string();
    let created = json_of(r).await;
    let id = created["id"].as_i64().expect("int id");
    assert_ne!(id, 77);
    assert!(location.ends_with(&format!("/v1/ws/1/DataSubjectRequests/{id}")));
    assert_eq!(created["state"], "Open");
    assert_eq!(created["channel"], "IncomingEmail");
    assert_eq!(created["refId"], "<m1@example.org>");
    assert_eq!(created["purposes"], json!(["Erasure"]));
    assert!(created.get("unknownField").is_none());
    // DataSubjectRequestLightDto: no nested objects
    assert!(created.get("area").is_none() && created.get("tags").is_none());
    let date = created["dateCreation"].as_str().unwrap();
    assert_eq!(date.len(), "2023-09-18T10:31:30.6882299".len(), "{date}");
    assert!(created["dateUpdate"].is_null());
    assert_eq!(created["personCategory"], "Prospect");

    let full = json_of(get(&d, &c, &format!("{DSRS}/{id}")).await).await;
    assert_eq!(full["area"]["label"], "Siège");
    assert_eq!(full["creator"]["id"], 1);
    assert_eq!(full["title"], "Demande d'effacement");
    assert_eq!(d.dsrs(1).len(), 1);
    assert_eq!(d.count_by_ref_id("<m1@example.org>"), 1);
    assert_eq!(d.dsr(1, id as i32).unwrap()["email"], "jane@example.com");

    assert_eq!(
        get(&d, &c, &format!("{DSRS}/999999")).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        get(&d, &c, &format!("{DSRS}/abc")).await.status(),
        StatusCode::BAD_REQUEST
    );

    // the other reading: 200 instead of 201
    d.set_create_status(200);
    let r = post(&d, &c, DSRS, &dsr_body("<m2@example.org>")).await;
    assert_eq!(r.status(), StatusCode::OK);
}

#[tokio::test]
async fn create_dsr_binds_like_aspnet() {
    let d = start();
    let c = client();
    // case-insensitive property names, enums by name in any case, numbers from strings
    let body = json!({"Title": "x", "LOCALE": "fr", "areaId": "2", "purposes": ["access", 4]});
    let r = post(&d, &c, DSRS, &body).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let v = json_of(r).await;
    assert_eq!(v["purposes"], json!(["Access", "Erasure"]));
    assert_eq!(v["areaId"], 2);
    assert_eq!(v["channel"], "Internal");
    // not JSON → 415
    let r = c
        .post(d.url(DSRS))
        .header("X-API-Key", d.api_key())
        .header("content-type", "text/plain")
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
}

async fn validation_errors(d: &DastraDouble, c: &Client, path: &str, body: &Value) -> Value {
    let r = post(d, c, path, body).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/problem+json")
    );
    let v = json_of(r).await;
    assert_eq!(
        v["type"],
        "https://tools.ietf.org/html/rfc9110#section-15.5.1"
    );
    assert_eq!(v["title"], "One or more validation errors occurred.");
    assert_eq!(v["status"], 400);
    assert!(v["traceId"].as_str().unwrap().starts_with("00-"));
    v["errors"].clone()
}

#[tokio::test]
async fn invalid_dsrs_get_validation_problem_details() {
    let d = start();
    let c = client();
    let mut b = dsr_body("r");
    b.as_object_mut().unwrap().remove("title");
    let e = validation_errors(&d, &c, DSRS, &b).await;
    assert_eq!(e, json!({"Title": ["The Title field is required."]}));

    let mut b = dsr_body("r");
    b["title"] = json!("   ");
    b["purposes"] = json!([]);
    b["locale"] = json!("fr-FR-x-very-long");
    b["email"] = json!("a".repeat(256));
    b["givenName"] = json!("é".repeat(181));
    b["refId"] = json!("r".repeat(356));
    let e = validation_errors(&d, &c, DSRS, &b).await;
    assert_eq!(e["Title"], json!(["The Title field is required."]));
    assert_eq!(
        e["Purposes"],
        json!(["The field Purposes must be a string or array type with a minimum length of '1'."])
    );
    assert_eq!(
        e["Locale"],
        json!(["The field Locale must be a string or array type with a maximum length of '10'."])
    );
    assert_eq!(
        e["Email"],
        json!(["The field Email must be a string or array type with a maximum length of '255'."])
    );
    assert!(e["GivenName"].is_array() && e["RefId"].is_array());

    let mut b = dsr_body("r");
    b["purposes"] = json!(["Erasure", "Deletion"]);
    let e = validation_errors(&d, &c, DSRS, &b).await;
    assert!(
        e["$.purposes[1]"][0]
            .as_str()
            .unwrap()
            .contains("DataSubjectPurposeType")
    );
    assert_eq!(e["dto"], json!(["The dto field is required."]));

    let mut b = dsr_body("r");
    b["channel"] = json!("Email");
    let e = validation_errors(&d, &c, DSRS, &b).await;
    assert!(e["$.channel"].is_array());

    let mut b = dsr_body("r");
    b["personCategory"] = json!("Alien");
    assert!(validation_errors(&d, &c, DSRS, &b).await["$.personCategory"].is_array());

    let mut b = dsr_body("r");
    b.as_object_mut().unwrap().remove("areaId");
    assert_eq!(
        validation_errors(&d, &c, DSRS, &b).await["AreaId"],
        json!(["The AreaId field is required."])
    );
    b["areaId"] = json!(999);
    assert!(validation_errors(&d, &c, DSRS, &b).await["AreaId"].is_array());

    // nested tags are validated like the real server does
    let mut b = dsr_body("r");
    b["tags"] = json!([{"id": 5}]);
    let e = validation_errors(&d, &c, DSRS, &b).await;
    assert_eq!(e["Tags[0].Label"], json!(["The Label field is required."]));

    let r = c
        .post(d.url(DSRS))
        .header("X-API-Key", d.api_key())
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert!(
        d.dsrs(1).is_empty(),
        "nothing is created by an invalid request"
    );
}

#[tokio::test]
async fn dsr_lists_page_and_filter() {
    let d = start();
    let c = client();
    for i in 1..=3 {
        let mut b = dsr_body(&format!("<ref-{i}@example.org>"));
        b["title"] = json!(format!("Demande {i}"));
        b["email"] = json!(format!("user{i}@example.org"));
        post(&d, &c, DSRS, &b).await;
    }
    let all = json_of(get(&d, &c, DSRS).await).await;
    assert_eq!(all["total"], 3);
    assert_eq!(all["page"], 1);
    assert_eq!(all["size"], 20);
    assert_eq!(all["items"].as_array().unwrap().len(), 3);
    assert_eq!(all["items"][0]["title"], "Demande 3", "newest first");
    assert_eq!(all["items"][0]["area"]["id"], 1, "list items are full DTOs");

    let filter =
        json!({"field": "refId", "operator": "equal", "value": "<ref-2@example.org>"}).to_string();
    let r = get_query(&d, &c, DSRS, &[("filters", &filter)]).await;
    let v = json_of(r).await;
    assert_eq!(v["total"], 1);
    assert_eq!(v["items"][0]["refId"], "<ref-2@example.org>");

    let filter = json!({"separator": "Or", "rules": [
        {"field": "email", "operator": "equal", "value": "USER1@example.org"},
        {"field": "refId", "operator": "equal", "value": "<ref-3@example.org>"},
    ]})
    .to_string();
    let r = get_query(&d, &c, DSRS, &[("filters", &filter)]).await;
    assert_eq!(json_of(r).await["total"], 2);

    let filter = json!({"separator": "And", "rules": [
        {"field": "email", "operator": "contains", "value": "user"},
        {"field": "title", "operator": "notEqual", "value": "Demande 1"},
    ]})
    .to_string();
    let r = get_query(&d, &c, DSRS, &[("filters", &filter)]).await;
    assert_eq!(json_of(r).await["total"], 2);

    let r = get_query(&d, &c, DSRS, &[("q", "demande 2")]).await;
    assert_eq!(json_of(r).await["total"], 1);

    let r = get_query(&d, &c, DSRS, &[("page", "2"), ("size", "2")]).await;
    let v = json_of(r).await;
    assert_eq!(
        (v["total"].as_i64(), v["page"].as_i64(), v["size"].as_i64()),
        (Some(3), Some(2), Some(2))
    );
    assert_eq!(v["items"].as_array().unwrap().len(), 1);

    let r = get_query(&d, &c, DSRS, &[("size", "1000")]).await;
    assert_eq!(json_of(r).await["size"], 500);

    let bad = json!({"field": "nope", "operator": "equal", "value": 1}).to_string();
    let r = get_query(&d, &c, DSRS, &[("filters", &bad)]).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn dsr_patch_and_delete() {
    let d = start();
    let c = client();
    let id = create_dsr(&d, &c, "p").await["id"].as_i64().unwrap();
    let path = format!("{DSRS}/{id}");
    let ops = json!([{"op": "replace", "path": "/state", "value": "Processing"},
                     {"op": "add", "path": "/description", "value": "added"},
                     {"op": "replace", "path": "/id", "value": 5}]);
    let r = c
        .patch(d.url(&path))
        .header("X-API-Key", d.api_key())
        .header("content-type", "application/json-patch+json")
        .body(ops.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let stored = d.dsr(1, id as i32).unwrap();
    assert_eq!(stored["state"], "Processing");
    assert_eq!(stored["description"], "added");
    assert_eq!(stored["id"], id, "server-owned properties are kept");
    assert!(stored["dateUpdate"].is_string());

    let ops = json!([{"op": "remove", "path": "/description"}]);
    let r = patch(&d, &c, &path, &ops).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(d.dsr(1, id as i32).unwrap()["description"].is_null());

    let ops = json!([{"op": "replace", "path": "/noSuchField", "value": 1}]);
    let r = patch(&d, &c, &path, &ops).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let ops = json!([{"op": "replace", "path": "/state", "value": "Bogus"}]);
    let r = patch(&d, &c, &path, &ops).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let ops = json!([{"op": "replace", "path": "/title", "value": ""}]);
    let r = patch(&d, &c, &path, &ops).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(d.dsr(1, id as i32).unwrap()["state"], "Processing");

    let r = c
        .delete(d.url(&path))
        .header("X-API-Key", d.api_key())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(get(&d, &c, &path).await.status(), StatusCode::NOT_FOUND);
    let r = patch(&d, &c, &path, &json!([])).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

// --- attachments and messages -------------------------------------------------------------

#[tokio::test]
async fn attachments_are_multipart_with_a_file_field() {
    let d = start();
    let c = client();
    let id = create_dsr(&d, &c, "a").await["id"].as_i64().unwrap() as i32;
    let path = format!("/v1/ws/1/DataSubjectAttachments/{id}");
    let bytes: Vec<u8> = (0..=255u8).cycle().take(10_000).collect();
    let part = reqwest::multipart::Part::bytes(bytes.clone())
        .file_name("message.eml")
        .mime_str("message/rfc822")
        .unwrap();
    let form = reqwest::multipart::Form::new().part("File", part);
    let r = c
        .post(d.url(&path))
        .header("X-API-Key", d.api_key())
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let dto = json_of(r).await;
    let att_id = dto["id"].as_str().unwrap();
    assert!(uuid::Uuid::parse_str(att_id).is_ok());
    assert_eq!(dto["fileName"], "message.eml");
    assert_eq!(dto["extension"], "eml");
    assert_eq!(dto["size"], 10_000);
    assert_eq!(dto["userRequestId"], id);

    let stored = d.attachments(1, id);
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].bytes, bytes);
    assert_eq!(stored[0].form_field, "File");
    assert_eq!(stored[0].content_type.as_deref(), Some("message/rfc822"));
    let list = json_of(get(&d, &c, &path).await).await;
    assert_eq!(list[0]["id"], att_id);
    assert_eq!(d.dsr(1, id).unwrap()["attachments"][0]["id"], att_id);
    let dl = get(&d, &c, &format!("{path}/download/{att_id}")).await;
    assert_eq!(dl.bytes().await.unwrap().to_vec(), bytes);

    // another field name → 400
    let part = reqwest::multipart::Part::bytes(b"x".to_vec()).file_name("a.txt");
    let form = reqwest::multipart::Form::new().part("attachment", part);
    let r = c
        .post(d.url(&path))
        .header("X-API-Key", d.api_key())
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        json_of(r).await["errors"]["File"],
        json!(["The File field is required."])
    );
    // a "File" part without a file name is a form value, not a file → 400
    let form = reqwest::multipart::Form::new().text("File", "x");
    let r = c
        .post(d.url(&path))
        .header("X-API-Key", d.api_key())
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    // unknown DSR → 404
    let part = reqwest::multipart::Part::bytes(b"x".to_vec()).file_name("a.txt");
    let form = reqwest::multipart::Form::new().part("File", part);
    let r = c
        .post(d.url("/v1/ws/1/DataSubjectAttachments/424242"))
        .header("X-API-Key", d.api_key())
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // JSON instead of multipart → 415
    let r = post(
        &d,
        &c,
        &path,
        &json!({"fileName": "a.txt", "fileContent": "eA=="}),
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(d.attachments(1, id).len(), 1);
}

#[tokio::test]
async fn messages_are_limited_to_3000_chars() {
    let d = start();
    let c = client();
    let id = create_dsr(&d, &c, "m").await["id"].as_i64().unwrap();
    let other = create_dsr(&d, &c, "m2").await["id"].as_i64().unwrap();
    let path = "/v1/ws/1/DataSubjectMessages";
    let r = post(
        &d,
        &c,
        path,
        &json!({"dataSubjectRequestId": id, "message": "Suite de ma demande"}),
    )
    .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let m = json_of(r).await;
    assert!(uuid::Uuid::parse_str(m["id"].as_str().unwrap()).is_ok());
    assert_eq!(m["userRequestId"], id);
    post(
        &d,
        &c,
        path,
        &json!({"dataSubjectRequestId": other, "message": "autre"}),
    )
    .await;
    let e = validation_errors(
        &d,
        &c,
        path,
        &json!({"dataSubjectRequestId": id, "message": "x".repeat(3001)}),
    )
    .await;
    assert_eq!(
        e["Message"],
        json!([
            "The field Message must be a string or array type with a maximum length of '3000'."
        ])
    );
    let e = validation_errors(&d, &c, path, &json!({"dataSubjectRequestId": id})).await;
    assert_eq!(e["Message"], json!(["The Message field is required."]));
    let r = post(
        &d,
        &c,
        path,
        &json!({"dataSubjectRequestId": 4242, "message": "x"}),
    )
    .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = post(
        &d,
        &c,
        path,
        &json!({"dataSubjectRequestId": id, "message": "x".repeat(3000)}),
    )
    .await;
    assert_eq!(r.status(), StatusCode::CREATED);

    let list = json_of(get(&d, &c, &format!("{path}?dataSubjectRequestId={id}")).await).await;
    assert_eq!(list["total"], 2);
    assert_eq!(d.messages(1).len(), 3);
    assert_eq!(d.messages_for(1, id as i32).len(), 2);
    assert_eq!(d.dsr(1, id as i32).unwrap()["nbMessages"], 2);
}

// --- tasks, breaches, tags, areas ---------------------------------------------------------

#[tokio::test]
async fn tasks_require_a_short_label() {
    let d = start();
    let c = client();
    let body = json!({"label": "Incident signalé par mail", "descriptionHtml": "<p>Bonjour <b>DPO</b></p>",
        "priority": "Medium", "deadline": "2030-01-01T00:00:00Z", "assignedToUserId": 42, "areaId": 1,
        "objectType": "DataSubject", "objectId": "1001", "additionalDatas": {"k": "v"}});
    let r = post(&d, &c, "/v1/ws/1/Tasks", &body).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let t = json_of(r).await;
    let id = t["id"].as_i64().unwrap();
    assert_eq!(t["state"], "Open");
    assert_eq!(t["priority"], "Medium");
    assert_eq!(t["assignedToUser"]["id"], 42);
    assert_eq!(t["descriptionPlainText"], "Bonjour DPO");
    assert_eq!(t["workspaceId"], 1);
    assert_eq!(t["additionalDatas"]["k"], "v");
    assert_eq!(
        json_of(get(&d, &c, &format!("/v1/ws/1/Tasks/{id}")).await).await["label"],
        body["label"]
    );

    let e = validation_errors(&d, &c, "/v1/ws/1/Tasks", &json!({"label": "x".repeat(121)})).await;
    assert_eq!(
        e["Label"],
        json!(["The field Label must be a string or array type with a maximum length of '120'."])
    );
    let e = validation_errors(&d, &c, "/v1/ws/1/Tasks", &json!({"descriptionHtml": "x"})).await;
    assert_eq!(e["Label"], json!(["The Label field is required."]));
    let r = post(&d, &c, "/v1/ws/1/Tasks", &json!({"label": "x".repeat(120)})).await;
    assert_eq!(r.status(), StatusCode::CREATED);

    let r = get_query(&d, &c, "/v1/ws/1/Tasks", &[("q", "incident")]).await;
    let v = json_of(r).await;
    assert_eq!(v["total"], 1);
    assert_eq!(v["items"][0]["id"], id);
    let filter = json!({"field": "objectId", "operator": "equal", "value": "1001"}).to_string();
    let r = get_query(&d, &c, "/v1/ws/1/Tasks", &[("filters", &filter)]).await;
    assert_eq!(json_of(r).await["total"], 1);
    let count = json_of(
        get(
            &d,
            &c,
            "/v1/ws/1/Tasks/count?objectType=DataSubject&objectId=1001",
        )
        .await,
    )
    .await;
    assert_eq!(count, 1);
    assert_eq!(d.tasks(1).len(), 2);
}

#[tokio::test]
async fn breaches_have_uuid_ids() {
    let d = start();
    let c = client();
    let body = json!({"label": "Perte d'un ordinateur", "startDate": "2024-03-01T08:00:00",
        "descriptionHtml": "<p>marker-123</p>", "access": true, "reason": "InternalAccident",
        "personCategories": [{"label": "Clients", "type": "Client", "volume": 120}]});
    let r = post(&d, &c, "/v1/ws/1/DataBreachs", &body).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let b = json_of(r).await;
    let id = b["id"].as_str().unwrap().to_string();
    assert!(uuid::Uuid::parse_str(&id).is_ok());
    assert_eq!(b["state"], "Open");
    assert!(uuid::Uuid::parse_str(b["personCategories"][0]["id"].as_str().unwrap()).is_ok());
    assert_eq!(
        json_of(get(&d, &c, &format!("/v1/ws/1/DataBreachs/{id}")).await).await["label"],
        body["label"]
    );
    assert_eq!(d.breach(1, &id).unwrap()["reason"], "InternalAccident");
    assert_eq!(d.count_containing("marker-123"), 1);

    let e = validation_errors(&d, &c, "/v1/ws/1/DataBreachs", &json!({"label": "x"})).await;
    assert_eq!(e["StartDate"], json!(["The StartDate field is required."]));
    let e = validation_errors(
        &d,
        &c,
        "/v1/ws/1/DataBreachs",
        &json!({"startDate": "2024-03-01"}),
    )
    .await;
    assert_eq!(e["Label"], json!(["The Label field is required."]));
    let e = validation_errors(
        &d,
        &c,
        "/v1/ws/1/DataBreachs",
        &json!({"label": "x", "startDate": "yesterday"}),
    )
    .await;
    assert!(e["$.startDate"].is_array());
    let list = json_of(get(&d, &c, "/v1/ws/1/DataBreachs").await).await;
    assert_eq!(list["total"], 1);
    let r = get(
        &d,
        &c,
        &format!("/v1/ws/1/DataBreachs/{}", uuid::Uuid::new_v4()),
    )
    .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn tags_are_a_bare_array() {
    let d = DastraDouble::start(DastraDoubleOptions {
        tags: vec![("email entrant".into(), "DataSubject".into())],
        ..DastraDoubleOptions::default()
    });
    let c = client();
    let tags = json_of(get(&d, &c, "/v1/ws/1/Tags").await).await;
    assert_eq!(tags.as_array().unwrap().len(), 1);
    assert_eq!(tags[0]["label"], "email entrant");
    assert_eq!(tags[0]["type"], "DataSubject");
    assert!(tags[0]["id"].is_i64());
    let r = post(
        &d,
        &c,
        "/v1/ws/1/Tags",
        &json!({"label": "inbound email", "type": "Task", "color": "#ff0000"}),
    )
    .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let t = json_of(r).await;
    assert_eq!(
        json!({"label": t["label"], "type": t["type"], "color": t["color"]}),
        json!({"label": "inbound email", "type": "Task", "color": "#ff0000"})
    );
    let only_tasks = json_of(get(&d, &c, "/v1/ws/1/Tags?type=Task").await).await;
    assert_eq!(only_tasks.as_array().unwrap().len(), 1);
    assert_eq!(d.tags(1).len(), 2);
    let e = validation_errors(&d, &c, "/v1/ws/1/Tags", &json!({"label": "x"})).await;
    assert_eq!(e["Type"], json!(["The Type field is required."]));
    let e = validation_errors(
        &d,
        &c,
        "/v1/ws/1/Tags",
        &json!({"label": "x", "type": "Nope"}),
    )
    .await;
    assert!(e["$.type"].is_array());

    let areas = json_of(get(&d, &c, "/v1/ws/1/Areas").await).await;
    assert_eq!(areas["items"][0]["id"], 1);
    assert_eq!(areas["items"][0]["label"], "Siège");
    assert_eq!(areas["total"], 3);
}

// --- rate limit ---------------------------------------------------------------------------

#[tokio::test]
async fn rate_limit_answers_429_with_retry_after() {
    let d = DastraDouble::start(DastraDoubleOptions {
        rate_limit_per_min: Some(3),
        rate_limit_window: Duration::from_secs(1),
        ..DastraDoubleOptions::default()
    });
    let c = client();
    for _ in 0..3 {
        assert_eq!(get(&d, &c, "/me").await.status(), StatusCode::OK);
    }
    let r = get(&d, &c, "/me").await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    let secs: u64 = r.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=1).contains(&secs), "{secs}");
    assert!(r.text().await.unwrap().contains("quota exceeded"));
    assert_eq!(
        get(&d, &c, "/me").await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(d.rate_limited_count(), 2);
    assert_eq!(d.requests_by_status().get(&429), Some(&2));
    // the token endpoint (another host in reality) is not limited
    fetch_token(&d, &c).await;
    // honouring Retry-After gets through again
    tokio::time::sleep(Duration::from_secs(secs)).await;
    assert_eq!(get(&d, &c, "/me").await.status(), StatusCode::OK);
    // the token endpoint is not limited; the limit can be lifted at runtime
    d.set_rate_limit(None);
    for _ in 0..5 {
        assert_eq!(get(&d, &c, "/me").await.status(), StatusCode::OK);
    }

    // the default 60 s window
    let d = DastraDouble::start(DastraDoubleOptions {
        rate_limit_per_min: Some(1),
        ..DastraDoubleOptions::default()
    });
    assert_eq!(get(&d, &c, "/me").await.status(), StatusCode::OK);
    let r = get(&d, &c, "/me").await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    let secs: u64 = r.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((55..=60).contains(&secs), "{secs}");
}

// --- faults -------------------------------------------------------------------------------

#[tokio::test]
async fn fault_before_commit_creates_nothing() {
    let d = start();
    let c = client();
    d.faults().push(
        Fault::status_before(503)
            .on("POST", DSRS)
            .with_header("Retry-After", "2"),
    );
    let r = post(&d, &c, DSRS, &dsr_body("f1")).await;
    assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(r.headers()["retry-after"], "2");
    assert_eq!(json_of(r).await["status"], 503);
    assert_eq!(d.count_by_ref_id("f1"), 0);
    assert_eq!(d.faults().pending(), 0, "fires once by default");
    assert_eq!(
        post(&d, &c, DSRS, &dsr_body("f1")).await.status(),
        StatusCode::CREATED
    );
    assert_eq!(d.count_by_ref_id("f1"), 1);
    assert_eq!(d.request_log()[0].faults, vec!["before:503".to_string()]);
}

#[tokio::test]
async fn fault_after_commit_leaves_the_object() {
    let d = start();
    let c = client();
    d.faults()
        .push(Fault::status_after_commit(500).on("POST", DSRS));
    let r = post(&d, &c, DSRS, &dsr_body("f2")).await;
    assert_eq!(r.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(r.text().await.unwrap(), "");
    assert_eq!(
        d.count_by_ref_id("f2"),
        1,
        "committed although the client saw a 500"
    );
}

#[tokio::test]
async fn dropped_connection_after_commit_leaves_the_object() {
    let d = start();
    let c = client();
    d.faults().push(Fault::drop_after_commit().on("POST", DSRS));
    let err = c
        .post(d.url(DSRS))
        .header("X-API-Key", d.api_key())
        .json(&dsr_body("f3"))
        .send()
        .await
        .expect_err("the client must see a connection error");
    // hyper: "connection closed before message completed"
    assert!(
        err.is_request() && !err.is_timeout() && !err.is_status(),
        "{err:?}"
    );
    assert_eq!(
        d.count_by_ref_id("f3"),
        1,
        "committed although the connection was dropped"
    );
    assert_eq!(d.dropped_count(), 1);
    let log = d.requests_to("POST", DSRS);
    assert_eq!(log.len(), 1, "the client did not retry by itself");
    assert_eq!(log[0].status, None);
    // the next request works
    assert_eq!(get(&d, &c, "/me").await.status(), StatusCode::OK);

    d.faults().push(Fault::drop_before().on("POST", DSRS));
    let r = c
        .post(d.url(DSRS))
        .header("X-API-Key", d.api_key())
        .json(&dsr_body("f4"))
        .send()
        .await;
    assert!(r.is_err());
    assert_eq!(d.count_by_ref_id("f4"), 0);
}

#[tokio::test]
async fn delays_and_proxy_pages() {
    let d = start();
    let c = client();
    d.faults()
        .push(Fault::delay(Duration::from_millis(300)).on("GET", "/me"));
    let t = Instant::now();
    assert_eq!(get(&d, &c, "/me").await.status(), StatusCode::OK);
    assert!(t.elapsed() >= Duration::from_millis(300));

    // a client timeout shorter than the delay
    d.faults()
        .push(Fault::delay(Duration::from_secs(2)).on("POST", DSRS));
    let quick = Client::builder()
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let err = quick
        .post(d.url(DSRS))
        .header("X-API-Key", d.api_key())
        .json(&dsr_body("slow"))
        .send()
        .await
        .unwrap_err();
    assert!(err.is_timeout());

    d.faults().push(Fault::proxy_502().path_prefix("/v1/"));
    let r = get(&d, &c, "/v1/ws/1/Tags").await;
    assert_eq!(r.status(), StatusCode::BAD_GATEWAY);
    assert_eq!(r.headers()["content-type"], "text/html");
    let text = r.text().await.unwrap();
    assert!(serde_json::from_str::<Value>(&text).is_err() && text.contains("502 Bad Gateway"));

    // a 200 whose body is not the JSON the client expects, after commit
    d.faults().push(
        Fault::status_after_commit(200)
            .with_body("application/json", "{\"id\":")
            .on("POST", DSRS),
    );
    let r = post(&d, &c, DSRS, &dsr_body("trunc")).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.json::<Value>().await.is_err());
    assert_eq!(d.count_by_ref_id("trunc"), 1);
}

#[tokio::test]
async fn faults_match_method_and_path_and_count() {
    let d = start();
    let c = client();
    d.faults()
        .push(Fault::status_before(503).on("POST", "/v1/ws/1/tasks"));
    // other methods and paths are untouched
    assert_eq!(get(&d, &c, "/v1/ws/1/Tasks").await.status(), StatusCode::OK);
    assert_eq!(
        post(&d, &c, DSRS, &dsr_body("n")).await.status(),
        StatusCode::CREATED
    );
    assert_eq!(
        post(&d, &c, "/v1/ws/1/Tasks", &json!({"label": "t"}))
            .await
            .status(),
        StatusCode::SERVICE_UNAVAILABLE
    );
    assert_eq!(
        post(&d, &c, "/v1/ws/1/Tasks", &json!({"label": "t"}))
            .await
            .status(),
        StatusCode::CREATED
    );

    d.faults()
        .push(Fault::status_before(500).on("GET", "/me").every_nth(2));
    let mut statuses = Vec::new();
    for _ in 0..4 {
        statuses.push(get(&d, &c, "/me").await.status().as_u16());
    }
    assert_eq!(statuses, vec![200, 500, 200, 500]);
    d.faults().clear();
    assert_eq!(get(&d, &c, "/me").await.status(), StatusCode::OK);

    d.faults().push(Fault::status_before(503).after(1).times(2));
    let mut statuses = Vec::new();
    for _ in 0..4 {
        statuses.push(get(&d, &c, "/me").await.status().as_u16());
    }
    assert_eq!(statuses, vec![200, 503, 503, 200]);
    assert_eq!(d.faults().fired(), 5);
}

// --- sync use -----------------------------------------------------------------------------

#[test]
fn starts_and_stops_from_sync_code() {
    let d = start();
    let mut s = std::net::TcpStream::connect(d.addr()).unwrap();
    write!(
        s,
        "GET /ME HTTP/1.1\r\nHost: x\r\nX-Api-Key: {}\r\nConnection: close\r\n\r\n",
        d.api_key()
    )
    .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    assert!(out.starts_with("HTTP/1.1 200"), "{out}");
    let seeded = d.insert_dsr(1, dsr_body("seed"));
    assert_eq!(seeded["state"], "Open");
    assert_eq!(d.count_by_ref_id("seed"), 1);
    let addr = d.addr();
    drop(d);
    assert!(
        std::net::TcpStream::connect(addr).is_err(),
        "stopped on drop"
    );
}

#[tokio::test]
async fn uploads_over_the_limit_get_413() {
    let d = DastraDouble::start(DastraDoubleOptions {
        max_upload_bytes: 4096,
        ..DastraDoubleOptions::default()
    });
    let c = client();
    let id = create_dsr(&d, &c, "big").await["id"].as_i64().unwrap();
    let part = reqwest::multipart::Part::bytes(vec![b'x'; 20_000]).file_name("big.pdf");
    let form = reqwest::multipart::Form::new().part("File", part);
    let r = c
        .post(d.url(&format!("/v1/ws/1/DataSubjectAttachments/{id}")))
        .header("X-API-Key", d.api_key())
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert!(d.attachments(1, id as i32).is_empty());
}

#[tokio::test]
async fn routes_ignore_case_and_users_are_listed() {
    let d = start();
    let c = client();
    let id = create_dsr(&d, &c, "case").await["id"].as_i64().unwrap();
    let r = get(&d, &c, &format!("/V1/WS/1/datasubjectrequests/{id}/")).await;
    assert_eq!(r.status(), StatusCode::OK);
    let users = json_of(get(&d, &c, "/v1/ws/1/Users?q=dpo").await).await;
    assert_eq!(users["total"], 1);
    assert_eq!(users["items"][0]["id"], 42);
    assert_eq!(
        get(&d, &c, "/v1/ws/1/NoSuchThing").await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn starts_and_stops_inside_a_runtime() {
    let c = client();
    for _ in 0..3 {
        let d = start();
        assert_eq!(get(&d, &c, "/me").await.status(), StatusCode::OK);
        drop(d);
    }
}
