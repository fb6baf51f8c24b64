//! Intake campaigns (issue #19): a campaign selects its members from the caseload, plans
//! waves (mail with a calendar file, or a letter), records every outcome — held, moved,
//! no-show with its tries, exempted — and its coverage matches numbers worked out by hand.

use crate::common::{self, spawn_app, Response, TestApp, PASSWORD};
use app::domain::dates::{civil_from_days, day_of, iso_date, local_moment};
use app::domain::Role;
use axum::http::StatusCode;

/// Six clients; the postcode areas 7200–7299 take the five in Lochem (7241) and Zutphen
/// (7201), not the one in Deventer (7411). Benefit starts order who is invited first.
fn export(today: i64) -> String {
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
