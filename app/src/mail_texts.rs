//! The texts of the e-mails the portal sends, and the helpers every mail text uses.
//! Recipients outside the portal have no language setting, so every message is in Dutch
//! with the English below it; the texts themselves are in the message registry (the block
//! below and the buddies' `MAIL_BUDDIES`), with `{key}` placeholders that the completeness
//! test checks are the same in both languages.

use crate::i18n::{Lang, T};
use crate::store::outbox::NewMail;

opstap_core::messages! { MAIL_ACCOUNTS {
    WELCOME_SUBJECT = "Welkom bij Opstap" / "Welcome to Opstap";
    WELCOME_BODY =
        "Beste {name},\n\n{employer} is nu partner van het werkgeversservicepunt. \
         Stel met deze link uw wachtwoord in; de link werkt één keer en is 7 dagen geldig:\n\n{link}\n\n\
         Daarna logt u in met dit e-mailadres."
        / "Dear {name},\n\n{employer} is now a partner of the employer service desk. \
         Use this link to set your password; it works once and is valid for 7 days:\n\n{link}\n\n\
         After that you log in with this e-mail address.";
    INVITATION_SUBJECT = "Uitnodiging voor Opstap" / "Invitation to Opstap";
    INVITATION_BODY =
        "Beste {name},\n\n{inviter} nodigt u uit om met {employer} in Opstap te werken. \
         Stel met deze link uw wachtwoord in; de link werkt één keer en is 7 dagen geldig:\n\n{link}"
        / "Dear {name},\n\n{inviter} invites you to work with {employer} in Opstap. \
         Use this link to set your password; it works once and is valid for 7 days:\n\n{link}";
    RESET_SUBJECT = "Nieuw wachtwoord voor Opstap" / "New password for Opstap";
    RESET_BODY =
        "Beste {name},\n\nIemand heeft een nieuw wachtwoord voor uw Opstap-account gevraagd. \
         Was u dat, stel dan met deze link een nieuw wachtwoord in; de link werkt één keer en is één uur geldig:\n\n{link}\n\n\
         Daarna bent u op alle andere apparaten uitgelogd. Was u het niet, dan kunt u deze e-mail negeren."
        / "Dear {name},\n\nSomeone asked for a new password for your Opstap account. \
         If that was you, use this link to set one; it works once and is valid for one hour:\n\n{link}\n\n\
         Afterwards you are logged out on every other device. If it was not you, ignore this e-mail.";
    SENT_BACK_SUBJECT = "Vacature teruggestuurd" / "Opening sent back";
    SENT_BACK_BODY =
        "Beste {name},\n\nHet servicepunt heeft uw vacature \"{title}\" teruggestuurd. De reden:\n\n{reason}\n\n\
         Pas de vacature aan en stuur haar opnieuw ter beoordeling:\n\n{link}"
        / "Dear {name},\n\nThe service desk sent your opening \"{title}\" back. The reason:\n\n{reason}\n\n\
         Change the opening and submit it for review again:\n\n{link}";
    DECLINED_SUBJECT = "Uw aanmelding bij Opstap" / "Your registration";
    DECLINED_BODY =
        "Beste {name},\n\nWe hebben de aanmelding van {employer} niet kunnen goedkeuren. \
         De reden:\n\n{reason}\n\nHeeft u vragen? Beantwoord dan deze e-mail of bel het servicepunt."
        / "Dear {name},\n\nWe could not approve the registration of {employer}. \
         The reason:\n\n{reason}\n\nQuestions? Reply to this e-mail or call the service desk.";
    PROPOSED_SUBJECT = "Kandidaten voorgedragen" / "Candidates proposed";
    PROPOSED_ONE = "kandidaat" / "candidate";
    PROPOSED_MANY = "kandidaten" / "candidates";
    PROPOSED_BODY =
        "Beste {name},\n\nHet servicepunt draagt {count} {candidates} voor voor \"{title}\":\n\n{list}\n\n\
         Bekijk de voordracht en laat weten of u kennis wilt maken:\n\n{link}"
        / "Dear {name},\n\nThe service desk proposes {count} {candidates} for \"{title}\":\n\n{list}\n\n\
         Look at the proposal and let us know whether you would like to meet:\n\n{link}";
    INTERVIEW_SUBJECT = "Kennismakingsgesprek" / "Interview";
    INTERVIEW_BODY =
        "Beste {name},\n\nHet kennismakingsgesprek met {candidate} voor \"{title}\" is gepland:\n\n\
         Wanneer: {when}\nWaar: {place}\n\nDe uitnodiging voor uw agenda zit in de bijlage. Meer:\n\n{link}"
        / "Dear {name},\n\nThe interview with {candidate} for \"{title}\" has been planned:\n\n\
         When: {when}\nWhere: {place}\n\nThe invitation for your calendar is attached. More:\n\n{link}";
    /// The calendar entry's text (its title is the mail's subject).
    INTERVIEW_DESCRIPTION =
        "Kennismakingsgesprek met {candidate} voor \"{title}\" ({employer})."
        / "Interview with {candidate} for \"{title}\" ({employer}).";
    ANSWERED_SUBJECT = "Voordracht {status}" / "Proposal {status}";
    ANSWERED_BODY =
        "Beste {name},\n\nDe voordracht van {candidate} voor \"{title}\" is nu: {status}.\n\n{link}"
        / "Dear {name},\n\nThe proposal of {candidate} for \"{title}\" is now: {status}.\n\n{link}";
    /// Below every mail.
    SIGNATURE = "Opstap, werkgeversservicepunt" / "Opstap, employer service desk";
}}

/// Two texts as one mail body: the Dutch, then the English, then the signature.
pub(crate) fn both(nl: String, en: String) -> String {
    format!("{nl}\n\n-- English --\n\n{en}\n\n--\n{}\n", SIGNATURE.nl)
}

/// A body whose placeholders take the same values in both languages.
pub(crate) fn body(t: T, values: &[(&str, &str)]) -> String {
    both(t.fill(Lang::Nl, values), t.fill(Lang::En, values))
}

/// A subject as mail clients show it best: `Dutch / English`, then ` – detail` once.
pub(crate) fn subject(t: T, values: &[(&str, &str)], detail: Option<&str>) -> String {
    let mut s = format!(
        "{} / {}",
        t.fill(Lang::Nl, values),
        t.fill(Lang::En, values)
    );
    if let Some(detail) = detail {
        s.push_str(" – ");
        s.push_str(detail);
    }
    s
}

/// The host name of the portal's address, for calendar UIDs and a no-reply sender.
pub(crate) fn host_of(public_url: &str) -> String {
    public_url
        .split("//")
        .nth(1)
        .unwrap_or("opstap.local")
        .split([':', '/'])
        .next()
        .filter(|h| !h.is_empty())
        .unwrap_or("opstap.local")
        .to_string()
}

pub(crate) fn mail(
    to: &str,
    name: &str,
    subject: String,
    body_text: String,
    kind: &'static str,
) -> NewMail {
    NewMail {
        to_address: to.to_string(),
        to_name: name.to_string(),
        subject,
        body_text,
        ics: None,
        kind,
    }
}

/// To the contact of an approved employer: the link to set a password.
pub fn welcome(to: &str, contact_name: &str, employer: &str, link: &str) -> NewMail {
    let v = [
        ("name", contact_name),
        ("employer", employer),
        ("link", link),
    ];
    mail(
        to,
        contact_name,
        subject(WELCOME_SUBJECT, &[], Some(employer)),
        body(WELCOME_BODY, &v),
        "welcome",
    )
}

/// To a colleague invited by an employer user.
pub fn invitation(to: &str, name: &str, inviter: &str, employer: &str, link: &str) -> NewMail {
    let v = [
        ("name", name),
        ("inviter", inviter),
        ("employer", employer),
        ("link", link),
    ];
    let s = subject(INVITATION_SUBJECT, &[], Some(employer));
    mail(to, name, s, body(INVITATION_BODY, &v), "invitation")
}

/// To someone who asked for a new password (or whose address was typed in by someone else:
/// then nothing happens unless the link is used).
pub fn password_reset(to: &str, name: &str, link: &str) -> NewMail {
    let v = [("name", name), ("link", link)];
    mail(
        to,
        name,
        subject(RESET_SUBJECT, &[], None),
        body(RESET_BODY, &v),
        "password_reset",
    )
}

/// To an employer's contact when the desk sends an opening back.
pub fn opening_sent_back(
    to: &str,
    contact_name: &str,
    title: &str,
    reason: &str,
    link: &str,
) -> NewMail {
    let v = [
        ("name", contact_name),
        ("title", title),
        ("reason", reason),
        ("link", link),
    ];
    let s = subject(SENT_BACK_SUBJECT, &[], Some(title));
    mail(
        to,
        contact_name,
        s,
        body(SENT_BACK_BODY, &v),
        "opening_sent_back",
    )
}

/// To the contact of a declined registration, with the desk's reason.
pub fn declined(to: &str, contact_name: &str, employer: &str, reason: &str) -> NewMail {
    let v = [
        ("name", contact_name),
        ("employer", employer),
        ("reason", reason),
    ];
    let s = subject(DECLINED_SUBJECT, &[], Some(employer));
    mail(
        to,
        contact_name,
        s,
        body(DECLINED_BODY, &v),
        "registration_declined",
    )
}

/// To an employer's people when the desk proposes candidates for an opening.
pub fn candidates_proposed(
    to: &str,
    name: &str,
    title: &str,
    names: &[String],
    link: &str,
) -> NewMail {
    let list = names
        .iter()
        .map(|n| format!("- {n}"))
        .collect::<Vec<_>>()
        .join("\n");
    let count = names.len().to_string();
    let word = if names.len() == 1 {
        PROPOSED_ONE
    } else {
        PROPOSED_MANY
    };
    let text = |lang: Lang| {
        PROPOSED_BODY.fill(
            lang,
            &[
                ("name", name),
                ("count", &count),
                ("candidates", word.get(lang)),
                ("title", title),
                ("list", &list),
                ("link", link),
            ],
        )
    };
    let s = subject(PROPOSED_SUBJECT, &[], Some(title));
    mail(
        to,
        name,
        s,
        both(text(Lang::Nl), text(Lang::En)),
        "proposal",
    )
}

/// The interview invitation, with the `.ics` attached, to the employer and to the desk.
#[allow(clippy::too_many_arguments)]
pub fn interview_planned(
    to: &str,
    name: &str,
    candidate: &str,
    title: &str,
    when: &str,
    place: &str,
    link: &str,
    ics: String,
) -> NewMail {
    let v = [
        ("name", name),
        ("candidate", candidate),
        ("title", title),
        ("when", when),
        ("place", place),
        ("link", link),
    ];
    let s = subject(
        INTERVIEW_SUBJECT,
        &[],
        Some(&format!("{candidate}, {title}")),
    );
    NewMail {
        ics: Some(ics),
        ..mail(to, name, s, body(INTERVIEW_BODY, &v), "interview")
    }
}

/// To the desk when an employer answers a proposal (trial, hire, decline).
pub fn proposal_answered(
    to: &str,
    name: &str,
    candidate: &str,
    title: &str,
    status: T,
    link: &str,
) -> NewMail {
    let text = |t: T, lang: Lang| {
        t.fill(
            lang,
            &[
                ("name", name),
                ("candidate", candidate),
                ("title", title),
                ("status", status.get(lang)),
                ("link", link),
            ],
        )
    };
    let s = format!(
        "{} / {} – {candidate}, {title}",
        text(ANSWERED_SUBJECT, Lang::Nl),
        text(ANSWERED_SUBJECT, Lang::En)
    );
    let b = both(text(ANSWERED_BODY, Lang::Nl), text(ANSWERED_BODY, Lang::En));
    mail(to, name, s, b, "proposal_answered")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn welcome_mail_carries_the_link_in_both_languages() {
        let m = welcome(
            "jan@x.nl",
            "Jan",
            "Zorggroep",
            "https://o.example/wachtwoord/abc",
        );
        assert_eq!(
            m.body_text
                .matches("https://o.example/wachtwoord/abc")
                .count(),
            2
        );
        assert!(m.body_text.contains("Beste Jan") && m.body_text.contains("Dear Jan"));
        assert_eq!(
            m.subject,
            "Welkom bij Opstap / Welcome to Opstap – Zorggroep"
        );
        assert!(m
            .body_text
            .ends_with("\n--\nOpstap, werkgeversservicepunt\n"));
    }

    /// Every mail, built with sample values: no placeholder is left unfilled, and a value
    /// that looks like a placeholder is not filled in again.
    #[test]
    fn every_mail_fills_all_its_placeholders() {
        let odd = "{name}";
        let mails = [
            welcome("a@x.nl", odd, "E", "L"),
            invitation("a@x.nl", odd, "I", "E", "L"),
            password_reset("a@x.nl", odd, "L"),
            opening_sent_back("a@x.nl", odd, "T", "R", "L"),
            declined("a@x.nl", odd, "E", "R"),
            candidates_proposed("a@x.nl", odd, "T", &["Ali B.".into()], "L"),
            candidates_proposed("a@x.nl", odd, "T", &["Ali B.".into(), "Bo C.".into()], "L"),
            interview_planned("a@x.nl", odd, "C", "T", "W", "P", "L", String::new()),
            proposal_answered(
                "a@x.nl",
                odd,
                "C",
                "T",
                crate::domain::kinds::ProposalStatus::Hired.label(),
                "L",
            ),
        ];
        for m in &mails {
            let without_value = m.body_text.replace(odd, "");
            assert!(
                !without_value.contains('{') && !m.subject.contains('{'),
                "{}\n{}",
                m.subject,
                m.body_text
            );
            assert!(
                m.body_text.contains("Beste {name}") && m.body_text.contains("Dear {name}"),
                "{}",
                m.body_text
            );
        }
        assert!(
            mails[5].body_text.contains("1 kandidaat voor")
                && mails[5].body_text.contains("1 candidate for")
        );
        assert!(
            mails[6].body_text.contains("2 kandidaten voor")
                && mails[6].body_text.contains("2 candidates for")
        );
        let hired = crate::domain::kinds::ProposalStatus::Hired.label();
        assert_eq!(
            mails[8].subject,
            format!("Voordracht {} / Proposal {} – C, T", hired.nl, hired.en)
        );
    }
}
