//! Nobody drops out of a campaign silently, before an invitation either (issue #19): a
//! member exempted before they are invited (and put back), one running campaign per
//! person, and clients who left the benefits system — missing from the newest export and
//! marked so — leaving the running campaigns as exempted, their appointments called off.

use crate::campaigns::{csrf_post, export, invitation_of, setup, wave, Setup};
use crate::common::{self, spawn_app, TestApp};
use app::domain::dates::{day_of, iso_date};
use axum::http::StatusCode;

async fn client_id(app: &TestApp, number: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM caseload_clients WHERE client_number = $1")
        .bind(number)
        .fetch_one(app.db().pool())
        .await
        .expect(number)
}

/// A member's state and own exemption reason.
async fn member(app: &TestApp, campaign: i64, number: &str) -> (String, Option<String>) {
    sqlx::query_as(
        "SELECT m.state, m.exemption_reason FROM campaign_members m JOIN caseload_clients k ON k.id = m.client_id \
         WHERE m.campaign_id = $1 AND k.client_number = $2",
    )
    .bind(campaign)
    .bind(number)
    .fetch_one(app.db().pool())
    .await
    .expect(number)
}

async fn members_of(app: &TestApp, campaign: i64) -> Vec<String> {
    sqlx::query_scalar(
        "SELECT k.client_number FROM campaign_members m JOIN caseload_clients k ON k.id = m.client_id \
         WHERE m.campaign_id = $1 ORDER BY k.client_number",
    )
    .bind(campaign)
    .fetch_all(app.db().pool())
    .await
    .expect("members")
}

async fn exempt(
    app: &mut TestApp,
    s: &Setup,
    client: i64,
    reason: &str,
    note: &str,
) -> common::Response {
    let (campaign, client) = (s.campaign.to_string(), client.to_string());
    csrf_post(
        app,
        "/api/exempt_member",
        &[
            ("id", &campaign),
            ("client", &client),
            ("reason", reason),
            ("note", note),
        ],
    )
    .await
}

/// A campaign over the whole caseload, from today for ten weeks; its id.
async fn campaign_for_everyone(app: &mut TestApp, name: &str) -> i64 {
    let today = day_of(app::clock::now());
    let desk: i64 = app
        .count("SELECT MIN(id) FROM users WHERE role = 'desk'")
        .await;
    let desk = desk.to_string();
    let res = csrf_post(
        app,
        "/api/create_campaign",
        &[
            ("name", name),
            ("starts_on", &iso_date(today)),
            ("ends_on", &iso_date(today + 69)),
            ("target", "2"),
            ("consultants[0]", &desk),
        ],
    )
    .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    app.count("SELECT MAX(id) FROM campaigns").await
}

/// Uploads an export and stores it; the import's id.
async fn import(app: &mut TestApp, csv: &str) -> i64 {
    let csrf = app.csrf_token().await;
    let res = app
        .post_multipart(
            "/balie/intake/inlezen",
            &[("csrf", &csrf)],
            ("file", "b.csv", csv.as_bytes()),
        )
        .await;
    let id: i64 = res
        .location()
        .and_then(|l| l.rsplit('/').next())
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("an import: {}", res.body));
    let res = csrf_post(
        app,
        "/api/store_caseload_import",
        &[("id", &id.to_string())],
    )
    .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    id
}

/// The export with only the clients named.
fn export_of(today: i64, numbers: &[&str]) -> String {
    export(today)
        .lines()
        .enumerate()
        .filter(|(i, line)| *i == 0 || numbers.iter().any(|n| line.starts_with(&format!("{n};"))))
        .map(|(_, line)| format!("{line}\n"))
        .collect()
}

#[test]
fn a_member_is_exempted_before_an_invitation_and_no_wave_invites_them() {
    common::run(async {
        let mut app = spawn_app().await;
        let s = setup(&mut app).await;
        let henk = client_id(&app, "K2002").await;
        let page = format!("/balie/intake/campagnes/{}/deelnemers/{henk}", s.campaign);
        let res = app.get(&page).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(
            res.body.contains("Henk Smit") && res.body.contains("Vrijstellen"),
            "{}",
            res.body
        );

        // Refused: no reason, a reason only an erasure sets, "other" without a word.
        for (reason, note, says) in [
            ("", "", "Kies een van de mogelijkheden"),
            ("erased", "", "Kies een van de mogelijkheden"),
            ("other", "  ", "Licht de andere reden kort toe"),
        ] {
            let res = exempt(&mut app, &s, henk, reason, note).await;
            assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{reason}");
            assert!(res.body.contains(says), "{reason}: {}", res.body);
            assert_eq!(
                member(&app, s.campaign, "K2002").await,
                ("not_invited".into(), None)
            );
        }
        for _ in 0..2 {
            let res = exempt(&mut app, &s, henk, "medical", "Opname, tot de zomer").await;
            assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        }
        assert_eq!(
            member(&app, s.campaign, "K2002").await,
            ("exempted".into(), Some("medical".into()))
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'exempt' AND entity = 'campaign_member'")
                .await,
            1,
            "posted twice, exempted once"
        );
        let res = app.get(&page).await;
        assert!(res.body.contains("Opname, tot de zomer"), "{}", res.body);
        assert!(res.body.contains("Terugdraaien"), "{}", res.body);

        // The longest on assistance goes first, but Henk is exempted: the wave skips him.
        let res = wave(&mut app, &s, s.monday, "3").await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM invitations WHERE client_id = {henk}"
            ))
            .await,
            0
        );
        let states: Vec<(String, i64)> = sqlx::query_as(
            "SELECT state, COUNT(*) FROM campaign_members WHERE campaign_id = $1 GROUP BY state ORDER BY state",
        )
        .bind(s.campaign)
        .fetch_all(app.db().pool())
        .await
        .unwrap();
        assert_eq!(
            states,
            vec![
                ("exempted".into(), 1),
                ("invited".into(), 3),
                ("not_invited".into(), 1)
            ]
        );

        // Someone invited gets their outcome on the invitation, not here.
        let sanne = client_id(&app, "K2003").await;
        let res = exempt(&mut app, &s, sanne, "medical", "").await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            res.body.contains("Alleen wie nog niet is uitgenodigd"),
            "{}",
            res.body
        );
        assert_eq!(member(&app, s.campaign, "K2003").await.0, "invited");
        let (campaign, sanne_id) = (s.campaign.to_string(), sanne.to_string());
        let res = csrf_post(
            &mut app,
            "/api/restore_member",
            &[("id", &campaign), ("client", &sanne_id)],
        )
        .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);

        // Undone: Henk is "not yet invited" again, and the next wave takes him.
        let henk_id = henk.to_string();
        for _ in 0..2 {
            let res = csrf_post(
                &mut app,
                "/api/restore_member",
                &[("id", &campaign), ("client", &henk_id)],
            )
            .await;
            assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        }
        assert_eq!(
            member(&app, s.campaign, "K2002").await,
            ("not_invited".into(), None)
        );
        let res = wave(&mut app, &s, s.monday + 1, "1").await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        assert!(invitation_of(&app, "K2002").await > 0);

        // The list by state, and ids that are no member.
        let list = app
            .get(&format!(
                "/balie/intake/campagnes/{}/deelnemers?status=not_invited",
                s.campaign
            ))
            .await;
        assert_eq!(list.status, StatusCode::OK);
        assert!(list.body.contains("Gevonden: 1"), "{}", list.body);
        assert!(!list.body.contains("Henk Smit") && !list.body.contains("Sanne Bos"));
        let kees = client_id(&app, "K2006").await;
        for path in [
            format!("/balie/intake/campagnes/{}/deelnemers/{kees}", s.campaign),
            format!("/balie/intake/campagnes/{}/deelnemers/999999", s.campaign),
            format!("/balie/intake/campagnes/999999/deelnemers/{henk}"),
        ] {
            assert_eq!(app.get(&path).await.status, StatusCode::NOT_FOUND, "{path}");
        }
        let res = exempt(&mut app, &s, kees, "medical", "").await;
        assert_eq!(
            res.status,
            StatusCode::NOT_FOUND,
            "not a member: {}",
            res.body
        );
    });
}

#[test]
fn someone_in_a_running_campaign_is_left_out_of_the_next_and_counted() {
    common::run(async {
        let mut app = spawn_app().await;
        let s = setup(&mut app).await;
        assert_eq!(members_of(&app, s.campaign).await.len(), 5);
        // Everyone: the five of the running campaign are left out, and the page says so.
        let second = campaign_for_everyone(&mut app, "Iedereen").await;
        assert_eq!(members_of(&app, second).await, vec!["K2006"]);
        assert_eq!(
            app.count(&format!(
                "SELECT elsewhere FROM campaigns WHERE id = {second}"
            ))
            .await,
            5
        );
        let page = app.get(&format!("/balie/intake/campagnes/{second}")).await;
        assert!(
            page.body
                .contains("5 klanten die aan de criteria voldoen, zijn niet opgenomen"),
            "{}",
            page.body
        );
        // Once the first is closed, its members may be invited again elsewhere.
        let first = s.campaign.to_string();
        let res = csrf_post(
            &mut app,
            "/api/close_campaign",
            &[("id", &first), ("confirm", "on")],
        )
        .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        let third = campaign_for_everyone(&mut app, "Iedereen, ronde twee").await;
        assert_eq!(
            members_of(&app, third).await,
            vec!["K2001", "K2002", "K2003", "K2004", "K2005"],
            "Kees is in the second, still running"
        );
        assert_eq!(
            app.count(&format!(
                "SELECT elsewhere FROM campaigns WHERE id = {third}"
            ))
            .await,
            1
        );
    });
}

#[test]
fn clients_missing_from_the_newest_export_are_marked_as_left_and_leave_the_running_campaigns() {
    common::run(async {
        let mut app = spawn_app().await;
        let s = setup(&mut app).await;
        let today = day_of(app::clock::now());
        let first_import = app.count("SELECT MIN(id) FROM caseload_imports").await;
        // Henk (letter), Sanne and Yusuf (e-mail) are invited.
        let res = wave(&mut app, &s, s.monday, "3").await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        let sanne = invitation_of(&app, "K2003").await;

        // The next export no longer lists Sanne (invited) and Els (not yet invited).
        let second = import(
            &mut app,
            &export_of(today, &["K2001", "K2002", "K2004", "K2006"]),
        )
        .await;
        let page = app.get(&format!("/balie/intake/import/{second}")).await;
        assert!(
            page.body
                .contains("2 klanten uit het klantenbestand staan niet in dit bestand"),
            "{}",
            page.body
        );
        assert!(page.body.contains("Afmelden als uit de uitkering"));
        let older = app
            .get(&format!("/balie/intake/import/{first_import}"))
            .await;
        assert!(
            !older.body.contains("Afmelden als uit de uitkering"),
            "only from the newest"
        );

        let mark = |id: i64, day: String, confirm: &'static str| {
            let id = id.to_string();
            (id, day, confirm)
        };
        let nobody_left = "SELECT COUNT(*) FROM caseload_clients WHERE left_on IS NOT NULL";
        for ((id, day, confirm), says) in [
            (
                mark(second, iso_date(today), ""),
                "Vink aan dat deze klanten",
            ),
            (
                mark(second, iso_date(today + 1), "on"),
                "niet in de toekomst",
            ),
            (
                mark(second, "gisteren".into(), "on"),
                "Vul een bestaande datum in",
            ),
            (mark(first_import, iso_date(today), "on"), "nieuwer bestand"),
        ] {
            let res = csrf_post(
                &mut app,
                "/api/mark_leavers",
                &[("id", &id), ("day", &day), ("confirm", confirm)],
            )
            .await;
            assert_eq!(
                res.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{says}: {}",
                res.body
            );
            assert!(res.body.contains(says), "{says}: {}", res.body);
            assert_eq!(app.count(nobody_left).await, 0);
        }
        let mails_before = app.count("SELECT COUNT(*) FROM outbox").await;
        for _ in 0..2 {
            let res = csrf_post(
                &mut app,
                "/api/mark_leavers",
                &[
                    ("id", &second.to_string()),
                    ("day", &iso_date(today - 3)),
                    ("confirm", "on"),
                ],
            )
            .await;
            assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        }
        let left: Vec<(String, String)> = sqlx::query_as(
            "SELECT client_number, left_on FROM caseload_clients WHERE left_on IS NOT NULL ORDER BY client_number",
        )
        .fetch_all(app.db().pool())
        .await
        .unwrap();
        assert_eq!(
            left,
            vec![
                ("K2003".into(), iso_date(today - 3)),
                ("K2005".into(), iso_date(today - 3))
            ]
        );
        // Out of the running campaign, with why; Sanne's appointment called off in her
        // agenda (one cancellation, though the form was posted twice).
        for number in ["K2003", "K2005"] {
            assert_eq!(
                member(&app, s.campaign, number).await,
                ("exempted".into(), Some("benefit_ended".into())),
                "{number}"
            );
        }
        let (status, reason): (String, Option<String>) =
            sqlx::query_as("SELECT status, exemption_reason FROM invitations WHERE id = $1")
                .bind(sanne)
                .fetch_one(app.db().pool())
                .await
                .unwrap();
        assert_eq!(
            (status.as_str(), reason.as_deref()),
            ("exempted", Some("benefit_ended"))
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM outbox").await,
            mails_before + 1
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM outbox WHERE to_address = 'sanne@example.nl' AND ics LIKE '%METHOD:CANCEL%'")
                .await,
            1
        );
        assert_eq!(
            member(&app, s.campaign, "K2004").await.0,
            "invited",
            "Yusuf is still listed"
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'mark_leavers'")
                .await,
            1
        );
        let page = app.get(&format!("/balie/intake/import/{second}")).await;
        assert!(
            page.body
                .contains("2 klanten die niet in dit bestand stonden, zijn afgemeld"),
            "{}",
            page.body
        );
        assert!(
            !page.body.contains("Afmelden als uit de uitkering"),
            "nobody left to mark"
        );
        let clients = app.get("/balie/intake/klanten").await;
        assert!(
            clients.body.contains("uit de uitkering sinds"),
            "{}",
            clients.body
        );

        // A new campaign takes neither the leavers nor the running campaign's members.
        let next = campaign_for_everyone(&mut app, "Iedereen").await;
        assert_eq!(members_of(&app, next).await, vec!["K2006"]);
        assert_eq!(
            app.count(&format!(
                "SELECT elsewhere FROM campaigns WHERE id = {next}"
            ))
            .await,
            3,
            "Aylin, Henk and Yusuf are in the first; the leavers are not counted at all"
        );

        // Listed again: back on the caseload, and the preview counted nobody absent.
        let csrf = app.csrf_token().await;
        let res = app
            .post_multipart(
                "/balie/intake/inlezen",
                &[("csrf", &csrf)],
                ("file", "c.csv", export(today).as_bytes()),
            )
            .await;
        let third: i64 = res
            .location()
            .and_then(|l| l.rsplit('/').next())
            .and_then(|i| i.parse().ok())
            .expect("import");
        let preview = app.get(&format!("/balie/intake/import/{third}")).await;
        assert!(
            !preview.body.contains("staan niet in dit bestand"),
            "{}",
            preview.body
        );
        let res = csrf_post(
            &mut app,
            "/api/store_caseload_import",
            &[("id", &third.to_string())],
        )
        .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        assert_eq!(app.count(nobody_left).await, 0);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM caseload_clients WHERE seen_import_id = (SELECT MAX(id) FROM caseload_imports)")
                .await,
            6
        );
    });
}
