//! The closed vocabularies of the domain (statuses, kinds, groups), as stored in the
//! database. Later features add behaviour (transitions, matching) next to them.

use super::text_enum;

text_enum! {
    /// An employer is approved by the desk before it can post.
    EmployerStatus {
        Pending = "pending": "Aangemeld" / "Pending",
        Active = "active": "Actief" / "Active",
        Suspended = "suspended": "Geschorst" / "Suspended",
        Declined = "declined": "Afgewezen" / "Declined",
    }
}

text_enum! {
    OpeningKind {
        Job = "job": "Vacature" / "Job",
        Traineeship = "traineeship": "Stage" / "Traineeship",
        LearningPlace = "learning_place": "Leerwerkplek" / "Learning place",
        TrialPlacement = "trial": "Proefplaatsing" / "Trial placement",
        Volunteer = "volunteer": "Vrijwilligerswerk" / "Volunteer work",
    }
}

text_enum! {
    OpeningStatus {
        Draft = "draft": "Concept" / "Draft",
        Submitted = "submitted": "Ter beoordeling" / "Submitted",
        Published = "published": "Gepubliceerd" / "Published",
        Rejected = "rejected": "Teruggestuurd" / "Sent back",
        Filled = "filled": "Vervuld" / "Filled",
        Closed = "closed": "Gesloten" / "Closed",
        Expired = "expired": "Verlopen" / "Expired",
    }
}

text_enum! {
    Sector {
        Care = "care": "Zorg en welzijn" / "Care and welfare",
        Hospitality = "hospitality": "Horeca" / "Hospitality",
        Construction = "construction": "Bouw" / "Construction",
        Transport = "transport": "Transport" / "Transport",
        Logistics = "logistics": "Logistiek" / "Logistics",
        Retail = "retail": "Detailhandel" / "Retail",
        Cleaning = "cleaning": "Schoonmaak" / "Cleaning",
        Technology = "technology": "Techniek" / "Engineering",
        Government = "government": "Overheid" / "Government",
        Greenery = "greenery": "Groen" / "Landscaping",
    }
}

text_enum! {
    /// Groups the desk works with. An opening lists the groups it is open to; matching only
    /// counts a group where the employer opened the opening to it.
    TargetGroup {
        LongTermUnemployed = "long_term": "Langdurig werkzoekend" / "Long-term unemployed",
        Over50 = "over_50": "50-plussers" / "Over 50",
        StatusHolder = "status_holder": "Statushouders" / "Status holders",
        Young = "young": "Jongeren" / "Young people",
        WorkLimitation = "work_limitation": "Met arbeidsbeperking" / "With a work limitation",
    }
}

text_enum! {
    DutchLevel {
        A1 = "A1": "A1" / "A1",
        A2 = "A2": "A2" / "A2",
        B1 = "B1": "B1" / "B1",
        B2 = "B2": "B2" / "B2",
        C1 = "C1": "C1" / "C1",
        C2 = "C2": "C2" / "C2",
    }
}

text_enum! {
    EducationLevel {
        None = "none": "Geen diploma" / "No diploma",
        Primary = "primary": "Basisonderwijs" / "Primary school",
        Vmbo = "vmbo": "Vmbo" / "Pre-vocational (vmbo)",
        Mbo1 = "mbo1": "Mbo 1 (entree)" / "Vocational level 1",
        Mbo2 = "mbo2": "Mbo 2" / "Vocational level 2",
        Mbo34 = "mbo34": "Mbo 3 of 4" / "Vocational level 3 or 4",
        Havo = "havo": "Havo/vwo" / "Senior general secondary",
        Hbo = "hbo": "Hbo/wo" / "Higher education",
    }
}

text_enum! {
    ContractType {
        Permanent = "permanent": "Vast" / "Permanent",
        Temporary = "temporary": "Tijdelijk" / "Fixed term",
        OnCall = "on_call": "Oproep" / "On call",
        Internship = "internship": "Stageovereenkomst" / "Internship agreement",
        None = "none": "Geen arbeidscontract" / "No employment contract",
    }
}

text_enum! {
    CandidateStatus {
        Active = "active": "Actief" / "Active",
        Proposed = "proposed": "Voorgedragen" / "Proposed",
        Placed = "placed": "Geplaatst" / "Placed",
        Paused = "paused": "Gepauzeerd" / "Paused",
        Exited = "exited": "Uitgestroomd" / "Exited",
    }
}

text_enum! {
    ProposalStatus {
        Proposed = "proposed": "Voorgedragen" / "Proposed",
        Seen = "seen": "Bekeken" / "Seen",
        Interview = "interview": "Gesprek" / "Interview",
        Trial = "trial": "Proefplaatsing" / "Trial",
        Hired = "hired": "Aangenomen" / "Hired",
        Declined = "declined": "Afgewezen" / "Declined",
        Withdrawn = "withdrawn": "Ingetrokken" / "Withdrawn",
    }
}

text_enum! {
    PlacementOutcome {
        Working = "working": "Werkt nog" / "Still working",
        Completed = "completed": "Afgerond" / "Completed",
        Extended = "extended": "Contract verlengd" / "Contract extended",
        EndedEarly = "ended_early": "Voortijdig gestopt" / "Ended early",
    }
}

text_enum! {
    BenefitExit {
        Full = "full": "Volledig uit de bijstand" / "Fully off benefits",
        Partial = "partial": "Gedeeltelijk uit de bijstand" / "Partly off benefits",
        NotYet = "none": "Nog niet uit de bijstand" / "Not off benefits",
    }
}

text_enum! {
    Rhythm {
        Weekly = "weekly": "Wekelijks" / "Weekly",
        Fortnightly = "fortnightly": "Om de week" / "Fortnightly",
        Monthly = "monthly": "Maandelijks" / "Monthly",
    }
}

impl Rhythm {
    /// Days between check-ins.
    pub fn days(self) -> i64 {
        match self {
            Rhythm::Weekly => 7,
            Rhythm::Fortnightly => 14,
            Rhythm::Monthly => 30,
        }
    }
}

text_enum! {
    /// Who confirmed that a placed person still works at a retention checkpoint.
    RetentionSource {
        Buddy = "buddy": "Buddy" / "Buddy",
        Employer = "employer": "Werkgever" / "Employer",
        BenefitRecords = "benefit_records": "Uitkeringsadministratie" / "Benefit records",
    }
}

text_enum! {
    CheckinMode {
        Visit = "visit": "Bezoek" / "Visit",
        Call = "call": "Telefoon" / "Call",
        Message = "message": "Bericht" / "Message",
    }
}

text_enum! {
    /// What a candidate agreed to share. Every proposal needs a consent in force.
    ConsentScope {
        Profile = "profile": "Profiel delen met werkgevers" / "Share the profile with employers",
        ProfilePhone = "profile_phone": "Profiel delen met werkgevers, telefoonnummer met de buddy" / "Share the profile with employers, the phone number with the buddy",
    }
}

text_enum! {
    /// The desk's impression of a candidate's motivation, noted after talking with them.
    Motivation {
        Unknown = "unknown": "Nog niet besproken" / "Not discussed yet",
        Moderate = "moderate": "Gemotiveerd" / "Motivated",
        High = "high": "Zeer gemotiveerd" / "Highly motivated",
    }
}

text_enum! {
    /// Why an employer declined a proposed candidate.
    DeclineReason {
        Skills = "skills": "Past niet bij het werk" / "Does not fit the work",
        Hours = "hours": "Uren of werktijden passen niet" / "Hours or working times do not fit",
        Language = "language": "Taalniveau te laag voor dit werk" / "Language level too low for this work",
        Filled = "filled": "De plek is al vervuld" / "The place has already been filled",
        NoShow = "no_show": "Niet op het gesprek gekomen" / "Did not come to the interview",
        Candidate = "candidate": "De kandidaat ziet ervan af" / "The candidate withdrew",
        Other = "other": "Andere reden" / "Other reason",
    }
}

/// Comma-separated codes, as lists are stored in one text column.
pub fn join_codes<E: Copy>(items: &[E], code: impl Fn(E) -> &'static str) -> String {
    items.iter().map(|e| code(*e)).collect::<Vec<_>>().join(",")
}

/// The reverse of [`join_codes`]; unknown codes are skipped.
pub fn split_codes<E>(text: &str, parse: impl Fn(&str) -> Option<E>) -> Vec<E> {
    text.split(',').filter_map(|c| parse(c.trim())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_round_trips() {
        fn check<E: Copy + PartialEq + std::fmt::Debug>(
            all: &[E],
            code: fn(E) -> &'static str,
            parse: fn(&str) -> Option<E>,
        ) {
            let mut seen = std::collections::HashSet::new();
            for e in all {
                assert!(seen.insert(code(*e)), "duplicate code {}", code(*e));
                assert_eq!(parse(code(*e)), Some(*e));
            }
        }
        check(
            EmployerStatus::ALL,
            EmployerStatus::as_str,
            EmployerStatus::parse,
        );
        check(OpeningKind::ALL, OpeningKind::as_str, OpeningKind::parse);
        check(
            OpeningStatus::ALL,
            OpeningStatus::as_str,
            OpeningStatus::parse,
        );
        check(Sector::ALL, Sector::as_str, Sector::parse);
        check(TargetGroup::ALL, TargetGroup::as_str, TargetGroup::parse);
        check(
            ProposalStatus::ALL,
            ProposalStatus::as_str,
            ProposalStatus::parse,
        );
        check(
            CandidateStatus::ALL,
            CandidateStatus::as_str,
            CandidateStatus::parse,
        );
        check(Rhythm::ALL, Rhythm::as_str, Rhythm::parse);
        check(
            RetentionSource::ALL,
            RetentionSource::as_str,
            RetentionSource::parse,
        );
        check(ConsentScope::ALL, ConsentScope::as_str, ConsentScope::parse);
        check(Motivation::ALL, Motivation::as_str, Motivation::parse);
        check(
            DeclineReason::ALL,
            DeclineReason::as_str,
            DeclineReason::parse,
        );
    }

    #[test]
    fn code_lists_round_trip() {
        let groups = [TargetGroup::Over50, TargetGroup::Young];
        let text = join_codes(&groups, TargetGroup::as_str);
        assert_eq!(text, "over_50,young");
        assert_eq!(split_codes(&text, TargetGroup::parse), groups);
        assert_eq!(
            split_codes("young, bogus", TargetGroup::parse),
            vec![TargetGroup::Young]
        );
    }
}
