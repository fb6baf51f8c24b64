//! Intake campaigns: the desk invites (part of) its caseload for a conversation, in waves,
//! and every person invited ends in an outcome. The rules here are plain functions:
//!
//! - [`form`]: a campaign as typed — name, period, who is in it, target, consultants;
//! - [`change`]: a running campaign extended, renamed, retargeted, its consultants changed;
//! - [`criteria`]: whether a client of the caseload is in it, and the target groups that
//!   follow from the export (young, over 50, long on assistance);
//! - [`waves`]: a wave of appointments planned over working days and consultants;
//! - [`outcomes`]: what can follow an invitation (held, moved, no-show, exempted);
//! - [`members`]: a member exempted before an invitation, someone who left the benefits
//!   system, one running campaign per person;
//! - [`coverage`]: where everyone in the campaign stands, against the target and the time.
//!
//! "Nobody drops out silently": a member of a campaign is never removed; they are
//! invited, seen, a no-show or exempted with a reason, and coverage counts all of them.

pub mod change;
pub mod coverage;
pub mod criteria;
pub mod form;
pub mod members;
pub mod outcomes;
pub mod waves;

use super::text_enum;

text_enum! {
    /// How an invitation ended (or that it has not yet).
    InvitationStatus {
        Planned = "planned": "gepland" / "planned",
        Held = "held": "gesprek gevoerd" / "conversation held",
        Moved = "moved": "verzet" / "moved",
        NoShow = "no_show": "niet verschenen" / "did not come",
        Exempted = "exempted": "vrijgesteld" / "exempted",
    }
}

text_enum! {
    /// How an invitation reaches the person: by e-mail with a calendar file, or a letter.
    InvitationChannel {
        Email = "email": "e-mail met agenda-uitnodiging" / "e-mail with calendar invitation",
        Letter = "letter": "brief" / "letter",
    }
}

text_enum! {
    /// How the desk tried to get back in touch after a no-show.
    AttemptMode {
        Phone = "phone": "gebeld" / "phoned",
        TextMessage = "text_message": "sms of app" / "text message",
        Email = "email": "e-mail" / "e-mail",
        Letter = "letter": "brief" / "letter",
        HomeVisit = "home_visit": "huisbezoek" / "home visit",
    }
}

text_enum! {
    /// Why someone does not need to come (for now).
    ExemptionReason {
        Medical = "medical": "medische redenen" / "medical reasons",
        InformalCare = "informal_care": "mantelzorg" / "informal care",
        AlreadyWorking = "already_working": "werkt al" / "already working",
        MovedAway = "moved_away": "verhuisd naar een andere gemeente" / "moved to another municipality",
        InTrajectory = "in_trajectory": "zit al in een traject" / "already in a trajectory",
        BenefitEnded = "benefit_ended": "uitkering beëindigd" / "benefit ended",
        Other = "other": "andere reden (toegelicht)" / "other reason (explained)",
        Erased = "erased": "gegevens gewist" / "data erased",
    }
}

impl ExemptionReason {
    /// Whether the desk picks this reason; [`ExemptionReason::Erased`] is only set by an
    /// erasure, for the appointments it calls off.
    pub fn chosen_by_desk(self) -> bool {
        self != ExemptionReason::Erased
    }

    /// The reasons the desk chooses from.
    pub fn choices() -> Vec<ExemptionReason> {
        Self::ALL
            .iter()
            .copied()
            .filter(|r| r.chosen_by_desk())
            .collect()
    }
}

text_enum! {
    /// Where a member of a campaign stands.
    CoverageState {
        NotInvited = "not_invited": "nog niet uitgenodigd" / "not yet invited",
        Invited = "invited": "uitgenodigd" / "invited",
        Seen = "seen": "gesproken" / "seen",
        NoShow = "no_show": "niet verschenen" / "no-show",
        Exempted = "exempted": "vrijgesteld" / "exempted",
    }
}

text_enum! {
    /// A campaign is open while invitations go out; closed, it is kept for the reports.
    CampaignStatus {
        Open = "open": "loopt" / "running",
        Closed = "closed": "afgesloten" / "closed",
    }
}
