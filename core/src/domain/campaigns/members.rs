//! A campaign's members one by one, and the ways they end without a conversation:
//!
//! - the desk exempts someone **before** they are invited (a medical reason known ahead,
//!   already working, …) with a reason from the same list as for an invitation, and may
//!   undo that while nobody has invited them;
//! - someone who **left the benefits system** (missing from the newest export, marked so
//!   by the desk) ends in every running campaign as exempted, reason "benefit ended";
//! - someone is in **one running campaign at a time**: a new campaign leaves out who is in
//!   another one still running, and says how many.
//!
//! A member is never removed; each of these leaves them counted as exempted, with why.

use super::{CoverageState, ExemptionReason};
use crate::domain::fields::{required_date, CHOOSE_FROM_LIST, TOO_LONG};
use crate::i18n::T;
use std::collections::HashSet;

crate::messages! { DOMAIN_MEMBERS {
    NOT_BEFORE_INVITED =
        "Alleen wie nog niet is uitgenodigd, kan hier worden vrijgesteld; een uitnodiging krijgt haar uitkomst op haar eigen pagina."
        / "Only someone not yet invited can be exempted here; an invitation gets its outcome on its own page.";
    NOT_RESTORABLE =
        "Alleen een vrijstelling van vóór een uitnodiging kan worden teruggedraaid."
        / "Only an exemption from before an invitation can be undone.";
    CAMPAIGN_CLOSED =
        "De campagne is afgesloten: er verandert niets meer aan."
        / "The campaign is closed: nothing about it changes any more.";
    LEFT_IN_FUTURE =
        "De datum van uitstroom ligt niet in de toekomst."
        / "The day someone left is not in the future.";
    CONFIRM_LEAVERS =
        "Vink aan dat deze klanten uit de uitkering zijn, voordat u ze afmeldt."
        / "Tick that these clients have left the benefits system before marking them.";
    NO_LONGER_NEWEST =
        "Er is sinds dit bestand een nieuwer bestand opgeslagen: meld uitstroom vanuit het nieuwste."
        / "A newer file has been stored since this one: mark leavers from the newest.";
}}

/// The longest note an exemption keeps.
pub const NOTE_MAX: usize = 2000;

/// An exemption's reason and note as posted: the reason from the desk's list, a note for
/// "other". Errors name their field (`reason` or `note`).
pub fn parse_exemption(
    reason: &str,
    note: &str,
) -> Result<(ExemptionReason, String), (&'static str, T)> {
    let note = crate::domain::text::lines(note);
    if note.chars().count() > NOTE_MAX {
        return Err(("note", TOO_LONG));
    }
    let reason = ExemptionReason::parse(reason.trim())
        .filter(|r| r.chosen_by_desk())
        .ok_or(("reason", CHOOSE_FROM_LIST))?;
    if reason == ExemptionReason::Other && note.is_empty() {
        return Err(("note", super::outcomes::OTHER_NEEDS_NOTE));
    }
    Ok((reason, note))
}

/// Why a member may not be exempted before an invitation now, or `None` when they may.
pub fn exempt_refusal(state: CoverageState, campaign_open: bool) -> Option<T> {
    if !campaign_open {
        Some(CAMPAIGN_CLOSED)
    } else if state != CoverageState::NotInvited {
        Some(NOT_BEFORE_INVITED)
    } else {
        None
    }
}

/// Why a member's exemption may not be undone now, or `None` when it may: only one made
/// before any invitation (`member_reason` set, `invitations` none), in an open campaign.
pub fn restore_refusal(
    state: CoverageState,
    member_reason: Option<ExemptionReason>,
    invitations: usize,
    campaign_open: bool,
) -> Option<T> {
    if !campaign_open {
        Some(CAMPAIGN_CLOSED)
    } else if state != CoverageState::Exempted
        || invitations > 0
        || !member_reason.is_some_and(|r| r.chosen_by_desk())
    {
        Some(NOT_RESTORABLE)
    } else {
        None
    }
}

/// The day someone left the benefits system, as typed: a date, not after `today` (day
/// numbers).
pub fn left_on(text: &str, today: i64) -> Result<i64, T> {
    let day = required_date(text)?;
    if day > today {
        return Err(LEFT_IN_FUTURE);
    }
    Ok(day)
}

/// The clients a new campaign takes: those its criteria selected, less those in another
/// running campaign; and how many were left out for that.
pub fn one_running_campaign(selected: Vec<i64>, elsewhere: &HashSet<i64>) -> (Vec<i64>, i64) {
    let before = selected.len();
    let kept: Vec<i64> = selected
        .into_iter()
        .filter(|c| !elsewhere.contains(c))
        .collect();
    let left_out = (before - kept.len()) as i64;
    (kept, left_out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use CoverageState as S;

    #[test]
    fn an_exemption_needs_a_reason_of_the_desk_and_a_note_for_other() {
        assert_eq!(
            parse_exemption("medical", "  "),
            Ok((ExemptionReason::Medical, String::new()))
        );
        assert_eq!(parse_exemption("", ""), Err(("reason", CHOOSE_FROM_LIST)));
        assert_eq!(
            parse_exemption("erased", ""),
            Err(("reason", CHOOSE_FROM_LIST)),
            "only an erasure sets this reason"
        );
        assert_eq!(
            parse_exemption("other", ""),
            Err(("note", super::super::outcomes::OTHER_NEEDS_NOTE))
        );
        assert_eq!(
            parse_exemption("other", "verhuist naar Spanje"),
            Ok((ExemptionReason::Other, "verhuist naar Spanje".into()))
        );
        assert_eq!(
            parse_exemption("medical", &"x".repeat(NOTE_MAX + 1)),
            Err(("note", TOO_LONG))
        );
    }

    #[test]
    fn only_someone_not_yet_invited_is_exempted_here() {
        assert_eq!(exempt_refusal(S::NotInvited, true), None);
        for s in [S::Invited, S::Seen, S::NoShow, S::Exempted] {
            assert_eq!(exempt_refusal(s, true), Some(NOT_BEFORE_INVITED), "{s}");
        }
        assert_eq!(exempt_refusal(S::NotInvited, false), Some(CAMPAIGN_CLOSED));
    }

    #[test]
    fn only_an_exemption_from_before_an_invitation_is_undone() {
        let medical = Some(ExemptionReason::Medical);
        assert_eq!(restore_refusal(S::Exempted, medical, 0, true), None);
        assert_eq!(
            restore_refusal(S::Exempted, medical, 1, true),
            Some(NOT_RESTORABLE),
            "an invitation's exemption stays"
        );
        assert_eq!(
            restore_refusal(S::Exempted, None, 0, true),
            Some(NOT_RESTORABLE),
            "no reason of the member's own"
        );
        assert_eq!(
            restore_refusal(S::Exempted, Some(ExemptionReason::Erased), 0, true),
            Some(NOT_RESTORABLE),
            "an erasure is never undone"
        );
        assert_eq!(
            restore_refusal(S::NotInvited, medical, 0, true),
            Some(NOT_RESTORABLE)
        );
        assert_eq!(
            restore_refusal(S::Exempted, medical, 0, false),
            Some(CAMPAIGN_CLOSED)
        );
    }

    #[test]
    fn the_day_someone_left_is_a_date_not_ahead() {
        let today = crate::domain::dates::parse_iso_date("2026-12-04").unwrap();
        assert_eq!(left_on("2026-12-04", today), Ok(today));
        assert_eq!(left_on("2026-11-30", today), Ok(today - 4));
        assert_eq!(left_on("2026-12-05", today), Err(LEFT_IN_FUTURE));
        assert!(left_on("", today).is_err());
        assert!(left_on("30-11", today).is_err());
    }

    #[test]
    fn someone_in_a_running_campaign_is_left_out_and_counted() {
        let elsewhere: HashSet<i64> = [2, 4, 9].into_iter().collect();
        assert_eq!(
            one_running_campaign(vec![1, 2, 3, 4, 5], &elsewhere),
            (vec![1, 3, 5], 2)
        );
        assert_eq!(one_running_campaign(vec![1], &HashSet::new()), (vec![1], 0));
    }
}
