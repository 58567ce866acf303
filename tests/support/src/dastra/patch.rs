//! JSON Patch (RFC 6902) as ASP.NET Core's `JsonPatchDocument<T>.ApplyTo` applies it to a
//! DTO: operations `add`, `remove`, `replace`, `move`, `copy`, `test` (names
//! case-insensitive); the first path segment is a DTO property matched case-insensitively;
//! deeper segments address array indices (`-` appends) or dictionary keys. `remove` on a
//! property resets it to its default. Errors are reported the way `ApplyTo(dto, ModelState)`
//! reports them: `{"<DtoName>": ["…"]}`.

use serde_json::{Map, Value};

use super::bind::default_value;
use super::problem::{Errors, push_err};
use super::schema::Dto;

type PatchResult<T> = Result<T, String>;

fn segments(path: &str) -> PatchResult<Vec<String>> {
    let rest = path
        .strip_prefix('/')
        .ok_or_else(|| format!("The path '{path}' is invalid."))?;
    Ok(rest
        .split('/')
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect())
}

/// Resolves the first segment to a DTO property name.
fn property(dto: &Dto, seg: &str) -> PatchResult<String> {
    dto.field(seg).map(|f| f.name.to_string()).ok_or_else(|| {
        format!("The target location specified by path segment '{seg}' was not found.")
    })
}

fn get<'a>(doc: &'a Map<String, Value>, dto: &Dto, segs: &[String]) -> PatchResult<&'a Value> {
    let prop = property(dto, &segs[0])?;
    let mut cur = doc.get(&prop).unwrap_or(&Value::Null);
    for seg in &segs[1..] {
        cur = match cur {
            Value::Object(o) => o.get(seg),
            Value::Array(a) => seg.parse::<usize>().ok().and_then(|i| a.get(i)),
            _ => None,
        }
        .ok_or_else(|| {
            format!("The target location specified by path segment '{seg}' was not found.")
        })?;
    }
    Ok(cur)
}

/// The parent container of the last segment, and that segment.
fn parent_mut<'a>(
    doc: &'a mut Map<String, Value>,
    dto: &Dto,
    segs: &'a [String],
) -> PatchResult<(&'a mut Value, &'a str)> {
    let prop = property(dto, &segs[0])?;
    let mut cur = doc.entry(prop).or_insert(Value::Null);
    let (last, middle) = segs[1..].split_last().ok_or("no parent")?;
    for seg in middle {
        cur = match cur {
            Value::Object(o) => o.get_mut(seg.as_str()),
            Value::Array(a) => seg.parse::<usize>().ok().and_then(move |i| a.get_mut(i)),
            _ => None,
        }
        .ok_or_else(|| {
            format!("The target location specified by path segment '{seg}' was not found.")
        })?;
    }
    Ok((cur, last.as_str()))
}

fn add(doc: &mut Map<String, Value>, dto: &Dto, segs: &[String], value: Value) -> PatchResult<()> {
    if segs.len() == 1 {
        let prop = property(dto, &segs[0])?;
        doc.insert(prop, value);
        return Ok(());
    }
    let (parent, last) = parent_mut(doc, dto, segs)?;
    match parent {
        Value::Object(o) => {
            o.insert(last.to_string(), value);
        }
        Value::Array(a) => {
            let idx = if last == "-" {
                a.len()
            } else {
                last.parse::<usize>().map_err(|_| bad_index(last))?
            };
            if idx > a.len() {
                return Err(bad_index(last));
            }
            a.insert(idx, value);
        }
        Value::Null => {
            // a null collection/dictionary: create it, as the serializer would
            if last == "-" || last == "0" {
                *parent = Value::Array(vec![value]);
            } else {
                let mut o = Map::new();
                o.insert(last.to_string(), value);
                *parent = Value::Object(o);
            }
        }
        _ => {
            return Err(format!(
                "The target location specified by path segment '{last}' was not found."
            ));
        }
    }
    Ok(())
}

fn bad_index(seg: &str) -> String {
    format!("The index value provided by path segment '{seg}' is out of bounds of the array size.")
}

fn remove(doc: &mut Map<String, Value>, dto: &Dto, segs: &[String]) -> PatchResult<Value> {
    if segs.len() == 1 {
        let prop = property(dto, &segs[0])?;
        let field = dto.field(&prop).ok_or("unknown property")?;
        return Ok(doc
            .insert(prop, default_value(field))
            .unwrap_or(Value::Null));
    }
    let (parent, last) = parent_mut(doc, dto, segs)?;
    match parent {
        Value::Object(o) => o.remove(last).ok_or_else(|| {
            format!("The target location specified by path segment '{last}' was not found.")
        }),
        Value::Array(a) => {
            let idx = if last == "-" {
                a.len().wrapping_sub(1)
            } else {
                last.parse::<usize>().map_err(|_| bad_index(last))?
            };
            if idx >= a.len() {
                return Err(bad_index(last));
            }
            Ok(a.remove(idx))
        }
        _ => Err(format!(
            "The target location specified by path segment '{last}' was not found."
        )),
    }
}

fn apply_one(doc: &mut Map<String, Value>, dto: &Dto, op: &Value) -> PatchResult<()> {
    let o = op
        .as_object()
        .ok_or("Each operation must be a JSON object.")?;
    let field = |k: &str| {
        o.iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(k))
            .map(|(_, v)| v)
    };
    let name = field("op").and_then(Value::as_str).unwrap_or("");
    let path = field("path")
        .and_then(Value::as_str)
        .ok_or("The 'path' of an operation is required.")?;
    let segs = segments(path)?;
    let value = field("value").cloned().unwrap_or(Value::Null);
    match name.to_ascii_lowercase().as_str() {
        "add" => add(doc, dto, &segs, value),
        "replace" => {
            get(doc, dto, &segs)?;
            if segs.len() > 1 {
                remove(doc, dto, &segs)?;
            }
            add(doc, dto, &segs, value)
        }
        "remove" => remove(doc, dto, &segs).map(|_| ()),
        "test" => {
            let current = get(doc, dto, &segs)?;
            if *current == value {
                Ok(())
            } else {
                Err(format!(
                    "The current value '{current}' at path '{}' is not equal to the test value '{value}'.",
                    segs.last().map(String::as_str).unwrap_or("")
                ))
            }
        }
        "move" | "copy" => {
            let from = field("from")
                .and_then(Value::as_str)
                .ok_or("The 'from' of a move/copy operation is required.")?;
            let from_segs = segments(from)?;
            let v = get(doc, dto, &from_segs)?.clone();
            if name.eq_ignore_ascii_case("move") {
                remove(doc, dto, &from_segs)?;
            }
            add(doc, dto, &segs, v)
        }
        other => Err(format!("Invalid JsonPatch operation '{other}'.")),
    }
}

/// Applies a patch document (a JSON array of operations) to `doc`.
pub(crate) fn apply(doc: &mut Map<String, Value>, dto: &Dto, ops: &Value) -> Result<(), Errors> {
    let fail = |msg: String| {
        let mut e = Errors::new();
        push_err(&mut e, dto.name, msg);
        e
    };
    let ops = ops.as_array().ok_or_else(|| {
        fail("The JSON patch document was malformed and could not be parsed.".into())
    })?;
    for op in ops {
        apply_one(doc, dto, op).map_err(fail)?;
    }
    Ok(())
}
