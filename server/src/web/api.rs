//! The JSON API for machines: `/api/v1/openings[/{id}]` with the board's filters, and its
//! OpenAPI 3 document at `/api/v1/openapi.json`.
//!
//! The document and the handler read the same table ([`parameters`]): a parameter's
//! bounds, its allowed values (taken from the vocabularies the portal stores: kinds,
//! sectors, target groups) and its length are checked exactly as documented, and every
//! status the API can answer is listed. Unlike the board, which drops what it does not
//! understand so a shared link keeps working, the API refuses it with `400`: a program
//! should hear that it asked for something that does not exist, and a parameter the
//! document does not name (or one given twice) is refused too. Other methods than `GET`
//! (and `HEAD`) answer `405`. `./dev test` runs schemathesis against the running portal to
//! hold the two together (`contract_test` in `dev`).

use app::board::ssr::{opening_in, search_in};
use app::board::PublicOpening;
use app::domain::board::{BoardQuery, MAX_PAGE_SIZE};
use app::domain::kinds::{ContractType, DutchLevel, OpeningKind, Sector, TargetGroup};
use app::error::AppError;
use app::state::AppState;
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Json;
use serde::Serialize;
use serde_json::{json, Value};

/// This module's routes; the web router serves exactly these, and the access-matrix test
/// reads them too, so a new route cannot go untested.
pub(super) fn routes() -> super::Routes {
    vec![
        ("/api/v1/openings", get(list)),
        ("/api/v1/openings/{id}", get(one)),
        ("/api/v1/openapi.json", get(openapi)),
    ]
}

/// What a query parameter may hold.
pub enum Allowed {
    /// Free text of at most this many characters.
    Text(usize),
    /// One of these codes.
    Choice(Vec<&'static str>),
    /// A whole number in this range.
    Number(i64, i64),
}

pub struct Parameter {
    pub name: &'static str,
    pub allowed: Allowed,
    pub description: &'static str,
}

fn codes<T: Copy>(all: &[T], code: fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|v| code(*v)).collect()
}

/// The query parameters of `GET /api/v1/openings`.
pub fn parameters() -> Vec<Parameter> {
    let p = |name, allowed, description| Parameter {
        name,
        allowed,
        description,
    };
    vec![
        p(
            "q",
            Allowed::Text(200),
            "Full-text search in title, description and municipality.",
        ),
        p(
            "kind",
            Allowed::Choice(codes(OpeningKind::ALL, OpeningKind::as_str)),
            "The kind of opening.",
        ),
        p(
            "sector",
            Allowed::Choice(codes(Sector::ALL, Sector::as_str)),
            "The sector.",
        ),
        p(
            "municipality",
            Allowed::Text(100),
            "Exact municipality name (case-insensitive).",
        ),
        p(
            "hours",
            Allowed::Number(1, 40),
            "Hours a week the reader can work: openings asking at most this many.",
        ),
        p(
            "group",
            Allowed::Choice(codes(TargetGroup::ALL, TargetGroup::as_str)),
            "Open to this target group.",
        ),
        p(
            "sort",
            Allowed::Choice(vec!["newest", "closing"]),
            "newest (default) or closing (soonest closing date first).",
        ),
        p(
            "page",
            Allowed::Number(1, 1_000_000),
            "Page number, from 1.",
        ),
        p(
            "per_page",
            Allowed::Number(1, MAX_PAGE_SIZE),
            "Results per page (default 20).",
        ),
    ]
}

fn parameter_schema(allowed: &Allowed) -> Value {
    match allowed {
        Allowed::Text(max) => json!({ "type": "string", "maxLength": max }),
        Allowed::Choice(values) => json!({ "type": "string", "enum": values }),
        Allowed::Number(min, max) => json!({ "type": "integer", "minimum": min, "maximum": max }),
    }
}

/// The query string checked against [`parameters`]: the board's query, or what is wrong.
pub fn read_query(raw: Option<&str>) -> Result<BoardQuery, String> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(raw.unwrap_or(""))
        .map_err(|_| "the query string could not be read".to_string())?;
    let table = parameters();
    let mut query = BoardQuery::default();
    let mut seen: Vec<&str> = Vec::new();
    for (name, value) in &pairs {
        let Some(param) = table.iter().find(|p| p.name == name) else {
            return Err(format!("unknown parameter {name:?}"));
        };
        if seen.contains(&param.name) {
            return Err(format!("{name} is given more than once"));
        }
        seen.push(param.name);
        match &param.allowed {
            Allowed::Text(max) if value.chars().count() > *max => {
                return Err(format!("{name} may be at most {max} characters"));
            }
            Allowed::Text(_) => {}
            Allowed::Choice(values) if !values.contains(&value.as_str()) => {
                return Err(format!("{name} must be one of {}", values.join(", ")));
            }
            Allowed::Choice(_) => {}
            Allowed::Number(min, max) => {
                if !value
                    .parse::<i64>()
                    .is_ok_and(|n| (*min..=*max).contains(&n))
                {
                    return Err(format!("{name} must be a whole number from {min} to {max}"));
                }
            }
        }
        let slot = match param.name {
            "q" => &mut query.q,
            "kind" => &mut query.kind,
            "sector" => &mut query.sector,
            "municipality" => &mut query.municipality,
            "hours" => &mut query.hours,
            "group" => &mut query.group,
            "sort" => &mut query.sort,
            "page" => &mut query.page,
            _ => &mut query.per_page,
        };
        *slot = Some(value.clone());
    }
    Ok(query)
}

/// An opening in the API.
#[derive(Serialize)]
pub struct ApiOpening {
    pub id: i64,
    pub url: String,
    pub title: String,
    pub kind: &'static str,
    pub employer: String,
    pub description: String,
    pub sector: &'static str,
    pub municipality: String,
    pub postcode: String,
    pub hours_min: i64,
    pub hours_max: i64,
    pub positions: i64,
    pub start_date: Option<String>,
    pub closing_date: Option<String>,
    pub contract_type: &'static str,
    pub salary_min: Option<i64>,
    pub salary_max: Option<i64>,
    pub diploma_required: bool,
    pub dutch_level: &'static str,
    pub driving_licence: bool,
    pub support: Vec<&'static str>,
    pub target_groups: Vec<&'static str>,
    pub wage_subsidy: bool,
    pub published: String,
}

/// The support an opening can offer, as the API names it.
const SUPPORT: [&str; 3] = ["job_coach", "training", "adapted_hours"];

fn api_opening(o: PublicOpening, base: &str) -> ApiOpening {
    let c = o.content;
    let support = [
        c.support_job_coach,
        c.support_training,
        c.support_adapted_hours,
    ]
    .into_iter()
    .zip(SUPPORT)
    .filter(|(on, _)| *on)
    .map(|(_, s)| s)
    .collect();
    ApiOpening {
        id: o.id,
        url: format!("{base}/vacatures/{}", o.id),
        title: c.title,
        kind: c.kind.as_str(),
        employer: o.employer,
        description: c.description,
        sector: c.sector.as_str(),
        municipality: c.municipality,
        postcode: c.postcode,
        hours_min: c.hours_min,
        hours_max: c.hours_max,
        positions: c.positions,
        start_date: c.start_date,
        closing_date: c.closing_date,
        contract_type: c.contract_type.as_str(),
        salary_min: c.salary.map(|s| s.0),
        salary_max: c.salary.map(|s| s.1),
        diploma_required: c.diploma_required,
        dutch_level: c.dutch_level.as_str(),
        driving_licence: c.driving_licence,
        support,
        target_groups: c.target_groups.iter().map(|g| g.as_str()).collect(),
        wage_subsidy: c.wage_subsidy,
        published: o.published,
    }
}

/// An API error: an HTTP status and `{"error": {"code", "message"}}`.
fn api_error(status: StatusCode, code: &str, message: &str) -> Response {
    (
        status,
        headers(),
        Json(json!({ "error": { "code": code, "message": message } })),
    )
        .into_response()
}

fn from_app_error(e: AppError) -> Response {
    match e {
        AppError::NotFound => not_found(),
        AppError::Gone => api_error(StatusCode::GONE, "gone", "This opening is no longer open."),
        _ => api_error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "Something went wrong; try again later.",
        ),
    }
}

fn not_found() -> Response {
    api_error(
        StatusCode::NOT_FOUND,
        "not_found",
        "No published opening has this id.",
    )
}

fn headers() -> [(header::HeaderName, &'static str); 2] {
    [
        (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
        (header::CACHE_CONTROL, "public, max-age=60"),
    ]
}

async fn list(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    let query = match read_query(raw.as_deref()) {
        Ok(query) => query,
        Err(message) => return api_error(StatusCode::BAD_REQUEST, "bad_parameter", &message),
    };
    match search_in(&state.db, &query).await {
        Ok(r) => (
            headers(),
            Json(json!({
                "items": r.items.into_iter().map(|o| api_opening(o, &state.public_url)).collect::<Vec<_>>(),
                "total": r.total,
                "page": r.page,
                "per_page": r.per_page,
            })),
        )
            .into_response(),
        Err(e) => from_app_error(e),
    }
}

async fn one(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    match id.parse::<i64>() {
        Ok(id) if id >= 1 => match opening_in(&state.db, app::domain::ids::OpeningId(id)).await {
            Ok(o) => (headers(), Json(json!(api_opening(o, &state.public_url)))).into_response(),
            Err(e) => from_app_error(e),
        },
        _ => not_found(),
    }
}

/// The OpenAPI 3 document of this API.
pub fn openapi_document(base: &str) -> Value {
    let parameters: Vec<Value> = parameters()
        .iter()
        .map(|p| {
            json!({
                "name": p.name, "in": "query", "required": false,
                "description": p.description, "schema": parameter_schema(&p.allowed),
            })
        })
        .collect();
    let error_response = |description: &str| json!({ "description": description, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } });
    let string = json!({ "type": "string" });
    let date = json!({ "type": "string", "format": "date" });
    let nullable_date = json!({ "type": "string", "format": "date", "nullable": true });
    let nullable_integer = json!({ "type": "integer", "nullable": true });
    let boolean = json!({ "type": "boolean" });
    let choice = |values: Vec<&'static str>| json!({ "type": "string", "enum": values });
    let opening_properties = json!({
        "id": { "type": "integer", "minimum": 1 },
        "url": { "type": "string", "format": "uri" },
        "title": string, "kind": choice(codes(OpeningKind::ALL, OpeningKind::as_str)),
        "employer": string, "description": string,
        "sector": choice(codes(Sector::ALL, Sector::as_str)),
        "municipality": string, "postcode": string,
        "hours_min": { "type": "integer", "minimum": 1, "maximum": 40 },
        "hours_max": { "type": "integer", "minimum": 1, "maximum": 40 },
        "positions": { "type": "integer", "minimum": 1 },
        "start_date": nullable_date, "closing_date": nullable_date,
        "contract_type": choice(codes(ContractType::ALL, ContractType::as_str)),
        "salary_min": nullable_integer, "salary_max": nullable_integer,
        "diploma_required": boolean,
        "dutch_level": choice(codes(DutchLevel::ALL, DutchLevel::as_str)),
        "driving_licence": boolean,
        "support": { "type": "array", "items": choice(SUPPORT.to_vec()) },
        "target_groups": { "type": "array", "items": choice(codes(TargetGroup::ALL, TargetGroup::as_str)) },
        "wage_subsidy": boolean, "published": date
    });
    let required: Vec<&String> = opening_properties
        .as_object()
        .map(|o| o.keys().collect())
        .unwrap_or_default();
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": "Opstap openings API",
            "version": "1",
            "description": "Published openings of the employer service desk: jobs, traineeships, learning places, trial placements and volunteer work. Read-only: every path answers GET (and HEAD); other methods get 405."
        },
        "servers": [{ "url": format!("{base}/api/v1") }],
        "paths": {
            "/openings": {
                "get": {
                    "summary": "Search published openings",
                    "parameters": parameters,
                    "responses": {
                        "200": { "description": "A page of openings", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/OpeningPage" } } } },
                        "400": error_response("A parameter is unknown, given twice, or not one the document allows")
                    }
                }
            },
            "/openings/{id}": {
                "get": {
                    "summary": "One published opening",
                    "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "integer", "minimum": 1 } }],
                    "responses": {
                        "200": { "description": "The opening", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Opening" } } } },
                        "404": error_response("No published opening has this id"),
                        "410": error_response("The opening was published but is no longer open (filled, closed or past its closing date)")
                    }
                }
            },
            "/openapi.json": {
                "get": {
                    "summary": "This document",
                    "responses": { "200": { "description": "The OpenAPI document", "content": { "application/json": { "schema": { "type": "object" } } } } }
                }
            }
        },
        "components": {
            "schemas": {
                "Opening": {
                    "type": "object",
                    "required": required,
                    "additionalProperties": false,
                    "properties": opening_properties
                },
                "OpeningPage": {
                    "type": "object",
                    "required": ["items", "total", "page", "per_page"],
                    "additionalProperties": false,
                    "properties": {
                        "items": { "type": "array", "items": { "$ref": "#/components/schemas/Opening" } },
                        "total": { "type": "integer", "minimum": 0 },
                        "page": { "type": "integer", "minimum": 1 },
                        "per_page": { "type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE }
                    }
                },
                "Error": {
                    "type": "object",
                    "required": ["error"],
                    "properties": {
                        "error": {
                            "type": "object",
                            "required": ["code", "message"],
                            "properties": {
                                "code": choice(vec!["bad_parameter", "not_found", "gone", "internal"]),
                                "message": string
                            }
                        }
                    }
                }
            }
        }
    })
}

async fn openapi(State(state): State<AppState>) -> Response {
    (headers(), Json(openapi_document(&state.public_url))).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_is_read_exactly_as_documented() {
        let ok = |q: &str| read_query(Some(q));
        assert!(ok("").is_ok());
        let q = ok("kind=learning_place&hours=24&page=2&q=zorg%20en%20welzijn").unwrap();
        assert_eq!(q.kind.as_deref(), Some("learning_place"));
        assert_eq!(q.q.as_deref(), Some("zorg en welzijn"));
        for bad in [
            "page=0",
            "page=-1",
            "page=1.5",
            "page=",
            "per_page=101",
            "hours=41",
            "kind=baan",
            "sort=oldest",
            "page=1&page=2",
            "a=1",
            "page[a]=1",
        ] {
            assert!(read_query(Some(bad)).is_err(), "{bad}");
        }
        assert!(read_query(Some(&format!("q={}", "x".repeat(201)))).is_err());
    }

    /// Every search field the board understands is documented, and nothing more.
    #[test]
    fn the_document_lists_every_filter() {
        let fields = serde_json::to_value(BoardQuery::default()).unwrap();
        let mut names: Vec<&str> = fields
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        names.sort();
        let table = parameters();
        let mut documented: Vec<&str> = table.iter().map(|p| p.name).collect();
        documented.sort();
        assert_eq!(names, documented);
        let doc = openapi_document("https://o.example");
        assert_eq!(doc["openapi"], "3.0.3");
        assert_eq!(
            doc["paths"]["/openings"]["get"]["parameters"]
                .as_array()
                .unwrap()
                .len(),
            table.len()
        );
    }

    #[test]
    fn the_document_lists_the_bounds_and_values_the_handler_checks() {
        let doc = openapi_document("http://x");
        let params = &doc["paths"]["/openings"]["get"]["parameters"];
        let page = params
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == "page")
            .unwrap();
        assert_eq!(page["schema"]["minimum"], 1);
        let kind = params
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == "kind")
            .unwrap();
        assert_eq!(
            kind["schema"]["enum"].as_array().unwrap().len(),
            OpeningKind::ALL.len()
        );
        assert!(doc["paths"]["/openings/{id}"]["get"]["responses"]["410"].is_object());
        let required = doc["components"]["schemas"]["Opening"]["required"]
            .as_array()
            .unwrap();
        assert!(required.iter().any(|r| r == "published"));
    }
}
