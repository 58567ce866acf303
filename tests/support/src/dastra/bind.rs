//! Model binding and validation the way ASP.NET Core does it for a `[FromBody]` DTO with
//! System.Text.Json's web defaults and `[ApiController]`:
//!
//! * property names match case-insensitively; unknown properties are ignored;
//! * numbers may come as JSON strings (`NumberHandling.AllowReadingFromString`);
//! * enums are strings (`JsonStringEnumConverter`: names matched case-insensitively, integer
//!   values accepted);
//! * the first value that does not convert stops deserialization and yields
//!   `{"$.path": ["The JSON value could not be converted to …"], "dto": ["The dto field is required."]}`;
//! * otherwise the validation attributes run on the whole object graph and every failure is
//!   reported: `[Required]` → `"The Title field is required."`, `[MaxLength]` →
//!   `"The field Email must be a string or array type with a maximum length of '255'."`.
//!
//! One deliberate difference: `[Required]` also fails on a missing or null value-type property
//! (`areaId`, `startDate`, a tag's `type`), where ASP.NET would silently bind the default.

use axum::http::HeaderMap;
use axum::http::header::CONTENT_TYPE;
use axum::response::Response;
use serde_json::{Map, Value};

use super::problem::{Errors, problem, push_err, validation_problem};
use super::schema::{Dto, Field, Ty};

/// The name ASP.NET gives the body parameter in its "field is required" error.
const BODY_PARAM: &str = "dto";

/// `title` → `Title` (the C# property name used in error keys).
pub(crate) fn pascal(name: &str) -> String {
    let mut c = name.chars();
    match c.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + c.as_str(),
        None => String::new(),
    }
}

/// Length of a string as .NET counts it (UTF-16 code units).
pub(crate) fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Whether `headers` declare a JSON body ASP.NET's input formatter accepts:
/// `application/json`, `text/json`, `application/*+json` (incl. `json-patch+json`).
pub(crate) fn is_json_content_type(headers: &HeaderMap) -> bool {
    let Some(ct) = headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let media = ct
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    media == "application/json"
        || media == "text/json"
        || (media.starts_with("application/") && media.ends_with("+json"))
}

/// Reads a JSON request body: 415 without a JSON content type, 400 when empty or not JSON.
pub(crate) fn read_json(headers: &HeaderMap, body: &[u8]) -> Result<Value, Response> {
    if !is_json_content_type(headers) {
        return Err(problem(415));
    }
    if body.iter().all(u8::is_ascii_whitespace) {
        let mut errors = Errors::new();
        push_err(&mut errors, "", "A non-empty request body is required.");
        push_err(
            &mut errors,
            BODY_PARAM,
            format!("The {BODY_PARAM} field is required."),
        );
        return Err(validation_problem(&errors));
    }
    serde_json::from_slice(body).map_err(|e| {
        let mut errors = Errors::new();
        push_err(
            &mut errors,
            "$",
            format!(
                "The JSON value is invalid ({e}). Path: $ | LineNumber: {} | BytePositionInLine: {}.",
                e.line().saturating_sub(1),
                e.column()
            ),
        );
        push_err(&mut errors, BODY_PARAM, format!("The {BODY_PARAM} field is required."));
        validation_problem(&errors)
    })
}

/// The CLR type name of a property, for conversion error messages.
fn clr(ty: &Ty, nullable: bool) -> String {
    let base = match ty {
        Ty::Str(_) => return "System.String".into(),
        Ty::I32 => "System.Int32".to_string(),
        Ty::I64 => "System.Int64".to_string(),
        Ty::Bool => "System.Boolean".to_string(),
        Ty::DateTime => "System.DateTime".to_string(),
        Ty::Uuid => "System.Guid".to_string(),
        Ty::Enum(e) => format!("Dastra.Models.{}", e.name),
        Ty::Array(inner) => {
            return format!("System.Collections.Generic.List`1[{}]", clr(inner, false));
        }
        Ty::Object(d) => return format!("Dastra.Models.{}", d.name),
        Ty::Any => return "System.Object".into(),
    };
    if nullable {
        format!("System.Nullable`1[{base}]")
    } else {
        base
    }
}

/// A conversion failure: JSON path and target CLR type.
pub(crate) struct ConvError {
    pub path: String,
    pub clr: String,
    pub value: Value,
}

fn conv_err(path: &str, ty: &Ty, nullable: bool, value: &Value) -> ConvError {
    ConvError {
        path: path.to_string(),
        clr: clr(ty, nullable),
        value: value.clone(),
    }
}

fn convert_int(v: &Value, min: i64, max: i64) -> Option<Value> {
    let n = match v {
        Value::Number(n) => n.as_i64()?,
        Value::String(s) => s.trim().parse::<i64>().ok()?,
        _ => return None,
    };
    (min..=max).contains(&n).then(|| Value::from(n))
}

/// Converts one JSON value to the property type (normalising enums, numbers and uuids).
fn convert(ty: &Ty, nullable: bool, v: &Value, path: &str) -> Result<Value, ConvError> {
    if v.is_null() {
        return match ty {
            Ty::I32 | Ty::I64 | Ty::Bool | Ty::DateTime | Ty::Uuid | Ty::Enum(_) if !nullable => {
                Err(conv_err(path, ty, nullable, v))
            }
            _ => Ok(Value::Null),
        };
    }
    let fail = || conv_err(path, ty, nullable, v);
    match ty {
        Ty::Str(_) => v.is_string().then(|| v.clone()).ok_or_else(fail),
        Ty::I32 => convert_int(v, i32::MIN as i64, i32::MAX as i64).ok_or_else(fail),
        Ty::I64 => convert_int(v, i64::MIN, i64::MAX).ok_or_else(fail),
        Ty::Bool => v.is_boolean().then(|| v.clone()).ok_or_else(fail),
        Ty::DateTime => match v.as_str() {
            Some(s) if super::problem::parse_datetime(s).is_some() => Ok(v.clone()),
            _ => Err(fail()),
        },
        Ty::Uuid => v
            .as_str()
            .and_then(|s| uuid::Uuid::parse_str(s).ok())
            .map(|u| Value::String(u.hyphenated().to_string()))
            .ok_or_else(fail),
        Ty::Enum(e) => match v {
            Value::String(s) => e
                .values
                .iter()
                .find(|x| x.eq_ignore_ascii_case(s.trim()))
                .map(|x| Value::String((*x).to_string()))
                .ok_or_else(fail),
            Value::Number(n) => n
                .as_u64()
                .and_then(|i| e.values.get(i as usize))
                .map(|x| Value::String((*x).to_string()))
                .ok_or_else(fail),
            _ => Err(fail()),
        },
        Ty::Array(inner) => {
            let arr = v.as_array().ok_or_else(fail)?;
            let mut out = Vec::with_capacity(arr.len());
            for (i, item) in arr.iter().enumerate() {
                out.push(convert(inner, false, item, &format!("{path}[{i}]"))?);
            }
            Ok(Value::Array(out))
        }
        Ty::Object(dto) => Ok(Value::Object(convert_object(dto, v, path)?)),
        Ty::Any => Ok(v.clone()),
    }
}

/// Converts a JSON object to the DTO's known properties (canonical names; unknown and
/// read-only properties dropped).
pub(crate) fn convert_object(
    dto: &Dto,
    v: &Value,
    path: &str,
) -> Result<Map<String, Value>, ConvError> {
    let obj = v.as_object().ok_or_else(|| ConvError {
        path: path.to_string(),
        clr: format!("Dastra.Models.{}", dto.name),
        value: v.clone(),
    })?;
    let mut out = Map::new();
    for (key, value) in obj {
        let Some(field) = dto.field(key) else {
            continue;
        };
        if field.read_only {
            continue;
        }
        let converted = convert(&field.ty, field.nullable, value, &format!("{path}.{key}"))?;
        out.insert(field.name.to_string(), converted);
    }
    Ok(out)
}

/// Runs the validation attributes over a converted object; errors are keyed
/// `prefix + PascalName` (`Title`, `Tags[0].Label`).
pub(crate) fn validate(dto: &Dto, obj: &Map<String, Value>, prefix: &str, errors: &mut Errors) {
    for field in dto.fields {
        validate_field(field, obj.get(field.name), prefix, errors);
    }
}

fn validate_field(field: &Field, v: Option<&Value>, prefix: &str, errors: &mut Errors) {
    let name = pascal(field.name);
    let key = format!("{prefix}{name}");
    let missing = match v {
        None | Some(Value::Null) => true,
        Some(Value::String(s)) => s.trim().is_empty(),
        _ => false,
    };
    if missing {
        if field.required {
            push_err(errors, key, format!("The {name} field is required."));
        }
        return;
    }
    let Some(v) = v else { return };
    match (&field.ty, v) {
        (Ty::Str(Some(max)), Value::String(s)) if utf16_len(s) > *max => push_err(
            errors,
            key,
            format!(
                "The field {name} must be a string or array type with a maximum length of '{max}'."
            ),
        ),
        (Ty::Array(inner), Value::Array(items)) => {
            if field.non_empty && items.is_empty() {
                push_err(
                    errors,
                    key.clone(),
                    format!(
                        "The field {name} must be a string or array type with a minimum length of '1'."
                    ),
                );
            }
            if let Ty::Object(dto) = inner {
                for (i, item) in items.iter().enumerate() {
                    if let Value::Object(o) = item {
                        validate(dto, o, &format!("{key}[{i}]."), errors);
                    }
                }
            }
        }
        (Ty::Object(dto), Value::Object(o)) => validate(dto, o, &format!("{key}."), errors),
        _ => {}
    }
}

/// The error body for a conversion failure of a request body.
pub(crate) fn conversion_errors(e: &ConvError) -> Errors {
    let mut errors = Errors::new();
    push_err(
        &mut errors,
        e.path.clone(),
        format!(
            "The JSON value could not be converted to {}. Path: {} | LineNumber: 0 | BytePositionInLine: 0.",
            e.clr, e.path
        ),
    );
    push_err(
        &mut errors,
        BODY_PARAM,
        format!("The {BODY_PARAM} field is required."),
    );
    errors
}

/// Binds and validates a request body against `dto`: the writable properties present in the
/// body, or the 400 `ValidationProblemDetails` response.
pub(crate) fn bind(dto: &Dto, body: &Value) -> Result<Map<String, Value>, Response> {
    if body.is_null() {
        let mut errors = Errors::new();
        push_err(
            &mut errors,
            BODY_PARAM,
            format!("The {BODY_PARAM} field is required."),
        );
        return Err(validation_problem(&errors));
    }
    let obj =
        convert_object(dto, body, "$").map_err(|e| validation_problem(&conversion_errors(&e)))?;
    let mut errors = Errors::new();
    validate(dto, &obj, "", &mut errors);
    if errors.is_empty() {
        Ok(obj)
    } else {
        Err(validation_problem(&errors))
    }
}

/// The value a property has when the body does not set it (the C# default).
pub(crate) fn default_value(field: &Field) -> Value {
    if field.nullable {
        return Value::Null;
    }
    match field.ty {
        Ty::I32 | Ty::I64 => Value::from(0),
        Ty::Bool => Value::Bool(false),
        Ty::DateTime => Value::String("0001-01-01T00:00:00".into()),
        Ty::Uuid => Value::String(uuid::Uuid::nil().hyphenated().to_string()),
        Ty::Enum(e) => Value::String(e.values[0].to_string()),
        Ty::Str(_) | Ty::Array(_) | Ty::Object(_) | Ty::Any => Value::Null,
    }
}

/// Every property of `fields`, from `obj` when present, else its default (C# serialises
/// every property, nulls included).
pub(crate) fn materialize(fields: &[Field], obj: &Map<String, Value>) -> Map<String, Value> {
    let mut out = Map::new();
    for field in fields {
        let v = match obj.get(field.name) {
            Some(v) => materialize_value(&field.ty, v),
            None => default_value(field),
        };
        out.insert(field.name.to_string(), v);
    }
    out
}

fn materialize_value(ty: &Ty, v: &Value) -> Value {
    match (ty, v) {
        (Ty::Object(dto), Value::Object(o)) => Value::Object(materialize(dto.fields, o)),
        (Ty::Array(inner), Value::Array(items)) => {
            Value::Array(items.iter().map(|i| materialize_value(inner, i)).collect())
        }
        _ => v.clone(),
    }
}
