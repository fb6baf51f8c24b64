//! The demo region's road before the pool: every candidate is also a client of the
//! caseload (with the same client number), and one campaign, "Iedereen in beeld", is ten
//! months under way — most of the caseload invited in weekly rhythm, conversations held,
//! moved, missed (with the tries after), exempted, the next weeks planned, and a tenth not
//! invited yet. Built here as plain rows; `load` writes them.

use super::{Region, Rng, DAY};
use app::domain::campaigns::criteria::groups_of;
use app::domain::campaigns::outcomes::coverage_state;
use app::domain::campaigns::waves::working_days;
use app::domain::campaigns::{AttemptMode, CoverageState, ExemptionReason, InvitationStatus};
use app::domain::dates::{iso_date, local_moment};
use app::domain::intake::Transport;
use app::domain::kinds::TargetGroup;
use app::domain::Role;

/// The campaign began this many days ago and ends this many days ahead.
pub const CAMPAIGN_BEGAN: i64 = 300;
pub const CAMPAIGN_ENDS: i64 = 65;
/// Length of a conversation in minutes; the first of a day is at 09:00.
const SLOT: i64 = 45;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Intake {
    /// One per candidate (same index): address and benefit start.
    pub clients: Vec<Client>,
    pub members: Vec<Member>,
    pub invitations: Vec<Invitation>,
    pub attempts: Vec<Attempt>,
    /// Users (indexes into `Region::users`) taking part.
    pub consultants: Vec<usize>,
    pub starts_on: i64,
    pub ends_on: i64,
    pub target: i64,
    /// The intake recorded after each conversation held.
    pub records: Vec<Record>,
    /// The participation ladder: at each intake, some from before the campaign, and the
    /// half-yearly measurements since.
    pub measurements: Vec<Measurement>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    pub invitation: usize,
    pub client: usize,
    pub day: i64,
    pub education: &'static str,
    pub work_experience: &'static str,
    pub languages: &'static str,
    pub language_course: bool,
    pub transport: Vec<Transport>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Measurement {
    pub client: usize,
    /// Index into `records` for the one taken at an intake.
    pub record: Option<usize>,
    pub day: i64,
    pub step: i64,
    pub potential: i64,
}

const EDUCATION: &[&str] = &[
    "MBO 2 Helpende Zorg en Welzijn (2015)",
    "VMBO basis, geen diploma",
    "MBO 1 Entree; heftruckcertificaat (2019)",
    "HAVO, niet afgemaakt",
    "Diploma boekhouden uit Syrië, nog niet gewaardeerd",
    "MBO 3 Logistiek medewerker",
    "Basisschool; cursus VCA (2021)",
];
const EXPERIENCE: &[&str] = &[
    "Vijf jaar schoonmaak in een ziekenhuis, via een uitzendbureau.",
    "Orderpicker in een distributiecentrum (2 jaar).",
    "Geen betaald werk; vrijwilliger bij de voedselbank.",
    "Keukenhulp en afwas in een restaurant, tot de zaak sloot.",
    "Mantelzorg voor moeder sinds 2018; daarvoor kassamedewerker.",
    "Bouwplaats: sjouwer en grondwerker, seizoenswerk.",
];
const LANGUAGES: &[&str] = &[
    "",
    "",
    "Engels",
    "Arabisch",
    "Tigrinya",
    "Pools",
    "Turks",
    "Engels, Frans",
];

#[derive(Clone, Debug, PartialEq)]
pub struct Client {
    pub address: String,
    pub benefit_start: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    pub client: usize,
    pub young: bool,
    pub over_50: bool,
    pub long_term: bool,
    pub state: CoverageState,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Invitation {
    pub client: usize,
    /// Index of the first invitation of its series (itself for a first one).
    pub series: usize,
    pub sequence: i64,
    pub day: i64,
    pub minutes: i64,
    pub consultant: usize,
    pub email: bool,
    pub status: InvitationStatus,
    pub reason: Option<ExemptionReason>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Attempt {
    pub invitation: usize,
    pub day: i64,
    pub mode: AttemptMode,
    pub reached: bool,
}

const STREETS: &[&str] = &[
    "Kerkstraat",
    "Dorpsstraat",
    "Molenweg",
    "Stationsweg",
    "Schoolstraat",
    "Beukenlaan",
    "Nieuwstraat",
    "Julianastraat",
];

/// The caseload and the campaign for `region` (its candidates and desk staff), as of
/// `today`.
pub fn generate(region: &Region, rng: &mut Rng, today: i64) -> Intake {
    let mut out = Intake {
        starts_on: today - CAMPAIGN_BEGAN,
        ends_on: today + CAMPAIGN_ENDS,
        consultants: region
            .users
            .iter()
            .enumerate()
            .filter(|(_, u)| u.role == Role::Desk)
            .map(|(i, _)| i)
            .collect(),
        ..Intake::default()
    };
    for _ in &region.candidates {
        out.clients.push(Client {
            address: format!("{} {}", rng.pick(STREETS), rng.range(1, 180)),
            benefit_start: iso_date(today - rng.range(40, 3000)),
        });
    }
    let n = region.candidates.len();
    out.target = (n as i64 * 8) / 10;
    let invited = n - n / 10;
    // Appointments from the campaign's first working day to three weeks ahead.
    let last = today + 20;
    let days: Vec<i64> = working_days(out.starts_on, last - out.starts_on + 1)
        .into_iter()
        .filter(|d| *d <= last)
        .collect();
    let consultants = out.consultants.len().max(1);
    let mut per_day = vec![0i64; days.len()];
    let mut latest: Vec<Option<InvitationStatus>> = vec![None; n];
    for (client, last_status) in latest.iter_mut().enumerate().take(invited) {
        let d = client * days.len() / invited.max(1);
        let slot = per_day[d];
        per_day[d] += 1;
        let day = days[d];
        let consultant = out.consultants[(slot as usize) % consultants];
        let minutes = 540 + (slot / consultants as i64) * SLOT;
        let email = !region.candidates[client].content.email.is_empty();
        let first = out.invitations.len();
        let status = if day > today {
            InvitationStatus::Planned
        } else {
            match rng.below(100) {
                0..=69 => InvitationStatus::Held,
                70..=83 => InvitationStatus::NoShow,
                84..=93 => InvitationStatus::Exempted,
                _ => InvitationStatus::Moved,
            }
        };
        let reason =
            (status == InvitationStatus::Exempted).then(|| *rng.pick(&ExemptionReason::choices()));
        out.invitations.push(Invitation {
            client,
            series: first,
            sequence: 0,
            day,
            minutes,
            consultant,
            email,
            status,
            reason,
        });
        *last_status = Some(status);
        match status {
            InvitationStatus::NoShow => {
                for k in 0..rng.range(1, 3) {
                    let on = (day + 1 + k * 2).min(today);
                    out.attempts.push(Attempt {
                        invitation: first,
                        day: on,
                        mode: *rng.pick(AttemptMode::ALL),
                        reached: rng.chance(40),
                    });
                }
            }
            InvitationStatus::Moved => {
                // A week later, five minutes off the day's grid: never a slot taken.
                let again = day + 7;
                let status = if again > today {
                    InvitationStatus::Planned
                } else if rng.chance(85) {
                    InvitationStatus::Held
                } else {
                    InvitationStatus::NoShow
                };
                out.invitations.push(Invitation {
                    client,
                    series: first,
                    sequence: 1,
                    day: again,
                    minutes: minutes + 5,
                    consultant,
                    email,
                    status,
                    reason: None,
                });
                *last_status = Some(status);
            }
            _ => {}
        }
    }
    for (client, c) in region.candidates.iter().enumerate() {
        let groups = groups_of(
            c.content.birth_year,
            &out.clients[client].benefit_start,
            today,
        );
        out.members.push(Member {
            client,
            young: groups.contains(&TargetGroup::Young),
            over_50: groups.contains(&TargetGroup::Over50),
            long_term: groups.contains(&TargetGroup::LongTermUnemployed),
            state: coverage_state(latest[client]),
        });
    }
    ladder(&mut out, rng, today);
    out
}

/// Intake records for every conversation held, and the ladder's history: a measurement at
/// each intake, for a third one from before the campaign, and half a year after the intake
/// most were measured again (some moved up, a few down; some are overdue).
fn ladder(out: &mut Intake, rng: &mut Rng, today: i64) {
    let held: Vec<(usize, usize, i64)> = out
        .invitations
        .iter()
        .enumerate()
        .filter(|(_, v)| v.status == InvitationStatus::Held)
        .map(|(i, v)| (i, v.client, v.day))
        .collect();
    for (i, client, day) in held {
        let record = out.records.len();
        out.records.push(Record {
            invitation: i,
            client,
            day,
            education: EDUCATION[rng.below(EDUCATION.len())],
            work_experience: EXPERIENCE[rng.below(EXPERIENCE.len())],
            languages: LANGUAGES[rng.below(LANGUAGES.len())],
            language_course: rng.chance(30),
            transport: Transport::ALL
                .iter()
                .copied()
                .filter(|_| rng.chance(40))
                .collect(),
        });
        let step = match rng.below(100) {
            0..=9 => 1,
            10..=29 => 2,
            30..=59 => 3,
            60..=79 => 4,
            80..=94 => 5,
            _ => 6,
        };
        let potential = (step + rng.range(0, 2)).min(6);
        if rng.chance(33) {
            out.measurements.push(Measurement {
                client,
                record: None,
                day: out.starts_on - rng.range(20, 70),
                step: (step - rng.range(0, 1)).max(1),
                potential,
            });
        }
        out.measurements.push(Measurement {
            client,
            record: Some(record),
            day,
            step,
            potential,
        });
        let review = day + REVIEW_AFTER + rng.range(-10, 14);
        if review <= today && rng.chance(80) {
            let moved = match rng.below(100) {
                0..=34 => 1,
                35..=89 => 0,
                _ => -1,
            };
            let step = (step + moved).clamp(1, 6);
            out.measurements.push(Measurement {
                client,
                record: None,
                day: review,
                step,
                potential: potential.max(step),
            });
        }
    }
}

/// Days between the intake's measurement and the next, about half a year.
pub const REVIEW_AFTER: i64 = 182;

impl Invitation {
    /// The Unix time of the appointment.
    pub fn at(&self) -> i64 {
        local_moment(self.day, self.minutes)
    }
}

/// When the demo's rows were made (for `created_at` columns).
pub fn made_at(day: i64) -> i64 {
    day * DAY + 8 * 3600
}

/// The demo region's partner providers: `(name, e-mail address)`.
pub const PROVIDERS: [(&str, &str); 2] = [
    ("Taalhuis Rivierenland", "taalhuis@aanbieder.example"),
    ("Werkfit Betuwe", "werkfit@aanbieder.example"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_campaign_has_every_outcome_and_never_books_a_consultant_twice() {
        let today = app::domain::dates::days_from_civil(2026, 12, 3);
        let region = super::super::generate(1, today);
        let i = &region.intake;
        assert_eq!(i.clients.len(), region.candidates.len());
        for s in InvitationStatus::ALL {
            assert!(i.invitations.iter().any(|v| v.status == *s), "{s}");
        }
        for s in CoverageState::ALL {
            assert!(i.members.iter().any(|m| m.state == *s), "{s}");
        }
        let mut planned = std::collections::HashSet::new();
        for v in i
            .invitations
            .iter()
            .filter(|v| v.status == InvitationStatus::Planned)
        {
            assert!(v.day > today);
            assert!(
                planned.insert((v.consultant, v.at())),
                "a consultant booked twice"
            );
        }
        let mut open = std::collections::HashSet::new();
        for v in i
            .invitations
            .iter()
            .filter(|v| v.status == InvitationStatus::Planned)
        {
            assert!(open.insert(v.client), "two open invitations for one person");
        }
        assert!(i.attempts.iter().all(|a| a.day <= today));
        // An intake for every conversation held, each with its measurement on that day.
        let held = i
            .invitations
            .iter()
            .filter(|v| v.status == InvitationStatus::Held)
            .count();
        assert_eq!(i.records.len(), held);
        for (r, record) in i.records.iter().enumerate() {
            let at = i.measurements.iter().find(|m| m.record == Some(r));
            assert_eq!(at.map(|m| m.day), Some(record.day));
        }
        assert!(i
            .measurements
            .iter()
            .all(|m| m.day <= today && (1..=6).contains(&m.step) && m.potential >= m.step));
        // History over a year: measured before the campaign, and again after it began.
        assert!(i.measurements.iter().any(|m| m.day < i.starts_on));
        assert!(i
            .measurements
            .iter()
            .any(|m| m.record.is_none() && m.day > i.starts_on));
    }
}
