//! Fault injection: what the double does to a request instead of (or besides) answering it
//! normally, and when.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

/// What a fault does to a request it fires on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FaultAction {
    /// Answer with this status, headers and body **before** acting: nothing is committed
    /// (a gateway 503, a proxy 502…).
    Before {
        /// HTTP status.
        status: u16,
        /// Extra response headers (e.g. `Retry-After`).
        headers: Vec<(String, String)>,
        /// `Content-Type` of the body.
        content_type: String,
        /// Response body.
        body: String,
    },
    /// Handle the request normally (the object **is committed**), then answer this status,
    /// headers and body instead of the real response: the ambiguous case.
    AfterCommit {
        /// HTTP status.
        status: u16,
        /// Extra response headers.
        headers: Vec<(String, String)>,
        /// `Content-Type` of the body.
        content_type: String,
        /// Response body.
        body: String,
    },
    /// Close the TCP connection without any response, before acting (nothing committed).
    DropBefore,
    /// Handle the request normally (the object **is committed**), then close the TCP
    /// connection without any response.
    DropAfterCommit,
    /// Sleep this long before handling the request. A delay fault combines with at most one
    /// other (non-delay) fault on the same request.
    Delay(Duration),
}

impl FaultAction {
    fn is_delay(&self) -> bool {
        matches!(self, FaultAction::Delay(_))
    }

    /// A short description for the request log.
    pub(crate) fn describe(&self) -> String {
        match self {
            FaultAction::Before { status, .. } => format!("before:{status}"),
            FaultAction::AfterCommit { status, .. } => format!("after-commit:{status}"),
            FaultAction::DropBefore => "drop-before".into(),
            FaultAction::DropAfterCommit => "drop-after-commit".into(),
            FaultAction::Delay(d) => format!("delay:{}ms", d.as_millis()),
        }
    }
}

/// A fault rule: an action, which requests it matches, and on which of them it fires.
///
/// By default a fault matches every request and fires **once** (on the first matching
/// request), then is removed. Chain [`on`](Fault::on), [`times`](Fault::times),
/// [`always`](Fault::always), [`every_nth`](Fault::every_nth) and [`after`](Fault::after) to
/// change that:
///
/// ```
/// use std::time::Duration;
/// use testbench::dastra::Fault;
/// // the next POST of a DSR gets a 503 and creates nothing
/// let _ = Fault::status_before(503).on("POST", "/v1/ws/1/DataSubjectRequests");
/// // every 3rd request anywhere: the object is created, then the connection is dropped
/// let _ = Fault::drop_after_commit().every_nth(3);
/// // every request is slowed down by 200 ms
/// let _ = Fault::delay(Duration::from_millis(200)).always();
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fault {
    /// What to do.
    pub action: FaultAction,
    /// Only requests with this method (case-insensitive); `None` = any.
    pub method: Option<String>,
    /// Only requests whose path starts with this (case-insensitive, query excluded);
    /// `None` = any.
    pub path_prefix: Option<String>,
    /// Matching requests to let through before the fault may fire.
    pub skip: u32,
    /// Fire on every `every`-th eligible matching request (1 = each one).
    pub every: u32,
    /// How many times to fire before the fault is removed; `None` = forever.
    pub limit: Option<u32>,
}

const DEFAULT_PROBLEM_CT: &str = "application/problem+json; charset=utf-8";

impl Fault {
    /// A fault with this action, matching every request, firing once.
    pub fn new(action: FaultAction) -> Self {
        Fault {
            action,
            method: None,
            path_prefix: None,
            skip: 0,
            every: 1,
            limit: Some(1),
        }
    }

    /// Answer `status` before acting, with a small `ProblemDetails` JSON body.
    pub fn status_before(status: u16) -> Self {
        Fault::new(FaultAction::Before {
            status,
            headers: Vec::new(),
            content_type: DEFAULT_PROBLEM_CT.into(),
            body: default_body(status),
        })
    }

    /// Commit, then answer `status` with an empty body (what ASP.NET Core sends for an
    /// unhandled exception in production).
    pub fn status_after_commit(status: u16) -> Self {
        Fault::new(FaultAction::AfterCommit {
            status,
            headers: Vec::new(),
            content_type: "text/plain; charset=utf-8".into(),
            body: String::new(),
        })
    }

    /// Close the connection without answering, before acting.
    pub fn drop_before() -> Self {
        Fault::new(FaultAction::DropBefore)
    }

    /// Commit, then close the connection without answering.
    pub fn drop_after_commit() -> Self {
        Fault::new(FaultAction::DropAfterCommit)
    }

    /// Sleep `d` before handling the request.
    pub fn delay(d: Duration) -> Self {
        Fault::new(FaultAction::Delay(d))
    }

    /// A 502 with an nginx HTML page (a non-JSON body from a proxy), before acting.
    pub fn proxy_502() -> Self {
        Fault::new(FaultAction::Before {
            status: 502,
            headers: Vec::new(),
            content_type: "text/html".into(),
            body: "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n".into(),
        })
    }

    /// Only requests with `method` whose path starts with `path_prefix` (both
    /// case-insensitive; routes are case-insensitive too).
    pub fn on(mut self, method: &str, path_prefix: &str) -> Self {
        self.method = Some(method.to_string());
        self.path_prefix = Some(path_prefix.to_string());
        self
    }

    /// Only requests with this method.
    pub fn method(mut self, method: &str) -> Self {
        self.method = Some(method.to_string());
        self
    }

    /// Only requests whose path starts with this.
    pub fn path_prefix(mut self, prefix: &str) -> Self {
        self.path_prefix = Some(prefix.to_string());
        self
    }

    /// Fire on the next `n` eligible matching requests.
    pub fn times(mut self, n: u32) -> Self {
        self.limit = Some(n);
        self
    }

    /// Fire on every eligible matching request, until [`Faults::clear`].
    pub fn always(mut self) -> Self {
        self.limit = None;
        self
    }

    /// Fire on every `n`-th matching request (the n-th, 2n-th…), until cleared. Combine with
    /// [`times`](Fault::times) to bound it.
    pub fn every_nth(mut self, n: u32) -> Self {
        self.every = n.max(1);
        self.limit = None;
        self
    }

    /// Let the first `k` matching requests through untouched.
    pub fn after(mut self, k: u32) -> Self {
        self.skip = k;
        self
    }

    /// Replace the response body (and its content type) of a `Before`/`AfterCommit` fault.
    pub fn with_body(mut self, content_type: &str, body: &str) -> Self {
        if let FaultAction::Before {
            content_type: ct,
            body: b,
            ..
        }
        | FaultAction::AfterCommit {
            content_type: ct,
            body: b,
            ..
        } = &mut self.action
        {
            *ct = content_type.to_string();
            *b = body.to_string();
        }
        self
    }

    /// Add a response header to a `Before`/`AfterCommit` fault.
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        if let FaultAction::Before { headers, .. } | FaultAction::AfterCommit { headers, .. } =
            &mut self.action
        {
            headers.push((name.to_string(), value.to_string()));
        }
        self
    }

    fn matches(&self, method: &str, path: &str) -> bool {
        self.method
            .as_deref()
            .is_none_or(|m| m.eq_ignore_ascii_case(method))
            && self.path_prefix.as_deref().is_none_or(|p| {
                path.len() >= p.len()
                    && path.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
            })
    }
}

fn default_body(status: u16) -> String {
    super::problem::problem_json(status).to_string()
}

#[derive(Debug)]
struct Entry {
    fault: Fault,
    seen: u32,
    fired: u32,
}

/// The faults chosen for one request.
#[derive(Debug, Default)]
pub(crate) struct Chosen {
    pub delay: Option<Duration>,
    pub action: Option<FaultAction>,
    pub description: Vec<String>,
}

/// The shared fault list.
#[derive(Debug, Default)]
pub(crate) struct FaultList {
    entries: Vec<Entry>,
    fired_total: u64,
}

impl FaultList {
    /// Picks (and consumes) the faults for a request: the first matching delay that fires and
    /// the first matching other fault that fires.
    pub(crate) fn choose(&mut self, method: &str, path: &str) -> Chosen {
        let mut chosen = Chosen::default();
        for e in &mut self.entries {
            if !e.fault.matches(method, path) {
                continue;
            }
            let is_delay = e.fault.action.is_delay();
            if (is_delay && chosen.delay.is_some()) || (!is_delay && chosen.action.is_some()) {
                continue;
            }
            e.seen += 1;
            let eligible = e.seen > e.fault.skip && (e.seen - e.fault.skip) % e.fault.every == 0;
            if !eligible || e.fault.limit.is_some_and(|l| e.fired >= l) {
                continue;
            }
            e.fired += 1;
            self.fired_total += 1;
            chosen.description.push(e.fault.action.describe());
            match &e.fault.action {
                FaultAction::Delay(d) => chosen.delay = Some(*d),
                other => chosen.action = Some(other.clone()),
            }
        }
        self.entries
            .retain(|e| e.fault.limit.is_none_or(|l| e.fired < l));
        chosen
    }
}

/// Handle on the double's fault list (cheap to clone; changes apply to the next requests).
#[derive(Clone, Debug)]
pub struct Faults {
    pub(crate) list: Arc<Mutex<FaultList>>,
}

impl Faults {
    fn with<R>(&self, f: impl FnOnce(&mut FaultList) -> R) -> R {
        f(&mut self.list.lock().unwrap_or_else(PoisonError::into_inner))
    }

    /// Add a fault (after the existing ones: earlier faults win when several match).
    pub fn push(&self, fault: Fault) {
        self.with(|l| {
            l.entries.push(Entry {
                fault,
                seen: 0,
                fired: 0,
            })
        });
    }

    /// Remove every fault.
    pub fn clear(&self) {
        self.with(|l| l.entries.clear());
    }

    /// Faults still armed (not yet exhausted).
    pub fn pending(&self) -> usize {
        self.with(|l| l.entries.len())
    }

    /// How many times any fault fired since the double started.
    pub fn fired(&self) -> u64 {
        self.with(|l| l.fired_total)
    }
}
