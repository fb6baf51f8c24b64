//! Who may use what: every route the portal has — pages, server functions, API, feeds,
//! downloads — tried by every role (and a visitor), on the demo region. Routes with an id
//! are tried with an id of the user's own record and with someone else's (an employer's
//! opening of another employer, another buddy's pairing, …), as someone changing the
//! number in the address bar or in a form would. A refused request must change nothing.
//!
//! The route list comes from the app itself, so a route added without a line in
//! [`MATRIX`] fails this test, and so does a line for a route that no longer exists.

use crate::common;

use app::auth::cookies::SESSION_COOKIE;
use app::auth::tokens::{random_token, sha256_hex};
use app::store::Db;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use std::collections::{BTreeMap, BTreeSet};

/// Who tries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Who {
    Visitor,
    Admin,
    Desk,
    Employer,
    Buddy,
}

const EVERYONE: [Who; 5] = [
    Who::Visitor,
    Who::Admin,
    Who::Desk,
    Who::Employer,
    Who::Buddy,
];

/// What a route's id (or other path part) stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Subject {
    None,
    Opening,
    Candidate,
    Proposal,
    Placement,
    Pairing,
    Flag,
    Registration,
    /// A password link's token (a made-up one: the token is the credential).
    Token,
    /// A CSV table of a report.
    Table,
    /// A language code.
    Lang,
    /// An upload of the caseload.
    Import,
    /// An intake campaign.
    Campaign,
    /// An invitation of a campaign.
    Invitation,
    /// An activity of a personal plan.
    Activity,
}

/// One line of the matrix: the route as the app names it, what its id stands for, and who
/// may use it. `may`: `public` (everyone, also visitors), `user` (anyone logged in), or
/// role names (`admin desk employer buddy`). `own` after `employer`/`buddy`: only for their
/// own record (someone else's id is refused). `link`: needs a valid single-use token
/// (refused for everyone without one).
struct Line {
    route: &'static str,
    subject: Subject,
    may: &'static str,
}

const fn line(route: &'static str, subject: Subject, may: &'static str) -> Line {
    Line {
        route,
        subject,
        may,
    }
}

use Subject as S;

const MATRIX: &[Line] = &[
    // Pages.
    line("/", S::None, "public"),
    line("/inloggen", S::None, "public"),
    line("/aanmelden", S::None, "public"),
    line("/aanmelden/bedankt", S::None, "public"),
    line("/vacatures", S::None, "public"),
    line("/vacatures/{id}", S::Opening, "public"),
    line("/zo-werkt-matchen", S::None, "public"),
    line("/wachtwoord/{token}", S::Token, "link"),
    line("/wachtwoord-vergeten", S::None, "public"),
    line("/account", S::None, "user"),
    line("/beheer", S::None, "admin"),
    line("/beheer/instellingen", S::None, "admin"),
    line("/beheer/audit", S::None, "admin"),
    line("/balie", S::None, "desk admin"),
    line("/balie/aanmeldingen", S::None, "desk admin"),
    line("/balie/aanmeldingen/{id}", S::Registration, "desk admin"),
    line("/balie/werkgevers/nieuw", S::None, "desk admin"),
    line("/balie/vacatures", S::None, "desk admin"),
    line("/balie/vacatures/nieuw", S::None, "desk admin"),
    line("/balie/vacatures/{id}", S::Opening, "desk admin"),
    line("/balie/vacatures/{id}/kandidaten", S::Opening, "desk admin"),
    line("/balie/vacatures/{id}/voordragen", S::Opening, "desk admin"),
    line("/balie/post", S::None, "desk admin"),
    line("/balie/kandidaten", S::None, "desk admin"),
    line("/balie/kandidaten/nieuw", S::None, "desk admin"),
    line("/balie/kandidaten/{id}", S::Candidate, "desk admin"),
    line(
        "/balie/kandidaten/{id}/bewerken",
        S::Candidate,
        "desk admin",
    ),
    line(
        "/balie/kandidaten/{id}/vacatures",
        S::Candidate,
        "desk admin",
    ),
    line("/balie/kandidaten/{id}/plan", S::Candidate, "desk admin"),
    line("/balie/kandidaten/{id}/inzage", S::Candidate, "desk admin"),
    line("/balie/kandidaten/{id}/wissen", S::Candidate, "admin"),
    line("/balie/voordrachten/{id}", S::Proposal, "desk admin"),
    line("/balie/werklijst", S::None, "desk admin"),
    line("/balie/plaatsingen", S::None, "desk admin"),
    line("/balie/plaatsingen/nieuw", S::None, "desk admin"),
    line("/balie/plaatsingen/{id}", S::Placement, "desk admin"),
    line(
        "/balie/plaatsingen/{id}/bewerken",
        S::Placement,
        "desk admin",
    ),
    line("/balie/signalen/{id}", S::Flag, "desk admin"),
    line("/balie/buddies", S::None, "desk admin"),
    line("/balie/rapportages", S::None, "desk admin"),
    line("/werkgever", S::None, "employer"),
    line("/werkgever/collega", S::None, "employer"),
    line("/werkgever/vacatures", S::None, "employer"),
    line("/werkgever/vacatures/nieuw", S::None, "employer"),
    line(
        "/werkgever/vacatures/{id}",
        S::Opening,
        "desk admin employer own",
    ),
    line(
        "/werkgever/vacatures/{id}/bewerken",
        S::Opening,
        "desk admin employer own",
    ),
    line(
        "/werkgever/voordrachten/{id}",
        S::Proposal,
        "desk admin employer own",
    ),
    line("/werkgever/resultaten", S::None, "employer"),
    line("/balie/intake", S::None, "desk admin"),
    line("/balie/intake/import", S::None, "desk admin"),
    line("/balie/intake/import/{id}", S::Import, "desk admin"),
    line("/balie/intake/klanten", S::None, "desk admin"),
    line("/balie/intake/campagnes/nieuw", S::None, "desk admin"),
    line("/balie/intake/campagnes/{id}", S::Campaign, "desk admin"),
    line(
        "/balie/intake/campagnes/{id}/brieven",
        S::Campaign,
        "desk admin",
    ),
    line(
        "/balie/intake/campagnes/{id}/wijzigen",
        S::Campaign,
        "desk admin",
    ),
    line(
        "/balie/intake/campagnes/{id}/deelnemers",
        S::Campaign,
        "desk admin",
    ),
    line(
        "/balie/intake/campagnes/{id}/deelnemers/{client}",
        S::Campaign,
        "desk admin",
    ),
    line(
        "/balie/intake/uitnodigingen/{id}",
        S::Invitation,
        "desk admin",
    ),
    line(
        "/balie/intake/uitnodigingen/{id}/brief",
        S::Invitation,
        "desk admin",
    ),
    line(
        "/balie/intake/uitnodigingen/{id}/intake",
        S::Invitation,
        "desk admin",
    ),
    line("/buddy", S::None, "buddy"),
    line("/buddy/koppelingen/{id}", S::Pairing, "buddy own"),
    // Plain handlers: system, feeds and API, downloads.
    line("/healthz", S::None, "public"),
    line("/readyz", S::None, "public"),
    line("/taal/{code}", S::Lang, "public"),
    line("/vacatures/feed.atom", S::None, "public"),
    line("/api/v1/openings", S::None, "public"),
    line("/api/v1/openings/{id}", S::Opening, "public"),
    line("/api/v1/openapi.json", S::None, "public"),
    line("/balie/rapportages/csv/{table}", S::Table, "desk admin"),
    line("/werkgever/resultaten/csv/{table}", S::Table, "employer"),
    line(
        "/balie/kandidaten/{id}/inzage.json",
        S::Candidate,
        "desk admin",
    ),
    // A multipart form (see `MULTIPART`).
    line("/balie/intake/inlezen", S::None, "desk admin"),
    line(
        "/balie/intake/campagnes/{id}/csv/{table}",
        S::Campaign,
        "desk admin",
    ),
    // Server functions: reading.
    line("/api/current_user", S::None, "public"),
    line("/api/my_account", S::None, "user"),
    line("/api/password_link", S::Token, "link"),
    line("/api/search_board", S::None, "public"),
    line("/api/public_opening", S::Opening, "public"),
    line("/api/admin_overview", S::None, "admin"),
    line("/api/settings", S::None, "admin"),
    line("/api/audit_log", S::None, "admin"),
    line("/api/desk_overview", S::None, "desk admin"),
    line("/api/pending_employers", S::None, "desk admin"),
    line("/api/employer_review", S::Registration, "desk admin"),
    line("/api/account_managers", S::None, "desk admin"),
    line("/api/active_employers", S::None, "desk admin"),
    line("/api/openings_to_review", S::None, "desk admin"),
    line("/api/search_candidates", S::None, "desk admin"),
    line("/api/intake_overview", S::None, "desk admin"),
    line("/api/caseload_imports", S::None, "desk admin"),
    line("/api/caseload_import", S::Import, "desk admin"),
    line("/api/caseload_clients", S::None, "desk admin"),
    line("/api/campaign_form", S::None, "desk admin"),
    line("/api/campaign", S::Campaign, "desk admin"),
    line("/api/invitation", S::Invitation, "desk admin"),
    line("/api/intake_form", S::Invitation, "desk admin"),
    line("/api/intake_work", S::None, "desk admin"),
    line("/api/wave_letters", S::Campaign, "desk admin"),
    line("/api/campaign_change_form", S::Campaign, "desk admin"),
    line("/api/campaign_members", S::Campaign, "desk admin"),
    line("/api/campaign_member", S::Campaign, "desk admin"),
    line("/api/candidate", S::Candidate, "desk admin"),
    line("/api/candidate_form", S::Candidate, "desk admin"),
    line("/api/candidate_matches", S::Candidate, "desk admin"),
    line("/api/plan", S::Candidate, "desk admin"),
    line("/api/subject_access", S::Candidate, "desk admin"),
    line("/api/erasure_subject", S::Candidate, "admin"),
    line("/api/opening_matches", S::Opening, "desk admin"),
    line("/api/propose_form", S::Opening, "desk admin"),
    line("/api/work_list", S::None, "desk admin"),
    line("/api/outbox", S::None, "desk admin"),
    line("/api/buddies", S::None, "desk admin"),
    line("/api/placements", S::None, "desk admin"),
    line("/api/placement", S::Placement, "desk admin"),
    line("/api/new_placement", S::Candidate, "desk admin"),
    line("/api/edit_placement_form", S::Placement, "desk admin"),
    line("/api/flag", S::Flag, "desk admin"),
    line("/api/region_report", S::None, "desk admin"),
    line("/api/employer_overview", S::None, "employer"),
    line("/api/colleagues", S::None, "employer"),
    line("/api/my_openings", S::None, "employer"),
    line("/api/may_post_opening", S::None, "employer"),
    line("/api/employer_results", S::None, "employer"),
    line("/api/opening", S::Opening, "desk admin employer own"),
    line(
        "/api/opening_proposals",
        S::Opening,
        "desk admin employer own",
    ),
    line("/api/proposal", S::Proposal, "desk admin employer own"),
    line("/api/buddy_overview", S::None, "buddy"),
    line("/api/pairing", S::Pairing, "buddy own"),
    // Server functions: changing.
    line("/api/login", S::None, "public"),
    line("/api/logout", S::None, "public"),
    line("/api/logout_everywhere", S::None, "user"),
    line("/api/request_password_reset", S::None, "public"),
    line("/api/set_password", S::Token, "link"),
    line("/api/register_employer", S::None, "public"),
    line("/api/save_settings", S::None, "admin"),
    line("/api/approve_employer", S::Registration, "desk admin"),
    line("/api/decline_employer", S::Registration, "desk admin"),
    line("/api/create_employer", S::None, "desk admin"),
    line("/api/save_candidate", S::Candidate, "desk admin"),
    line("/api/store_caseload_import", S::Import, "desk admin"),
    line("/api/discard_caseload_import", S::Import, "desk admin"),
    line("/api/create_campaign", S::None, "desk admin"),
    line("/api/plan_wave", S::Campaign, "desk admin"),
    line("/api/close_campaign", S::Campaign, "desk admin"),
    line("/api/change_campaign", S::Campaign, "desk admin"),
    line("/api/exempt_member", S::Campaign, "desk admin"),
    line("/api/restore_member", S::Campaign, "desk admin"),
    line("/api/mark_leavers", S::Import, "desk admin"),
    line("/api/record_outcome", S::Invitation, "desk admin"),
    line("/api/new_appointment", S::Invitation, "desk admin"),
    line("/api/record_attempt", S::Invitation, "desk admin"),
    line("/api/save_intake", S::Invitation, "desk admin"),
    line("/api/record_ladder", S::Candidate, "desk admin"),
    line("/api/change_consent", S::Candidate, "desk admin"),
    line("/api/add_activity", S::Candidate, "desk admin"),
    line("/api/change_activity", S::Activity, "desk admin"),
    line("/api/save_plan_version", S::Candidate, "desk admin"),
    line("/api/erase_candidate", S::Candidate, "admin"),
    line("/api/propose", S::Opening, "desk admin"),
    line("/api/invite_buddy", S::None, "desk admin"),
    line("/api/pair_buddy", S::Placement, "desk admin"),
    line("/api/record_placement", S::Candidate, "desk admin"),
    line("/api/edit_placement", S::Placement, "desk admin"),
    line("/api/placement_outcome", S::Placement, "desk admin"),
    line("/api/confirm_checkpoint", S::Placement, "desk admin"),
    line("/api/handle_flag", S::Flag, "desk admin"),
    line("/api/invite_colleague", S::None, "employer"),
    line("/api/save_opening", S::Opening, "desk admin employer own"),
    line("/api/change_opening", S::Opening, "desk admin employer own"),
    line("/api/duplicate_opening", S::Opening, "employer own"),
    line(
        "/api/change_proposal",
        S::Proposal,
        "desk admin employer own",
    ),
    line("/api/log_checkin", S::Pairing, "buddy own"),
];

/// The records the tries use: for each subject, one of the employer's or buddy's own and
/// one of someone else's.
struct Region {
    own: BTreeMap<&'static str, i64>,
    other: BTreeMap<&'static str, i64>,
    users: BTreeMap<Who, i64>,
}

async fn scalar(db: &Db, sql: &str, bind: i64) -> i64 {
    sqlx::query_scalar(sql)
        .bind(bind)
        .fetch_optional(db.pool())
        .await
        .expect(sql)
        .unwrap_or_else(|| panic!("the demo region has no row for {sql}"))
}

async fn region(db: &Db) -> Region {
    let user = |email: &'static str| async move {
        sqlx::query_scalar::<_, i64>("SELECT id FROM users WHERE email = $1")
            .bind(email)
            .fetch_one(db.pool())
            .await
            .expect(email)
    };
    let mut users = BTreeMap::new();
    users.insert(Who::Admin, user("beheer@opstap.example").await);
    users.insert(Who::Desk, user("balie@opstap.example").await);
    users.insert(Who::Employer, user("werkgever@opstap.example").await);
    users.insert(Who::Buddy, user("buddy@opstap.example").await);
    let employer = scalar(
        db,
        "SELECT employer_id FROM users WHERE id = $1",
        users[&Who::Employer],
    )
    .await;
    let buddy = users[&Who::Buddy];
    let mut own = BTreeMap::new();
    let mut other = BTreeMap::new();
    for (key, sql_own, sql_other, bind) in [
        (
            "opening",
            "SELECT MIN(id) FROM openings WHERE employer_id = $1 AND status = 'published'",
            "SELECT MIN(id) FROM openings WHERE employer_id <> $1 AND status = 'published'",
            employer,
        ),
        (
            "proposal",
            "SELECT MIN(p.id) FROM proposals p JOIN openings o ON o.id = p.opening_id WHERE o.employer_id = $1",
            "SELECT MIN(p.id) FROM proposals p JOIN openings o ON o.id = p.opening_id WHERE o.employer_id <> $1",
            employer,
        ),
        (
            "placement",
            "SELECT MIN(id) FROM placements WHERE employer_id = $1",
            "SELECT MIN(id) FROM placements WHERE employer_id <> $1",
            employer,
        ),
        (
            "pairing",
            "SELECT MIN(id) FROM buddy_pairings WHERE buddy_id = $1",
            "SELECT MIN(id) FROM buddy_pairings WHERE buddy_id <> $1",
            buddy,
        ),
        (
            "candidate",
            "SELECT MIN(id) FROM candidates WHERE id > $1",
            "SELECT MAX(id) FROM candidates WHERE id > $1",
            0,
        ),
        (
            "flag",
            "SELECT MIN(id) FROM checkins WHERE needs_desk = 1 AND id > $1",
            "SELECT MAX(id) FROM checkins WHERE needs_desk = 1 AND id > $1",
            0,
        ),
        (
            "registration",
            "SELECT MIN(id) FROM employers WHERE status = 'pending' AND id > $1",
            "SELECT MAX(id) FROM employers WHERE status = 'pending' AND id > $1",
            0,
        ),
        (
            "import",
            "SELECT MIN(id) FROM caseload_imports WHERE id > $1",
            "SELECT MAX(id) FROM caseload_imports WHERE id > $1",
            0,
        ),
        (
            "campaign",
            "SELECT MIN(id) FROM campaigns WHERE id > $1",
            "SELECT MAX(id) FROM campaigns WHERE id > $1",
            0,
        ),
        (
            "invitation",
            "SELECT MIN(id) FROM invitations WHERE id > $1",
            "SELECT MAX(id) FROM invitations WHERE id > $1",
            0,
        ),
        (
            "activity",
            "SELECT MIN(id) FROM plan_activities WHERE id > $1",
            "SELECT MAX(id) FROM plan_activities WHERE id > $1",
            0,
        ),
        // A member of the campaign tried: the first (own), the last (someone else's).
        (
            "client",
            "SELECT MIN(client_id) FROM campaign_members WHERE campaign_id = (SELECT MIN(id) FROM campaigns) AND client_id > $1",
            "SELECT MAX(client_id) FROM campaign_members WHERE campaign_id = (SELECT MAX(id) FROM campaigns) AND client_id > $1",
            0,
        ),
    ] {
        own.insert(key, scalar(db, sql_own, bind).await);
        other.insert(key, scalar(db, sql_other, bind).await);
    }
    Region { own, other, users }
}

fn subject_key(subject: Subject) -> Option<&'static str> {
    Some(match subject {
        S::Opening => "opening",
        S::Candidate => "candidate",
        S::Proposal => "proposal",
        S::Placement => "placement",
        S::Pairing => "pairing",
        S::Flag => "flag",
        S::Registration => "registration",
        S::Import => "import",
        S::Campaign => "campaign",
        S::Invitation => "invitation",
        S::Activity => "activity",
        _ => return None,
    })
}

/// The value a route's path part or `id` field takes for a try.
fn subject_value(region: &Region, subject: Subject, own: bool) -> String {
    match subject {
        S::Token => "0".repeat(64),
        S::Table => "behoud".into(),
        S::Lang => "en".into(),
        S::None => String::new(),
        _ => {
            let key = subject_key(subject).expect("a record");
            let ids = if own { &region.own } else { &region.other };
            ids[key].to_string()
        }
    }
}

/// Every field any server function reads, with a value that parses for all of them: the
/// try's record under `id` and under its own name (`opening`, `checkin`, …), the other
/// records of the same side (own or someone else's), text elsewhere. A function reads the
/// fields it knows and ignores the rest.
fn universal_fields(
    subject: Subject,
    value: &str,
    region: &Region,
    own: bool,
) -> Vec<(String, String)> {
    let ids = if own { &region.own } else { &region.other };
    let mut fields: Vec<(String, String)> = vec![("id".into(), value.into())];
    for (field, key) in [
        ("opening", "opening"),
        ("candidate", "candidate"),
        ("placement", "placement"),
        ("pairing", "pairing"),
        ("checkin", "flag"),
        ("campaign", "campaign"),
        ("client", "client"),
    ] {
        let v = if subject_key(subject) == Some(key) {
            value.to_string()
        } else {
            ids[key].to_string()
        };
        fields.push((field.into(), v));
    }
    fields.push(("token".into(), "0".repeat(64)));
    for name in TEXT_FIELDS {
        fields.push((name.to_string(), "1".into()));
    }
    fields
}

/// Values a function needs beyond "1" to get past parsing to its checks.
fn extra_fields(route: &str) -> Vec<(&'static str, &'static str)> {
    match route {
        // Valid actions that a published opening / a proposal in its state refuses with a
        // message: an allowed user gets 422, a refused one 403/404, and nothing changes.
        "/api/change_opening" => vec![("action", "submit")],
        "/api/change_proposal" => vec![("action", "interview")],
        _ => Vec::new(),
    }
}

/// Fields of the forms that are plain text (values are checked by the domain rules, not by
/// parsing, so "1" reaches the rules).
const TEXT_FIELDS: &[&str] = &[
    "name",
    "email",
    "password",
    "password_repeat",
    "reason",
    "action",
    "account_manager",
    "employer",
    "scope",
    "given_on",
    "note",
    "motivation",
    "kind",
    "title",
    "description",
    "sector",
    "municipality",
    "postcode",
    "hours_min",
    "hours_max",
    "positions",
    "closing_date",
    "contract_type",
    "salary_min",
    "salary_max",
    "dutch_level",
    "target_groups",
    "start_date",
    "end_date",
    "rhythm",
    "held_on",
    "mode",
    "score",
    "notes_work",
    "notes_home",
    "next_on",
    "outcome",
    "outcome_date",
    "checkpoint",
    "months",
    "answer",
    "planned_at",
    "location",
    "step",
    "client_number",
    "first_name",
    "last_name",
    "birth_date",
    "phone",
    "street",
    "house_number",
    "city",
    "kvk",
    "contact_name",
    "contact_email",
    "contact_phone",
    "website",
    "notes",
    "candidates",
    "confirm",
    "day",
    "time",
    "place",
    "made_on",
    "measured_on",
    "potential",
    "ladder_step",
    "ladder_potential",
    "ladder_note",
    "education",
    "work_experience",
    "languages",
];

/// Plain routes that take a multipart form (a file): tried with the form's token and a
/// small caseload export.
const MULTIPART: &[&str] = &["/balie/intake/inlezen"];

const SMALL_EXPORT: &[u8] =
    b"klantnummer;naam;adres;postcode;gemeente;geboortejaar;startdatum uitkering\n\
    K9001;Test Persoon;Laan 1;7241 AB;Lochem;1980;2024-01-01\n";

/// What came back, as far as access goes.
#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    Allowed(u16),
    Refused(u16),
    /// 400: the function could not read the try's fields (fix [`TEXT_FIELDS`]).
    Unreadable(String),
    /// A server error: never right.
    Broken(u16, String),
}

fn outcome(status: StatusCode, location: Option<&str>, body: &str) -> Outcome {
    let to_login = location.is_some_and(|l| l.starts_with("/inloggen"));
    let code = status.as_u16();
    match code {
        401 | 403 | 404 | 410 => Outcome::Refused(code),
        500..=599 => Outcome::Broken(code, body.chars().take(300).collect()),
        400 => Outcome::Unreadable(body.chars().take(300).collect()),
        300..=399 if to_login => Outcome::Refused(code),
        _ => Outcome::Allowed(code),
    }
}

/// Counts and sums over what people and the desk keep, to show a refused try changed
/// nothing.
async fn fingerprint(db: &Db) -> Vec<i64> {
    let mut out = Vec::new();
    for sql in [
        "SELECT CAST(COUNT(*) + COALESCE(SUM(updated_at), 0) AS BIGINT) FROM openings",
        "SELECT CAST(COUNT(*) + COALESCE(SUM(updated_at), 0) AS BIGINT) FROM candidates",
        "SELECT CAST(COUNT(*) + COALESCE(SUM(updated_at), 0) AS BIGINT) FROM proposals",
        "SELECT COUNT(*) FROM placements",
        "SELECT CAST(COUNT(*) + COALESCE(SUM(COALESCE(flag_handled_at, 0)), 0) AS BIGINT) FROM checkins",
        "SELECT COUNT(*) FROM buddy_pairings",
        "SELECT COUNT(*) FROM employers",
        "SELECT COUNT(*) FROM users",
        "SELECT COUNT(*) FROM consents",
        "SELECT COUNT(*) FROM outbox",
        "SELECT COUNT(*) FROM settings",
        "SELECT COUNT(*) FROM anonymisations",
        "SELECT CAST(COUNT(*) + COALESCE(SUM(COALESCE(decided_at, 0)), 0) AS BIGINT) FROM caseload_imports",
        "SELECT CAST(COUNT(*) + COALESCE(SUM(updated_at), 0) AS BIGINT) FROM caseload_clients",
        "SELECT CAST(COUNT(*) + COALESCE(SUM(COALESCE(closed_at, 0)), 0) AS BIGINT) FROM campaigns",
        "SELECT CAST(COUNT(*) + COALESCE(SUM(COALESCE(outcome_at, 0)), 0) AS BIGINT) FROM invitations",
        "SELECT COUNT(*) FROM invitation_attempts",
        "SELECT COUNT(*) FROM campaign_waves",
        "SELECT CAST(COUNT(*) + COALESCE(SUM(updated_at), 0) AS BIGINT) FROM intakes",
        "SELECT COUNT(*) FROM ladder_measurements",
    ] {
        out.push(
            sqlx::query_scalar::<_, i64>(sql)
                .fetch_one(db.pool())
                .await
                .expect(sql),
        );
    }
    out
}

/// The routes the app has: its pages, its server functions and its plain handlers.
fn app_routes() -> BTreeSet<String> {
    let mut routes: BTreeSet<String> = opstap_server::web::route_list()
        .iter()
        .map(|r| r.path().to_string())
        .collect();
    for (path, _) in leptos::server_fn::axum::server_fn_paths() {
        routes.insert(path.to_string());
    }
    for path in opstap_server::web::plain_routes() {
        routes.insert(path.to_string());
    }
    routes
}

#[test]
fn every_route_has_a_line_in_the_matrix_and_every_line_a_route() {
    common::run(async {
        let _app = common::spawn_app().await; // builds the route list
        let routes = app_routes();
        let lines: BTreeSet<String> = MATRIX.iter().map(|l| l.route.to_string()).collect();
        let missing: Vec<&String> = routes.difference(&lines).collect();
        let stale: Vec<&String> = lines.difference(&routes).collect();
        assert!(
            missing.is_empty(),
            "routes without a line in MATRIX (say who may use them): {missing:?}"
        );
        assert!(
            stale.is_empty(),
            "MATRIX lines for routes that do not exist: {stale:?}"
        );
        assert_eq!(lines.len(), MATRIX.len(), "a route has two lines");
    });
}

#[test]
fn every_role_is_allowed_or_refused_on_every_route_as_the_matrix_says() {
    common::run(async {
        let mut app = common::spawn_app().await;
        let today = app::domain::dates::day_of(app::clock::now());
        let demo = opstap_server::demo::generate(1, today);
        opstap_server::demo::load(app.db(), &demo)
            .await
            .expect("demo region");
        // The caseload has one upload to try the import pages with (the desk's, previewed).
        let desk_user: i64 =
            sqlx::query_scalar("SELECT id FROM users WHERE email = 'balie@opstap.example'")
                .fetch_one(app.db().pool())
                .await
                .expect("demo desk");
        let token = random_token();
        app::store::sessions::create(app.db(), &sha256_hex(&token), desk_user, app::clock::now())
            .await
            .expect("session");
        app.cookies.insert(SESSION_COOKIE.to_string(), token);
        let csrf = app.csrf_token().await;
        let res = app
            .post_multipart(
                MULTIPART[0],
                &[("csrf", &csrf)],
                ("file", "demo.csv", SMALL_EXPORT),
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        // …stored, a campaign of it with the desk as consultant, and a wave: one invitation.
        let import = res
            .location()
            .and_then(|l| l.rsplit('/').next())
            .unwrap_or_default()
            .to_string();
        let res = app
            .post_form(
                "/api/store_caseload_import",
                &[("csrf", &csrf), ("id", &import)],
                false,
            )
            .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        let today = app::domain::dates::day_of(app::clock::now());
        let monday = today + (7 - (today + 3).rem_euclid(7)) % 7 + 7;
        let iso = app::domain::dates::iso_date;
        let desk_id = desk_user.to_string();
        let res = app
            .post_form(
                "/api/create_campaign",
                &[
                    ("csrf", &csrf),
                    ("name", "Iedereen in beeld"),
                    ("starts_on", &iso(today)),
                    ("ends_on", &iso(today + 90)),
                    ("target", "10"),
                    ("consultants[0]", &desk_id),
                ],
                false,
            )
            .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        let campaign: i64 = sqlx::query_scalar("SELECT MAX(id) FROM campaigns")
            .fetch_one(app.db().pool())
            .await
            .expect("campaign");
        let res = app
            .post_form(
                "/api/plan_wave",
                &[
                    ("csrf", &csrf),
                    ("campaign", &campaign.to_string()),
                    ("first_day", &iso(monday)),
                    ("days", "5"),
                    ("start_time", "09:00"),
                    ("end_time", "16:00"),
                    ("slot_minutes", "45"),
                    ("place", "Stadskantoor"),
                    ("people", "1"),
                ],
                false,
            )
            .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        let region = region(app.db()).await;
        let post_routes: BTreeSet<String> = leptos::server_fn::axum::server_fn_paths()
            .filter(|(_, method)| *method == axum::http::Method::POST)
            .map(|(path, _)| path.to_string())
            .collect();

        let mut wrong = Vec::new();
        let mut tries = 0;
        for line in MATRIX {
            let may: Vec<&str> = line.may.split_whitespace().collect();
            let scoped = may.contains(&"own");
            for who in EVERYONE {
                // Scoped lines are tried with the user's own record and someone else's.
                let owns: &[bool] = if scoped && matches!(who, Who::Employer | Who::Buddy) {
                    &[true, false]
                } else {
                    &[false]
                };
                for &own in owns {
                    let role_ok = match who {
                        Who::Visitor => false,
                        Who::Admin => may.contains(&"admin"),
                        Who::Desk => may.contains(&"desk"),
                        Who::Employer => may.contains(&"employer") && (!scoped || own),
                        Who::Buddy => may.contains(&"buddy") && (!scoped || own),
                    };
                    let expected = may.contains(&"public")
                        || (may.contains(&"user") && who != Who::Visitor)
                        || role_ok;
                    let value = subject_value(&region, line.subject, own);
                    let member = if own {
                        region.own["client"]
                    } else {
                        region.other["client"]
                    };
                    let path = line
                        .route
                        .replace("{id}", &value)
                        .replace("{id}", &value)
                        .replace("{token}", &value)
                        .replace(
                            "{table}",
                            if line.subject == S::Campaign {
                                "gemeente"
                            } else {
                                &value
                            },
                        )
                        .replace("{code}", &value)
                        .replace("{client}", &member.to_string());
                    // The desk records a placement from a candidate's page.
                    let path = if line.route == "/balie/plaatsingen/nieuw" {
                        format!("{path}?kandidaat={}", region.own["candidate"])
                    } else {
                        path
                    };

                    // A fresh session for each try (a try may log out).
                    app.cookies.clear();
                    if let Some(user) = region.users.get(&who) {
                        let token = random_token();
                        app::store::sessions::create(
                            app.db(),
                            &sha256_hex(&token),
                            *user,
                            app::clock::now(),
                        )
                        .await
                        .expect("session");
                        app.cookies.insert(SESSION_COOKIE.to_string(), token);
                    }
                    let multipart = MULTIPART.contains(&line.route);
                    let is_post = post_routes.contains(line.route) || multipart;
                    let before = if is_post {
                        Some(fingerprint(app.db()).await)
                    } else {
                        None
                    };
                    let res = if multipart {
                        let csrf = app.csrf_token().await;
                        app.post_multipart(
                            line.route,
                            &[("csrf", &csrf)],
                            ("file", "x.csv", SMALL_EXPORT),
                        )
                        .await
                    } else if is_post {
                        let csrf = app.csrf_token().await;
                        let mut fields = universal_fields(line.subject, &value, &region, own);
                        for (key, value) in extra_fields(line.route) {
                            fields.retain(|(k, _)| k != key);
                            fields.push((key.to_string(), value.to_string()));
                        }
                        fields.push(("csrf".into(), csrf));
                        let body = serde_urlencoded::to_string(&fields).expect("form");
                        let req = Request::post(line.route)
                            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                            .header(header::ACCEPT, "application/json")
                            .body(Body::from(body))
                            .expect("request");
                        app.request(req).await
                    } else if line.route.starts_with("/api/") && !line.route.starts_with("/api/v1/")
                    {
                        // Exactly the function's arguments (a reading function refuses
                        // fields it does not know).
                        let query = match (line.route, line.subject) {
                            (_, S::None) => String::new(),
                            ("/api/new_placement", _) => format!("?candidate={value}"),
                            ("/api/opening_proposals", _) => format!("?opening={value}"),
                            ("/api/propose_form", _) => format!(
                                "?opening={value}&candidates[0]={}",
                                region.own["candidate"]
                            ),
                            (_, S::Token) => format!("?token={value}"),
                            ("/api/campaign_member", _) => {
                                format!("?id={value}&client={member}")
                            }
                            _ => format!("?id={value}"),
                        };
                        app.call_get(&format!("{path}{query}")).await
                    } else {
                        app.get(&path).await
                    };
                    tries += 1;
                    let got = outcome(res.status, res.location(), &res.body);
                    let fine = match (&got, expected) {
                        (Outcome::Allowed(_), true) => true,
                        (Outcome::Refused(_), false) => true,
                        // A password link without its token is refused for everyone.
                        (Outcome::Refused(404), true) if line.may == "link" => true,
                        _ => false,
                    };
                    if line.may == "link" && !matches!(got, Outcome::Refused(_)) {
                        wrong.push(format!("{path} as {who:?}: a made-up token got {got:?}"));
                    } else if !fine {
                        wrong.push(format!(
                            "{} {path} as {who:?}{}: expected {}, got {got:?}",
                            if is_post { "POST" } else { "GET" },
                            if own { " (own record)" } else { "" },
                            if expected { "allowed" } else { "refused" },
                        ));
                    }
                    if let (Some(before), Outcome::Refused(_)) = (before, &got) {
                        if fingerprint(app.db()).await != before {
                            wrong.push(format!(
                                "POST {path} as {who:?}: refused but something changed"
                            ));
                        }
                    }
                }
            }
        }
        assert!(
            wrong.is_empty(),
            "{} of {tries} tries went against the matrix:\n{}",
            wrong.len(),
            wrong.join("\n")
        );
    });
}
