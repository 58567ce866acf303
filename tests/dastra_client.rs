//! The typed Dastra client (`dastra_mailgate::dastra`) against the Dastra API double
//! (`testbench::dastra`): both auth modes, every operation the ingestion uses, error
//! classification under injected faults, token expiry and the client-side rate limiter.

use std::time::Duration;

use chrono::{TimeZone, Utc};
use dastra_mailgate::dastra::{
    Backoff, DEDUPE_KEY_FIELD, DastraAuth, DastraClient, DastraClientOptions, DastraError,
    DataSubjectPurpose, DsrId, MAX_TASK_LABEL_LEN, NewDataBreach, NewDataSubjectMessage,
    NewDataSubjectRequest, NewTask, TagType, task_label, utf16_len, with_dedupe_marker,
    with_retries,
};
use dastra_mailgate::secret::SecretString;
use serde_json::{Map, Value, json};
use testbench::dastra::{AuthMethod, DastraDouble, DastraDoubleOptions, Fault, WorkspaceListShape};

const WS: i64 = 1;
/// "Ressources humaines", seeded by the double.
const AREA: i64 = 2;
const DSR_PATH: &str = "/v1/ws/1/DataSubjectRequests";

fn double() -> DastraDouble {
    DastraDouble::start(DastraDoubleOptions::default())
}

fn options(d: &DastraDouble, auth: DastraAuth) -> DastraClientOptions {
    let mut o = DastraClientOptions::new(d.base_url(), auth);
    o.token_url = d.token_url();
    o.request_timeout = Duration::from_secs(10);
    o.connect_timeout = Duration::from_secs(5);
    o.max_requests_per_min = 0;
    o
}

fn api_key_client(d: &DastraDouble) -> DastraClient {
    DastraClient::new(options(
        d,
        DastraAuth::ApiKey(SecretString::new(d.api_key())),
    ))
    .expect("client")
}

fn cc_client(d: &DastraDouble) -> DastraClient {
    DastraClient::new(options(
        d,
        DastraAuth::ClientCredentials {
            public_key: d.public_key().to_string(),
            private_key: SecretString::new(d.private_key()),
        },
    ))
    .expect("client")
}

fn dsr(ref_id: &str) -> NewDataSubjectRequest {
    let mut r = NewDataSubjectRequest::new(
        "Demande d'effacement",
        "fr",
        AREA,
        vec![DataSubjectPurpose::Erasure],
    );
    r.email = Some("jane.doe@example.com".into());
    r.given_name = Some("Jane".into());
    r.family_name = Some("Doe".into());
    r.message = Some("Merci d'effacer mes données.".into());
    r.ref_id = Some(ref_id.into());
    r.send_notification = Some(false);
    r
}

fn int_id(id: &DsrId) -> i32 {
    id.as_i64().expect("the double uses integer DSR ids") as i32
}

/// The `Display` of an error must never contain a credential.
fn assert_no_secret(err: &DastraError, d: &DastraDouble) {
    let shown = format!("{err} / {err:?}");
    assert!(!shown.contains(d.private_key()), "{shown}");
}

// ---------------------------------------------------------------------------------------------
// Auth modes and DSRs
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn creates_a_dsr_with_an_api_key_and_accepts_200_and_201() {
    let d = double();
    let c = api_key_client(&d);
    let created = c.create_dsr(WS, &dsr("<k1@example.org>")).await.unwrap();
    assert_eq!(created.ref_id.as_deref(), Some("<k1@example.org>"));

    let stored = d.dsr(1, int_id(&created.id)).expect("stored");
    assert_eq!(stored["title"], "Demande d'effacement");
    assert_eq!(stored["locale"], "fr");
    assert_eq!(stored["areaId"], AREA);
    assert_eq!(stored["purposes"], json!(["Erasure"]));
    assert_eq!(stored["email"], "jane.doe@example.com");
    assert_eq!(stored["givenName"], "Jane");
    assert_eq!(stored["familyName"], "Doe");
    assert_eq!(stored["channel"], "IncomingEmail");
    assert_eq!(stored["sendNotification"], false);

    let posts = d.requests_to("POST", DSR_PATH);
    assert_eq!(posts.len(), 1);
    assert_eq!(posts[0].status, Some(201));
    assert_eq!(posts[0].auth, Some(AuthMethod::ApiKey));
    assert!(
        posts[0]
            .content_type
            .as_deref()
            .unwrap_or("")
            .starts_with("application/json")
    );

    d.set_create_status(200);
    let again = c.create_dsr(WS, &dsr("<k2@example.org>")).await.unwrap();
    assert_ne!(again.id, created.id);
    assert_eq!(d.requests_to("POST", DSR_PATH)[1].status, Some(200));

    let fetched = c.get_dsr(WS, &created.id).await.unwrap();
    assert_eq!(fetched.id, created.id);
    assert_eq!(fetched.email.as_deref(), Some("jane.doe@example.com"));
}

#[tokio::test]
async fn creates_a_dsr_with_client_credentials_and_caches_the_token() {
    let d = double();
    let c = cc_client(&d);
    let created = c.create_dsr(WS, &dsr("<cc@example.org>")).await.unwrap();
    assert_eq!(d.count_by_ref_id("<cc@example.org>"), 1);
    // A clone shares the token cache.
    let clone = c.clone();
    clone.get_dsr(WS, &created.id).await.unwrap();
    c.me().await.unwrap();
    assert_eq!(d.tokens_issued(), 1);
    let api_calls: Vec<_> = d
        .request_log()
        .into_iter()
        .filter(|r| !r.path.starts_with("/connect/"))
        .collect();
    assert_eq!(api_calls.len(), 3);
    assert!(api_calls.iter().all(|r| r.auth == Some(AuthMethod::Bearer)));
    assert_eq!(d.requests_to("POST", "/connect/token").len(), 1);
}

#[tokio::test]
async fn finds_dsrs_by_exact_ref_id() {
    let d = double();
    let c = api_key_client(&d);
    let a = c.create_dsr(WS, &dsr("<Same@Example.org>")).await.unwrap();
    let b = c.create_dsr(WS, &dsr("<same@example.org>")).await.unwrap();
    c.create_dsr(WS, &dsr("<other@example.org>")).await.unwrap();

    // The server compares case-insensitively; the client keeps the exact match only.
    let found = c
        .find_dsrs_by_ref_id(WS, "<same@example.org>")
        .await
        .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].id, b.id);
    let found = c
        .find_dsrs_by_ref_id(WS, "<Same@Example.org>")
        .await
        .unwrap();
    assert_eq!(found.iter().map(|r| &r.id).collect::<Vec<_>>(), vec![&a.id]);
    assert!(
        c.find_dsrs_by_ref_id(WS, "<none@example.org>")
            .await
            .unwrap()
            .is_empty()
    );

    // The filter went to the server as JSON in the query string.
    let gets = d.requests_to("GET", DSR_PATH);
    let q = gets[0].query.clone().unwrap_or_default();
    assert!(q.contains("filters="), "{q}");
    assert!(q.contains("refId"), "{q}");
}

#[tokio::test]
async fn finds_archived_dsrs_when_the_list_hides_them() {
    let d = DastraDouble::start(DastraDoubleOptions {
        list_excludes_archived: true,
        ..DastraDoubleOptions::default()
    });
    let c = api_key_client(&d);
    let created = c
        .create_dsr(WS, &dsr("<archived@example.org>"))
        .await
        .unwrap();
    // Someone archives it in Dastra (JSON Patch, as the API documents).
    let resp = reqwest::Client::new()
        .patch(d.url(&format!("{DSR_PATH}/{}", created.id)))
        .header("X-API-Key", d.api_key())
        .header("Content-Type", "application/json-patch+json")
        .body(r#"[{"op":"replace","path":"/archived","value":true}]"#)
        .send()
        .await
        .unwrap();
    assert!(resp.status().is_success(), "{}", resp.status());
    d.clear_request_log();
    let found = c
        .find_dsrs_by_ref_id(WS, "<archived@example.org>")
        .await
        .unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].archived, Some(true));
    // First the default list (hides it here), then the archived ones.
    let queries: Vec<String> = d
        .requests_to("GET", DSR_PATH)
        .into_iter()
        .map(|r| r.query.unwrap_or_default())
        .collect();
    assert_eq!(queries.len(), 2, "{queries:?}");
    assert!(queries[1].contains("archived=true"), "{queries:?}");
}

#[tokio::test]
async fn uploads_an_attachment_byte_for_byte() {
    let d = double();
    let c = api_key_client(&d);
    let created = c.create_dsr(WS, &dsr("<att@example.org>")).await.unwrap();
    let data: Vec<u8> = (0..=255u8).cycle().take(70_000).collect();
    let att = c
        .upload_dsr_attachment(
            WS,
            &created.id,
            "pièce jointe.pdf",
            "application/pdf",
            data.clone(),
        )
        .await
        .unwrap();
    assert_eq!(att.file_name.as_deref(), Some("pièce jointe.pdf"));
    assert_eq!(att.size, Some(data.len() as i64));

    let stored = d.attachments(1, int_id(&created.id));
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].bytes, data);
    assert_eq!(stored[0].form_field, "File");
    assert_eq!(stored[0].file_name, "pièce jointe.pdf");
    assert_eq!(stored[0].content_type.as_deref(), Some("application/pdf"));
    assert_eq!(stored[0].id, att.id);

    // The original message as .eml, with a content type the client must not mangle.
    c.upload_dsr_attachment(
        WS,
        &created.id,
        "message.eml",
        "message/rfc822",
        &b"Subject: x\r\n\r\nhi"[..],
    )
    .await
    .unwrap();
    let listed = c.list_dsr_attachments(WS, &created.id).await.unwrap();
    assert_eq!(listed.len(), 2);
    assert!(
        listed
            .iter()
            .any(|a| a.file_name.as_deref() == Some("message.eml"))
    );
}

#[tokio::test]
async fn adds_a_message_to_a_dsr_and_guards_its_length() {
    let d = double();
    let c = api_key_client(&d);
    let created = c.create_dsr(WS, &dsr("<msg@example.org>")).await.unwrap();
    let msg = NewDataSubjectMessage {
        data_subject_request_id: created.id.clone(),
        message: "Voici ma pièce d'identité.".into(),
    };
    c.create_dsr_message(WS, &msg).await.unwrap();
    let stored = d.messages_for(1, int_id(&created.id));
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0]["message"], "Voici ma pièce d'identité.");
    let listed = c.list_dsr_messages(WS, &created.id).await.unwrap();
    assert_eq!(listed.len(), 1);

    d.clear_request_log();
    let too_long = NewDataSubjectMessage {
        data_subject_request_id: created.id.clone(),
        message: "é".repeat(3001),
    };
    let err = c.create_dsr_message(WS, &too_long).await.unwrap_err();
    assert!(matches!(err, DastraError::InvalidInput { .. }), "{err}");
    assert!(!err.is_transient());
    assert!(d.request_log().is_empty(), "refused before sending");
}

// ---------------------------------------------------------------------------------------------
// Tasks, breaches, tags
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn creates_a_task_with_a_cut_label_and_finds_it_by_dedupe_key() {
    let d = double();
    let c = api_key_client(&d);
    // Multi-byte and astral characters around the 120-unit boundary.
    let subject = format!(
        "{}😀 Demande urgente {}",
        "é".repeat(110),
        "日本".repeat(40)
    );
    let label = task_label(&subject);
    assert!(utf16_len(&label) <= MAX_TASK_LABEL_LEN);
    assert!(label.ends_with('…'));
    let key = "<task-1@example.org>";
    let mut task = NewTask::new(&subject);
    assert_eq!(task.label, label);
    task.description_html = Some(with_dedupe_marker("<p>Bonjour</p>", key));
    task.deadline = Some(Utc.with_ymd_and_hms(2030, 1, 31, 17, 0, 0).unwrap());
    task.area_id = Some(AREA);
    task.assigned_to_user_id = Some(42);
    let mut extra = Map::new();
    extra.insert(DEDUPE_KEY_FIELD.into(), Value::String(key.into()));
    task.additional_datas = Some(extra);
    let created = c.create_task(WS, &task).await.unwrap();

    let stored = d.task(1, created.id as i32).expect("stored");
    assert_eq!(stored["label"], Value::String(label.clone()));
    assert_eq!(stored["assignedToUserId"], 42);
    assert_eq!(stored["additionalDatas"][DEDUPE_KEY_FIELD], key);
    assert!(
        stored["deadline"]
            .as_str()
            .unwrap_or("")
            .starts_with("2030-01-31")
    );

    // A task whose key merely starts with ours is not a match.
    let mut other = NewTask::new("Autre");
    other.description_html = Some(with_dedupe_marker("", "<task-1@example.org>.2"));
    c.create_task(WS, &other).await.unwrap();

    let found = c.find_tasks_by_dedupe_key(WS, key).await.unwrap();
    assert_eq!(
        found.iter().map(|t| t.id).collect::<Vec<_>>(),
        vec![created.id]
    );
    assert!(
        c.find_tasks_by_dedupe_key(WS, "<nothing@x>")
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        c.get_task(WS, created.id).await.unwrap().label.as_deref(),
        Some(label.as_str())
    );

    // A label the server would refuse is refused locally.
    let mut bad = NewTask::new("x");
    bad.label = "x".repeat(121);
    assert!(matches!(
        c.create_task(WS, &bad).await.unwrap_err(),
        DastraError::InvalidInput { .. }
    ));
}

#[tokio::test]
async fn creates_a_breach_and_finds_it_by_dedupe_key() {
    let d = double();
    let c = api_key_client(&d);
    let key = "<breach--1@example.org>";
    let start = Utc.with_ymd_and_hms(2030, 3, 1, 8, 30, 0).unwrap();
    let mut breach = NewDataBreach::new("Ordinateur portable volé", start);
    breach.description_html = Some(with_dedupe_marker("<p>Volé dans le train</p>", key));
    breach.area_id = Some(AREA);
    breach.tags = c
        .ensure_tags(WS, &["email entrant"], TagType::DataBreach)
        .await
        .unwrap();
    let created = c.create_breach(WS, &breach).await.unwrap();
    assert!(uuid_like(&created.id), "{}", created.id);

    let stored = d.breach(1, &created.id).expect("stored");
    assert_eq!(stored["label"], "Ordinateur portable volé");
    assert!(
        stored["startDate"]
            .as_str()
            .unwrap_or("")
            .starts_with("2030-03-01")
    );
    assert_eq!(stored["tags"][0]["label"], "email entrant");

    let found = c.find_breaches_by_dedupe_key(WS, key).await.unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].id, created.id);
    assert_eq!(c.get_breach(WS, &created.id).await.unwrap().id, created.id);
    assert!(
        c.find_breaches_by_dedupe_key(WS, "<breach--1@example.org")
            .await
            .unwrap()
            .is_empty()
    );
}

fn uuid_like(s: &str) -> bool {
    s.len() == 36 && s.chars().filter(|c| *c == '-').count() == 4
}

#[tokio::test]
async fn ensure_tags_creates_missing_tags_once_then_reuses_them() {
    let d = DastraDouble::start(DastraDoubleOptions {
        tags: vec![("Email entrant".into(), "DataSubject".into())],
        ..DastraDoubleOptions::default()
    });
    let c = api_key_client(&d);
    let tags = c
        .ensure_tags(
            WS,
            &["email entrant", "urgent", " Urgent "],
            TagType::DataSubject,
        )
        .await
        .unwrap();
    assert_eq!(
        tags.iter().map(|t| t.label.as_str()).collect::<Vec<_>>(),
        vec!["Email entrant", "urgent"]
    );
    assert_eq!(d.requests_to("POST", "/v1/ws/1/Tags").len(), 1);

    // Cached: no request at all, from the client or a clone.
    d.clear_request_log();
    let again = c
        .clone()
        .ensure_tags(WS, &["urgent", "email entrant"], TagType::DataSubject)
        .await
        .unwrap();
    assert_eq!(
        again.iter().map(|t| t.id).collect::<Vec<_>>(),
        vec![tags[1].id, tags[0].id]
    );
    assert!(d.request_log().is_empty());

    // Another type is another tag.
    let task_tags = c.ensure_tags(WS, &["urgent"], TagType::Task).await.unwrap();
    assert_ne!(task_tags[0].id, tags[1].id);
    let all = d.tags(1);
    assert_eq!(all.iter().filter(|t| t["label"] == "urgent").count(), 2);

    // Tags go into the created object.
    let mut r = dsr("<tagged@example.org>");
    r.tags = tags;
    let created = c.create_dsr(WS, &r).await.unwrap();
    let full = c.get_dsr(WS, &created.id).await.unwrap();
    assert_eq!(full.tags.len(), 2);
}

#[tokio::test]
async fn me_areas_and_workspaces() {
    let d = double();
    let c = cc_client(&d);
    let me = c.me().await.unwrap();
    assert_eq!(me.id, Some(1));
    let areas = c.list_areas(WS).await.unwrap();
    assert!(areas.iter().any(|a| a.id == AREA));
    let ws = c.list_workspaces().await.unwrap();
    assert_eq!(ws.iter().map(|w| w.id).collect::<Vec<_>>(), vec![1]);
    d.set_workspace_list_shape(WorkspaceListShape::SpecWorkSpaces);
    let ws = c.list_workspaces().await.unwrap();
    assert_eq!(ws.iter().map(|w| w.id).collect::<Vec<_>>(), vec![1]);
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn validation_errors_are_permanent_and_readable() {
    let d = double();
    let c = api_key_client(&d);
    let mut bad = dsr("<bad@example.org>");
    bad.area_id = 999;
    bad.email = Some("x".repeat(300));
    let err = c.create_dsr(WS, &bad).await.unwrap_err();
    assert!(!err.is_transient(), "{err}");
    assert_eq!(err.status(), Some(400));
    let shown = err.to_string();
    assert!(
        shown.starts_with(
            "cannot create data subject request: dastra rejected the request (http 400): "
        ),
        "{shown}"
    );
    assert!(shown.contains("Email"), "{shown}");
    assert!(shown.len() < 600, "{shown}");
    assert!(!shown.contains('\n'));
    assert_no_secret(&err, &d);
    assert_eq!(d.count_by_ref_id("<bad@example.org>"), 0);

    // Unknown workspace: 403, permanent.
    let err = c
        .create_dsr(77, &dsr("<ws@example.org>"))
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(403));
    assert!(!err.is_transient());
}

#[tokio::test]
async fn rate_limited_is_transient_with_retry_after() {
    let d = double();
    let c = api_key_client(&d);
    d.set_rate_limit(Some(1));
    c.me().await.unwrap();
    let err = c
        .create_dsr(WS, &dsr("<rl@example.org>"))
        .await
        .unwrap_err();
    assert!(matches!(err, DastraError::RateLimited { .. }), "{err}");
    assert!(err.is_transient() && err.is_retryable());
    let wait = err.retry_after().expect("Retry-After");
    assert!(
        wait >= Duration::from_secs(1) && wait <= Duration::from_secs(60),
        "{wait:?}"
    );
    assert!(err.to_string().contains("quota exceeded"), "{err}");
    assert_eq!(d.count_by_ref_id("<rl@example.org>"), 0);
}

#[tokio::test]
async fn unavailable_before_acting_is_transient_and_creates_nothing() {
    let d = double();
    let c = api_key_client(&d);
    d.faults().push(
        Fault::status_before(503)
            .on("POST", DSR_PATH)
            .with_header("Retry-After", "3"),
    );
    let err = c
        .create_dsr(WS, &dsr("<503@example.org>"))
        .await
        .unwrap_err();
    assert!(
        matches!(err, DastraError::Unavailable { status: 503, .. }),
        "{err}"
    );
    assert!(err.is_transient());
    assert_eq!(err.retry_after(), Some(Duration::from_secs(3)));
    assert_eq!(d.count_by_ref_id("<503@example.org>"), 0);

    d.faults().push(Fault::proxy_502().on("GET", "/me"));
    let err = c.me().await.unwrap_err();
    assert!(err.is_transient());
    assert!(
        err.to_string().ends_with("(http 502): 502 Bad Gateway"),
        "{err}"
    );
}

#[tokio::test]
async fn commit_then_500_is_transient_and_the_object_is_found_by_ref_id() {
    let d = double();
    let c = api_key_client(&d);
    d.faults()
        .push(Fault::status_after_commit(500).on("POST", DSR_PATH));
    let err = c
        .create_dsr(WS, &dsr("<c500@example.org>"))
        .await
        .unwrap_err();
    assert!(
        matches!(err, DastraError::Unavailable { status: 500, .. }),
        "{err}"
    );
    assert!(err.is_transient());
    // The caller's recovery: look up before creating again.
    let found = c
        .find_dsrs_by_ref_id(WS, "<c500@example.org>")
        .await
        .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(d.count_by_ref_id("<c500@example.org>"), 1);
}

#[tokio::test]
async fn dropped_connections_are_transient() {
    let d = double();
    let c = api_key_client(&d);
    d.faults()
        .push(Fault::drop_after_commit().on("POST", DSR_PATH));
    let err = c
        .create_dsr(WS, &dsr("<drop@example.org>"))
        .await
        .unwrap_err();
    assert!(matches!(err, DastraError::Connection { .. }), "{err}");
    assert!(err.is_transient());
    assert_eq!(d.dropped_count(), 1);
    let found = c
        .find_dsrs_by_ref_id(WS, "<drop@example.org>")
        .await
        .unwrap();
    assert_eq!(found.len(), 1);

    d.faults()
        .push(Fault::drop_before().on("POST", "/v1/ws/1/Tasks"));
    let err = c.create_task(WS, &NewTask::new("t")).await.unwrap_err();
    assert!(err.is_transient(), "{err}");
    assert!(d.tasks(1).is_empty());
}

#[tokio::test]
async fn timeouts_are_transient() {
    let d = double();
    let mut o = options(&d, DastraAuth::ApiKey(SecretString::new(d.api_key())));
    o.request_timeout = Duration::from_millis(300);
    let c = DastraClient::new(o).unwrap();
    d.faults()
        .push(Fault::delay(Duration::from_secs(2)).on("GET", "/me"));
    let err = c.me().await.unwrap_err();
    assert!(matches!(err, DastraError::Timeout { .. }), "{err}");
    assert!(err.is_transient());
}

#[tokio::test]
async fn an_expired_token_is_refetched_transparently() {
    let d = double();
    let c = cc_client(&d);
    c.me().await.unwrap();
    assert_eq!(d.tokens_issued(), 1);
    d.expire_tokens();
    d.clear_request_log();
    let created = c.create_dsr(WS, &dsr("<exp@example.org>")).await.unwrap();
    assert_eq!(d.tokens_issued(), 2);
    let posts = d.requests_to("POST", DSR_PATH);
    assert_eq!(
        posts.iter().map(|r| r.status).collect::<Vec<_>>(),
        vec![Some(401), Some(201)]
    );
    assert_eq!(d.count_by_ref_id("<exp@example.org>"), 1);
    c.get_dsr(WS, &created.id).await.unwrap();
    assert_eq!(d.tokens_issued(), 2);
}

#[tokio::test]
async fn a_token_is_renewed_before_it_expires() {
    let d = DastraDouble::start(DastraDoubleOptions {
        token_lifetime: Duration::from_secs(1),
        ..DastraDoubleOptions::default()
    });
    let c = cc_client(&d);
    c.me().await.unwrap();
    tokio::time::sleep(Duration::from_millis(1100)).await;
    c.me().await.unwrap();
    assert_eq!(d.tokens_issued(), 2);
    // Renewed proactively: the API never answered 401.
    assert!(d.request_log().iter().all(|r| r.status != Some(401)));
}

#[tokio::test]
async fn bad_credentials_are_unauthorized_not_the_mails_fault() {
    let d = double();
    let wrong_key = DastraClient::new(options(
        &d,
        DastraAuth::ApiKey(SecretString::new("wrong-key-123456")),
    ))
    .unwrap();
    let err = wrong_key.me().await.unwrap_err();
    assert!(err.is_unauthorized(), "{err}");
    assert!(err.is_transient() && !err.is_retryable());

    let wrong_pair = DastraClient::new(options(
        &d,
        DastraAuth::ClientCredentials {
            public_key: d.public_key().to_string(),
            private_key: SecretString::new("not-the-private-key"),
        },
    ))
    .unwrap();
    let err = wrong_pair
        .create_dsr(WS, &dsr("<pair@example.org>"))
        .await
        .unwrap_err();
    assert!(err.is_unauthorized(), "{err}");
    assert!(err.to_string().contains("invalid_client"), "{err}");
    assert!(!err.to_string().contains("not-the-private-key"));
    assert_eq!(d.count_by_ref_id("<pair@example.org>"), 0);

    // A valid token that keeps being refused: one re-authentication, then Unauthorized.
    let c = cc_client(&d);
    d.faults()
        .push(Fault::status_before(401).on("GET", "/me").times(2));
    let err = c.me().await.unwrap_err();
    assert!(err.is_unauthorized(), "{err}");
    assert_eq!(d.requests_to("GET", "/me").len(), 2 + 1);
    assert_no_secret(&err, &d);
}

#[tokio::test]
async fn with_retries_honours_retry_after_and_stops_on_permanent_errors() {
    let d = double();
    let c = api_key_client(&d);
    d.faults().push(
        Fault::status_before(503)
            .on("GET", "/me")
            .times(2)
            .with_header("Retry-After", "0"),
    );
    let backoff = Backoff::new(Duration::from_millis(10), 2.0, Duration::from_millis(50));
    let me = with_retries(|| c.me(), 5, backoff.clone()).await.unwrap();
    assert_eq!(me.id, Some(1));
    assert_eq!(d.requests_to("GET", "/me").len(), 3);

    d.clear_request_log();
    let missing = DsrId::from(424242);
    let err = with_retries(|| c.get_dsr(WS, &missing), 5, backoff)
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(404));
    assert_eq!(d.request_log().len(), 1, "a 404 is not retried");
}

// ---------------------------------------------------------------------------------------------
// Rate limiter
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn the_limiter_keeps_requests_under_the_budget_across_clones() {
    let d = double();
    // The double refuses the 4th request in a minute; the client must never send it.
    d.set_rate_limit(Some(3));
    let mut o = options(&d, DastraAuth::ApiKey(SecretString::new(d.api_key())));
    o.max_requests_per_min = 3;
    let c = DastraClient::new(o).unwrap();

    let mut tasks = Vec::new();
    for _ in 0..6 {
        // Every task holds its own clone: the budget is shared.
        let client = c.clone();
        tasks.push(tokio::spawn(async move { client.me().await }));
    }
    // Long enough for every request that may go out to complete.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let done = tasks.iter().filter(|t| t.is_finished()).count();
    assert_eq!(done, 3, "exactly the budget went through");
    assert_eq!(d.request_log().len(), 3);
    assert_eq!(d.rate_limited_count(), 0, "the server never had to refuse");
    assert_eq!(c.limiter().used(), 3);
    for t in tasks {
        if t.is_finished() {
            assert!(t.await.unwrap().is_ok());
        } else {
            t.abort();
        }
    }
}
