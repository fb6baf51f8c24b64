//! What can follow an invitation, and where it leaves the person in the campaign. An
//! outcome is recorded once: a held conversation or an exemption ends the person's road in
//! this campaign; a move makes a new appointment (the old invitation stays, as moved); after
//! a no-show the desk tries to get back in touch (each attempt recorded) and invites again
//! or exempts — never a silent drop. Only a person's newest invitation in a campaign takes
//! an outcome, a new appointment or a try: an older page left open cannot undo where they
//! stand now.

use super::{CoverageState, InvitationStatus};
use crate::i18n::T;

crate::messages! { DOMAIN_OUTCOMES {
    NOT_NOW =
        "Dit kan niet meer bij deze uitnodiging. Laad de pagina opnieuw."
        / "This is no longer possible for this invitation. Reload the page.";
    NOT_YET =
        "Het gesprek is nog niet geweest: dat kan pas vanaf de dag van de afspraak."
        / "The appointment has not come yet: this is possible from its day.";
    OTHER_NEEDS_NOTE = "Licht de andere reden kort toe." / "Briefly explain the other reason.";
    ATTEMPT_IN_FUTURE = "Een poging ligt niet in de toekomst." / "An attempt is not in the future.";
    NOT_LATEST =
        "Er is een nieuwere uitnodiging voor deze persoon: leg het daar vast."
        / "There is a newer invitation for this person: record it there.";
    CONSULTANT_BUSY =
        "De consulent heeft dan al een afspraak: kies een andere tijd."
        / "The consultant already has an appointment then: choose another time.";
}}

/// Whether `to` may follow `from` for one invitation.
pub fn may_follow(from: InvitationStatus, to: InvitationStatus) -> bool {
    use InvitationStatus as S;
    matches!(
        (from, to),
        (S::Planned, S::Held | S::Moved | S::NoShow | S::Exempted)
            | (S::NoShow, S::Exempted | S::Held)
    )
}

/// Whether an outcome needs the appointment's day to have come (`today`, `day`: day numbers).
/// A conversation held or missed cannot be recorded ahead; a move or an exemption can.
pub fn needs_the_day(to: InvitationStatus) -> bool {
    matches!(to, InvitationStatus::Held | InvitationStatus::NoShow)
}

/// The refusal for an outcome at the wrong moment, or `None` when it may be recorded.
pub fn refusal(from: InvitationStatus, to: InvitationStatus, day: i64, today: i64) -> Option<T> {
    if !may_follow(from, to) {
        Some(NOT_NOW)
    } else if needs_the_day(to) && today < day {
        Some(NOT_YET)
    } else {
        None
    }
}

/// Where a member stands after their latest invitation (`None`: never invited).
pub fn coverage_state(latest: Option<InvitationStatus>) -> CoverageState {
    match latest {
        None => CoverageState::NotInvited,
        Some(InvitationStatus::Planned | InvitationStatus::Moved) => CoverageState::Invited,
        Some(InvitationStatus::Held) => CoverageState::Seen,
        Some(InvitationStatus::NoShow) => CoverageState::NoShow,
        Some(InvitationStatus::Exempted) => CoverageState::Exempted,
    }
}

/// Whether a member in this state may get a new invitation (a wave, or again after a
/// no-show).
pub fn may_be_invited(state: CoverageState) -> bool {
    matches!(state, CoverageState::NotInvited | CoverageState::NoShow)
}

#[cfg(test)]
mod tests {
    use super::*;
    use InvitationStatus as S;

    #[test]
    fn each_outcome_follows_only_what_it_may() {
        for to in [S::Held, S::Moved, S::NoShow, S::Exempted] {
            assert!(may_follow(S::Planned, to));
            assert!(!may_follow(S::Held, to), "held is final");
            assert!(!may_follow(S::Exempted, to), "exempted is final");
            assert!(!may_follow(S::Moved, to), "the new appointment carries on");
        }
        assert!(may_follow(S::NoShow, S::Exempted));
        assert!(!may_follow(S::NoShow, S::Moved));
        assert!(!may_follow(S::Planned, S::Planned));
    }

    #[test]
    fn held_and_no_show_wait_for_the_day_moves_and_exemptions_do_not() {
        assert_eq!(refusal(S::Planned, S::Held, 10, 9), Some(NOT_YET));
        assert_eq!(refusal(S::Planned, S::NoShow, 10, 10), None);
        assert_eq!(refusal(S::Planned, S::Moved, 10, 9), None);
        assert_eq!(refusal(S::Planned, S::Exempted, 10, 1), None);
        assert_eq!(refusal(S::Held, S::Exempted, 10, 11), Some(NOT_NOW));
    }

    #[test]
    fn the_latest_invitation_says_where_someone_stands() {
        assert_eq!(coverage_state(None), CoverageState::NotInvited);
        assert_eq!(coverage_state(Some(S::Moved)), CoverageState::Invited);
        assert_eq!(coverage_state(Some(S::NoShow)), CoverageState::NoShow);
        assert!(may_be_invited(CoverageState::NoShow));
        assert!(!may_be_invited(CoverageState::Invited));
        assert!(!may_be_invited(CoverageState::Seen));
    }
}
