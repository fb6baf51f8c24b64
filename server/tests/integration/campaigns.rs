//! Intake campaigns (issue #19): a campaign selects its members from the caseload, plans
//! waves (mail with a calendar file, or a letter), records every outcome — held, moved,
//! no-show with its tries, exempted — and its coverage matches numbers worked out by hand.

use crate::common::{self, spawn_app, Response, TestApp, PASSWORD};
use app::domain::dates::{civil_from_days, day_of, iso_date, local_moment};
use app::domain::Role;
use axum::http::StatusCode;

/// Six clients; the postcode areas 7200–7299 take the five in Lochem (7241) and Zutphen
/// (7201), not the one in Deventer (7411). Benefit starts order who is invited first.
pub(crate) fn export(today: i64) -> String {
    let year = civil_from_days(today).0;
    let recent = iso_date(today - 60);
    let (young, older, middle) = (year - 20, year - 55, year - 35);
    format!(
        "klantnummer;naam;adres;postcode;gemeente;geboortejaar;startdatum uitkering;e-mail\n\
         K2001;Aylin Kaya;Markt 1;7241 AA;Lochem;{young};{recent};aylin@example.nl\n\
         K2002;Henk Smit;Markt 2;7241 AB;Lochem;{older};2019-01-01;\n\
         K2003;Sanne Bos;Markt 3;7241 AC;Lochem;{middle};2020-01-01;sanne@example.nl\n\
         K2004;Yusuf Demir;Laan 4;7201 AA;Zutphen;{young};2021-01-01;yusuf@example.nl\n\
         K2005;Els Vos;Laan 5;7201 AB;Zutphen;{middle};{recent};\n\
         K2006;Kees Mol;Brink 6;7411 AA;Deventer;{middle};2018-01-01;kees@example.nl\n"
    )
}

pub(crate) struct Setup {
    pub campaign: i64,
    pub monday: i64,
}

pub(crate) async fn csrf_post(app: &mut TestApp, path: &str, fields: &[(&str, &str)]) -> Response {
    let csrf = app.csrf_token().await;
    let mut all = vec![("csrf", csrf.as_str())];
    all.extend_from_slice(fields);
    app.post_form(path, &all, false).await
}

pub(crate) async fn setup(app: &mut TestApp) -> Setup {
    let desk = app.add_user(Role::Desk, "desk@example.nl", None).await;
    app.login("desk@example.nl", PASSWORD).await;
    let today = day_of(app::clock::now());
    let csrf = app.csrf_token().await;
    let res = app
        .post_multipart(
            "/balie/intake/inlezen",
            &[("csrf", &csrf)],
            ("file", "a.csv", export(today).as_bytes()),
        )
        .await;
    let import = res
        .location()
        .and_then(|l| l.rsplit('/').next())
        .unwrap()
        .to_string();
    let res = csrf_post(app, "/api/store_caseload_import", &[("id", &import)]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let desk_id = desk.to_string();
    let res = csrf_post(
        app,
        "/api/create_campaign",
        &[
            ("name", "Iedereen in beeld"),
            ("starts_on", &iso_date(today)),
            ("ends_on", &iso_date(today + 69)),
            ("target", "4"),
            ("postcode_from", "7200"),
            ("postcode_to", "7299"),
            ("consultants[0]", &desk_id),
        ],
    )
    .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let campaign = app.count("SELECT MAX(id) FROM campaigns").await;
    let monday = today + (7 - (today + 3).rem_euclid(7)) % 7 + 7;
    Setup { campaign, monday }
}

pub(crate) async fn wave(app: &mut TestApp, s: &Setup, day: i64, people: &str) -> Response {
    let campaign = s.campaign.to_string();
    csrf_post(
        app,
        "/api/plan_wave",
        &[
            ("campaign", &campaign),
            ("first_day", &iso_date(day)),
            ("days", "1"),
            ("start_time", "09:00"),
            ("end_time", "12:00"),
            ("slot_minutes", "60"),
            ("place", "Stadskantoor, Markt 10"),
            ("people", people),
        ],
    )
    .await
}

/// The planned (or last) invitation of a client.
pub(crate) async fn invitation_of(app: &TestApp, client: &str) -> i64 {
    sqlx::query_scalar(
        "SELECT MAX(i.id) FROM invitations i JOIN caseload_clients k ON k.id = i.client_id WHERE k.client_number = $1",
    )
    .bind(client)
    .fetch_one(app.db().pool())
    .await
    .expect(client)
}

pub(crate) async fn outcome(
    app: &mut TestApp,
    id: i64,
    outcome: &str,
    reason: &str,
    note: &str,
) -> Response {
    let id = id.to_string();
    csrf_post(
        app,
        "/api/record_outcome",
        &[
            ("id", &id),
            ("outcome", outcome),
            ("reason", reason),
            ("note", note),
        ],
    )
    .await
}

fn message(res: &Response) -> String {
    res.body.clone()
}

#[test]
fn a_campaign_invites_in_waves_records_every_outcome_and_its_coverage_adds_up() {
    common::run(async {
        let mut app = spawn_app().await;
        let s = setup(&mut app).await;
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM campaign_members WHERE campaign_id = {}",
                s.campaign
            ))
            .await,
            5,
            "Deventer is outside the postcode areas"
        );

        // Three one-hour conversations fit in a morning for one consultant.
        let res = wave(&mut app, &s, s.monday, "5").await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            message(&res).contains("In deze dagen passen 3 gesprekken"),
            "{}",
            res.body
        );
        assert_eq!(app.count("SELECT COUNT(*) FROM invitations").await, 0);
        let res = wave(&mut app, &s, s.monday, "3").await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);

        // The longest on assistance first: Henk (letter), Sanne and Yusuf (e-mail).
        let invited: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT k.client_number, i.appointment_time, i.channel FROM invitations i \
             JOIN caseload_clients k ON k.id = i.client_id ORDER BY i.appointment_at",
        )
        .fetch_all(app.db().pool())
        .await
        .unwrap();
        let as_str: Vec<(&str, &str, &str)> = invited
            .iter()
            .map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str()))
            .collect();
        assert_eq!(
            as_str,
            vec![
                ("K2002", "09:00", "letter"),
                ("K2003", "10:00", "email"),
                ("K2004", "11:00", "email")
            ]
        );
        let mails: Vec<(String, String)> = sqlx::query_as(
            "SELECT to_address, ics FROM outbox WHERE kind = 'intake_invitation' ORDER BY to_address",
        )
        .fetch_all(app.db().pool())
        .await
        .unwrap();
        assert_eq!(mails.len(), 2);
        assert_eq!(mails[0].0, "sanne@example.nl");
        let monday = iso_date(s.monday).replace('-', "");
        assert!(
            mails[0]
                .1
                .contains(&format!("DTSTART;TZID=Europe/Amsterdam:{monday}T100000")),
            "{}",
            mails[0].1
        );
        assert!(mails[0].1.contains("SEQUENCE:0"));
        let henk = invitation_of(&app, "K2002").await;
        let letter = app
            .get(&format!("/balie/intake/uitnodigingen/{henk}/brief"))
            .await;
        assert_eq!(letter.status, StatusCode::OK);
        assert!(
            letter.body.contains("Markt 2") && letter.body.contains("Kunt u niet?"),
            "{}",
            letter.body
        );

        // Before the day, a conversation cannot be recorded as held.
        let sanne = invitation_of(&app, "K2003").await;
        let early = outcome(&mut app, sanne, "held", "", "").await;
        assert_eq!(early.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(early.body.contains("nog niet geweest"));

        // Monday 10:30.
        app.state.clock.set(local_moment(s.monday, 630));
        assert_eq!(
            outcome(&mut app, sanne, "held", "", "Wil in de zorg werken.")
                .await
                .status,
            StatusCode::OK
        );
        let again = outcome(&mut app, sanne, "held", "", "").await;
        assert_eq!(
            again.status,
            StatusCode::OK,
            "the same form twice: recorded once"
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'outcome'")
                .await,
            1
        );

        // Yusuf's appointment moves to Tuesday 09:00: the same calendar event, sequence 1;
        // to Monday 09:00 it cannot (the consultant sees Henk then).
        let yusuf = invitation_of(&app, "K2004").await;
        let y = yusuf.to_string();
        let busy = csrf_post(
            &mut app,
            "/api/new_appointment",
            &[
                ("id", &y),
                ("day", &iso_date(s.monday)),
                ("time", "09:00"),
                ("place", "Stadskantoor"),
            ],
        )
        .await;
        assert_eq!(busy.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(busy.body.contains("al een afspraak"), "{}", busy.body);
        let moved = csrf_post(
            &mut app,
            "/api/new_appointment",
            &[
                ("id", &y),
                ("day", &iso_date(s.monday + 1)),
                ("time", "09:00"),
                ("place", "Stadskantoor"),
            ],
        )
        .await;
        assert_eq!(moved.status, StatusCode::OK, "{}", moved.body);
        let status: String = sqlx::query_scalar("SELECT status FROM invitations WHERE id = $1")
            .bind(yusuf)
            .fetch_one(app.db().pool())
            .await
            .unwrap();
        assert_eq!(status, "moved");
        let ics: Vec<String> = sqlx::query_scalar(
            "SELECT ics FROM outbox WHERE to_address = 'yusuf@example.nl' ORDER BY id",
        )
        .fetch_all(app.db().pool())
        .await
        .unwrap();
        let uid = |ics: &str| {
            ics.lines()
                .find(|l| l.starts_with("UID:"))
                .map(str::to_string)
        };
        assert_eq!(ics.len(), 2);
        assert_eq!(
            uid(&ics[0]),
            uid(&ics[1]),
            "a move updates the agenda entry"
        );
        assert!(ics[1].contains("SEQUENCE:1"));

        // Henk did not come: two tries to get in touch, then exempted for medical reasons.
        assert_eq!(
            outcome(&mut app, henk, "no_show", "", "").await.status,
            StatusCode::OK
        );
        let h = henk.to_string();
        let monday_iso = iso_date(s.monday);
        for (mode, reached) in [("phone", None), ("home_visit", Some("on"))] {
            let mut fields = vec![
                ("id", h.as_str()),
                ("made_on", monday_iso.as_str()),
                ("mode", mode),
                ("note", ""),
            ];
            if let Some(r) = reached {
                fields.push(("reached", r));
            }
            assert_eq!(
                csrf_post(&mut app, "/api/record_attempt", &fields)
                    .await
                    .status,
                StatusCode::OK
            );
        }
        let future = csrf_post(
            &mut app,
            "/api/record_attempt",
            &[
                ("id", &h),
                ("made_on", &iso_date(s.monday + 1)),
                ("mode", "phone"),
            ],
        )
        .await;
        assert_eq!(future.status, StatusCode::UNPROCESSABLE_ENTITY);
        let other = outcome(&mut app, henk, "exempted", "other", "").await;
        assert!(
            other.body.contains("Licht de andere reden kort toe"),
            "{}",
            other.body
        );
        assert_eq!(
            outcome(&mut app, henk, "exempted", "medical", "Opgenomen.")
                .await
                .status,
            StatusCode::OK
        );
        let page = app
            .get(&format!("/balie/intake/uitnodigingen/{henk}"))
            .await;
        assert!(
            page.body.contains("medische redenen")
                && page.body.contains("Niet verschenen, vastgelegd op"),
            "{}",
            page.body
        );
        assert!(
            page.body.contains("2 pogingen") && page.body.contains("huisbezoek"),
            "the tries stay on record"
        );
        assert!(
            !page.body.contains("Poging vastleggen"),
            "exempted: no more tries to record"
        );

        // The second wave takes the two left; Aylin turns out to work already.
        let res = wave(&mut app, &s, s.monday + 2, "5").await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        assert_eq!(app.count("SELECT COUNT(*) FROM campaign_waves").await, 2);
        let aylin = invitation_of(&app, "K2001").await;
        assert_eq!(
            outcome(&mut app, aylin, "exempted", "already_working", "")
                .await
                .status,
            StatusCode::OK
        );
        let full = wave(&mut app, &s, s.monday + 3, "1").await;
        assert!(full.body.contains("al uitgenodigd"), "{}", full.body);

        // By hand: Lochem — Sanne seen, Henk and Aylin exempted; Zutphen — Yusuf (moved)
        // and Els invited. Young: Aylin exempted, Yusuf invited. Over 50: Henk exempted.
        // On assistance a year or more: Henk exempted, Sanne seen, Yusuf invited.
        let csv = app
            .get(&format!(
                "/balie/intake/campagnes/{}/csv/gemeente",
                s.campaign
            ))
            .await;
        assert_eq!(csv.status, StatusCode::OK);
        let lines: Vec<&str> = csv.body.lines().collect();
        assert!(lines.contains(&"Lochem;0;0;1;0;2;3"), "{}", csv.body);
        assert!(lines.contains(&"Zutphen;0;2;0;0;0;2"), "{}", csv.body);
        assert!(lines.contains(&"Totaal;0;2;1;0;2;5"), "{}", csv.body);
        let groups = app
            .get(&format!(
                "/balie/intake/campagnes/{}/csv/doelgroep",
                s.campaign
            ))
            .await;
        let lines: Vec<&str> = groups.body.lines().collect();
        assert!(lines.contains(&"Jongeren;0;1;0;0;1;2"), "{}", groups.body);
        assert!(
            lines.contains(&"50-plussers;0;0;0;0;1;1"),
            "{}",
            groups.body
        );
        assert!(
            lines.contains(&"Langdurig werkzoekend;0;1;1;0;1;3"),
            "{}",
            groups.body
        );
        let page = app
            .get(&format!("/balie/intake/campagnes/{}", s.campaign))
            .await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.body.contains("1 van 4 gesprekken gevoerd"),
            "{}",
            page.body
        );
    });
}

#[test]
fn a_campaign_form_with_mistakes_says_so_per_field_and_stores_nothing() {
    common::run(async {
        let mut app = spawn_app().await;
        app.add_user(Role::Desk, "desk@example.nl", None).await;
        app.login("desk@example.nl", PASSWORD).await;
        let res = csrf_post(
            &mut app,
            "/api/create_campaign",
            &[
                ("name", ""),
                ("starts_on", "2027-02-01"),
                ("ends_on", "2027-01-01"),
                ("target", "-3"),
                ("consultants[0]", "999"),
            ],
        )
        .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        for field in ["\"name\"", "\"ends_on\"", "\"target\"", "\"consultants\""] {
            assert!(res.body.contains(field), "{field}: {}", res.body);
        }
        assert_eq!(app.count("SELECT COUNT(*) FROM campaigns").await, 0);
        let page = app.get("/balie/intake/campagnes/nieuw").await;
        assert_eq!(page.status, StatusCode::OK);
        let missing = app.get("/balie/intake/campagnes/4711").await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
        let missing = app.get("/balie/intake/uitnodigingen/4711").await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
    });
}

/// The campaign's page as the desk has it: the keys its forms carry.
async fn form_key(app: &mut TestApp) -> String {
    let res = app.call_get("/api/campaign_form").await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let data: serde_json::Value = serde_json::from_str(&res.body).expect("json");
    data["key"].as_str().expect("key").to_string()
}

#[test]
fn forms_posted_twice_change_a_campaign_once_and_old_pages_cannot_undo_it() {
    common::run(async {
        let mut app = spawn_app().await;
        let s = setup(&mut app).await;
        let today = day_of(app::clock::now());
        let desk_id: i64 = app
            .count("SELECT id FROM users WHERE email = 'desk@example.nl'")
            .await;
        let desk_id = desk_id.to_string();

        // A new campaign's form sent twice (a double click, or back and send again).
        let key = form_key(&mut app).await;
        let (start, end) = (iso_date(today), iso_date(today + 30));
        let fields = [
            ("name", "Zutphen in beeld"),
            ("starts_on", start.as_str()),
            ("ends_on", end.as_str()),
            ("target", "2"),
            ("municipality", "Zutphen"),
            ("consultants[0]", desk_id.as_str()),
            ("key", key.as_str()),
        ];
        for _ in 0..2 {
            let res = csrf_post(&mut app, "/api/create_campaign", &fields).await;
            assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        }
        assert_eq!(
            app.count("SELECT COUNT(*) FROM campaigns WHERE name = 'Zutphen in beeld'")
                .await,
            1
        );
        let other_key = form_key(&mut app).await;
        assert_ne!(key, other_key, "each form its own key");

        // The wave form sent twice: one wave, each person invited and mailed once.
        let campaign = s.campaign.to_string();
        let first = iso_date(s.monday);
        let wave_fields = [
            ("campaign", campaign.as_str()),
            ("first_day", first.as_str()),
            ("days", "1"),
            ("start_time", "09:00"),
            ("end_time", "12:00"),
            ("slot_minutes", "60"),
            ("place", "Stadskantoor, Markt 10"),
            ("people", "3"),
            ("number", "1"),
        ];
        for _ in 0..2 {
            let res = csrf_post(&mut app, "/api/plan_wave", &wave_fields).await;
            assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        }
        assert_eq!(app.count("SELECT COUNT(*) FROM campaign_waves").await, 1);
        assert_eq!(app.count("SELECT COUNT(*) FROM invitations").await, 3);
        assert_eq!(app.count("SELECT COUNT(*) FROM outbox").await, 2);
        // A colleague whose page showed the same next wave is told, not silently skipped.
        app.add_user(Role::Desk, "collega@example.nl", None).await;
        app.login("collega@example.nl", PASSWORD).await;
        let res = csrf_post(&mut app, "/api/plan_wave", &wave_fields).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            res.body.contains("Een collega heeft zojuist"),
            "{}",
            res.body
        );
        assert_eq!(app.count("SELECT COUNT(*) FROM campaign_waves").await, 1);
        app.login("desk@example.nl", PASSWORD).await;

        // The wave's letters, all at once: Henk has no e-mail address.
        let letters = app
            .get(&format!(
                "/balie/intake/campagnes/{}/brieven?golf=1",
                s.campaign
            ))
            .await;
        assert_eq!(letters.status, StatusCode::OK);
        assert_eq!(
            letters.body.matches("class=\"letter\"").count(),
            1,
            "{}",
            letters.body
        );
        assert!(letters.body.contains("Markt 2"), "{}", letters.body);
        let none = app
            .get(&format!(
                "/balie/intake/campagnes/{}/brieven?golf=9",
                s.campaign
            ))
            .await;
        assert_eq!(none.status, StatusCode::NOT_FOUND);

        // Henk did not come; the desk invites him again. His first invitation, still open
        // in another tab, takes no outcome and no try any more.
        app.state.clock.set(local_moment(s.monday, 13 * 60));
        let henk = invitation_of(&app, "K2002").await;
        assert_eq!(
            outcome(&mut app, henk, "no_show", "", "").await.status,
            StatusCode::OK
        );
        let h = henk.to_string();
        let made_on = iso_date(s.monday);
        let attempt = [
            ("id", h.as_str()),
            ("made_on", made_on.as_str()),
            ("mode", "phone"),
            ("after", "0"),
        ];
        for _ in 0..2 {
            let res = csrf_post(&mut app, "/api/record_attempt", &attempt).await;
            assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        }
        assert_eq!(
            app.count("SELECT COUNT(*) FROM invitation_attempts").await,
            1,
            "the same try sent twice is one try"
        );
        let again_day = iso_date(s.monday + 1);
        let res = csrf_post(
            &mut app,
            "/api/new_appointment",
            &[
                ("id", &h),
                ("day", &again_day),
                ("time", "14:00"),
                ("place", "Stadskantoor"),
            ],
        )
        .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        let second = invitation_of(&app, "K2002").await;
        assert_ne!(second, henk);
        let before = app
            .count("SELECT COUNT(*) FROM invitations WHERE status = 'planned'")
            .await;
        let stale = outcome(&mut app, henk, "exempted", "medical", "").await;
        assert_eq!(stale.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            stale.body.contains("nieuwere uitnodiging"),
            "{}",
            stale.body
        );
        let stale_try = csrf_post(
            &mut app,
            "/api/record_attempt",
            &[
                ("id", &h),
                ("made_on", &made_on),
                ("mode", "letter"),
                ("after", "1"),
            ],
        )
        .await;
        assert_eq!(stale_try.status, StatusCode::UNPROCESSABLE_ENTITY);
        let stale_again = csrf_post(
            &mut app,
            "/api/new_appointment",
            &[
                ("id", &h),
                ("day", &again_day),
                ("time", "15:00"),
                ("place", "Stadskantoor"),
            ],
        )
        .await;
        assert_eq!(stale_again.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM invitations WHERE status = 'planned'")
                .await,
            before
        );
        let state: String = sqlx::query_scalar(
            "SELECT m.state FROM campaign_members m JOIN caseload_clients k ON k.id = m.client_id \
             WHERE k.client_number = 'K2002'",
        )
        .fetch_one(app.db().pool())
        .await
        .unwrap();
        assert_eq!(state, "invited", "the old page changed nothing");
        let page = app
            .get(&format!("/balie/intake/uitnodigingen/{henk}"))
            .await;
        assert!(
            page.body.contains("Naar de nieuwste uitnodiging"),
            "{}",
            page.body
        );
        assert!(!page.body.contains("Uitkomst vastleggen"));

        // Sanne is exempted before her day: her agenda gets the appointment called off.
        let sanne = invitation_of(&app, "K2003").await;
        let res = outcome(&mut app, sanne, "exempted", "informal_care", "").await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        let ics: Vec<String> = sqlx::query_scalar(
            "SELECT ics FROM outbox WHERE to_address = 'sanne@example.nl' ORDER BY id",
        )
        .fetch_all(app.db().pool())
        .await
        .unwrap();
        assert_eq!(ics.len(), 2, "the invitation and its cancellation");
        assert!(ics[1].contains("METHOD:CANCEL") && ics[1].contains("SEQUENCE:1"));
        let uid = |ics: &str| {
            ics.lines()
                .find(|l| l.starts_with("UID:"))
                .map(str::to_string)
        };
        assert_eq!(uid(&ics[0]), uid(&ics[1]));
        let erased_reason = outcome(&mut app, second, "exempted", "erased", "").await;
        assert_eq!(
            erased_reason.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "only an erasure calls off with 'data erased'"
        );

        // An appointment whose day passed without an outcome is on the work list.
        app.state.clock.set(local_moment(s.monday + 2, 9 * 60));
        let work = app.call_get("/api/intake_work").await;
        let work: serde_json::Value = serde_json::from_str(&work.body).expect("json");
        let overdue: Vec<i64> = work["overdue"]
            .as_array()
            .expect("overdue")
            .iter()
            .filter_map(|l| l["id"].as_i64())
            .collect();
        let yusuf = invitation_of(&app, "K2004").await;
        assert_eq!(
            overdue,
            vec![yusuf, second],
            "Monday's and Tuesday's, oldest first"
        );
        assert_eq!(work["overdue_total"], 2);

        // Changing it: not to end before Tuesday's appointment; extended with a new target.
        let short = iso_date(s.monday);
        let res = csrf_post(
            &mut app,
            "/api/change_campaign",
            &[
                ("id", &campaign),
                ("name", "Iedereen in beeld"),
                ("ends_on", &short),
                ("target", "5"),
                ("consultants[0]", &desk_id),
            ],
        )
        .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            res.body.contains("Er staan nog afspraken na deze dag"),
            "{}",
            res.body
        );
        let longer = iso_date(today + 120);
        let res = csrf_post(
            &mut app,
            "/api/change_campaign",
            &[
                ("id", &campaign),
                ("name", "Iedereen in beeld (verlengd)"),
                ("ends_on", &longer),
                ("target", "5"),
                ("consultants[0]", &desk_id),
            ],
        )
        .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        let (name, ends_on, target): (String, String, i64) =
            sqlx::query_as("SELECT name, ends_on, target FROM campaigns WHERE id = $1")
                .bind(s.campaign)
                .fetch_one(app.db().pool())
                .await
                .unwrap();
        assert_eq!(
            (name.as_str(), ends_on.as_str(), target),
            ("Iedereen in beeld (verlengd)", longer.as_str(), 5)
        );
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM campaign_members WHERE campaign_id = {}",
                s.campaign
            ))
            .await,
            5,
            "who is in it stays"
        );

        // Closing: only when ticked; then no waves, and it leaves the list of campaigns to plan.
        let refused = csrf_post(&mut app, "/api/close_campaign", &[("id", &campaign)]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains("Vink aan"), "{}", refused.body);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM campaigns WHERE status = 'closed'")
                .await,
            0
        );
        for _ in 0..2 {
            let res = csrf_post(
                &mut app,
                "/api/close_campaign",
                &[("id", &campaign), ("confirm", "on")],
            )
            .await;
            assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        }
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'close'")
                .await,
            1
        );
        let res = wave(&mut app, &s, s.monday + 3, "1").await;
        assert_eq!(res.status, StatusCode::GONE);
        let work = app.call_get("/api/intake_work").await;
        let work: serde_json::Value = serde_json::from_str(&work.body).expect("json");
        let to_plan: Vec<i64> = work["to_plan"]
            .as_array()
            .expect("to_plan")
            .iter()
            .filter_map(|c| c[0].as_i64())
            .collect();
        assert!(!to_plan.contains(&s.campaign), "{to_plan:?}");
        let page = app
            .get(&format!("/balie/intake/campagnes/{}", s.campaign))
            .await;
        assert!(page.body.contains("Afgesloten door"), "{}", page.body);
        let change = app
            .get(&format!("/balie/intake/campagnes/{}/wijzigen", s.campaign))
            .await;
        assert_eq!(
            change.status,
            StatusCode::GONE,
            "a closed campaign is not changed"
        );
        assert!(!page.body.contains("Uitnodigingen maken"));
        // Its appointments can still be completed.
        let res = outcome(&mut app, yusuf, "held", "", "").await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    });
}
