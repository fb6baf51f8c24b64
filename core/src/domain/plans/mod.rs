//! The personal plan (issue #20): after the intake the desk and the person agree steps
//! toward work — activities the region buys from partner providers or arranges itself —
//! and what each side commits to. The rules here are plain functions:
//!
//! - [`version`]: a version of the plan as agreed — the goals in the person's own words,
//!   both sides' commitments, when and how the person agreed;
//! - [`activities`]: an activity as typed, and the steps its status may take.
//!
//! A plan is never edited in place: each agreement is a new version, dated and kept with
//! the activities as they stood (a snapshot), so what was agreed can always be shown. The
//! activities themselves carry on between versions (a course starts, ends, stops).

pub mod activities;
pub mod version;

use super::text_enum;

text_enum! {
    /// What an activity is.
    ActivityKind {
        LanguageCourse = "language_course": "taalcursus" / "language course",
        WorkFit = "work_fit": "werkfitprogramma" / "work-fit programme",
        SocialActivation = "social_activation": "sociale activering" / "social activation",
        Training = "training": "opleiding of training" / "training",
        VolunteerWork = "volunteer_work": "vrijwilligerswerk" / "volunteer work",
        InformalCare = "informal_care": "mantelzorg" / "informal care",
        ShelteredWork = "sheltered_work": "beschut werk" / "sheltered work",
        Internship = "internship": "stage of leerwerkplek" / "internship or learning place",
        PartTimeWork = "part_time_work": "deeltijdwerk" / "part-time work",
        JobApplications = "job_applications": "solliciteren" / "applying for jobs",
        DebtCounselling = "debt_counselling": "schuldhulpverlening" / "debt counselling",
        Other = "other": "iets anders" / "something else",
    }
}

text_enum! {
    /// Where an activity stands.
    ActivityStatus {
        Planned = "planned": "gepland" / "planned",
        Running = "running": "loopt" / "running",
        Completed = "completed": "afgerond" / "completed",
        Stopped = "stopped": "gestopt" / "stopped",
    }
}

text_enum! {
    /// Why an activity stopped before its end.
    StopReason {
        FoundWork = "found_work": "werk gevonden" / "found work",
        Health = "health": "gezondheid" / "health",
        Care = "care": "zorg voor anderen" / "caring for others",
        NotSuitable = "not_suitable": "past (nu) niet" / "not suitable (now)",
        ProviderStopped = "provider_stopped": "aanbieder gestopt" / "the provider stopped",
        MovedAway = "moved_away": "verhuisd" / "moved away",
        Other = "other": "andere reden (toegelicht)" / "other reason (explained)",
    }
}

text_enum! {
    /// How the person agreed to a version of their plan.
    AgreedHow {
        InPerson = "in_person": "in een gesprek" / "in a conversation",
        Phone = "phone": "aan de telefoon" / "on the phone",
        Video = "video": "in een videogesprek" / "in a video call",
        Signed = "signed": "getekend op papier" / "signed on paper",
        Email = "email": "per e-mail" / "by e-mail",
    }
}

/// Days after its latest version that a plan is due for review (half a year, as the
/// ladder's measurements).
pub const REVIEW_AFTER_DAYS: i64 = 182;

/// Is a plan whose latest version was agreed on `agreed_on` due for review on `today`
/// (day numbers)?
pub fn review_due(agreed_on: i64, today: i64) -> bool {
    today >= agreed_on + REVIEW_AFTER_DAYS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plan_is_reviewed_half_a_year_after_it_was_agreed() {
        assert!(!review_due(100, 100 + REVIEW_AFTER_DAYS - 1));
        assert!(review_due(100, 100 + REVIEW_AFTER_DAYS));
    }
}
