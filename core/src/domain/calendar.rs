//! iCalendar (RFC 5545) invitations for interviews, attached to the e-mails to the
//! employer and the desk so the appointment lands in their agenda.
//!
//! Times are local Dutch time (`TZID=Europe/Amsterdam`, with the zone's rules included);
//! the event's UID is stable per proposal, and its SEQUENCE grows when an interview is
//! moved, so agendas update the appointment instead of adding a second one.

use super::dates::{civil_from_days, parse_iso_date};

/// One interview appointment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Appointment<'a> {
    /// Stable identifier, such as `proposal-12@opstap.example`.
    pub uid: String,
    /// 0 for the first invitation, higher for each change.
    pub sequence: i64,
    /// `YYYY-MM-DD`.
    pub date: &'a str,
    /// `HH:MM`.
    pub time: &'a str,
    pub minutes: i64,
    pub summary: String,
    pub location: &'a str,
    pub description: String,
    pub organizer: (&'a str, &'a str),
    pub attendees: Vec<(String, String)>,
    /// Unix seconds, for DTSTAMP.
    pub now: i64,
}

const AMSTERDAM: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n\
BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n\
DTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n\
BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n\
DTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n\
END:VTIMEZONE\r\n";

/// Escapes a TEXT value.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A parameter value (CN=…): quoted when it holds `:;,`, without quotes inside.
fn param(value: &str) -> String {
    let clean: String = value
        .chars()
        .filter(|c| *c != '"' && !c.is_control())
        .collect();
    if clean.contains([':', ';', ',']) {
        format!("\"{clean}\"")
    } else {
        clean
    }
}

/// Folds a content line at 75 octets, never inside a UTF-8 character.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
    out
}

/// `YYYYMMDDTHHMMSS` of a local date and minutes after midnight (may run past midnight).
fn local_stamp(day: i64, minutes: i64) -> String {
    let day = day + minutes.div_euclid(24 * 60);
    let minutes = minutes.rem_euclid(24 * 60);
    let (y, m, d) = civil_from_days(day);
    format!(
        "{y:04}{m:02}{d:02}T{:02}{:02}00",
        minutes / 60,
        minutes % 60
    )
}

fn utc_stamp(unix: i64) -> String {
    let day = unix.div_euclid(86_400);
    let secs = unix.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(day);
    format!(
        "{y:04}{m:02}{d:02}T{:02}{:02}{:02}Z",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

/// The invitation as an `.ics` text (CRLF line ends), or `None` for a date or time that is
/// not real.
pub fn invitation(a: &Appointment) -> Option<String> {
    calendar(a, "REQUEST", "CONFIRMED")
}

/// The same appointment called off: agendas that have it remove it (the same UID, a
/// `SEQUENCE` at least the last one sent).
pub fn cancellation(a: &Appointment) -> Option<String> {
    calendar(a, "CANCEL", "CANCELLED")
}

fn calendar(a: &Appointment, method: &str, status: &str) -> Option<String> {
    let day = parse_iso_date(a.date)?;
    let (h, m) = a.time.split_once(':')?;
    let start: i64 = h.parse::<i64>().ok()? * 60 + m.parse::<i64>().ok()?;
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//Opstap//Werkgeversservicepunt//NL".into(),
        "CALSCALE:GREGORIAN".into(),
        format!("METHOD:{method}"),
    ];
    let mut out: String = lines.drain(..).map(|l| fold(&l)).collect();
    out.push_str(AMSTERDAM);
    let mut event = vec![
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", a.uid),
        format!("SEQUENCE:{}", a.sequence),
        format!("DTSTAMP:{}", utc_stamp(a.now)),
        format!("DTSTART;TZID=Europe/Amsterdam:{}", local_stamp(day, start)),
        format!(
            "DTEND;TZID=Europe/Amsterdam:{}",
            local_stamp(day, start + a.minutes)
        ),
        format!("SUMMARY:{}", text(&a.summary)),
        format!("LOCATION:{}", text(a.location)),
        format!("DESCRIPTION:{}", text(&a.description)),
        format!(
            "ORGANIZER;CN={}:mailto:{}",
            param(a.organizer.0),
            a.organizer.1
        ),
    ];
    for (name, address) in &a.attendees {
        event.push(format!(
            "ATTENDEE;CN={};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:{address}",
            param(name)
        ));
    }
    event.push(format!("STATUS:{status}"));
    event.push("END:VEVENT".into());
    event.push("END:VCALENDAR".into());
    out.extend(event.iter().map(|l| fold(l)));
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn appointment() -> Appointment<'static> {
        Appointment {
            uid: "proposal-7@opstap.example".into(),
            sequence: 1,
            date: "2026-11-25",
            time: "23:30",
            minutes: 60,
            summary: "Gesprek met Fatima E., medewerker groen; Tiel".into(),
            location: "Stationsweg 1, Tiel",
            description: "Regel één\nRegel twee met een heel lange tekst die zeker langer is dan vijfenzeventig tekens, met é en ë erin".into(),
            organizer: ("Opstap", "noreply@opstap.example"),
            attendees: vec![("Bakkerij de Korenschoof, Tiel".into(), "info@korenschoof.example".into())],
            now: 1_795_000_000,
        }
    }

    #[test]
    fn an_invitation_has_the_parts_agendas_need() {
        let ics = invitation(&appointment()).expect("valid");
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        for part in [
            "METHOD:REQUEST",
            "UID:proposal-7@opstap.example",
            "SEQUENCE:1",
            "DTSTART;TZID=Europe/Amsterdam:20261125T233000",
            "DTEND;TZID=Europe/Amsterdam:20261126T003000",
            "LOCATION:Stationsweg 1\\, Tiel",
            "SUMMARY:Gesprek met Fatima E.\\, medewerker groen\\; Tiel",
            "ATTENDEE;CN=\"Bakkerij de Korenschoof, Tiel\"",
            "TZID:Europe/Amsterdam",
        ] {
            assert!(ics.contains(part), "{part} missing in\n{ics}");
        }
        assert_eq!(ics.matches("BEGIN:").count(), ics.matches("END:").count());
    }

    #[test]
    fn a_cancellation_calls_off_the_same_event() {
        let request = invitation(&appointment()).expect("valid");
        let cancel = cancellation(&appointment()).expect("valid");
        assert!(cancel.contains("METHOD:CANCEL\r\n") && cancel.contains("STATUS:CANCELLED\r\n"));
        assert!(!cancel.contains("METHOD:REQUEST") && !cancel.contains("CONFIRMED"));
        assert_eq!(
            request
                .replace("METHOD:REQUEST", "METHOD:CANCEL")
                .replace("STATUS:CONFIRMED", "STATUS:CANCELLED"),
            cancel,
            "the same UID, times and attendees"
        );
    }

    #[test]
    fn lines_are_folded_at_75_octets_and_end_in_crlf() {
        let ics = invitation(&appointment()).expect("valid");
        assert!(!ics.replace("\r\n", "").contains('\n'));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains("DESCRIPTION:Regel één\\nRegel twee"));
        assert!(unfolded.contains("met é en ë erin"));
    }

    #[test]
    fn impossible_dates_give_no_invitation() {
        let mut a = appointment();
        a.date = "2026-02-30";
        assert_eq!(invitation(&a), None);
    }
}
