//! The caseload import (issue #19): an export from the benefits system is previewed line by
//! line before anything is stored, storing takes the good rows, the same file again changes
//! nothing, a known client's row changes only what differs, a refused row changes nothing,
//! and a file refused as a whole goes back to the form with the reason.

use crate::common::{self, spawn_app, Response, TestApp, PASSWORD};
use app::domain::Role;
use axum::http::StatusCode;

/// Windows-1252, `;`, Dutch headers, a BSN column: as Excel on a desk's PC saves it.
/// Line 4 has a bad postcode; line 6 repeats line 3's client number.
fn first_export() -> Vec<u8> {
    let mut bytes = b"Klantnummer;Voornaam;Tussenvoegsel;Achternaam;Adres;Postcode;Woonplaats;Geboortejaar;Ingangsdatum uitkering;E-mail;BSN\r\n".to_vec();
    bytes.extend_from_slice(b"K1001;Zo\xeb;;Jansen;Kerkstraat 1;7241 AB;Lochem;1985;01-03-2024;zoe@example.nl;123456782\r\n");
    bytes.extend_from_slice(
        b"K1002;Piet;van der;Berg;Dorpsweg 2;7241AC;Lochem;1970;15-06-2023;;\r\n",
    );
    bytes.extend_from_slice(b"K1003;Anna;;de Vries;Laan 3;1234;Lochem;1990;2024-01-01;;\r\n");
    bytes.extend_from_slice(b"K1004;Bas;;Smit;Laan 4;7241 AD;Lochem;1999;2025-02-01;;\r\n");
    bytes.extend_from_slice(b"k 1002;Piet;;Berg;Dorpsweg 2;7241 AC;Lochem;1970;15-06-2023;;\r\n");
    bytes
}

async fn desk(app: &mut TestApp) {
    app.add_user(Role::Desk, "desk@example.nl", None).await;
    app.login("desk@example.nl", PASSWORD).await;
}

async fn upload(app: &mut TestApp, name: &str, bytes: &[u8]) -> Response {
    let csrf = app.csrf_token().await;
    app.post_multipart(
        "/balie/intake/inlezen",
        &[("csrf", &csrf)],
        ("file", name, bytes),
    )
    .await
}

/// The import id a successful upload redirected to.
fn import_id(res: &Response) -> i64 {
    let to = res
        .location()
        .unwrap_or_else(|| panic!("no redirect: {} {}", res.status, res.body));
    to.strip_prefix("/balie/intake/import/")
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("not a preview: {to}"))
}

async fn store(app: &mut TestApp, id: i64) -> Response {
    let csrf = app.csrf_token().await;
    app.post_form(
        "/api/store_caseload_import",
        &[("csrf", &csrf), ("id", &id.to_string())],
        true,
    )
    .await
}

async fn client(app: &TestApp, number: &str) -> (String, String, i64, String, i64) {
    sqlx::query_as(
        "SELECT address, email, birth_year, last_name, updated_at FROM caseload_clients WHERE client_number = $1",
    )
    .bind(number)
    .fetch_one(app.db().pool())
    .await
    .expect(number)
}

#[test]
fn an_export_is_previewed_then_stored_and_the_same_file_again_changes_nothing() {
    common::run(async {
        let mut app = spawn_app().await;
        desk(&mut app).await;

        let res = upload(&mut app, "bijstand-december.csv", &first_export()).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let id = import_id(&res);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM caseload_clients").await,
            0,
            "a preview stores no client"
        );
        let kept: String = sqlx::query_scalar("SELECT content FROM caseload_imports WHERE id = $1")
            .bind(id)
            .fetch_one(app.db().pool())
            .await
            .unwrap();
        assert!(
            !kept.contains("123456782"),
            "the BSN is not kept, not even in a preview"
        );

        // Refused lines first, each with its line, field and reason.
        let page = app.get(&format!("/balie/intake/import/{id}")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.body.contains("Geen Nederlandse postcode"),
            "{}",
            page.body
        );
        assert!(page.body.contains("<td class=\"number\">4</td>"));
        assert!(page.body.contains("(eerst op regel 3)"));
        assert!(page.body.contains("het portaal bewaart geen BSN"));
        assert!(page.body.contains("Niet ingelezen kolommen: BSN."));
        let all = app
            .get(&format!("/balie/intake/import/{id}?toon=alle"))
            .await;
        assert!(
            all.body.contains("Zoë Jansen"),
            "Windows-1252 read as written"
        );
        assert!(all.body.contains("Piet van der Berg"));
        assert_eq!(all.body.matches("Nieuwe klant").count(), 3);

        // Stored: the three good rows; posting the same form again stores nothing more.
        let res = store(&mut app, id).await;
        assert!(res.status.is_redirection(), "{} {}", res.status, res.body);
        assert_eq!(
            res.location(),
            Some(format!("/balie/intake/import/{id}").as_str())
        );
        assert_eq!(app.count("SELECT COUNT(*) FROM caseload_clients").await, 3);
        let again = store(&mut app, id).await;
        assert!(again.status.is_redirection());
        assert_eq!(app.count("SELECT COUNT(*) FROM caseload_clients").await, 3);
        assert_eq!(
            app.count(
                "SELECT COUNT(*) FROM caseload_imports WHERE content IS NULL AND status = 'stored'"
            )
            .await,
            1,
            "a stored import keeps its counts, not its rows"
        );
        let zoe = client(&app, "K1001").await;
        assert_eq!(
            (zoe.0.as_str(), zoe.1.as_str(), zoe.3.as_str()),
            ("Kerkstraat 1", "zoe@example.nl", "Jansen")
        );
        assert_eq!(client(&app, "K1002").await.3, "van der Berg");
        let audit = app
            .count("SELECT COUNT(*) FROM audit_log WHERE entity = 'caseload_import' AND action = 'import'")
            .await;
        assert_eq!(audit, 1);

        // The same file again: nothing new, nothing changed, and the page says it was
        // stored before.
        let before = app
            .count("SELECT CAST(SUM(updated_at) AS BIGINT) FROM caseload_clients")
            .await;
        let res = upload(&mut app, "bijstand-december.csv", &first_export()).await;
        let second = import_id(&res);
        let counts: (i64, i64, i64, i64) = sqlx::query_as(
            "SELECT added, updated, unchanged, refused FROM caseload_imports WHERE id = $1",
        )
        .bind(second)
        .fetch_one(app.db().pool())
        .await
        .unwrap();
        assert_eq!(counts, (0, 0, 3, 2));
        let page = app.get(&format!("/balie/intake/import/{second}")).await;
        assert!(
            page.body.contains("Dit bestand is al eens opgeslagen"),
            "{}",
            page.body
        );
        app.state.clock.set(app.state.clock.now() + 60);
        store(&mut app, second).await;
        assert_eq!(app.count("SELECT COUNT(*) FROM caseload_clients").await, 3);
        assert_eq!(
            app.count("SELECT CAST(SUM(updated_at) AS BIGINT) FROM caseload_clients")
                .await,
            before
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM caseload_client_changes")
                .await,
            0
        );

        // The list of clients shows them.
        let list = app.get("/balie/intake/klanten?q=jansen").await;
        assert!(
            list.body.contains("Zoë Jansen") && list.body.contains("1 gevonden"),
            "{}",
            list.body
        );
    });
}

#[test]
fn a_known_clients_row_changes_only_what_differs_and_a_refused_row_changes_nothing() {
    common::run(async {
        let mut app = spawn_app().await;
        desk(&mut app).await;
        let first = import_id(&upload(&mut app, "a.csv", &first_export()).await);
        store(&mut app, first).await;
        let bas = client(&app, "K1004").await;

        // Piet moved; Zoë's e-mail is empty in this export (the desk's copy stays);
        // Bas's row is refused (a birth year from before anyone on assistance).
        let export =
            "klantnummer,naam,adres,postcode,gemeente,geboortejaar,startdatum uitkering,e-mail\n\
            K1001,Zoë Jansen,Kerkstraat 1,7241 AB,Lochem,1985,2024-03-01,\n\
            K1002,Piet van der Berg,Molenweg 5,7241 AC,Lochem,1970,2023-06-15,\n\
            K1004,Bas Smit,Ergens 9,7241 AD,Lochem,1890,2025-02-01,\n";
        let res = upload(&mut app, "b.csv", export.as_bytes()).await;
        let id = import_id(&res);
        let page = app
            .get(&format!("/balie/intake/import/{id}?toon=gewijzigd"))
            .await;
        assert!(page.body.contains("Wijzigt: adres"), "{}", page.body);
        let refused = app
            .get(&format!("/balie/intake/import/{id}?toon=geweigerd"))
            .await;
        assert!(
            refused.body.contains("Geen geboortejaar"),
            "{}",
            refused.body
        );

        app.state.clock.set(app.state.clock.now() + 60);
        store(&mut app, id).await;
        let piet = client(&app, "K1002").await;
        assert_eq!(piet.0, "Molenweg 5");
        let zoe = client(&app, "K1001").await;
        assert_eq!(zoe.1, "zoe@example.nl", "an empty cell erases nothing");
        assert_eq!(
            client(&app, "K1004").await,
            bas,
            "a refused row changes nothing"
        );
        let changes: Vec<(String, String)> = sqlx::query_as(
            "SELECT k.client_number, c.fields FROM caseload_client_changes c JOIN caseload_clients k ON k.id = c.client_id",
        )
        .fetch_all(app.db().pool())
        .await
        .unwrap();
        assert_eq!(changes, vec![("K1002".to_string(), "address".to_string())]);
        let result = app.get(&format!("/balie/intake/import/{id}")).await;
        assert!(
            result.body.contains("Wijzigt: adres") && result.body.contains("Piet van der Berg")
        );
    });
}

#[test]
fn a_file_refused_as_a_whole_goes_back_to_the_form_with_the_reason_and_keeps_nothing() {
    common::run(async {
        let mut app = spawn_app().await;
        desk(&mut app).await;
        let res = upload(
            &mut app,
            "x.csv",
            b"klantnummer;naam;adres\nK1001;Piet;Laan 1\n",
        )
        .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let to = res.location().unwrap().to_string();
        assert!(
            to.starts_with("/balie/intake/import?fout=missing_columns&kolommen="),
            "{to}"
        );
        let form = app.get(&to).await;
        assert!(
            form.body
                .contains("Ontbreekt: postcode, gemeente, geboortejaar, startdatum uitkering."),
            "{}",
            form.body
        );
        assert!(form.body.contains("aria-invalid=\"true\""));

        let none = upload(&mut app, "", b"").await;
        assert_eq!(
            none.location(),
            Some("/balie/intake/import?fout=file_missing")
        );
        let sheet = upload(&mut app, "x.xlsx", b"PK\x03\x04\x14\x00\x00\x00").await;
        assert_eq!(sheet.location(), Some("/balie/intake/import?fout=not_text"));
        let english = {
            app.get("/taal/en").await;
            app.get("/balie/intake/import?fout=not_text").await
        };
        assert!(english.body.contains("This is not a CSV file"));
        assert_eq!(app.count("SELECT COUNT(*) FROM caseload_imports").await, 0);
    });
}

#[test]
fn only_the_desk_uploads_and_never_without_the_forms_token() {
    common::run(async {
        let mut app = spawn_app().await;
        let employer = app.add_employer("Bakkerij Lochem", "12345678").await;
        app.add_user(Role::Employer, "baas@example.nl", Some(employer))
            .await;

        // A visitor is sent to log in.
        let res = upload(&mut app, "a.csv", &first_export()).await;
        assert!(
            res.location().is_some_and(|l| l.starts_with("/inloggen")),
            "{:?}",
            res.location()
        );
        // An employer is refused.
        app.login("baas@example.nl", PASSWORD).await;
        let res = upload(&mut app, "a.csv", &first_export()).await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        app.logout().await;
        // The desk without the token is refused as a forged form.
        desk(&mut app).await;
        let res = app
            .post_multipart(
                "/balie/intake/inlezen",
                &[("csrf", "forged")],
                ("file", "a.csv", &first_export()),
            )
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        assert_eq!(app.count("SELECT COUNT(*) FROM caseload_imports").await, 0);
        // With it, it is accepted.
        let res = upload(&mut app, "a.csv", &first_export()).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        assert_eq!(app.count("SELECT COUNT(*) FROM caseload_imports").await, 1);
    });
}

#[test]
fn a_preview_nobody_decides_on_is_discarded_after_a_week() {
    common::run(async {
        let mut app = spawn_app().await;
        desk(&mut app).await;
        let kept = import_id(&upload(&mut app, "a.csv", &first_export()).await);
        let now = app.state.clock.now();
        let week = app::domain::caseload::PREVIEW_KEPT_DAYS * 86_400;
        opstap_server::jobs::cleanup::run_once(app.db(), now + week - 60)
            .await
            .unwrap();
        let status = |app: &TestApp| {
            let pool = app.db().pool().clone();
            async move {
                sqlx::query_as::<_, (String, Option<String>)>(
                    "SELECT status, content FROM caseload_imports WHERE id = $1",
                )
                .bind(kept)
                .fetch_one(&pool)
                .await
                .unwrap()
            }
        };
        let (s, content) = status(&app).await;
        assert_eq!(
            (s.as_str(), content.is_some()),
            ("preview", true),
            "within the week it stays"
        );
        opstap_server::jobs::cleanup::run_once(app.db(), now + week + 60)
            .await
            .unwrap();
        let (s, content) = status(&app).await;
        assert_eq!(
            (s.as_str(), content),
            ("discarded".to_string().as_str(), None)
        );
        // Storing it now stores nothing.
        store(&mut app, kept).await;
        assert_eq!(app.count("SELECT COUNT(*) FROM caseload_clients").await, 0);
    });
}
