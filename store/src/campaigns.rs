//! The campaign tables: campaigns and their consultants, members (fixed when the campaign
//! is made, each with where they stand), waves, invitations and the tries after a no-show.
//! The rules — who is in, how a wave is spread, what may follow what — are
//! `domain::campaigns`'; this module stores what they decided.

use super::{Db, WriteTx};
use opstap_core::domain::campaigns::coverage::CountRow;
use opstap_core::domain::campaigns::form::Campaign;
use opstap_core::domain::campaigns::{
    AttemptMode, CoverageState, ExemptionReason, InvitationChannel, InvitationStatus,
};
use opstap_core::wire::campaigns::{
    AttemptLine, CampaignLine, CampaignRecord, InvitationLine, InvitationRecord, WaveLine,
};
use sqlx::{AnyConnection, FromRow, Row};

/// Stores a campaign and its consultants. `form_key` is the key of the form it came from
/// (see [`made_from`]); `None` for campaigns made otherwise (the demo).
pub async fn insert(
    tx: &mut WriteTx,
    c: &Campaign,
    form_key: Option<&str>,
    by: i64,
    at: i64,
) -> Result<i64, sqlx::Error> {
    let k = &c.criteria;
    let id: i64 = sqlx::query(
        "INSERT INTO campaigns (name, starts_on, ends_on, target, municipality, postcode_from, postcode_to, \
         district, target_group, min_benefit_months, status, created_by, created_at, form_key) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'open', $11, $12, $13) RETURNING id",
    )
    .bind(&c.name)
    .bind(&c.starts_on)
    .bind(&c.ends_on)
    .bind(c.target)
    .bind(k.municipality.as_deref())
    .bind(k.postcode_from.map(i64::from))
    .bind(k.postcode_to.map(i64::from))
    .bind(k.district.as_deref())
    .bind(k.group.map(|g| g.as_str()))
    .bind(k.min_benefit_months)
    .bind(by)
    .bind(at)
    .bind(form_key)
    .fetch_one(&mut ***tx)
    .await?
    .try_get("id")?;
    add_consultants(tx, id, &c.consultants).await?;
    Ok(id)
}

async fn add_consultants(
    tx: &mut WriteTx,
    id: i64,
    consultants: &[i64],
) -> Result<(), sqlx::Error> {
    for user in consultants {
        sqlx::query("INSERT INTO campaign_consultants (campaign_id, user_id) VALUES ($1, $2)")
            .bind(id)
            .bind(user)
            .execute(&mut ***tx)
            .await?;
    }
    Ok(())
}

/// The campaign a form with this key made already, if any: the same form posted twice
/// makes one campaign.
pub async fn made_from(tx: &mut WriteTx, form_key: &str) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM campaigns WHERE form_key = $1")
        .bind(form_key)
        .fetch_optional(&mut ***tx)
        .await
}

/// Closes an open campaign; `false` when it was closed already (nothing changes then).
pub async fn close(tx: &mut WriteTx, id: i64, by: i64, at: i64) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query(
        "UPDATE campaigns SET status = 'closed', closed_by = $2, closed_at = $3 WHERE id = $1 AND status = 'open'",
    )
    .bind(id)
    .bind(by)
    .bind(at)
    .execute(&mut ***tx)
    .await?
    .rows_affected()
        == 1)
}

/// Changes an open campaign's name, last day, target and consultants; `false` when it is
/// closed (nothing changes then).
pub async fn change(
    tx: &mut WriteTx,
    id: i64,
    c: &opstap_core::domain::campaigns::change::CampaignChange,
) -> Result<bool, sqlx::Error> {
    let changed = sqlx::query(
        "UPDATE campaigns SET name = $2, ends_on = $3, target = $4 WHERE id = $1 AND status = 'open'",
    )
    .bind(id)
    .bind(&c.name)
    .bind(&c.ends_on)
    .bind(c.target)
    .execute(&mut ***tx)
    .await?
    .rows_affected()
        == 1;
    if !changed {
        return Ok(false);
    }
    sqlx::query("DELETE FROM campaign_consultants WHERE campaign_id = $1")
        .bind(id)
        .execute(&mut ***tx)
        .await?;
    add_consultants(tx, id, &c.consultants).await?;
    Ok(true)
}

/// The day of a campaign's last appointment still planned (`YYYY-MM-DD`), if any.
pub async fn last_appointment(
    tx: &mut WriteTx,
    campaign_id: i64,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT MAX(appointment_day) FROM invitations WHERE campaign_id = $1 AND status = 'planned'",
    )
    .bind(campaign_id)
    .fetch_one(&mut ***tx)
    .await
}

/// What a client of the caseload offers to a campaign's criteria.
#[derive(Clone, Debug, FromRow)]
pub struct ClientFactsRow {
    pub id: i64,
    pub municipality: String,
    pub postcode: String,
    pub district: String,
    pub birth_year: i64,
    pub benefit_start: String,
}

/// Every client of the caseload, for selecting a campaign's members; not the rows of
/// people anonymised (nobody is left there to invite), nor those who left the benefits
/// system.
pub async fn caseload_facts(db: &Db) -> Result<Vec<ClientFactsRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT k.id, k.municipality, k.postcode, k.district, k.birth_year, k.benefit_start FROM caseload_clients k \
         WHERE k.left_on IS NULL \
         AND NOT EXISTS (SELECT 1 FROM anonymisations a WHERE a.candidate_id = k.candidate_id) ORDER BY k.id",
    )
    .fetch_all(db.pool())
    .await
}

/// A member as they join: the client, their municipality and groups at that moment.
pub struct NewMember<'a> {
    pub client_id: i64,
    pub municipality: &'a str,
    pub young: bool,
    pub over_50: bool,
    pub long_term: bool,
    pub benefit_start: &'a str,
}

/// Adds members (not invited yet), a hundred rows a statement.
pub async fn add_members(
    tx: &mut WriteTx,
    campaign_id: i64,
    members: &[NewMember<'_>],
    at: i64,
) -> Result<(), sqlx::Error> {
    for slice in members.chunks(100) {
        let rows: Vec<String> = (0..slice.len())
            .map(|i| {
                let b = i * 6;
                format!(
                    "($1, ${}, ${}, ${}, ${}, ${}, ${}, 'not_invited', $2)",
                    b + 3,
                    b + 4,
                    b + 5,
                    b + 6,
                    b + 7,
                    b + 8
                )
            })
            .collect();
        let sql = format!(
            "INSERT INTO campaign_members (campaign_id, client_id, municipality, young, over_50, long_term, \
             benefit_start, state, joined_at) VALUES {}",
            rows.join(", ")
        );
        let mut q = sqlx::query(&sql).bind(campaign_id).bind(at);
        for m in slice {
            q = q
                .bind(m.client_id)
                .bind(m.municipality)
                .bind(i64::from(m.young))
                .bind(i64::from(m.over_50))
                .bind(i64::from(m.long_term))
                .bind(m.benefit_start);
        }
        q.execute(&mut ***tx).await?;
    }
    Ok(())
}

/// Every campaign, the open ones first, newest first, with members and conversations held.
pub async fn list(db: &Db) -> Result<Vec<CampaignLine>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.id, c.name, c.starts_on, c.ends_on, c.target, c.status, \
         (SELECT COUNT(*) FROM campaign_members m WHERE m.campaign_id = c.id) AS members, \
         (SELECT COUNT(*) FROM campaign_members m WHERE m.campaign_id = c.id AND m.state = 'seen') AS seen \
         FROM campaigns c ORDER BY c.status DESC, c.starts_on DESC, c.id DESC",
    )
    .fetch_all(db.pool())
    .await
}

pub async fn find(db: &Db, id: i64) -> Result<Option<CampaignRecord>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.id, c.name, c.starts_on, c.ends_on, c.target, c.status, c.municipality, c.postcode_from, \
         c.postcode_to, c.district, c.target_group, c.min_benefit_months, u.display_name AS created_by, c.created_at, \
         z.display_name AS closed_by, c.closed_at, c.elsewhere \
         FROM campaigns c JOIN users u ON u.id = c.created_by LEFT JOIN users z ON z.id = c.closed_by WHERE c.id = $1",
    )
    .bind(id)
    .fetch_optional(db.pool())
    .await
}

/// The consultants taking part: `(id, name, e-mail address)`.
pub async fn consultants(db: &Db, id: i64) -> Result<Vec<(i64, String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT u.id, u.display_name, u.email FROM campaign_consultants k JOIN users u ON u.id = k.user_id \
         WHERE k.campaign_id = $1 ORDER BY u.display_name, u.id",
    )
    .bind(id)
    .fetch_all(db.pool())
    .await
}

/// Members counted by municipality, groups and state: what coverage is made from.
pub async fn coverage_rows(db: &Db, id: i64) -> Result<Vec<CountRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT municipality, young, over_50, long_term, state, COUNT(*) AS members FROM campaign_members \
         WHERE campaign_id = $1 GROUP BY municipality, young, over_50, long_term, state",
    )
    .bind(id)
    .fetch_all(db.pool())
    .await
}

pub async fn waves(db: &Db, id: i64) -> Result<Vec<WaveLine>, sqlx::Error> {
    sqlx::query_as(
        "SELECT w.id, w.number, w.first_day, w.days, w.place, w.invited, u.display_name AS created_by, w.created_at \
         FROM campaign_waves w JOIN users u ON u.id = w.created_by WHERE w.campaign_id = $1 ORDER BY w.number",
    )
    .bind(id)
    .fetch_all(db.pool())
    .await
}

/// Someone to invite: the client, their name and e-mail address ('' when none).
#[derive(Clone, Debug, FromRow)]
pub struct Invitee {
    pub client_id: i64,
    pub name: String,
    pub email: String,
}

/// The next `limit` members not invited yet: the longest on assistance first (never
/// someone whose data were erased: there is nobody left to write to).
pub async fn to_invite(
    conn: &mut AnyConnection,
    campaign_id: i64,
    limit: i64,
) -> Result<Vec<Invitee>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT m.client_id, CASE WHEN k.first_name = '' THEN k.last_name ELSE k.first_name || ' ' || k.last_name END AS name, \
         k.email FROM campaign_members m JOIN caseload_clients k ON k.id = m.client_id \
         WHERE m.campaign_id = $1 AND m.state = 'not_invited' \
         AND NOT EXISTS (SELECT 1 FROM anonymisations a WHERE a.candidate_id = k.candidate_id) \
         ORDER BY m.benefit_start, k.client_number LIMIT {limit}"
    ))
    .bind(campaign_id)
    .fetch_all(conn)
    .await
}

/// Takes the consultants' rows for the rest of the write, so two desks planning for the
/// same consultant at once (several instances on PostgreSQL) take turns: the second reads
/// the times the first booked. On SQLite every write already has the database to itself.
pub async fn lock_consultants(
    tx: &mut WriteTx,
    backend: super::Backend,
    consultants: &[i64],
) -> Result<(), sqlx::Error> {
    if backend != super::Backend::Postgres || consultants.is_empty() {
        return Ok(());
    }
    let marks: Vec<String> = (1..=consultants.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "SELECT id FROM users WHERE id IN ({}) ORDER BY id FOR UPDATE",
        marks.join(", ")
    );
    let mut q = sqlx::query(&sql);
    for c in consultants {
        q = q.bind(c);
    }
    q.fetch_all(&mut ***tx).await?;
    Ok(())
}

/// An appointment of a consultant as stored.
#[derive(Clone, Debug, FromRow)]
pub struct Booked {
    pub id: i64,
    pub consultant_id: i64,
    /// `YYYY-MM-DD` and `HH:MM`.
    pub appointment_day: String,
    pub appointment_time: String,
    pub minutes: i64,
}

/// The appointments `consultants` have between two days (`YYYY-MM-DD`, both included).
pub async fn taken(
    conn: &mut AnyConnection,
    consultants: &[i64],
    from: &str,
    to: &str,
) -> Result<Vec<Booked>, sqlx::Error> {
    if consultants.is_empty() {
        return Ok(Vec::new());
    }
    let marks: Vec<String> = (0..consultants.len())
        .map(|i| format!("${}", i + 3))
        .collect();
    let sql = format!(
        "SELECT id, consultant_id, appointment_day, appointment_time, minutes FROM invitations WHERE status = 'planned' \
         AND appointment_day >= $1 AND appointment_day <= $2 AND consultant_id IN ({})",
        marks.join(", ")
    );
    let mut q = sqlx::query_as(&sql).bind(from).bind(to);
    for c in consultants {
        q = q.bind(c);
    }
    q.fetch_all(conn).await
}

/// A wave to store.
pub struct NewWave<'a> {
    pub campaign_id: i64,
    /// `YYYY-MM-DD`.
    pub first_day: &'a str,
    pub days: i64,
    pub place: &'a str,
    pub invited: i64,
    pub by: i64,
    pub at: i64,
}

/// Stores a wave, numbered as the campaign's next: `(id, number)`.
pub async fn insert_wave(tx: &mut WriteTx, w: &NewWave<'_>) -> Result<(i64, i64), sqlx::Error> {
    let row = sqlx::query(
        "INSERT INTO campaign_waves (campaign_id, number, first_day, days, place, invited, created_by, created_at) \
         VALUES ($1, (SELECT COALESCE(MAX(number), 0) + 1 FROM campaign_waves WHERE campaign_id = $1), $2, $3, $4, $5, $6, $7) \
         RETURNING id, number",
    )
    .bind(w.campaign_id)
    .bind(w.first_day)
    .bind(w.days)
    .bind(w.place)
    .bind(w.invited)
    .bind(w.by)
    .bind(w.at)
    .fetch_one(&mut ***tx)
    .await?;
    Ok((row.try_get("id")?, row.try_get("number")?))
}

/// Who planned the campaign's waves numbered `number` or later (the wave form carries the
/// number it would make, so posting it twice plans one wave): empty when there are none.
pub async fn wave_planners(
    tx: &mut WriteTx,
    campaign_id: i64,
    number: i64,
) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT created_by FROM campaign_waves WHERE campaign_id = $1 AND number >= $2 ORDER BY number",
    )
    .bind(campaign_id)
    .bind(number)
    .fetch_all(&mut ***tx)
    .await
}

/// The newest invitation of a person in a campaign: the only one an outcome, a new
/// appointment or a try may still be recorded on.
pub async fn latest_invitation(
    tx: &mut WriteTx,
    campaign_id: i64,
    client_id: i64,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT MAX(id) FROM invitations WHERE campaign_id = $1 AND client_id = $2")
        .bind(campaign_id)
        .bind(client_id)
        .fetch_one(&mut ***tx)
        .await
}

/// Gives every invitation its member's municipality and groups, as [`insert_invitation`]
/// does for one: for invitations written in bulk (the demo region).
pub async fn copy_member_groups(conn: &mut AnyConnection) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query(
        "UPDATE invitations SET municipality = m.municipality, young = m.young, over_50 = m.over_50, \
         long_term = m.long_term FROM campaign_members m \
         WHERE m.campaign_id = invitations.campaign_id AND m.client_id = invitations.client_id",
    )
    .execute(conn)
    .await?
    .rows_affected())
}

/// An appointment to store.
pub struct NewInvitation<'a> {
    pub campaign_id: i64,
    pub client_id: i64,
    pub wave_id: Option<i64>,
    /// The first invitation's id for a move; `None` for a first invitation (its own id).
    pub series: Option<i64>,
    pub sequence: i64,
    pub day: &'a str,
    pub time: &'a str,
    pub minutes: i64,
    pub at: i64,
    pub place: &'a str,
    pub consultant_id: i64,
    pub channel: InvitationChannel,
    pub created_by: i64,
    pub created_at: i64,
}

/// Stores an invitation and marks its member invited; the id. The invitation copies its
/// member's municipality and groups, which the outcomes report counts by.
pub async fn insert_invitation(
    tx: &mut WriteTx,
    i: &NewInvitation<'_>,
) -> Result<i64, sqlx::Error> {
    let id: i64 = sqlx::query(
        "INSERT INTO invitations (campaign_id, client_id, wave_id, series, sequence, appointment_day, \
         appointment_time, minutes, appointment_at, place, consultant_id, channel, status, created_by, created_at, \
         municipality, young, over_50, long_term) \
         SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'planned', $13, $14, \
         m.municipality, m.young, m.over_50, m.long_term \
         FROM campaign_members m WHERE m.campaign_id = $1 AND m.client_id = $2 RETURNING id",
    )
    .bind(i.campaign_id)
    .bind(i.client_id)
    .bind(i.wave_id)
    .bind(i.series)
    .bind(i.sequence)
    .bind(i.day)
    .bind(i.time)
    .bind(i.minutes)
    .bind(i.at)
    .bind(i.place)
    .bind(i.consultant_id)
    .bind(i.channel)
    .bind(i.created_by)
    .bind(i.created_at)
    .fetch_one(&mut ***tx)
    .await?
    .try_get("id")?;
    if i.series.is_none() {
        sqlx::query("UPDATE invitations SET series = id WHERE id = $1")
            .bind(id)
            .execute(&mut ***tx)
            .await?;
    }
    set_member_state(tx, i.campaign_id, i.client_id, CoverageState::Invited).await?;
    Ok(id)
}

pub async fn set_member_state(
    tx: &mut WriteTx,
    campaign_id: i64,
    client_id: i64,
    state: CoverageState,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE campaign_members SET state = $3 WHERE campaign_id = $1 AND client_id = $2")
        .bind(campaign_id)
        .bind(client_id)
        .bind(state)
        .execute(&mut ***tx)
        .await?;
    Ok(())
}

const INVITATION_LINE: &str = "SELECT i.id, i.campaign_id, \
     CASE WHEN k.first_name = '' THEN k.last_name ELSE k.first_name || ' ' || k.last_name END AS client_name, \
     k.client_number, i.appointment_day, i.appointment_time, i.place, u.display_name AS consultant, i.channel, i.status \
     FROM invitations i JOIN caseload_clients k ON k.id = i.client_id JOIN users u ON u.id = i.consultant_id";

/// A page of a campaign's invitations (`status`: only those), by appointment; and how many.
pub async fn invitations(
    db: &Db,
    campaign_id: i64,
    status: Option<InvitationStatus>,
    limit: i64,
    offset: i64,
) -> Result<(i64, Vec<InvitationLine>), sqlx::Error> {
    let filter = if status.is_some() {
        " AND i.status = $2"
    } else {
        ""
    };
    let count_sql = format!("SELECT COUNT(*) FROM invitations i WHERE i.campaign_id = $1{filter}");
    let sql = format!(
        "{INVITATION_LINE} WHERE i.campaign_id = $1{filter} ORDER BY i.appointment_at, i.id LIMIT {limit} OFFSET {offset}"
    );
    let mut count = sqlx::query_scalar::<_, i64>(&count_sql).bind(campaign_id);
    let mut lines = sqlx::query_as::<_, InvitationLine>(&sql).bind(campaign_id);
    if let Some(s) = status {
        count = count.bind(s);
        lines = lines.bind(s);
    }
    Ok((
        count.fetch_one(db.pool()).await?,
        lines.fetch_all(db.pool()).await?,
    ))
}

const INVITATION_RECORD: &str = "SELECT i.id, i.campaign_id, c.name AS campaign_name, i.client_id, \
     CASE WHEN k.first_name = '' THEN k.last_name ELSE k.first_name || ' ' || k.last_name END AS client_name, \
     k.client_number, k.address, k.postcode, k.municipality, k.email, i.appointment_day, i.appointment_time, \
     i.minutes, i.appointment_at, i.place, i.consultant_id, u.display_name AS consultant, u.email AS consultant_email, \
     i.channel, i.status, \
     i.exemption_reason, i.note, i.no_show_at, i.series, i.sequence, o.display_name AS outcome_by, i.outcome_at \
     FROM invitations i JOIN campaigns c ON c.id = i.campaign_id JOIN caseload_clients k ON k.id = i.client_id \
     JOIN users u ON u.id = i.consultant_id LEFT JOIN users o ON o.id = i.outcome_by";

pub async fn find_invitation(db: &Db, id: i64) -> Result<Option<InvitationRecord>, sqlx::Error> {
    sqlx::query_as(&format!("{INVITATION_RECORD} WHERE i.id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await
}

/// The letters of a campaign's wave numbered `number` (the latest wave when `None`): its
/// appointments still planned for people without an e-mail address, by appointment.
pub async fn wave_letters(
    db: &Db,
    campaign_id: i64,
    number: Option<i64>,
) -> Result<Option<(WaveLine, Vec<InvitationRecord>)>, sqlx::Error> {
    let wave: Option<WaveLine> = sqlx::query_as(
        "SELECT w.id, w.number, w.first_day, w.days, w.place, w.invited, u.display_name AS created_by, w.created_at \
         FROM campaign_waves w JOIN users u ON u.id = w.created_by WHERE w.campaign_id = $1 \
         AND w.number = COALESCE($2, (SELECT MAX(number) FROM campaign_waves WHERE campaign_id = $1))",
    )
    .bind(campaign_id)
    .bind(number)
    .fetch_optional(db.pool())
    .await?;
    let Some(wave) = wave else { return Ok(None) };
    let letters = sqlx::query_as(&format!(
        "{INVITATION_RECORD} WHERE i.wave_id = $1 AND i.channel = 'letter' AND i.status = 'planned' \
         ORDER BY i.appointment_at, i.id"
    ))
    .bind(wave.id)
    .fetch_all(db.pool())
    .await?;
    Ok(Some((wave, letters)))
}

/// The other invitations of the same person in the same campaign, by appointment.
pub async fn history(
    db: &Db,
    campaign_id: i64,
    client_id: i64,
) -> Result<Vec<InvitationLine>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{INVITATION_LINE} WHERE i.campaign_id = $1 AND i.client_id = $2 ORDER BY i.appointment_at, i.id"
    ))
    .bind(campaign_id)
    .bind(client_id)
    .fetch_all(db.pool())
    .await
}

/// Records an outcome when the invitation is still `from`; `false` when it is not (a
/// second post, or someone else was first): nothing changes then.
#[allow(clippy::too_many_arguments)]
pub async fn set_outcome(
    tx: &mut WriteTx,
    id: i64,
    from: InvitationStatus,
    to: InvitationStatus,
    reason: Option<ExemptionReason>,
    note: &str,
    by: i64,
    at: i64,
) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query(
        "UPDATE invitations SET status = $3, exemption_reason = $4, \
         note = CASE WHEN $5 = '' THEN note ELSE $5 END, outcome_by = $6, outcome_at = $7, \
         no_show_at = CASE WHEN $3 = 'no_show' THEN $7 ELSE no_show_at END \
         WHERE id = $1 AND status = $2",
    )
    .bind(id)
    .bind(from)
    .bind(to)
    .bind(reason.map(|r| r.as_str()))
    .bind(note)
    .bind(by)
    .bind(at)
    .execute(&mut ***tx)
    .await?
    .rows_affected()
        == 1)
}

pub async fn attempts(db: &Db, invitation_id: i64) -> Result<Vec<AttemptLine>, sqlx::Error> {
    sqlx::query_as(
        "SELECT a.made_on, a.mode, a.reached, a.note, u.display_name AS recorded_by FROM invitation_attempts a \
         JOIN users u ON u.id = a.recorded_by WHERE a.invitation_id = $1 ORDER BY a.made_on, a.id",
    )
    .bind(invitation_id)
    .fetch_all(db.pool())
    .await
}

/// How many tries are recorded for an invitation (the try form carries the count it
/// showed, so posting it twice records one try).
pub async fn attempt_count(tx: &mut WriteTx, invitation_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM invitation_attempts WHERE invitation_id = $1")
        .bind(invitation_id)
        .fetch_one(&mut ***tx)
        .await
}

#[allow(clippy::too_many_arguments)]
pub async fn add_attempt(
    tx: &mut WriteTx,
    invitation_id: i64,
    made_on: &str,
    mode: AttemptMode,
    reached: bool,
    note: &str,
    by: i64,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO invitation_attempts (invitation_id, made_on, mode, reached, note, recorded_by, recorded_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(invitation_id)
    .bind(made_on)
    .bind(mode)
    .bind(i64::from(reached))
    .bind(note)
    .bind(by)
    .bind(at)
    .execute(&mut ***tx)
    .await?;
    Ok(())
}

/// Open campaigns, not past their last day (`today`, `YYYY-MM-DD`), with members not
/// invited yet: `(campaign, name, how many)`.
pub async fn to_plan(db: &Db, today: &str) -> Result<Vec<(i64, String, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.id, c.name, COUNT(*) FROM campaigns c JOIN campaign_members m ON m.campaign_id = c.id \
         WHERE c.status = 'open' AND c.ends_on >= $1 AND m.state = 'not_invited' GROUP BY c.id, c.name ORDER BY c.id",
    )
    .bind(today)
    .fetch_all(db.pool())
    .await
}

/// Appointments whose day has passed (before `today`, `YYYY-MM-DD`) without an outcome,
/// oldest first: how many, and the first `limit`. Nobody stays "invited" unnoticed.
pub async fn overdue(
    db: &Db,
    today: &str,
    limit: i64,
) -> Result<(i64, Vec<InvitationLine>), sqlx::Error> {
    planned_where(db, "<", today, limit).await
}

/// The conversations planned on `day` (`YYYY-MM-DD`), by time: how many, and the first
/// `limit`.
pub async fn planned_on(
    db: &Db,
    day: &str,
    limit: i64,
) -> Result<(i64, Vec<InvitationLine>), sqlx::Error> {
    planned_where(db, "=", day, limit).await
}

/// Planned appointments whose day compares to `day` by `compare` (`=` or `<`), by time.
async fn planned_where(
    db: &Db,
    compare: &'static str,
    day: &str,
    limit: i64,
) -> Result<(i64, Vec<InvitationLine>), sqlx::Error> {
    let total = sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM invitations WHERE appointment_day {compare} $1 AND status = 'planned'"
    ))
    .bind(day)
    .fetch_one(db.pool())
    .await?;
    let lines = sqlx::query_as(&format!(
        "{INVITATION_LINE} WHERE i.appointment_day {compare} $1 AND i.status = 'planned' \
         ORDER BY i.appointment_at, i.id LIMIT {limit}"
    ))
    .bind(day)
    .fetch_all(db.pool())
    .await?;
    Ok((total, lines))
}

/// No-shows nobody has followed up yet with a new appointment or an exemption: the latest
/// invitation of members whose place in the campaign is still 'no_show', oldest first.
pub async fn no_shows_open(db: &Db, limit: i64) -> Result<(i64, Vec<InvitationLine>), sqlx::Error> {
    const WHERE: &str = "i.status = 'no_show' AND EXISTS (SELECT 1 FROM campaign_members m \
         WHERE m.campaign_id = i.campaign_id AND m.client_id = i.client_id AND m.state = 'no_show') \
         AND i.id = (SELECT MAX(j.id) FROM invitations j WHERE j.campaign_id = i.campaign_id AND j.client_id = i.client_id)";
    let total = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM invitations i WHERE {WHERE}"))
        .fetch_one(db.pool())
        .await?;
    let lines = sqlx::query_as(&format!(
        "{INVITATION_LINE} WHERE {WHERE} ORDER BY i.appointment_at, i.id LIMIT {limit}"
    ))
    .fetch_all(db.pool())
    .await?;
    Ok((total, lines))
}

/// Invitations with an appointment between two days (`YYYY-MM-DD`, both included) counted
/// by their person's municipality and groups in the campaign and by status;
/// `municipality` empty for the whole region.
pub async fn outcome_rows(
    db: &Db,
    from: &str,
    to: &str,
    municipality: &str,
) -> Result<Vec<opstap_core::domain::intake::report::OutcomeRow>, sqlx::Error> {
    let filter = if municipality.is_empty() {
        ""
    } else {
        "AND i.municipality = $3"
    };
    let sql = format!(
        "SELECT i.municipality, i.young, i.over_50, i.long_term, i.status, COUNT(*) AS count \
         FROM invitations i WHERE i.appointment_day >= $1 AND i.appointment_day <= $2 {filter} \
         GROUP BY i.municipality, i.young, i.over_50, i.long_term, i.status"
    );
    let mut q = sqlx::query_as(&sql).bind(from).bind(to);
    if !municipality.is_empty() {
        q = q.bind(municipality);
    }
    q.fetch_all(db.pool()).await
}

/// The campaigns running at some time between two days, with their members and those
/// seen (of `municipality` only, when given).
pub async fn progress(
    db: &Db,
    from: &str,
    to: &str,
    municipality: &str,
) -> Result<Vec<CampaignLine>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.id, c.name, c.starts_on, c.ends_on, c.target, c.status, COUNT(m.client_id) AS members, \
         COALESCE(SUM(CASE WHEN m.state = 'seen' THEN 1 ELSE 0 END), 0) AS seen \
         FROM campaigns c LEFT JOIN campaign_members m ON m.campaign_id = c.id AND ($3 = '' OR m.municipality = $3) \
         WHERE c.starts_on <= $2 AND c.ends_on >= $1 \
         GROUP BY c.id, c.name, c.starts_on, c.ends_on, c.target, c.status ORDER BY c.starts_on, c.id",
    )
    .bind(from)
    .bind(to)
    .bind(municipality)
    .fetch_all(db.pool())
    .await
}

/// The clients marked as left from import `import_id`, as the campaigns' condition.
const LEAVERS: &str =
    "SELECT id FROM caseload_clients WHERE left_import_id = $1 AND left_on IS NOT NULL";

/// The e-mailed appointments still to come (after `now`) of the clients marked as left
/// from an import, in open campaigns: each gets a calendar cancellation.
pub async fn planned_of_leavers(
    tx: &mut WriteTx,
    import_id: i64,
    now: i64,
) -> Result<Vec<InvitationRecord>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{INVITATION_RECORD} WHERE i.client_id IN ({LEAVERS}) AND i.status = 'planned' AND i.channel = 'email' \
         AND i.appointment_at > $2 AND c.status = 'open'"
    ))
    .bind(import_id)
    .bind(now)
    .fetch_all(&mut ***tx)
    .await
}

/// Ends the open campaigns' roads of the clients marked as left from an import: their
/// newest invitation still planned or after a no-show, and their membership still open,
/// become exempted (benefit ended). How many memberships ended.
pub async fn end_for_leavers(
    tx: &mut WriteTx,
    import_id: i64,
    by: i64,
    at: i64,
) -> Result<u64, sqlx::Error> {
    sqlx::query(&format!(
        "UPDATE invitations SET status = 'exempted', exemption_reason = 'benefit_ended', outcome_by = $2, \
         outcome_at = $3 WHERE status IN ('planned', 'no_show') AND client_id IN ({LEAVERS}) \
         AND campaign_id IN (SELECT id FROM campaigns WHERE status = 'open') \
         AND id = (SELECT MAX(j.id) FROM invitations j WHERE j.campaign_id = invitations.campaign_id \
         AND j.client_id = invitations.client_id)"
    ))
    .bind(import_id)
    .bind(by)
    .bind(at)
    .execute(&mut ***tx)
    .await?;
    Ok(sqlx::query(&format!(
        "UPDATE campaign_members SET state = 'exempted', exemption_reason = 'benefit_ended', exempted_by = $2, \
         exempted_at = $3 WHERE state IN ('not_invited', 'invited', 'no_show') AND client_id IN ({LEAVERS}) \
         AND campaign_id IN (SELECT id FROM campaigns WHERE status = 'open')"
    ))
    .bind(import_id)
    .bind(by)
    .bind(at)
    .execute(&mut ***tx)
    .await?
    .rows_affected())
}
