//! Openings for machines: an Atom feed of published openings at `/vacatures/feed.atom`, a
//! JSON API at `/api/v1/openings[/{id}]` with the board's filters, and its OpenAPI 3
//! document at `/api/v1/openapi.json`, built from the same parameter table the handler
//! reads, so the two cannot drift apart.

use app::board::ssr::{opening_in, search_in};
use app::board::PublicOpening;
use app::domain::board::{BoardQuery, MAX_PAGE_SIZE};
use app::domain::dates::rfc3339;
use app::error::AppError;
use app::state::AppState;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Json;
use serde::Serialize;
use serde_json::json;

/// This module's routes; the web router serves exactly these, and the access-matrix test
/// reads them too, so a new route cannot go untested.
pub(super) fn routes() -> super::Routes {
    vec![
        ("/vacatures/feed.atom", get(atom_feed)),
        ("/api/v1/openings", get(list)),
        ("/api/v1/openings/{id}", get(one)),
        ("/api/v1/openapi.json", get(openapi)),
    ]
}

/// The query parameters of `GET /api/v1/openings`: name, JSON schema, description.
pub const LIST_PARAMETERS: &[(&str, &str, &str)] = &[
    ("q", "string", "Full-text search in title, description and municipality."),
    ("kind", "string", "job | traineeship | learning_place | trial | volunteer"),
    ("sector", "string", "care | hospitality | construction | transport | logistics | retail | cleaning | technology | government | greenery"),
    ("municipality", "string", "Exact municipality name (case-insensitive)."),
    ("hours", "integer", "Hours a week the reader can work: openings asking at most this many (1–40)."),
    ("group", "string", "Open to this target group: long_term | over_50 | status_holder | young | work_limitation"),
    ("sort", "string", "newest (default) | closing"),
    ("page", "integer", "Page number, from 1."),
    ("per_page", "integer", "Results per page, 1–100 (default 20)."),
];

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

fn api_opening(o: PublicOpening, base: &str) -> ApiOpening {
    let c = o.content;
    let support = [
        (c.support_job_coach, "job_coach"),
        (c.support_training, "training"),
        (c.support_adapted_hours, "adapted_hours"),
    ]
    .into_iter()
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
        cors(),
        Json(json!({ "error": { "code": code, "message": message } })),
    )
        .into_response()
}

fn from_app_error(e: AppError) -> Response {
    match e {
        AppError::NotFound => api_error(
            StatusCode::NOT_FOUND,
            "not_found",
            "No published opening has this id.",
        ),
        AppError::Gone => api_error(StatusCode::GONE, "gone", "This opening is no longer open."),
        _ => api_error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "Something went wrong; try again later.",
        ),
    }
}

fn cors() -> [(header::HeaderName, &'static str); 2] {
    [
        (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
        (header::CACHE_CONTROL, "public, max-age=60"),
    ]
}

/// Numbers the API is strict about (the board is lenient, a program should hear about
/// it): the message for the first bad one.
fn bad_number(q: &BoardQuery) -> Option<String> {
    let checks: [(&str, &Option<String>, std::ops::RangeInclusive<i64>); 3] = [
        ("page", &q.page, 1..=1_000_000),
        ("per_page", &q.per_page, 1..=MAX_PAGE_SIZE),
        ("hours", &q.hours, 1..=40),
    ];
    checks.into_iter().find_map(|(name, value, range)| {
        let text = value.as_deref().map(str::trim).filter(|s| !s.is_empty())?;
        (!text.parse::<i64>().is_ok_and(|n| range.contains(&n))).then(|| {
            format!(
                "{name} must be a whole number from {} to {}",
                range.start(),
                range.end()
            )
        })
    })
}

async fn list(
    State(state): State<AppState>,
    query: Result<Query<BoardQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let Ok(Query(query)) = query else {
        return api_error(
            StatusCode::BAD_REQUEST,
            "bad_query",
            "The query string could not be read.",
        );
    };
    if let Some(message) = bad_number(&query) {
        return api_error(StatusCode::BAD_REQUEST, "bad_parameter", &message);
    }
    match search_in(&state.db, &query).await {
        Ok(r) => (
            cors(),
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
    let Ok(id) = id.parse::<i64>() else {
        return api_error(
            StatusCode::NOT_FOUND,
            "not_found",
            "No published opening has this id.",
        );
    };
    match opening_in(&state.db, id).await {
        Ok(o) => (cors(), Json(json!(api_opening(o, &state.public_url)))).into_response(),
        Err(e) => from_app_error(e),
    }
}

/// The OpenAPI 3 document of this API.
pub fn openapi_document(base: &str) -> serde_json::Value {
    let parameters: Vec<serde_json::Value> = LIST_PARAMETERS
        .iter()
        .map(|(name, kind, description)| {
            json!({ "name": name, "in": "query", "required": false, "description": description, "schema": { "type": kind } })
        })
        .collect();
    let error = json!({ "$ref": "#/components/schemas/Error" });
    let string = json!({ "type": "string" });
    let nullable_string = json!({ "type": "string", "nullable": true });
    let integer = json!({ "type": "integer" });
    let boolean = json!({ "type": "boolean" });
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": "Opstap openings API",
            "version": "1",
            "description": "Published openings of the employer service desk: jobs, traineeships, learning places, trial placements and volunteer work."
        },
        "servers": [{ "url": format!("{base}/api/v1") }],
        "paths": {
            "/openings": {
                "get": {
                    "summary": "Search published openings",
                    "parameters": parameters,
                    "responses": {
                        "200": { "description": "A page of openings", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/OpeningPage" } } } },
                        "400": { "description": "A parameter is out of range", "content": { "application/json": { "schema": error } } }
                    }
                }
            },
            "/openings/{id}": {
                "get": {
                    "summary": "One published opening",
                    "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "integer" } }],
                    "responses": {
                        "200": { "description": "The opening", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Opening" } } } },
                        "404": { "description": "No published opening has this id", "content": { "application/json": { "schema": error } } },
                        "410": { "description": "The opening is no longer open", "content": { "application/json": { "schema": error } } }
                    }
                }
            }
        },
        "components": {
            "schemas": {
                "Opening": {
                    "type": "object",
                    "properties": {
                        "id": integer, "url": string, "title": string, "kind": string, "employer": string,
                        "description": string, "sector": string, "municipality": string, "postcode": string,
                        "hours_min": integer, "hours_max": integer, "positions": integer,
                        "start_date": nullable_string, "closing_date": nullable_string, "contract_type": string,
                        "salary_min": { "type": "integer", "nullable": true }, "salary_max": { "type": "integer", "nullable": true },
                        "diploma_required": boolean, "dutch_level": string, "driving_licence": boolean,
                        "support": { "type": "array", "items": string },
                        "target_groups": { "type": "array", "items": string },
                        "wage_subsidy": boolean, "published": string
                    }
                },
                "OpeningPage": {
                    "type": "object",
                    "required": ["items", "total", "page", "per_page"],
                    "properties": {
                        "items": { "type": "array", "items": { "$ref": "#/components/schemas/Opening" } },
                        "total": integer, "page": integer, "per_page": integer
                    }
                },
                "Error": {
                    "type": "object",
                    "properties": { "error": { "type": "object", "properties": { "code": string, "message": string } } }
                }
            }
        }
    })
}

async fn openapi(State(state): State<AppState>) -> Response {
    (cors(), Json(openapi_document(&state.public_url))).into_response()
}

/// Text safe inside XML.
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\r' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}

async fn atom_feed(State(state): State<AppState>) -> Response {
    let query = BoardQuery {
        per_page: Some("50".into()),
        ..BoardQuery::default()
    };
    let results = match search_in(&state.db, &query).await {
        Ok(r) => r,
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    let base = &state.public_url;
    // The feed changed when its newest entry did (an edit counts, not only publishing).
    let updated = results
        .items
        .iter()
        .map(|o| o.updated_at.max(o.published_at))
        .max()
        .map(rfc3339)
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".into());
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"nl\">\n\
         <id>{base}/vacatures</id>\n<title>Opstap – vacatures en leerwerkplekken</title>\n<updated>{updated}</updated>\n\
         <link rel=\"self\" type=\"application/atom+xml\" href=\"{base}/vacatures/feed.atom\"/>\n\
         <link rel=\"alternate\" type=\"text/html\" href=\"{base}/vacatures\"/>\n<author><name>Opstap</name></author>\n"
    );
    for o in results.items {
        let url = format!("{base}/vacatures/{}", o.id);
        let summary: String = o.content.description.chars().take(400).collect();
        xml.push_str(&format!(
            "<entry>\n<id>{url}</id>\n<title>{}</title>\n<updated>{}</updated>\n<published>{}</published>\n\
             <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n<author><name>{}</name></author>\n\
             <category term=\"{}\"/>\n<summary type=\"text\">{}</summary>\n</entry>\n",
            xml_escape(&o.content.title),
            rfc3339(o.updated_at.max(o.published_at)),
            rfc3339(o.published_at),
            xml_escape(&o.employer),
            o.content.kind.as_str(),
            xml_escape(&format!("{} – {}", o.content.municipality, summary)),
        ));
    }
    xml.push_str("</feed>\n");
    (
        [
            (header::CONTENT_TYPE, "application/atom+xml; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        xml,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_is_escaped() {
        assert_eq!(
            xml_escape("a < b & \"c\"\u{1}"),
            "a &lt; b &amp; &quot;c&quot;"
        );
    }

    /// Every search field the board understands is documented, and nothing more.
    #[test]
    fn the_openapi_document_lists_every_filter() {
        let fields = serde_json::to_value(BoardQuery::default()).unwrap();
        let mut names: Vec<&str> = fields
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        names.sort();
        let mut documented: Vec<&str> = LIST_PARAMETERS.iter().map(|p| p.0).collect();
        documented.sort();
        assert_eq!(names, documented);
        let doc = openapi_document("https://o.example");
        assert_eq!(doc["openapi"], "3.0.3");
        assert_eq!(
            doc["paths"]["/openings"]["get"]["parameters"]
                .as_array()
                .unwrap()
                .len(),
            LIST_PARAMETERS.len()
        );
    }
}
