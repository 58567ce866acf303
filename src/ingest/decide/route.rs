//! Routing: a mailbox's ordered rules (first match wins) decide what a message becomes and
//! where it goes in Dastra.

use crate::config::{DastraSettings, Kind, MailboxSettings, RequestOverrides, Rule, RuleAction};

/// What routing looks at.
pub struct RouteInput<'a> {
    /// Every recipient (To, Cc, Delivered-To, X-Original-To), lowercase.
    pub recipients: &'a [String],
    /// The sender's address (From), lowercase.
    pub sender: Option<&'a str>,
    pub subject: &'a str,
    pub body: &'a str,
    /// Header lookup by name (case-insensitive), all values.
    pub header: &'a dyn Fn(&str) -> Vec<String>,
    /// Kind suggested by the text (incident detection), used when no rule sets one.
    pub kind_hint: Option<Kind>,
}

/// The decision.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Route {
    /// `None` = ignore the message.
    pub kind: Option<Kind>,
    pub workspace_id: i64,
    pub area_id: i64,
    pub tags: Vec<String>,
    pub assignee: Option<i64>,
    /// What matching rules set on a request (purposes, person category, locale,
    /// send_notification); later rules override earlier ones.
    #[serde(skip_serializing_if = "RequestOverrides::is_empty")]
    pub request: RequestOverrides,
    /// The rule that decided, if any.
    pub rule: Option<String>,
    /// Why the kind was chosen (for dry-run and logs).
    pub why: String,
}

fn rule_matches(rule: &Rule, input: &RouteInput<'_>) -> bool {
    if let Some(r) = &rule.recipient
        && !input.recipients.iter().any(|a| a == r)
    {
        return false;
    }
    if let Some(s) = &rule.sender
        && input.sender != Some(s.as_str())
    {
        return false;
    }
    if let Some(d) = &rule.sender_domain {
        let Some(domain) = input
            .sender
            .and_then(|s| s.rsplit_once('@'))
            .map(|(_, d)| d)
        else {
            return false;
        };
        if domain != d && !domain.ends_with(&format!(".{d}")) {
            return false;
        }
    }
    if let Some(re) = &rule.subject
        && !re.is_match(input.subject)
    {
        return false;
    }
    if let Some(re) = &rule.body
        && !re.is_match(input.body)
    {
        return false;
    }
    if let Some((name, value)) = &rule.header {
        let values = (input.header)(name);
        if values.is_empty() {
            return false;
        }
        if let Some(re) = value
            && !values.iter().any(|v| re.is_match(v.trim()))
        {
            return false;
        }
    }
    true
}

/// Applies the mailbox's rules. Rules without a kind (`RuleAction::Keep`) only contribute
/// area, workspace, tags and assignee, and evaluation goes on; the first rule with a kind or
/// `ignore` ends it.
pub fn route(mb: &MailboxSettings, dastra: &DastraSettings, input: &RouteInput<'_>) -> Route {
    let mut route = Route {
        kind: None,
        workspace_id: mb.workspace_id.unwrap_or(dastra.workspace_id),
        area_id: mb.area_id.unwrap_or(dastra.area_id),
        tags: mb.tags.clone().unwrap_or_else(|| dastra.tags.clone()),
        assignee: None,
        request: RequestOverrides::default(),
        rule: None,
        why: String::new(),
    };
    let mut decided = false;
    for rule in &mb.rules {
        if !rule_matches(rule, input) {
            continue;
        }
        if let Some(w) = rule.workspace_id {
            route.workspace_id = w;
        }
        if let Some(a) = rule.area_id {
            route.area_id = a;
        }
        if let Some(t) = &rule.tags {
            route.tags = t.clone();
        }
        if rule.assignee.is_some() {
            route.assignee = rule.assignee;
        }
        route.request.merge(&rule.request);
        match rule.action {
            RuleAction::Keep => continue,
            RuleAction::Ignore => {
                route.kind = None;
                route.rule = Some(rule.name.clone());
                route.why = format!("ignored by rule \"{}\"", rule.name);
                return route;
            }
            RuleAction::Kind(k) => {
                route.kind = Some(k);
                route.rule = Some(rule.name.clone());
                route.why = format!("rule \"{}\"", rule.name);
                decided = true;
                break;
            }
        }
    }
    if !decided {
        match (mb.auto_kind, input.kind_hint) {
            (true, Some(k)) => {
                route.kind = Some(k);
                route.why = "detected from the text".into();
            }
            _ => {
                route.kind = Some(mb.default_kind);
                route.why = "mailbox default".into();
            }
        }
    }
    route
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::load_str;
    use std::path::Path;

    const CFG: &str = r#"
[dastra]
api_key = "env:K"
workspace_id = 1
area_id = 2
[[mailbox]]
name = "privacy"
host = "imap.example.org"
username = "u"
password = "env:P"
auto_kind = true
[[mailbox.rule]]
header = "X-Priority"
header_value = '^1'
tags = ["urgent"]
[[mailbox.rule]]
recipient = "privacy+incident@example.org"
kind = "incident"
area_id = 9
[[mailbox.rule]]
sender_domain = "hr.example.org"
subject = '(?i)audit'
kind = "task"
assignee = 42
[[mailbox.rule]]
sender = "scanner@example.org"
kind = "ignore"
"#;

    fn run(
        recipients: &[&str],
        sender: &str,
        subject: &str,
        prio: Option<&str>,
        hint: Option<Kind>,
    ) -> Route {
        let (s, _) = load_str(CFG, Path::new("t.toml")).unwrap();
        let recipients: Vec<String> = recipients.iter().map(|s| s.to_string()).collect();
        let header = move |name: &str| -> Vec<String> {
            if name.eq_ignore_ascii_case("x-priority") {
                prio.map(|p| vec![p.to_string()]).unwrap_or_default()
            } else {
                vec![]
            }
        };
        let input = RouteInput {
            recipients: &recipients,
            sender: Some(sender),
            subject,
            body: "",
            header: &header,
            kind_hint: hint,
        };
        route(&s.mailboxes[0], s.dastra.as_ref().unwrap(), &input)
    }

    #[test]
    fn plus_address_routes_to_incident_with_area() {
        let r = run(
            &["privacy+incident@example.org"],
            "a@b.org",
            "x",
            None,
            None,
        );
        assert_eq!(r.kind, Some(Kind::Incident));
        assert_eq!(r.area_id, 9);
        assert_eq!(r.tags, vec!["email entrant".to_string()]);
    }

    #[test]
    fn sender_domain_and_subject_both_needed() {
        let r = run(
            &["privacy@example.org"],
            "boss@paris.hr.example.org",
            "Audit 2026",
            None,
            None,
        );
        assert_eq!((r.kind, r.assignee), (Some(Kind::Task), Some(42)));
        let r = run(
            &["privacy@example.org"],
            "boss@hr.example.org",
            "hello",
            None,
            None,
        );
        assert_eq!(r.kind, Some(Kind::Request));
        let r = run(
            &["privacy@example.org"],
            "boss@nothr.example.org.evil",
            "audit",
            None,
            None,
        );
        assert_eq!(r.kind, Some(Kind::Request));
    }

    #[test]
    fn ignore_rule_and_keep_rules_accumulate() {
        let r = run(
            &["privacy@example.org"],
            "scanner@example.org",
            "scan",
            Some("1 (Highest)"),
            None,
        );
        assert_eq!(r.kind, None);
        let r = run(
            &["privacy+incident@example.org"],
            "a@b.org",
            "x",
            Some("1 (Highest)"),
            None,
        );
        assert_eq!(r.kind, Some(Kind::Incident));
        assert_eq!(r.tags, vec!["urgent".to_string()]);
    }

    #[test]
    fn text_hint_used_only_without_a_rule() {
        let r = run(
            &["privacy@example.org"],
            "a@b.org",
            "x",
            None,
            Some(Kind::Incident),
        );
        assert_eq!(r.kind, Some(Kind::Incident));
        assert_eq!(r.why, "detected from the text");
    }

    const CFG_REQUEST: &str = r#"
[dastra]
api_key = "env:K"
workspace_id = 1
area_id = 2
[[mailbox]]
name = "hr"
host = "imap.example.org"
username = "u"
password = "env:P"
[[mailbox.rule]]
name = "staff"
sender_domain = "example.org"
person_category = "employee"
send_notification = false
[[mailbox.rule]]
name = "access address"
recipient = "access@example.org"
kind = "request"
purposes = ["Access"]
locale = "NL"
"#;

    fn route_request(recipient: &str, sender: &str) -> Route {
        let (s, _) = load_str(CFG_REQUEST, Path::new("t.toml")).unwrap();
        let recipients = vec![recipient.to_string()];
        let header = |_: &str| -> Vec<String> { vec![] };
        let input = RouteInput {
            recipients: &recipients,
            sender: Some(sender),
            subject: "s",
            body: "",
            header: &header,
            kind_hint: None,
        };
        route(&s.mailboxes[0], s.dastra.as_ref().unwrap(), &input)
    }

    #[test]
    fn rules_set_purposes_person_category_locale_and_notification() {
        let r = route_request("access@example.org", "ann@example.org");
        assert_eq!(r.kind, Some(Kind::Request));
        assert_eq!(
            r.request.purposes.as_deref(),
            Some(&["Access".to_string()][..])
        );
        assert_eq!(r.request.person_category.as_deref(), Some("Employee"));
        assert_eq!(r.request.locale.as_deref(), Some("nl"));
        assert_eq!(r.request.send_notification, Some(false));
        // Only the staff rule: no purposes or locale from the rules.
        let r = route_request("privacy@example.org", "bob@example.org");
        assert_eq!(r.request.purposes, None);
        assert_eq!(r.request.person_category.as_deref(), Some("Employee"));
        let r = route_request("privacy@example.org", "jane@gmail.example");
        assert!(r.request.is_empty());
    }

    #[test]
    fn bad_request_fields_are_config_errors_that_say_what_to_use() {
        for (bad, key, hint) in [
            ("purposes = [\"Delete\"]", "purposes", "Erasure"),
            (
                "person_category = \"Customer\"",
                "person_category",
                "Client",
            ),
            ("locale = \"français!\"", "locale", "\"fr\""),
        ] {
            let cfg = CFG_REQUEST.replace("purposes = [\"Access\"]\nlocale = \"NL\"", bad);
            let err = load_str(&cfg, Path::new("t.toml")).unwrap_err().to_string();
            assert!(err.contains(&format!("mailbox[0].rule[1].{key}")), "{err}");
            assert!(err.contains(hint), "{err}");
        }
    }
}
