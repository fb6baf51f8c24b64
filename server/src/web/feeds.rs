//! The Atom feed of published openings at `/vacatures/feed.atom` (the JSON API is in
//! `api`).

use app::board::ssr::search_in;
use app::domain::board::BoardQuery;
use app::domain::dates::rfc3339;
use app::domain::text::escape_markup;
use app::state::AppState;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

/// This module's routes; the web router serves exactly these, and the access-matrix test
/// reads them too, so a new route cannot go untested.
pub(super) fn routes() -> super::Routes {
    vec![("/vacatures/feed.atom", get(atom_feed))]
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
            escape_markup(&o.content.title),
            rfc3339(o.updated_at.max(o.published_at)),
            rfc3339(o.published_at),
            escape_markup(&o.employer),
            o.content.kind.as_str(),
            escape_markup(&format!("{} – {}", o.content.municipality, summary)),
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
