//! List queries: query-string access, the JsonRuleEngine.Net `filters` rule, sorting,
//! `select`, and the paged envelope `{"items","total","size","page"}`.
//!
//! String comparisons in filters are case-insensitive: the real API evaluates the rule with
//! Entity Framework on SQL Server, whose default collation is case-insensitive.

use axum::response::Response;
use serde_json::{Map, Value, json};

use super::problem::{invalid_value, validation_problem1};

/// Default page size.
pub(crate) const DEFAULT_SIZE: usize = 20;
/// Largest page size; larger values are clamped.
pub(crate) const MAX_SIZE: usize = 500;

/// The query string of a list request (keys case-insensitive, repeated keys kept, `key[]`
/// accepted for `key`).
#[derive(Debug, Default)]
pub(crate) struct ListQuery(pub Vec<(String, String)>);

impl ListQuery {
    fn key_matches(k: &str, key: &str) -> bool {
        k.eq_ignore_ascii_case(key)
            || k.strip_suffix("[]")
                .is_some_and(|k| k.eq_ignore_ascii_case(key))
    }

    /// The last value of `key`, if present and not empty.
    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(k, v)| Self::key_matches(k, key) && !v.is_empty())
            .map(|(_, v)| v.as_str())
    }

    /// Every value of `key` (`states=Open&states=Closed`, also comma-separated).
    pub(crate) fn all(&self, key: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| Self::key_matches(k, key))
            .flat_map(|(_, v)| {
                v.split(',')
                    .map(|s| s.trim().to_string())
                    .collect::<Vec<_>>()
            })
            .filter(|s| !s.is_empty())
            .collect()
    }

    /// An integer parameter (400 when not an integer).
    pub(crate) fn int(&self, key: &str) -> Result<Option<i64>, Response> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => v
                .trim()
                .parse::<i64>()
                .map(Some)
                .map_err(|_| invalid_value(key, v)),
        }
    }

    /// A boolean parameter (400 when not `true`/`false`).
    pub(crate) fn bool(&self, key: &str) -> Result<Option<bool>, Response> {
        match self.get(key) {
            None => Ok(None),
            Some(v) if v.eq_ignore_ascii_case("true") => Ok(Some(true)),
            Some(v) if v.eq_ignore_ascii_case("false") => Ok(Some(false)),
            Some(v) => Err(invalid_value(key, v)),
        }
    }
}

/// Case-insensitive "contains" on a string field.
pub(crate) fn text_contains(item: &Value, field: &str, needle: &str) -> bool {
    item[field]
        .as_str()
        .is_some_and(|s| s.to_lowercase().contains(&needle.to_lowercase()))
}

/// Whether a string field equals one of `values` (case-insensitive); true when `values` is
/// empty.
pub(crate) fn one_of(item: &Value, field: &str, values: &[String]) -> bool {
    if values.is_empty() {
        return true;
    }
    let v = match &item[field] {
        Value::String(s) => s.clone(),
        Value::Null => return false,
        other => other.to_string(),
    };
    values.iter().any(|x| x.eq_ignore_ascii_case(&v))
}

// ---------------------------------------------------------------------------------------
// JsonRuleEngine.Net
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Op {
    Equal,
    NotEqual,
    LessThan,
    LessThanInclusive,
    GreaterThan,
    GreaterThanInclusive,
    In,
    NotIn,
    Contains,
    DoesNotContains,
    IsNull,
    IsNotNull,
    IsEmpty,
    IsNotEmpty,
    IncludeAll,
    ExcludeAll,
}

impl Op {
    fn parse(s: &str) -> Option<Op> {
        const OPS: &[(&str, Op)] = &[
            ("equal", Op::Equal),
            ("notEqual", Op::NotEqual),
            ("lessThan", Op::LessThan),
            ("lessThanInclusive", Op::LessThanInclusive),
            ("greaterThan", Op::GreaterThan),
            ("greaterThanInclusive", Op::GreaterThanInclusive),
            ("in", Op::In),
            ("notIn", Op::NotIn),
            ("contains", Op::Contains),
            ("doesNotContains", Op::DoesNotContains),
            ("isNull", Op::IsNull),
            ("isNotNull", Op::IsNotNull),
            ("isEmpty", Op::IsEmpty),
            ("isNotEmpty", Op::IsNotEmpty),
            ("includeAll", Op::IncludeAll),
            ("excludeAll", Op::ExcludeAll),
        ];
        OPS.iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(s))
            .map(|(_, o)| *o)
    }
}

/// A parsed `ConditionRuleSet`.
#[derive(Debug)]
pub(crate) enum Rule {
    /// `{"separator":"And"|"Or","rules":[…]}`.
    Group { or: bool, rules: Vec<Rule> },
    /// `{"field":…,"operator":…,"value":…}`.
    Cond { field: String, op: Op, value: Value },
    /// `{}`: matches everything.
    All,
}

fn get_ci<'a>(o: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    o.iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(key))
        .map(|(_, v)| v)
}

fn parse_rule(v: &Value, known: &[&str]) -> Result<Rule, String> {
    let o = v.as_object().ok_or("a rule must be a JSON object")?;
    if let Some(rules) = get_ci(o, "rules")
        .and_then(Value::as_array)
        .filter(|r| !r.is_empty())
    {
        let or = match get_ci(o, "separator") {
            None | Some(Value::Null) => false,
            Some(Value::String(s)) if s.eq_ignore_ascii_case("or") => true,
            Some(Value::String(s)) if s.eq_ignore_ascii_case("and") => false,
            Some(other) => return Err(format!("invalid separator {other}")),
        };
        let rules = rules
            .iter()
            .map(|r| parse_rule(r, known))
            .collect::<Result<_, _>>()?;
        return Ok(Rule::Group { or, rules });
    }
    let field = match get_ci(o, "field") {
        None | Some(Value::Null) => return Ok(Rule::All),
        Some(Value::String(s)) if s.is_empty() => return Ok(Rule::All),
        Some(Value::String(s)) => s.clone(),
        Some(other) => return Err(format!("invalid field {other}")),
    };
    let root = field.split('.').next().unwrap_or("");
    if !known.iter().any(|k| k.eq_ignore_ascii_case(root)) {
        return Err(format!(
            "The field '{field}' does not exist on the listed object"
        ));
    }
    let op = match get_ci(o, "operator") {
        None | Some(Value::Null) => Op::Equal,
        Some(Value::String(s)) => Op::parse(s).ok_or_else(|| format!("unknown operator '{s}'"))?,
        Some(other) => return Err(format!("invalid operator {other}")),
    };
    Ok(Rule::Cond {
        field,
        op,
        value: get_ci(o, "value").cloned().unwrap_or(Value::Null),
    })
}

/// Parses the `filters` parameter; `known` are the property names of the listed object.
pub(crate) fn parse_filters(raw: &str, known: &[&str]) -> Result<Rule, Response> {
    let v: Value = serde_json::from_str(raw)
        .map_err(|e| validation_problem1("filters", &format!("Invalid filters: {e}")))?;
    parse_rule(&v, known).map_err(|e| validation_problem1("filters", &e))
}

/// Values at a dotted path (case-insensitive keys), collections flattened.
fn resolve(item: &Value, path: &str) -> Vec<Value> {
    let mut current = vec![item.clone()];
    for seg in path.split('.') {
        let mut next = Vec::new();
        for v in current {
            match v {
                Value::Object(o) => next.push(get_ci(&o, seg).cloned().unwrap_or(Value::Null)),
                Value::Array(items) => {
                    for i in items {
                        if let Value::Object(o) = i {
                            next.push(get_ci(&o, seg).cloned().unwrap_or(Value::Null));
                        }
                    }
                }
                _ => next.push(Value::Null),
            }
        }
        current = next;
    }
    // a collection of scalars at the end: its elements are the candidates
    current
        .into_iter()
        .flat_map(|v| match v {
            Value::Array(items) => items,
            other => vec![other],
        })
        .collect()
}

fn as_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Null, Value::Null) => true,
        (Value::Null, _) | (_, Value::Null) => false,
        (Value::Number(_), _) | (_, Value::Number(_)) => match (as_f64(a), as_f64(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        },
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Bool(x), Value::String(s)) | (Value::String(s), Value::Bool(x)) => {
            s.eq_ignore_ascii_case(if *x { "true" } else { "false" })
        }
        (Value::String(x), Value::String(y)) => x.to_lowercase() == y.to_lowercase(),
        _ => a == b,
    }
}

fn cmp(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    if let (Value::String(x), Value::String(y)) = (a, b)
        && (as_f64(a).is_none() || as_f64(b).is_none())
    {
        return Some(x.to_lowercase().cmp(&y.to_lowercase()));
    }
    as_f64(a)?.partial_cmp(&as_f64(b)?)
}

fn value_list(v: &Value) -> Vec<Value> {
    match v {
        Value::Array(items) => items.clone(),
        Value::Null => Vec::new(),
        other => vec![other.clone()],
    }
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        _ => false,
    }
}

/// Evaluates a rule against one listed object.
pub(crate) fn matches(rule: &Rule, item: &Value) -> bool {
    match rule {
        Rule::All => true,
        Rule::Group { or: true, rules } => rules.iter().any(|r| matches(r, item)),
        Rule::Group { or: false, rules } => rules.iter().all(|r| matches(r, item)),
        Rule::Cond { field, op, value } => {
            let cands = resolve(item, field);
            let any = |f: &dyn Fn(&Value) -> bool| cands.iter().any(f);
            let contains = |c: &Value| match (c, value) {
                (Value::String(s), Value::String(n)) => {
                    s.to_lowercase().contains(&n.to_lowercase())
                }
                _ => eq(c, value),
            };
            let list = value_list(value);
            let is_in = |c: &Value| list.iter().any(|x| eq(c, x));
            let ord =
                |c: &Value, ok: &dyn Fn(std::cmp::Ordering) -> bool| cmp(c, value).is_some_and(ok);
            match op {
                Op::Equal => any(&|c| eq(c, value)),
                Op::NotEqual => !any(&|c| eq(c, value)),
                Op::LessThan => any(&|c| ord(c, &|o| o.is_lt())),
                Op::LessThanInclusive => any(&|c| ord(c, &|o| o.is_le())),
                Op::GreaterThan => any(&|c| ord(c, &|o| o.is_gt())),
                Op::GreaterThanInclusive => any(&|c| ord(c, &|o| o.is_ge())),
                Op::In => any(&is_in),
                Op::NotIn => !any(&is_in),
                Op::Contains => any(&contains),
                Op::DoesNotContains => !any(&contains),
                Op::IsNull => cands.iter().all(Value::is_null),
                Op::IsNotNull => !cands.iter().all(Value::is_null),
                Op::IsEmpty => cands.iter().all(is_empty),
                Op::IsNotEmpty => !cands.iter().all(is_empty),
                Op::IncludeAll => list.iter().all(|x| cands.iter().any(|c| eq(c, x))),
                Op::ExcludeAll => !list.iter().any(|x| cands.iter().any(|c| eq(c, x))),
            }
        }
    }
}

/// Applies `filters`, `sortBy`/`asc`, paging (`page`, `size`, `skip`) and `select` to the
/// listed objects and builds the envelope. Without `sortBy` the newest objects come first.
pub(crate) fn page(
    mut items: Vec<Value>,
    q: &ListQuery,
    known: &[&str],
) -> Result<Value, Response> {
    if let Some(raw) = q.get("filters") {
        let rule = parse_filters(raw, known)?;
        items.retain(|i| matches(&rule, i));
    }
    match q.get("sortBy") {
        Some(field) => {
            let asc = q.bool("asc")?.unwrap_or(true);
            items.sort_by(|a, b| {
                let (x, y) = (resolve(a, field), resolve(b, field));
                let o = match (x.first(), y.first()) {
                    (Some(x), Some(y)) => cmp(x, y).unwrap_or(std::cmp::Ordering::Equal),
                    _ => std::cmp::Ordering::Equal,
                };
                if asc { o } else { o.reverse() }
            });
        }
        None => items.reverse(),
    }
    let size = match q.int("size")? {
        Some(s) if s > 0 => (s as usize).min(MAX_SIZE),
        _ => DEFAULT_SIZE,
    };
    let page = q.int("page")?.filter(|p| *p >= 1).unwrap_or(1) as usize;
    let skip = match q.int("skip")? {
        Some(s) if s >= 0 => s as usize,
        _ => (page - 1) * size,
    };
    let total = items.len();
    let mut slice: Vec<Value> = items.into_iter().skip(skip).take(size).collect();
    if let Some(select) = q.get("select") {
        let fields: Vec<&str> = select
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        for item in &mut slice {
            if let Value::Object(o) = item {
                o.retain(|k, _| fields.iter().any(|f| f.eq_ignore_ascii_case(k)));
            }
        }
    }
    Ok(json!({"items": slice, "total": total, "size": size, "page": skip / size + 1}))
}
