//! The demo region: a deterministic generator of a realistic region (employers across
//! sectors, openings of every kind and status, candidates of every target group,
//! proposals in every stage, placements, buddies with check-ins) and the demo accounts.
//!
//! [`generate`] is a pure function of the scale and "today", so the same input always
//! gives the same region (tested); [`load`] writes it to an empty database in one
//! transaction. `--scale N` multiplies every count, for benchmarks.

pub mod intake;
mod load;
mod names;

pub use load::{load, LoadError};

use app::domain::candidates::CandidateContent;
use app::domain::dates::iso_date;
use app::domain::kinds::*;
use app::domain::openings::OpeningContent;
use app::domain::Role;
use names::*;

/// The password of every demo account (listed in README.md).
pub const DEMO_PASSWORD: &str = "opstap-demo";
/// The demo accounts: e-mail, name, role. The employer account belongs to employer 1.
pub const DEMO_ACCOUNTS: &[(&str, &str, Role)] = &[
    ("beheer@opstap.example", "Anke Beheer", Role::Admin),
    ("balie@opstap.example", "Bart van de Balie", Role::Desk),
    (
        "werkgever@opstap.example",
        "Wendy Werkgever",
        Role::Employer,
    ),
    ("buddy@opstap.example", "Bea Buddy", Role::Buddy),
];

/// Counts at scale 1.
pub const EMPLOYERS: usize = 60;
pub const OPENINGS: usize = 180;
pub const CANDIDATES: usize = 600;
pub const DESK_STAFF: usize = 6;
pub const BUDDIES: usize = 20;

/// A small, fast, deterministic random generator (SplitMix64).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next_u64() % ((hi - lo + 1).max(1) as u64)) as i64
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Employer {
    pub name: String,
    pub kvk: String,
    pub sector: Sector,
    pub street: String,
    pub house_number: String,
    pub postcode: String,
    pub city: String,
    pub municipality: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub status: EmployerStatus,
    pub created_at: i64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct User {
    pub email: String,
    pub name: String,
    pub role: Role,
    /// Index into `Region::employers`.
    pub employer: Option<usize>,
    /// Demo accounts can log in; generated staff have no password.
    pub demo_login: bool,
    pub created_at: i64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Opening {
    pub employer: usize,
    pub content: OpeningContent,
    pub status: OpeningStatus,
    pub reject_reason: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub published_at: Option<i64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// The profile as the desk keeps it. Its `consultant_id` is left empty: the consultant
    /// is `consultant`, an index the loader turns into an id.
    pub content: CandidateContent,
    /// Index into `Region::users` (a desk consultant).
    pub consultant: usize,
    /// `(scope, given on)`: most candidates consented to share their profile.
    pub consent: Option<(ConsentScope, String)>,
    /// Debts, childcare, health, housing.
    pub obstacles: [bool; 4],
    pub registered_on: String,
    /// The day someone with status `exited` left the service: spread between their
    /// registration and today, so the retention job has people to anonymise.
    pub exited_on: Option<String>,
    pub created_at: i64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Proposal {
    pub opening: usize,
    pub candidate: usize,
    pub motivation: String,
    pub status: ProposalStatus,
    pub proposed_by: usize,
    pub decline_reason: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Placement {
    pub candidate: usize,
    pub employer: usize,
    pub opening: usize,
    pub proposal: usize,
    pub kind: OpeningKind,
    pub start_date: String,
    pub hours: i64,
    pub contract_type: ContractType,
    pub wage_subsidy: bool,
    pub benefit_exit: BenefitExit,
    pub outcome: PlacementOutcome,
    pub created_at: i64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pairing {
    pub placement: usize,
    pub buddy: usize,
    pub start_date: String,
    pub rhythm: Rhythm,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Checkin {
    pub pairing: usize,
    pub held_on: String,
    pub mode: CheckinMode,
    pub score: i64,
    pub notes_work: String,
    pub needs_desk: bool,
    /// The desk handled the flag (older flags are).
    pub handled: bool,
    pub created_at: i64,
}

/// A retention checkpoint; the ones well past are confirmed.
#[derive(Clone, Debug, PartialEq)]
pub struct RetentionCheck {
    pub placement: usize,
    pub months: i64,
    pub due_on: String,
    /// (still working, source, when)
    pub confirmed: Option<(bool, RetentionSource, i64)>,
}

/// Everything the demo loader writes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Region {
    pub employers: Vec<Employer>,
    pub users: Vec<User>,
    pub openings: Vec<Opening>,
    pub candidates: Vec<Candidate>,
    pub proposals: Vec<Proposal>,
    pub placements: Vec<Placement>,
    pub pairings: Vec<Pairing>,
    pub checkins: Vec<Checkin>,
    pub retention: Vec<RetentionCheck>,
    /// The caseload and a campaign under way (see [`intake`]).
    pub intake: intake::Intake,
}

const DAY: i64 = 86_400;

fn fill(pattern: &str, rng: &mut Rng, town: &str) -> String {
    pattern
        .replace("{L}", rng.pick::<&str>(LAST_NAMES))
        .replace("{P}", town)
        .replace("{N}", rng.pick::<&str>(NOUNS))
}

fn postcode(rng: &mut Rng, areas: &[u16]) -> String {
    const LETTERS: &[u8] = b"ABCEGHJKLMNPRTVWXZ";
    format!(
        "{} {}{}",
        rng.pick(areas),
        *rng.pick(LETTERS) as char,
        *rng.pick(LETTERS) as char
    )
}

fn phone(rng: &mut Rng) -> String {
    format!("06-{:08}", rng.range(10_000_000, 99_999_999))
}

fn slug(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            'a'..='z' | '0'..='9' => Some(c),
            'A'..='Z' => Some(c.to_ascii_lowercase()),
            ' ' | '-' | '.' => Some('.'),
            _ => None,
        })
        .collect::<String>()
        .split('.')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(".")
}

fn some_of<T: Copy>(rng: &mut Rng, all: &[T], max: usize) -> Vec<T> {
    let n = 1 + rng.below(max.min(all.len()));
    let mut out: Vec<T> = Vec::with_capacity(n);
    let start = rng.below(all.len());
    for i in 0..n {
        out.push(all[(start + i * 2) % all.len()]);
    }
    out
}

fn words(rng: &mut Rng, list: &[&str], n: usize) -> String {
    let mut picked: Vec<&str> = Vec::new();
    while picked.len() < n {
        let w = *rng.pick(list);
        if !picked.contains(&w) {
            picked.push(w);
        }
    }
    picked.join(", ")
}

/// Builds the region for `scale` (≥ 1) as of `today` (days since 1970-01-01).
pub fn generate(scale: usize, today: i64) -> Region {
    let scale = scale.max(1);
    let mut rng = Rng::new(0x0090_57A9_DE30 + scale as u64);
    let now = today * DAY + 10 * 3600;
    let mut region = Region::default();

    // Employers: every sector, mostly active, a few waiting for approval or declined.
    for i in 0..EMPLOYERS * scale {
        let sector = Sector::ALL[i % Sector::ALL.len()];
        let (municipality, town, areas) = *rng.pick(PLACES);
        let status = match i {
            0 => EmployerStatus::Active,
            _ => match rng.below(20) {
                0..=1 => EmployerStatus::Pending,
                2 => EmployerStatus::Declined,
                3 => EmployerStatus::Suspended,
                _ => EmployerStatus::Active,
            },
        };
        let pattern = *rng.pick(employer_patterns(sector.as_str()));
        let name = fill(pattern, &mut rng, town);
        let contact_first = *rng.pick(FIRST_NAMES);
        let contact_last = *rng.pick(LAST_NAMES);
        region.employers.push(Employer {
            kvk: format!(
                "{:08}",
                10_000_000 + (i as u64 * 7_919 + 4_321) % 89_999_999
            ),
            sector,
            street: rng.pick(STREETS).to_string(),
            house_number: rng.range(1, 180).to_string(),
            postcode: postcode(&mut rng, areas),
            city: town.to_string(),
            municipality: municipality.to_string(),
            contact_email: format!(
                "{}.{}@{}.example",
                slug(contact_first),
                slug(contact_last),
                slug(&name)
            )
            .replace("..", "."),
            contact_name: format!("{contact_first} {contact_last}"),
            contact_phone: phone(&mut rng),
            name,
            status,
            created_at: now - rng.range(20, 900) * DAY,
        });
    }

    // Accounts: the four demo logins first, then desk staff, buddies and employer users.
    for (email, name, role) in DEMO_ACCOUNTS {
        region.users.push(User {
            email: email.to_string(),
            name: name.to_string(),
            role: *role,
            employer: (*role == Role::Employer).then_some(0),
            demo_login: true,
            created_at: now - 400 * DAY,
        });
    }
    let mut desk = vec![1];
    for i in 0..DESK_STAFF * scale {
        let first = *rng.pick(FIRST_NAMES);
        let last = *rng.pick(LAST_NAMES);
        desk.push(region.users.len());
        region.users.push(User {
            email: format!("{}.{}.{i}@wsp.opstap.example", slug(first), slug(last)),
            name: format!("{first} {last}"),
            role: Role::Desk,
            employer: None,
            demo_login: false,
            created_at: now - rng.range(30, 700) * DAY,
        });
    }
    let mut buddies = vec![3];
    for i in 0..BUDDIES * scale {
        let first = *rng.pick(FIRST_NAMES);
        let last = *rng.pick(LAST_NAMES);
        buddies.push(region.users.len());
        region.users.push(User {
            email: format!("{}.{}.{i}@buddy.opstap.example", slug(first), slug(last)),
            name: format!("{first} {last}"),
            role: Role::Buddy,
            employer: None,
            demo_login: false,
            created_at: now - rng.range(30, 700) * DAY,
        });
    }
    for (i, e) in region.employers.clone().iter().enumerate().skip(1) {
        if e.status != EmployerStatus::Active {
            continue;
        }
        let (first, last) = e
            .contact_name
            .split_once(' ')
            .unwrap_or((&e.contact_name, ""));
        region.users.push(User {
            email: format!(
                "{}.{}.{i}@werkgever.opstap.example",
                slug(first),
                slug(last)
            ),
            name: e.contact_name.clone(),
            role: Role::Employer,
            employer: Some(i),
            demo_login: false,
            created_at: e.created_at + DAY,
        });
    }

    // Openings: only active employers post; employer 0 (the demo employer) has every status.
    let active: Vec<usize> = (0..region.employers.len())
        .filter(|i| region.employers[*i].status == EmployerStatus::Active)
        .collect();
    for i in 0..OPENINGS * scale {
        let employer = if i < OpeningStatus::ALL.len() + 3 {
            0
        } else {
            *rng.pick(&active)
        };
        let e = &region.employers[employer];
        let kind = OpeningKind::ALL[i % OpeningKind::ALL.len()];
        let status = if i < OpeningStatus::ALL.len() {
            OpeningStatus::ALL[i]
        } else {
            match rng.below(20) {
                0..=1 => OpeningStatus::Draft,
                2..=3 => OpeningStatus::Submitted,
                4 => OpeningStatus::Rejected,
                5..=6 => OpeningStatus::Filled,
                7 => OpeningStatus::Closed,
                8 => OpeningStatus::Expired,
                _ => OpeningStatus::Published,
            }
        };
        let title = rng.pick(titles(e.sector.as_str())).to_string();
        let created_at = now - rng.range(2, 200) * DAY;
        let published_at = matches!(
            status,
            OpeningStatus::Published
                | OpeningStatus::Filled
                | OpeningStatus::Closed
                | OpeningStatus::Expired
        )
        .then(|| (created_at + rng.range(1, 5) * DAY).min(now));
        let closing = match status {
            OpeningStatus::Expired => Some(today - rng.range(1, 30)),
            OpeningStatus::Published | OpeningStatus::Submitted | OpeningStatus::Draft => {
                Some(today + rng.range(7, 90))
            }
            _ => Some(today - rng.range(0, 60)),
        };
        let hours_min = *rng.pick(&[8, 12, 16, 20, 24, 32]);
        let contract_type = match kind {
            OpeningKind::Job => *rng.pick(&[
                ContractType::Permanent,
                ContractType::Temporary,
                ContractType::OnCall,
            ]),
            OpeningKind::Traineeship => ContractType::Internship,
            OpeningKind::LearningPlace => {
                *rng.pick(&[ContractType::Temporary, ContractType::Internship])
            }
            OpeningKind::TrialPlacement | OpeningKind::Volunteer => ContractType::None,
        };
        let salary = (kind == OpeningKind::Job && rng.chance(60)).then(|| {
            let lo = rng.range(2_100, 2_600);
            (lo, lo + rng.range(100, 700))
        });
        let content = OpeningContent {
            kind,
            description: format!(
                "{} zoekt een {} ({}) in {}. Je krijgt een vaste begeleider en een rustige inwerkperiode. \
                 Ervaring is niet nodig: we leren je het vak op de werkvloer.",
                e.name,
                title.to_lowercase(),
                kind.label().nl.to_lowercase(),
                e.city
            ),
            title,
            sector: e.sector,
            municipality: e.municipality.clone(),
            postcode: e.postcode.clone(),
            hours_min,
            // The form allows at most 40 hours a week; so does the region.
            hours_max: (hours_min + *rng.pick(&[0, 4, 8, 12])).min(40),
            positions: rng.range(1, 4),
            start_date: Some(iso_date(today + rng.range(-30, 60))),
            closing_date: closing.map(iso_date),
            contract_type,
            salary,
            diploma_required: rng.chance(20),
            dutch_level: *rng.pick(&[DutchLevel::A1, DutchLevel::A2, DutchLevel::A2, DutchLevel::B1, DutchLevel::B2]),
            driving_licence: e.sector == Sector::Transport || rng.chance(10),
            support_job_coach: rng.chance(50),
            support_training: rng.chance(40),
            support_adapted_hours: rng.chance(30),
            target_groups: some_of(&mut rng, TargetGroup::ALL, 4),
            wage_subsidy: rng.chance(45),
        };
        region.openings.push(Opening {
            employer,
            content,
            reject_reason: (status == OpeningStatus::Rejected).then(|| {
                "Beschrijf de werkzaamheden concreter en vul de werktijden aan.".to_string()
            }),
            status,
            created_at,
            updated_at: (published_at.unwrap_or(created_at) + rng.range(0, 3) * DAY).min(now),
            published_at,
        });
    }

    // Candidates: every target group, spread over the region.
    for i in 0..CANDIDATES * scale {
        let (municipality, _, areas) = *rng.pick(PLACES);
        let first = *rng.pick(FIRST_NAMES);
        let last = *rng.pick(LAST_NAMES);
        let mut groups = some_of(&mut rng, TargetGroup::ALL, 2);
        let forced = TargetGroup::ALL[i % TargetGroup::ALL.len()];
        if !groups.contains(&forced) {
            groups.push(forced);
        }
        let birth_year = if groups.contains(&TargetGroup::Young) {
            rng.range(1999, 2007)
        } else if groups.contains(&TargetGroup::Over50) {
            rng.range(1958, 1975)
        } else {
            rng.range(1970, 2000)
        };
        let registered = today - rng.range(10, 1200);
        let wanted_sector = rng_sector(&mut rng);
        let occupation = rng.pick(titles(wanted_sector.as_str())).to_string();
        // Drawn in this order so the region stays the same from run to run.
        let email = format!("{}.{}{}@mail.example", slug(first), slug(last), i);
        let phone = phone(&mut rng);
        let postcode = postcode(&mut rng, areas);
        let education_level = *rng.pick(EducationLevel::ALL);
        let dutch_level = if groups.contains(&TargetGroup::StatusHolder) {
            *rng.pick(&[DutchLevel::A1, DutchLevel::A2, DutchLevel::B1])
        } else {
            *rng.pick(&[
                DutchLevel::B1,
                DutchLevel::B2,
                DutchLevel::C1,
                DutchLevel::C2,
            ])
        };
        let driving_licence = rng.chance(35);
        let hours_available = *rng.pick(&[12, 16, 20, 24, 32, 36]);
        let sectors_wanted = some_of(&mut rng, Sector::ALL, 3);
        let skills = words(&mut rng, SKILLS, 3);
        let talents = words(&mut rng, TALENTS, 2);
        let hobbies = words(&mut rng, HOBBIES, 2);
        let consultant = desk[rng.below(desk.len())];
        let status = if rng.chance(8) {
            CandidateStatus::Paused
        } else if rng.chance(5) {
            CandidateStatus::Exited
        } else {
            CandidateStatus::Active
        };
        let motivation = *rng.pick(Motivation::ALL);
        region.candidates.push(Candidate {
            content: CandidateContent {
                client_number: format!("K{:06}", 100_000 + i),
                first_name: first.to_string(),
                last_name: last.to_string(),
                email,
                phone,
                municipality: municipality.to_string(),
                postcode,
                birth_year,
                education_level,
                dutch_level,
                driving_licence,
                hours_available,
                sectors_wanted,
                occupations_wanted: occupation,
                skills,
                talents,
                hobbies,
                ambitions: "Een vaste baan en een eigen inkomen.".to_string(),
                target_groups: groups,
                personal_plan: String::new(),
                motivation,
                motivation_note: String::new(),
                consultant_id: None,
                status,
            },
            consultant,
            consent: (!rng.chance(15)).then(|| {
                (
                    *rng.pick(ConsentScope::ALL),
                    iso_date((registered + rng.range(0, 14)).min(today)),
                )
            }),
            obstacles: [
                rng.chance(30),
                rng.chance(20),
                rng.chance(15),
                rng.chance(10),
            ],
            registered_on: iso_date(registered),
            // Not drawn from `rng`, so the rest of the region stays as it was.
            exited_on: (status == CandidateStatus::Exited)
                .then(|| iso_date(registered + (i as i64 * 37) % (today - registered).max(1))),
            created_at: registered * DAY + 9 * 3600,
        });
    }

    // Proposals on openings that were published, in every stage; hired ones become placements.
    let mut taken = vec![false; region.candidates.len()];
    let stages = [
        ProposalStatus::Proposed,
        ProposalStatus::Seen,
        ProposalStatus::Interview,
        ProposalStatus::Trial,
        ProposalStatus::Hired,
        ProposalStatus::Hired,
        ProposalStatus::Declined,
        ProposalStatus::Withdrawn,
    ];
    for (o_idx, opening) in region.openings.clone().iter().enumerate() {
        let Some(published) = opening.published_at else {
            continue;
        };
        let n = if o_idx < 12 { 3 } else { rng.below(4) };
        for k in 0..n {
            let mut candidate = rng.below(region.candidates.len());
            let mut tries = 0;
            let unfit = |c: usize, taken: &[bool], region: &Region| {
                taken[c]
                    || region.candidates[c].content.status != CandidateStatus::Active
                    || region.candidates[c].consent.is_none()
            };
            while unfit(candidate, &taken, &region) && tries < 20 {
                candidate = rng.below(region.candidates.len());
                tries += 1;
            }
            if unfit(candidate, &taken, &region) {
                continue;
            }
            taken[candidate] = true;
            let status = if opening.status == OpeningStatus::Published {
                stages[(o_idx + k) % stages.len()]
            } else {
                *rng.pick(&[
                    ProposalStatus::Hired,
                    ProposalStatus::Declined,
                    ProposalStatus::Withdrawn,
                ])
            };
            let created_at = published + rng.range(1, 10) * DAY;
            let c = &region.candidates[candidate];
            region.proposals.push(Proposal {
                opening: o_idx,
                candidate,
                motivation: format!(
                    "{} is {} en heeft ervaring met {}. Beschikbaar voor {} uur per week.",
                    c.content.first_name,
                    c.content.talents,
                    c.content.skills,
                    c.content.hours_available
                ),
                status,
                proposed_by: c.consultant,
                decline_reason: (status == ProposalStatus::Declined)
                    .then(|| "Past niet bij de werktijden.".to_string()),
                created_at: created_at.min(now),
                updated_at: (created_at + rng.range(0, 14) * DAY).min(now),
            });
            region.candidates[candidate].content.status = match status {
                ProposalStatus::Hired => CandidateStatus::Placed,
                ProposalStatus::Declined | ProposalStatus::Withdrawn => CandidateStatus::Active,
                _ => CandidateStatus::Proposed,
            };
        }
    }
    for (p_idx, p) in region.proposals.clone().iter().enumerate() {
        if p.status != ProposalStatus::Hired {
            continue;
        }
        let o = &region.openings[p.opening];
        let start = (p.updated_at / DAY + rng.range(3, 21)).min(today);
        let outcome = match rng.below(10) {
            0 => PlacementOutcome::EndedEarly,
            1 => PlacementOutcome::Completed,
            2 => PlacementOutcome::Extended,
            _ => PlacementOutcome::Working,
        };
        region.placements.push(Placement {
            candidate: p.candidate,
            employer: o.employer,
            opening: p.opening,
            proposal: p_idx,
            kind: o.content.kind,
            start_date: iso_date(start),
            hours: o.content.hours_min,
            contract_type: o.content.contract_type,
            wage_subsidy: o.content.wage_subsidy,
            benefit_exit: *rng.pick(BenefitExit::ALL),
            outcome,
            created_at: start * DAY,
        });
    }

    // Buddies: most running placements get one; the demo buddy gets the first few.
    let running: Vec<usize> = (0..region.placements.len())
        .filter(|i| region.placements[*i].outcome == PlacementOutcome::Working)
        .collect();
    for (n, placement) in running.iter().enumerate() {
        if n >= 5 && rng.chance(25) {
            continue;
        }
        let buddy = if n < 5 {
            3
        } else {
            buddies[rng.below(buddies.len())]
        };
        let start = region.placements[*placement].start_date.clone();
        let rhythm = *rng.pick(Rhythm::ALL);
        let pairing = region.pairings.len();
        region.pairings.push(Pairing {
            placement: *placement,
            buddy,
            start_date: start.clone(),
            rhythm,
        });
        let first = app::domain::dates::parse_iso_date(&start).unwrap_or(today);
        let mut day = first + 3;
        // Some pairings fall behind, so "overdue" shows up.
        let stop = if rng.chance(30) {
            today - rhythm.days() - 5
        } else {
            today
        };
        while day <= stop {
            let needs_desk = rng.chance(6);
            region.checkins.push(Checkin {
                pairing,
                held_on: iso_date(day),
                mode: *rng.pick(CheckinMode::ALL),
                score: if needs_desk {
                    rng.range(1, 2)
                } else {
                    rng.range(3, 5)
                },
                notes_work: if needs_desk {
                    "Loopt vast met de planning; vraagt om een gesprek met het servicepunt."
                        .to_string()
                } else {
                    "Gaat goed, voelt zich welkom in het team.".to_string()
                },
                needs_desk,
                handled: needs_desk && day < today - 14,
                created_at: day * DAY + 15 * 3600,
            });
            day += rhythm.days();
        }
    }

    // Retention checkpoints: those due more than a week ago are confirmed (no random
    // draws here, so the rest of the region stays as it was).
    for (i, p) in region.placements.iter().enumerate() {
        let Some(start) = app::domain::dates::parse_iso_date(&p.start_date) else {
            continue;
        };
        for (months, due) in app::domain::placements::checkpoint_days(start) {
            let source = RetentionSource::ALL[(i + months as usize) % RetentionSource::ALL.len()];
            let working = !(p.outcome == PlacementOutcome::EndedEarly && months >= 3);
            region.retention.push(RetentionCheck {
                placement: i,
                months,
                due_on: iso_date(due),
                confirmed: (due <= today - 7).then_some((working, source, (due + 3) * DAY)),
            });
        }
    }
    let intake = intake::generate(&region, &mut rng, today);
    region.intake = intake;
    region
}

fn rng_sector(rng: &mut Rng) -> Sector {
    *rng.pick(Sector::ALL)
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::domain::{EmailAddress, Kvk, Postcode};

    const TODAY: i64 = 20_800; // 2026-12-13

    #[test]
    fn same_input_same_region() {
        assert_eq!(generate(1, TODAY), generate(1, TODAY));
        assert_ne!(generate(1, TODAY).employers, generate(2, TODAY).employers);
    }

    #[test]
    fn scale_multiplies_the_counts() {
        let one = generate(1, TODAY);
        let three = generate(3, TODAY);
        assert_eq!(one.employers.len(), EMPLOYERS);
        assert_eq!(three.employers.len(), 3 * EMPLOYERS);
        assert_eq!(three.candidates.len(), 3 * CANDIDATES);
        assert_eq!(three.openings.len(), 3 * OPENINGS);
    }

    #[test]
    fn the_region_is_realistic_and_valid() {
        let r = generate(1, TODAY);
        for e in &r.employers {
            Kvk::parse(&e.kvk).unwrap();
            Postcode::parse(&e.postcode).unwrap();
            EmailAddress::parse(&e.contact_email).unwrap();
        }
        let kvks: std::collections::HashSet<_> = r.employers.iter().map(|e| &e.kvk).collect();
        assert_eq!(kvks.len(), r.employers.len(), "KvK numbers are unique");
        let emails: std::collections::HashSet<_> = r.users.iter().map(|u| &u.email).collect();
        assert_eq!(emails.len(), r.users.len(), "e-mail addresses are unique");
        for u in &r.users {
            EmailAddress::parse(&u.email).unwrap();
            assert_eq!(u.role == Role::Employer, u.employer.is_some());
        }
        for c in &r.candidates {
            Postcode::parse(&c.content.postcode).unwrap();
        }
        // What the opening form allows (the API documents the same bounds).
        for o in &r.openings {
            let c = &o.content;
            assert!(
                1 <= c.hours_min && c.hours_min <= c.hours_max && c.hours_max <= 40,
                "{} hours {}–{}",
                c.title,
                c.hours_min,
                c.hours_max
            );
        }
        for sector in Sector::ALL {
            assert!(r.employers.iter().any(|e| e.sector == *sector), "{sector}");
        }
        for kind in OpeningKind::ALL {
            assert!(r.openings.iter().any(|o| o.content.kind == *kind), "{kind}");
        }
        for status in OpeningStatus::ALL {
            assert!(
                r.openings
                    .iter()
                    .any(|o| o.status == *status && o.employer == 0),
                "{status}"
            );
        }
        for group in TargetGroup::ALL {
            assert!(
                r.candidates
                    .iter()
                    .any(|c| c.content.target_groups.contains(group)),
                "{group}"
            );
        }
        for status in ProposalStatus::ALL {
            assert!(r.proposals.iter().any(|p| p.status == *status), "{status}");
        }
        assert!(!r.placements.is_empty());
        assert!(
            r.pairings.iter().filter(|p| p.buddy == 3).count() >= 3,
            "the demo buddy has people"
        );
        assert!(!r.checkins.is_empty());
        let unique: std::collections::HashSet<_> = r
            .proposals
            .iter()
            .map(|p| (p.opening, p.candidate))
            .collect();
        assert_eq!(unique.len(), r.proposals.len());
    }

    #[test]
    fn nothing_happened_in_the_future() {
        let r = generate(1, TODAY);
        let now = TODAY * DAY + 10 * 3600;
        for o in &r.openings {
            assert!(
                o.created_at <= now
                    && o.updated_at <= now
                    && o.published_at.is_none_or(|p| p <= now),
                "{o:?}"
            );
        }
    }

    #[test]
    fn every_demo_account_exists_once() {
        let r = generate(1, TODAY);
        for (email, _, role) in DEMO_ACCOUNTS {
            let found: Vec<_> = r.users.iter().filter(|u| u.email == *email).collect();
            assert_eq!(found.len(), 1);
            assert_eq!(found[0].role, *role);
            assert!(found[0].demo_login);
        }
        assert_eq!(
            r.users.iter().filter(|u| u.demo_login).count(),
            DEMO_ACCOUNTS.len()
        );
    }
}
