//! `opstap bench writes`: a busy morning at the desk against a running portal. `writers`
//! concurrent writers (each one request at a time, over keep-alive connections, as forms
//! posted without JavaScript) cycle through the four writes the desk and the buddies make
//! most: saving a candidate's profile, proposing a candidate for an opening, recording a
//! consent, logging a buddy's check-in. Reported: writes per second, p50/p95/p99 and
//! errors, overall and per kind; then the database is asked whether every write that was
//! answered with success is stored (saves by their audit lines, the rest by their rows).
//!
//! Sessions are made in the portal's database (`DATABASE_URL`) as in `opstap bench load`.

use crate::load::Client;
use app::auth::tokens::{random_token, sha256_hex};
use app::domain::candidates::CandidateForm;
use app::store::{sessions, Db};
use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The four kinds of write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    CandidateSave,
    Proposal,
    Consent,
    Checkin,
}

impl Kind {
    pub const ALL: [Kind; 4] = [
        Kind::CandidateSave,
        Kind::Proposal,
        Kind::Consent,
        Kind::Checkin,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kind::CandidateSave => "candidate save",
            Kind::Proposal => "proposal",
            Kind::Consent => "consent change",
            Kind::Checkin => "buddy check-in",
        }
    }
}

/// What the writers work on, read from the database before the run.
pub struct Plan {
    desk_session: String,
    /// (pairing, buddy session)
    pairings: Vec<(i64, String)>,
    /// (candidate, its profile form as posted)
    saves: Vec<(app::domain::ids::CandidateId, Vec<(String, String)>)>,
    /// (opening, candidate) pairs not yet proposed
    proposals: Vec<(i64, i64)>,
    consent_candidates: Vec<app::domain::ids::CandidateId>,
    today: String,
    run: String,
}

/// Counts the run is checked against.
pub struct Stored {
    pub saves: i64,
    pub proposals: i64,
    pub consents: i64,
    pub checkins: i64,
}

pub async fn stored(db: &Db) -> Result<Stored, String> {
    let count = |sql: &'static str| {
        let db = db.clone();
        async move {
            sqlx::query_scalar::<_, i64>(sql)
                .fetch_one(db.pool())
                .await
                .map_err(|e| e.to_string())
        }
    };
    Ok(Stored {
        saves: count(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'change' AND entity = 'candidate'",
        )
        .await?,
        proposals: count("SELECT COUNT(*) FROM proposals").await?,
        consents: count("SELECT COUNT(*) FROM consents").await?,
        checkins: count("SELECT COUNT(*) FROM checkins").await?,
    })
}

pub async fn plan(db: &Db, writers: usize) -> Result<Plan, String> {
    let fail = |e: sqlx::Error| e.to_string();
    let now = app::clock::now();
    let today = app::domain::dates::iso_date(app::domain::dates::day_of(now));
    let session = |user: i64| {
        let db = db.clone();
        async move {
            let token = random_token();
            sessions::create(&db, &sha256_hex(&token), user, now)
                .await
                .map(|()| token)
        }
    };
    let desk = app::store::users::first_active_of_role(db, app::domain::Role::Desk)
        .await
        .map_err(fail)?
        .ok_or("no desk account: load a region first with `opstap demo --scale N`")?;
    let desk_session = session(desk).await.map_err(fail)?;
    let running: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT p.id, p.buddy_id FROM buddy_pairings p JOIN users u ON u.id = p.buddy_id \
         WHERE p.end_date IS NULL AND u.active = 1 AND p.start_date <= $1 ORDER BY p.id LIMIT $2",
    )
    .bind(&today)
    .bind(writers as i64)
    .fetch_all(db.pool())
    .await
    .map_err(fail)?;
    if running.is_empty() {
        return Err("no running buddy pairing".into());
    }
    let mut pairings = Vec::new();
    for (pairing, buddy) in running {
        pairings.push((pairing, session(buddy).await.map_err(fail)?));
    }
    let active: Vec<app::domain::ids::CandidateId> = sqlx::query_scalar(
        "SELECT c.id FROM candidates c WHERE c.status = 'active' \
         AND NOT EXISTS (SELECT 1 FROM anonymisations a WHERE a.candidate_id = c.id) \
         ORDER BY c.id LIMIT 600",
    )
    .fetch_all(db.pool())
    .await
    .map_err(fail)?;
    let run = random_token()[..8].to_string();
    let mut saves = Vec::new();
    for id in active.iter().take(200) {
        let Some(record) = app::store::candidates::find(db, *id).await.map_err(fail)? else {
            continue;
        };
        let obstacles = app::store::candidates::obstacles(db, *id)
            .await
            .map_err(fail)?;
        let mut form = CandidateForm::from_content(&record.content, &obstacles);
        form.skills = format!("Heftruck, kassa (bench {run})");
        let mut fields = form.values();
        fields.push(("id".into(), id.to_string()));
        saves.push((*id, fields));
    }
    let openings: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM openings WHERE status = 'published' ORDER BY id LIMIT 60",
    )
    .fetch_all(db.pool())
    .await
    .map_err(fail)?;
    let taken: HashSet<(i64, i64)> =
        sqlx::query_as::<_, (i64, i64)>("SELECT opening_id, candidate_id FROM proposals")
            .fetch_all(db.pool())
            .await
            .map_err(fail)?
            .into_iter()
            .collect();
    // Candidates who may be proposed: active with a consent in force.
    let consenting: Vec<i64> = sqlx::query_scalar(
        "SELECT DISTINCT c.id FROM candidates c JOIN consents k ON k.candidate_id = c.id \
         WHERE c.status = 'active' AND k.withdrawn_on IS NULL \
         AND NOT EXISTS (SELECT 1 FROM anonymisations a WHERE a.candidate_id = c.id) \
         ORDER BY c.id LIMIT 400",
    )
    .fetch_all(db.pool())
    .await
    .map_err(fail)?;
    let proposals = openings
        .iter()
        .flat_map(|o| consenting.iter().map(move |c| (*o, *c)))
        .filter(|pair| !taken.contains(pair))
        .take(40_000)
        .collect();
    Ok(Plan {
        desk_session,
        pairings,
        saves,
        proposals,
        consent_candidates: active,
        today,
        run,
    })
}

/// What one kind measured.
#[derive(Default)]
pub struct KindOutcome {
    pub latencies: Vec<Duration>,
    pub succeeded: usize,
    /// What each answered write made, to look for afterwards: a check-in's note, a
    /// proposal's `opening:candidate`, the candidate of a save or consent.
    pub confirmed: Vec<String>,
    pub errors: usize,
    pub first_error: Option<String>,
}

pub struct Outcome {
    pub per_kind: Vec<(Kind, KindOutcome)>,
    pub elapsed: Duration,
}

impl Outcome {
    pub fn all_latencies(&self) -> Vec<Duration> {
        self.per_kind
            .iter()
            .flat_map(|(_, o)| o.latencies.iter().copied())
            .collect()
    }
}

pub fn percentile(latencies: &[Duration], p: f64) -> f64 {
    let mut sorted = latencies.to_vec();
    sorted.sort();
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1].as_secs_f64() * 1000.0
}

/// Runs `writers` writers for `seconds`. Every answer counts (no warm-up): the stored
/// rows are compared with every success.
pub async fn run(addr: &str, plan: Plan, writers: usize, seconds: u64) -> Outcome {
    let plan = Arc::new(plan);
    let next_proposal = Arc::new(AtomicUsize::new(0));
    let next_item = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let until = started + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for w in 0..writers {
        let plan = plan.clone();
        let addr = addr.to_string();
        let next_proposal = next_proposal.clone();
        let next_item = next_item.clone();
        tasks.push(tokio::spawn(async move {
            let mut outcomes: Vec<(Kind, KindOutcome)> = Kind::ALL
                .iter()
                .map(|k| (*k, KindOutcome::default()))
                .collect();
            let (pairing, buddy_session) = &plan.pairings[w % plan.pairings.len()];
            let mut desk = None;
            let mut buddy = None;
            let mut turn = w;
            while Instant::now() < until {
                let kind = Kind::ALL[turn % 4];
                turn += 1;
                let n = next_item.fetch_add(1, Ordering::Relaxed);
                let (path, form, key) = match kind {
                    Kind::CandidateSave => {
                        let (id, fields) = &plan.saves[n % plan.saves.len()];
                        ("/api/save_candidate", form_body(fields), id.to_string())
                    }
                    Kind::Proposal => {
                        let i = next_proposal.fetch_add(1, Ordering::Relaxed);
                        let Some((opening, candidate)) = plan.proposals.get(i) else {
                            continue;
                        };
                        let fields = vec![
                            ("opening".to_string(), opening.to_string()),
                            ("items[0][candidate]".to_string(), candidate.to_string()),
                            (
                                "items[0][motivation]".to_string(),
                                format!("Past goed bij het werk (bench {})", plan.run),
                            ),
                        ];
                        (
                            "/api/propose",
                            form_body(&fields),
                            format!("{opening}:{candidate}"),
                        )
                    }
                    Kind::Consent => {
                        let id = plan.consent_candidates[n % plan.consent_candidates.len()];
                        let fields = vec![
                            ("id".to_string(), id.to_string()),
                            ("scope".to_string(), "profile".to_string()),
                            ("given_on".to_string(), plan.today.clone()),
                        ];
                        ("/api/change_consent", form_body(&fields), id.to_string())
                    }
                    Kind::Checkin => {
                        let note = format!("Gaat goed ({} {n})", plan.run);
                        let fields = vec![
                            ("pairing".to_string(), pairing.to_string()),
                            ("held_on".to_string(), plan.today.clone()),
                            ("mode".to_string(), "call".to_string()),
                            ("score".to_string(), "4".to_string()),
                            ("notes_work".to_string(), note.clone()),
                            ("notes_home".to_string(), String::new()),
                            ("next_on".to_string(), String::new()),
                        ];
                        ("/api/log_checkin", form_body(&fields), note)
                    }
                };
                let slot = if kind == Kind::Checkin {
                    &mut buddy
                } else {
                    &mut desk
                };
                let session = if kind == Kind::Checkin {
                    buddy_session.as_str()
                } else {
                    plan.desk_session.as_str()
                };
                let outcome =
                    &mut outcomes[Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0)].1;
                if slot.is_none() {
                    match Client::connect(&addr, Some(session)).await {
                        Ok(c) => *slot = Some(c),
                        Err(e) => {
                            outcome.errors += 1;
                            outcome.first_error.get_or_insert(e);
                            // The portal is away (restarting, killed): not a busy loop.
                            tokio::time::sleep(Duration::from_millis(20)).await;
                            continue;
                        }
                    }
                }
                let Some(client) = slot.as_mut() else {
                    continue;
                };
                let sent = Instant::now();
                match client.send("POST", path, Some(&form)).await {
                    Ok((status, headers, _))
                        if (302..=303).contains(&status) && !headers.contains("__err=") =>
                    {
                        outcome.succeeded += 1;
                        outcome.latencies.push(sent.elapsed());
                        outcome.confirmed.push(key);
                    }
                    Ok((status, headers, body)) => {
                        outcome.errors += 1;
                        outcome.first_error.get_or_insert(format!(
                            "{path}: status {status}: {} {}",
                            headers
                                .lines()
                                .find(|l| l.starts_with("location"))
                                .unwrap_or(""),
                            body.chars().take(200).collect::<String>()
                        ));
                    }
                    Err(e) => {
                        outcome.errors += 1;
                        outcome.first_error.get_or_insert(format!("{path}: {e}"));
                        *slot = None;
                    }
                }
            }
            outcomes
        }));
    }
    let mut per_kind: Vec<(Kind, KindOutcome)> = Kind::ALL
        .iter()
        .map(|k| (*k, KindOutcome::default()))
        .collect();
    for task in tasks {
        if let Ok(outcomes) = task.await {
            for (i, (_, o)) in outcomes.into_iter().enumerate() {
                let total = &mut per_kind[i].1;
                total.latencies.extend(o.latencies);
                total.succeeded += o.succeeded;
                total.confirmed.extend(o.confirmed);
                total.errors += o.errors;
                if total.first_error.is_none() {
                    total.first_error = o.first_error;
                }
            }
        }
    }
    Outcome {
        per_kind,
        elapsed: started.elapsed(),
    }
}

fn form_body(fields: &[(String, String)]) -> String {
    serde_urlencoded::to_string(fields).unwrap_or_default()
}
