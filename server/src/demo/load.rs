//! Writes a generated [`Region`] to an empty database: multi-row inserts in one
//! transaction, explicit ids (so rows can refer to each other without reading back), and on
//! PostgreSQL the id sequences moved past them afterwards.

use super::{Region, DEMO_PASSWORD};
use app::domain::kinds::join_codes;
use app::domain::kinds::{Sector, TargetGroup};
use app::store::{Backend, Db};
use sqlx::any::AnyArguments;
use sqlx::{Any, Arguments, Transaction};

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("the database already holds accounts; the demo region is only loaded into an empty database")]
    NotEmpty,
    #[error("password hashing failed")]
    Hashing,
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
}

/// A value of one column.
#[derive(Clone)]
enum V {
    I(i64),
    T(String),
    OI(Option<i64>),
    OT(Option<String>),
}

fn b(x: bool) -> V {
    V::I(i64::from(x))
}

/// Plans for one in ten of those who had their intake: a language course at the first
/// provider (a work-fit programme at the second for those who need no course) and
/// volunteer work the desk arranges, agreed in a first version a week after the intake.
async fn load_plans(tx: &mut Transaction<'_, Any>, region: &Region) -> Result<(), sqlx::Error> {
    use super::intake::{made_at, PROVIDERS};
    use app::domain::plans::version::ActivitySnapshot;
    use app::domain::plans::{ActivityKind, ActivityStatus};
    let k = &region.intake;
    let desk = id(*k.consultants.first().unwrap_or(&1));
    let mut activities = Vec::new();
    let mut versions = Vec::new();
    for (n, r) in k.records.iter().enumerate().filter(|(n, _)| n % 10 == 0) {
        let person = id(r.client);
        let (kind, provider, title) = if r.language_course {
            (ActivityKind::LanguageCourse, 0, "NT2 naar B1")
        } else {
            (ActivityKind::WorkFit, 1, "Werkfit in twaalf weken")
        };
        let first = activities.len() as i64 + 1;
        let shots = [
            (
                first,
                kind,
                title,
                Some(provider),
                r.day + 14,
                Some(r.day + 150),
                6,
                ActivityStatus::Running,
            ),
            (
                first + 1,
                ActivityKind::VolunteerWork,
                "Buurthuis, koffie en kassa",
                None,
                r.day + 7,
                None,
                8,
                ActivityStatus::Running,
            ),
        ];
        let mut snapshot = Vec::new();
        for (aid, kind, title, provider, start, end, hours, status) in shots {
            let (start, end) = (
                app::domain::dates::iso_date(start),
                end.map(app::domain::dates::iso_date),
            );
            snapshot.push(ActivitySnapshot {
                id: aid,
                kind,
                title: title.to_string(),
                provider: provider
                    .map(|p| PROVIDERS[p].0.to_string())
                    .unwrap_or_default(),
                starts_on: start.clone(),
                ends_on: end.clone(),
                hours_per_week: hours,
                status,
            });
            activities.push(vec![
                V::I(aid),
                V::I(person),
                V::T(kind.as_str().into()),
                V::T(title.into()),
                V::OI(provider.map(|p| p as i64 + 1)),
                V::T(start),
                V::OT(end),
                V::I(hours),
                V::T(status.as_str().into()),
                V::I(desk),
                V::I(made_at(r.day + 7)),
            ]);
        }
        versions.push(vec![
            V::I(versions.len() as i64 + 1),
            V::I(person),
            V::I(1),
            V::T(
                if n % 20 == 0 {
                    "Ik wil weer aan het werk, eerst beter Nederlands."
                } else {
                    "Over een jaar werk ik, het liefst buiten."
                }
                .into(),
            ),
            V::T("Ik kom naar de afspraken en zeg het als het niet lukt.".into()),
            V::T("De consulent regelt de activiteiten en belt elke maand.".into()),
            V::T(app::domain::dates::iso_date(r.day + 7)),
            V::T("in_person".into()),
            V::T(serde_json::to_string(&snapshot).unwrap_or_else(|_| "[]".into())),
            V::I(desk),
            V::I(made_at(r.day + 7)),
        ]);
    }
    insert(
        tx,
        "plan_activities",
        &[
            "id",
            "candidate_id",
            "kind",
            "title",
            "provider_id",
            "starts_on",
            "ends_on",
            "hours_per_week",
            "status",
            "created_by",
            "created_at",
        ],
        activities,
    )
    .await?;
    insert(
        tx,
        "plan_versions",
        &[
            "id",
            "candidate_id",
            "number",
            "goals",
            "person_commits",
            "desk_commits",
            "agreed_on",
            "agreed_how",
            "activities",
            "made_by",
            "made_at",
        ],
        versions,
    )
    .await
}

/// The caseload (one stored import), the campaign, its members, one wave a week and the
/// invitations with their tries.
async fn load_intake(tx: &mut Transaction<'_, Any>, region: &Region) -> Result<(), sqlx::Error> {
    use super::intake::made_at;
    let k = &region.intake;
    let desk = id(*k.consultants.first().unwrap_or(&1));
    let start_at = made_at(k.starts_on - 14);
    let n = region.candidates.len() as i64;
    insert(
        tx,
        "caseload_imports",
        &[
            "id",
            "file_name",
            "file_sha256",
            "encoding",
            "status",
            "rows_read",
            "added",
            "updated",
            "unchanged",
            "refused",
            "uploaded_by",
            "uploaded_at",
            "decided_by",
            "decided_at",
        ],
        vec![vec![
            V::I(1),
            V::T("klantenbestand-demo.csv".into()),
            V::T("0".repeat(64)),
            V::T("UTF-8".into()),
            V::T("stored".into()),
            V::I(n),
            V::I(n),
            V::I(0),
            V::I(0),
            V::I(0),
            V::I(desk),
            V::I(start_at),
            V::OI(Some(desk)),
            V::OI(Some(start_at + 600)),
        ]],
    )
    .await?;
    insert(
        tx,
        "caseload_clients",
        &[
            "id",
            "client_number",
            "first_name",
            "last_name",
            "address",
            "postcode",
            "municipality",
            "birth_year",
            "benefit_start",
            "email",
            "phone",
            "candidate_id",
            "first_import_id",
            "last_import_id",
            "seen_import_id",
            "created_at",
            "updated_at",
        ],
        region
            .candidates
            .iter()
            .zip(&k.clients)
            .enumerate()
            .map(|(i, (c, client))| {
                let p = &c.content;
                vec![
                    V::I(id(i)),
                    V::T(p.client_number.clone()),
                    V::T(p.first_name.clone()),
                    V::T(p.last_name.clone()),
                    V::T(client.address.clone()),
                    V::T(p.postcode.clone()),
                    V::T(p.municipality.clone()),
                    V::I(p.birth_year),
                    V::T(client.benefit_start.clone()),
                    V::T(p.email.clone()),
                    V::T(p.phone.clone()),
                    V::OI(Some(id(i))),
                    V::I(1),
                    V::I(1),
                    V::I(1),
                    V::I(start_at),
                    V::I(start_at),
                ]
            })
            .collect(),
    )
    .await?;
    let year = app::domain::dates::civil_from_days(k.starts_on).0;
    insert(
        tx,
        "campaigns",
        &[
            "id",
            "name",
            "starts_on",
            "ends_on",
            "target",
            "status",
            "created_by",
            "created_at",
        ],
        vec![vec![
            V::I(1),
            V::T(format!("Iedereen in beeld {year}")),
            V::T(app::domain::dates::iso_date(k.starts_on)),
            V::T(app::domain::dates::iso_date(k.ends_on)),
            V::I(k.target),
            V::T("open".into()),
            V::I(desk),
            V::I(start_at + 3600),
        ]],
    )
    .await?;
    insert(
        tx,
        "campaign_consultants",
        &["campaign_id", "user_id"],
        k.consultants
            .iter()
            .map(|u| vec![V::I(1), V::I(id(*u))])
            .collect(),
    )
    .await?;
    insert(
        tx,
        "campaign_members",
        &[
            "campaign_id",
            "client_id",
            "municipality",
            "young",
            "over_50",
            "long_term",
            "benefit_start",
            "state",
            "joined_at",
        ],
        k.members
            .iter()
            .map(|m| {
                vec![
                    V::I(1),
                    V::I(id(m.client)),
                    V::T(region.candidates[m.client].content.municipality.clone()),
                    b(m.young),
                    b(m.over_50),
                    b(m.long_term),
                    V::T(k.clients[m.client].benefit_start.clone()),
                    V::T(m.state.as_str().into()),
                    V::I(start_at + 3600),
                ]
            })
            .collect(),
    )
    .await?;
    // One wave a week: the week an invitation's first appointment falls in.
    let week = |day: i64| (day - k.starts_on) / 7;
    let weeks = k
        .invitations
        .iter()
        .filter(|v| v.sequence == 0)
        .map(|v| week(v.day))
        .max()
        .unwrap_or(0);
    insert(
        tx,
        "campaign_waves",
        &[
            "id",
            "campaign_id",
            "number",
            "first_day",
            "days",
            "place",
            "invited",
            "created_by",
            "created_at",
        ],
        (0..=weeks)
            .map(|w| {
                let invited = k
                    .invitations
                    .iter()
                    .filter(|v| v.sequence == 0 && week(v.day) == w)
                    .count() as i64;
                vec![
                    V::I(w + 1),
                    V::I(1),
                    V::I(w + 1),
                    V::T(app::domain::dates::iso_date(k.starts_on + w * 7)),
                    V::I(5),
                    V::T("Stadskantoor, Markt 1".into()),
                    V::I(invited),
                    V::I(desk),
                    V::I(made_at(k.starts_on + w * 7 - 14)),
                ]
            })
            .collect(),
    )
    .await?;
    insert(
        tx,
        "invitations",
        &[
            "id",
            "campaign_id",
            "client_id",
            "wave_id",
            "series",
            "sequence",
            "appointment_day",
            "appointment_time",
            "minutes",
            "appointment_at",
            "place",
            "consultant_id",
            "channel",
            "status",
            "exemption_reason",
            "no_show_at",
            "outcome_by",
            "outcome_at",
            "created_by",
            "created_at",
        ],
        k.invitations
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let done = v.status != app::domain::campaigns::InvitationStatus::Planned;
                let no_show = v.status == app::domain::campaigns::InvitationStatus::NoShow;
                vec![
                    V::I(id(i)),
                    V::I(1),
                    V::I(id(v.client)),
                    V::OI((v.sequence == 0).then_some(week(v.day) + 1)),
                    V::OI(Some(id(v.series))),
                    V::I(v.sequence),
                    V::T(app::domain::dates::iso_date(v.day)),
                    V::T(format!("{:02}:{:02}", v.minutes / 60, v.minutes % 60)),
                    V::I(45),
                    V::I(v.at()),
                    V::T("Stadskantoor, Markt 1".into()),
                    V::I(id(v.consultant)),
                    V::T(if v.email { "email" } else { "letter" }.into()),
                    V::T(v.status.as_str().into()),
                    V::OT(v.reason.map(|r| r.as_str().to_string())),
                    V::OI(no_show.then_some(v.at() + 3600)),
                    V::OI(done.then_some(id(v.consultant))),
                    V::OI(done.then_some(v.at() + 3600)),
                    V::I(desk),
                    V::I(made_at(v.day - 14)),
                ]
            })
            .collect(),
    )
    .await?;
    app::store::campaigns::copy_member_groups(tx).await?;
    insert(
        tx,
        "invitation_attempts",
        &[
            "id",
            "invitation_id",
            "made_on",
            "mode",
            "reached",
            "note",
            "recorded_by",
            "recorded_at",
        ],
        k.attempts
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let by = id(k.invitations[a.invitation].consultant);
                vec![
                    V::I(id(i)),
                    V::I(id(a.invitation)),
                    V::T(app::domain::dates::iso_date(a.day)),
                    V::T(a.mode.as_str().into()),
                    b(a.reached),
                    V::T(String::new()),
                    V::I(by),
                    V::I(made_at(a.day)),
                ]
            })
            .collect(),
    )
    .await?;
    insert(
        tx,
        "intakes",
        &[
            "id",
            "invitation_id",
            "client_id",
            "candidate_id",
            "held_on",
            "consultant_id",
            "education",
            "work_experience",
            "languages",
            "language_course",
            "transport",
            "recorded_by",
            "recorded_at",
            "updated_at",
        ],
        k.records
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let by = id(k.invitations[r.invitation].consultant);
                let at = made_at(r.day) + 10 * 3600;
                vec![
                    V::I(id(i)),
                    V::I(id(r.invitation)),
                    V::I(id(r.client)),
                    V::I(id(r.client)),
                    V::T(app::domain::dates::iso_date(r.day)),
                    V::I(by),
                    V::T(r.education.into()),
                    V::T(r.work_experience.into()),
                    V::T(r.languages.into()),
                    b(r.language_course),
                    V::T(app::domain::kinds::join_codes(
                        &r.transport,
                        app::domain::intake::Transport::as_str,
                    )),
                    V::I(by),
                    V::I(at),
                    V::I(at),
                ]
            })
            .collect(),
    )
    .await?;
    insert(
        tx,
        "ladder_measurements",
        &[
            "id",
            "candidate_id",
            "intake_id",
            "measured_on",
            "step",
            "potential",
            "note",
            "measured_by",
            "created_at",
        ],
        k.measurements
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let by = match m.record {
                    Some(r) => id(k.invitations[k.records[r].invitation].consultant),
                    None => desk,
                };
                vec![
                    V::I(id(i)),
                    V::I(id(m.client)),
                    V::OI(m.record.map(id)),
                    V::T(app::domain::dates::iso_date(m.day)),
                    V::I(m.step),
                    V::I(m.potential),
                    V::T(String::new()),
                    V::I(by),
                    V::I(made_at(m.day) + 11 * 3600),
                ]
            })
            .collect(),
    )
    .await?;
    Ok(())
}

/// Inserts `rows` into `table` in chunks that stay under every driver's bind limit.
async fn insert(
    tx: &mut Transaction<'_, Any>,
    table: &str,
    columns: &[&str],
    rows: Vec<Vec<V>>,
) -> Result<(), sqlx::Error> {
    // SQLite looks a `$N` up among the statement's parameters one by one, so a statement
    // with thousands of them costs quadratic time: a few hundred parameters a statement.
    let per_chunk = (500 / columns.len()).max(1);
    for chunk in rows.chunks(per_chunk) {
        let mut sql = format!("INSERT INTO {table} ({}) VALUES ", columns.join(", "));
        let mut args = AnyArguments::default();
        let mut n = 0;
        for (r, row) in chunk.iter().enumerate() {
            if r > 0 {
                sql.push_str(", ");
            }
            sql.push('(');
            for (c, value) in row.iter().enumerate() {
                if c > 0 {
                    sql.push_str(", ");
                }
                n += 1;
                sql.push_str(&format!("${n}"));
                let added = match value {
                    V::I(v) => args.add(*v),
                    V::T(v) => args.add(v.clone()),
                    V::OI(v) => args.add(*v),
                    V::OT(v) => args.add(v.clone()),
                };
                added.map_err(sqlx::Error::Encode)?;
            }
            sql.push(')');
        }
        sqlx::query_with(&sql, args).execute(&mut **tx).await?;
    }
    Ok(())
}

fn id(index: usize) -> i64 {
    index as i64 + 1
}

/// Loads `region` into `db`, which must hold no accounts yet.
pub async fn load(db: &Db, region: &Region) -> Result<(), LoadError> {
    if app::store::users::count(db).await? > 0 {
        return Err(LoadError::NotEmpty);
    }
    // One hash for the demo password, computed once: hashing is deliberately slow.
    let hash =
        tokio::task::spawn_blocking(|| app::auth::passwords::hash_password_blocking(DEMO_PASSWORD))
            .await
            .map_err(|_| LoadError::Hashing)?
            .map_err(|_| LoadError::Hashing)?;
    let mut tx = db.write().await?;

    insert(
        &mut tx,
        "employers",
        &[
            "id",
            "name",
            "kvk",
            "sector",
            "street",
            "house_number",
            "postcode",
            "city",
            "municipality",
            "contact_name",
            "contact_email",
            "contact_phone",
            "status",
            "verified_by",
            "verified_at",
            "account_manager_id",
            "created_at",
        ],
        region
            .employers
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let verified = e.status != app::domain::kinds::EmployerStatus::Pending;
                vec![
                    V::I(id(i)),
                    V::T(e.name.clone()),
                    V::T(e.kvk.clone()),
                    V::T(e.sector.as_str().into()),
                    V::T(e.street.clone()),
                    V::T(e.house_number.clone()),
                    V::T(e.postcode.clone()),
                    V::T(e.city.clone()),
                    V::T(e.municipality.clone()),
                    V::T(e.contact_name.clone()),
                    V::T(e.contact_email.clone()),
                    V::T(e.contact_phone.clone()),
                    V::T(e.status.as_str().into()),
                    V::OI(None),
                    V::OI(verified.then_some(e.created_at + 86_400)),
                    V::OI(None),
                    V::I(e.created_at),
                ]
            })
            .collect(),
    )
    .await?;

    insert(
        &mut tx,
        "users",
        &[
            "id",
            "email",
            "display_name",
            "role",
            "employer_id",
            "password_hash",
            "created_at",
        ],
        region
            .users
            .iter()
            .enumerate()
            .map(|(i, u)| {
                vec![
                    V::I(id(i)),
                    V::T(u.email.clone()),
                    V::T(u.name.clone()),
                    V::T(u.role.as_str().into()),
                    V::OI(u.employer.map(id)),
                    V::OT(u.demo_login.then(|| hash.clone())),
                    V::I(u.created_at),
                ]
            })
            .collect(),
    )
    .await?;

    insert(
        &mut tx,
        "openings",
        &[
            "id",
            "employer_id",
            "kind",
            "title",
            "description",
            "sector",
            "municipality",
            "postcode",
            "hours_min",
            "hours_max",
            "positions",
            "start_date",
            "closing_date",
            "contract_type",
            "salary_min",
            "salary_max",
            "diploma_required",
            "dutch_level",
            "driving_licence",
            "support_job_coach",
            "support_training",
            "support_adapted_hours",
            "target_groups",
            "wage_subsidy",
            "status",
            "reject_reason",
            "created_by",
            "created_at",
            "updated_at",
            "published_at",
        ],
        region
            .openings
            .iter()
            .enumerate()
            .map(|(i, o)| {
                vec![
                    V::I(id(i)),
                    V::I(id(o.employer)),
                    V::T(o.content.kind.as_str().into()),
                    V::T(o.content.title.clone()),
                    V::T(o.content.description.clone()),
                    V::T(o.content.sector.as_str().into()),
                    V::T(o.content.municipality.clone()),
                    V::T(o.content.postcode.clone()),
                    V::I(o.content.hours_min),
                    V::I(o.content.hours_max),
                    V::I(o.content.positions),
                    V::OT(o.content.start_date.clone()),
                    V::OT(o.content.closing_date.clone()),
                    V::T(o.content.contract_type.as_str().into()),
                    V::OI(o.content.salary.map(|s| s.0)),
                    V::OI(o.content.salary.map(|s| s.1)),
                    b(o.content.diploma_required),
                    V::T(o.content.dutch_level.as_str().into()),
                    b(o.content.driving_licence),
                    b(o.content.support_job_coach),
                    b(o.content.support_training),
                    b(o.content.support_adapted_hours),
                    V::T(join_codes(&o.content.target_groups, TargetGroup::as_str)),
                    b(o.content.wage_subsidy),
                    V::T(o.status.as_str().into()),
                    V::OT(o.reject_reason.clone()),
                    V::OI(None),
                    V::I(o.created_at),
                    V::I(o.updated_at),
                    V::OI(o.published_at),
                ]
            })
            .collect(),
    )
    .await?;

    // The history of each opening: created, and published where it was.
    let mut history = Vec::new();
    for (i, o) in region.openings.iter().enumerate() {
        history.push(vec![
            V::I(id(i)),
            V::OT(None),
            V::T("draft".into()),
            V::OI(None),
            V::I(o.created_at),
        ]);
        if let Some(p) = o.published_at {
            history.push(vec![
                V::I(id(i)),
                V::OT(Some("submitted".into())),
                V::T("published".into()),
                V::OI(Some(2)),
                V::I(p),
            ]);
        }
    }
    insert(
        &mut tx,
        "opening_history",
        &["opening_id", "from_status", "to_status", "by_user", "at"],
        history,
    )
    .await?;

    insert(
        &mut tx,
        "candidates",
        &[
            "id",
            "client_number",
            "first_name",
            "last_name",
            "email",
            "phone",
            "municipality",
            "postcode",
            "birth_year",
            "education_level",
            "dutch_level",
            "driving_licence",
            "hours_available",
            "sectors_wanted",
            "occupations_wanted",
            "skills",
            "talents",
            "hobbies",
            "ambitions",
            "target_groups",
            "consultant_id",
            "status",
            "motivation",
            "registered_on",
            "exited_on",
            "created_at",
            "updated_at",
        ],
        region
            .candidates
            .iter()
            .enumerate()
            .map(|(i, c)| {
                vec![
                    V::I(id(i)),
                    V::T(c.content.client_number.clone()),
                    V::T(c.content.first_name.clone()),
                    V::T(c.content.last_name.clone()),
                    V::T(c.content.email.clone()),
                    V::T(c.content.phone.clone()),
                    V::T(c.content.municipality.clone()),
                    V::T(c.content.postcode.clone()),
                    V::I(c.content.birth_year),
                    V::T(c.content.education_level.as_str().into()),
                    V::T(c.content.dutch_level.as_str().into()),
                    b(c.content.driving_licence),
                    V::I(c.content.hours_available),
                    V::T(join_codes(&c.content.sectors_wanted, Sector::as_str)),
                    V::T(c.content.occupations_wanted.clone()),
                    V::T(c.content.skills.clone()),
                    V::T(c.content.talents.clone()),
                    V::T(c.content.hobbies.clone()),
                    V::T(c.content.ambitions.clone()),
                    V::T(join_codes(&c.content.target_groups, TargetGroup::as_str)),
                    V::OI(Some(id(c.consultant))),
                    V::T(c.content.status.as_str().into()),
                    V::T(c.content.motivation.as_str().into()),
                    V::T(c.registered_on.clone()),
                    V::OT(c.exited_on.clone()),
                    V::I(c.created_at),
                    V::I(c.created_at),
                ]
            })
            .collect(),
    )
    .await?;

    insert(
        &mut tx,
        "consents",
        &[
            "candidate_id",
            "scope",
            "given_on",
            "recorded_by",
            "created_at",
        ],
        region
            .candidates
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                c.consent.as_ref().map(|(scope, on)| {
                    vec![
                        V::I(id(i)),
                        V::T(scope.as_str().into()),
                        V::T(on.clone()),
                        V::OI(Some(id(c.consultant))),
                        V::I(c.created_at),
                    ]
                })
            })
            .collect(),
    )
    .await?;

    insert(
        &mut tx,
        "candidate_obstacles",
        &[
            "candidate_id",
            "debts",
            "childcare",
            "health",
            "housing",
            "updated_at",
        ],
        region
            .candidates
            .iter()
            .enumerate()
            .filter(|(_, c)| c.obstacles.iter().any(|o| *o))
            .map(|(i, c)| {
                let [debts, childcare, health, housing] = c.obstacles;
                vec![
                    V::I(id(i)),
                    b(debts),
                    b(childcare),
                    b(health),
                    b(housing),
                    V::I(c.created_at),
                ]
            })
            .collect(),
    )
    .await?;

    insert(
        &mut tx,
        "proposals",
        &[
            "id",
            "opening_id",
            "candidate_id",
            "motivation",
            "status",
            "proposed_by",
            "decline_reason",
            "created_at",
            "updated_at",
        ],
        region
            .proposals
            .iter()
            .enumerate()
            .map(|(i, p)| {
                vec![
                    V::I(id(i)),
                    V::I(id(p.opening)),
                    V::I(id(p.candidate)),
                    V::T(p.motivation.clone()),
                    V::T(p.status.as_str().into()),
                    V::OI(Some(id(p.proposed_by))),
                    V::OT(p.decline_reason.clone()),
                    V::I(p.created_at),
                    V::I(p.updated_at),
                ]
            })
            .collect(),
    )
    .await?;
    insert(
        &mut tx,
        "proposal_events",
        &["proposal_id", "status", "by_user", "at"],
        region
            .proposals
            .iter()
            .enumerate()
            .flat_map(|(i, p)| {
                let mut events = vec![vec![
                    V::I(id(i)),
                    V::T("proposed".into()),
                    V::OI(Some(id(p.proposed_by))),
                    V::I(p.created_at),
                ]];
                if p.status.as_str() != "proposed" {
                    events.push(vec![
                        V::I(id(i)),
                        V::T(p.status.as_str().into()),
                        V::OI(None),
                        V::I(p.updated_at),
                    ]);
                }
                events
            })
            .collect(),
    )
    .await?;

    insert(
        &mut tx,
        "placements",
        &[
            "id",
            "candidate_id",
            "employer_id",
            "opening_id",
            "proposal_id",
            "kind",
            "start_date",
            "hours",
            "contract_type",
            "wage_subsidy",
            "benefit_exit",
            "outcome",
            "created_by",
            "created_at",
        ],
        region
            .placements
            .iter()
            .enumerate()
            .map(|(i, p)| {
                vec![
                    V::I(id(i)),
                    V::I(id(p.candidate)),
                    V::I(id(p.employer)),
                    V::OI(Some(id(p.opening))),
                    V::OI(Some(id(p.proposal))),
                    V::T(p.kind.as_str().into()),
                    V::T(p.start_date.clone()),
                    V::I(p.hours),
                    V::T(p.contract_type.as_str().into()),
                    b(p.wage_subsidy),
                    V::T(p.benefit_exit.as_str().into()),
                    V::T(p.outcome.as_str().into()),
                    V::OI(Some(2)),
                    V::I(p.created_at),
                ]
            })
            .collect(),
    )
    .await?;

    insert(
        &mut tx,
        "buddy_pairings",
        &[
            "id",
            "placement_id",
            "buddy_id",
            "start_date",
            "rhythm",
            "created_by",
            "created_at",
        ],
        region
            .pairings
            .iter()
            .enumerate()
            .map(|(i, p)| {
                vec![
                    V::I(id(i)),
                    V::I(id(p.placement)),
                    V::I(id(p.buddy)),
                    V::T(p.start_date.clone()),
                    V::T(p.rhythm.as_str().into()),
                    V::OI(Some(2)),
                    V::I(region.placements[p.placement].created_at),
                ]
            })
            .collect(),
    )
    .await?;

    insert(
        &mut tx,
        "checkins",
        &[
            "pairing_id",
            "held_on",
            "mode",
            "score",
            "notes_work",
            "needs_desk",
            "flag_handled_at",
            "flag_handled_by",
            "flag_note",
            "created_at",
        ],
        region
            .checkins
            .iter()
            .map(|c| {
                vec![
                    V::I(id(c.pairing)),
                    V::T(c.held_on.clone()),
                    V::T(c.mode.as_str().into()),
                    V::I(c.score),
                    V::T(c.notes_work.clone()),
                    b(c.needs_desk),
                    V::OI(c.handled.then_some(c.created_at + 86_400)),
                    V::OI(c.handled.then_some(2)),
                    V::OT(c.handled.then(|| {
                        "Gebeld met kandidaat en werkgever; planning aangepast.".to_string()
                    })),
                    V::I(c.created_at),
                ]
            })
            .collect(),
    )
    .await?;

    insert(
        &mut tx,
        "retention_checks",
        &[
            "placement_id",
            "months",
            "due_on",
            "confirmed_at",
            "still_working",
            "source",
            "confirmed_by",
        ],
        region
            .retention
            .iter()
            .map(|r| {
                let c = r.confirmed;
                vec![
                    V::I(id(r.placement)),
                    V::I(r.months),
                    V::T(r.due_on.clone()),
                    V::OI(c.map(|c| c.2)),
                    V::OI(c.map(|c| i64::from(c.0))),
                    V::OT(c.map(|c| c.1.as_str().to_string())),
                    V::OI(c.map(|_| 2)),
                ]
            })
            .collect(),
    )
    .await?;

    load_intake(&mut tx, region).await?;
    // The partner providers the plans' activities may be bought from (issue #20).
    insert(
        &mut tx,
        "providers",
        &["id", "name", "email", "created_at"],
        super::intake::PROVIDERS
            .iter()
            .enumerate()
            .map(|(i, (name, email))| {
                vec![
                    V::I(id(i)),
                    V::T((*name).into()),
                    V::T((*email).into()),
                    V::I(super::intake::made_at(region.intake.starts_on - 30)),
                ]
            })
            .collect(),
    )
    .await?;
    load_plans(&mut tx, region).await?;

    if db.backend() == Backend::Postgres {
        for table in [
            "providers",
            "plan_activities",
            "plan_versions",
            "caseload_imports",
            "caseload_clients",
            "campaigns",
            "campaign_waves",
            "invitations",
            "invitation_attempts",
            "intakes",
            "ladder_measurements",
            "employers",
            "users",
            "openings",
            "opening_history",
            "candidates",
            "proposals",
            "proposal_events",
            "placements",
            "buddy_pairings",
            "checkins",
        ] {
            sqlx::query(&format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            ))
            .execute(&mut **tx)
            .await?;
        }
    }
    tx.commit().await?;
    tracing::info!(
        employers = region.employers.len(),
        openings = region.openings.len(),
        candidates = region.candidates.len(),
        proposals = region.proposals.len(),
        placements = region.placements.len(),
        checkins = region.checkins.len(),
        "demo region loaded"
    );
    Ok(())
}
