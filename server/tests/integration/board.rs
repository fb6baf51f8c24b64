//! The public board: search, filters, pages, closing dates, the page of one opening and
//! its JobPosting JSON-LD.

use crate::common;

use crate::common::{spawn_app, TestApp};
use axum::http::StatusCode;

async fn opening(
    app: &TestApp,
    employer: i64,
    title: &str,
    status: &str,
    extra: &[(&str, &str)],
) -> i64 {
    let get = |k: &str, d: &str| {
        extra
            .iter()
            .find(|(key, _)| *key == k)
            .map(|(_, v)| v.to_string())
            .unwrap_or(d.to_string())
    };
    let closing = get("closing_date", "");
    sqlx::query_scalar(
        "INSERT INTO openings (employer_id, kind, title, description, sector, municipality, postcode, hours_min, \
         hours_max, positions, closing_date, contract_type, salary_min, salary_max, dutch_level, target_groups, status, \
         created_at, updated_at, published_at) \
         VALUES ($1, $2, $3, $4, $5, $6, '4001 AB', $7, $8, 1, $9, 'temporary', $10, $11, 'A2', $12, $13, 1, 1, $14) RETURNING id",
    )
    .bind(employer)
    .bind(get("kind", "job"))
    .bind(title)
    .bind(get("description", "Werk in een fijn team."))
    .bind(get("sector", "care"))
    .bind(get("municipality", "Tiel"))
    .bind(get("hours_min", "16").parse::<i64>().unwrap())
    .bind(get("hours_max", "24").parse::<i64>().unwrap())
    .bind(if closing.is_empty() { None } else { Some(closing) })
    .bind(get("salary_min", "").parse::<i64>().ok())
    .bind(get("salary_max", "").parse::<i64>().ok())
    .bind(get("groups", "young"))
    .bind(status)
    .bind(get("published_at", "100").parse::<i64>().unwrap())
    .fetch_one(app.db().pool())
    .await
    // Written past the store: tell the board cache, as the store's writes do.
    .inspect(|_| app::store::read_cache::openings_changed())
    .unwrap()
}

#[test]
fn search_filters_sort_and_pages() {
    common::run(async {
        let mut app = spawn_app().await;
        let e = app.add_employer("Zorggroep Tiel", "12345678").await;
        opening(
            &app,
            e,
            "Helpende in de thuiszorg",
            "published",
            &[("published_at", "300"), ("closing_date", "2099-01-01")],
        )
        .await;
        opening(
            &app,
            e,
            "Hovenier",
            "published",
            &[
                ("sector", "greenery"),
                ("municipality", "Buren"),
                ("kind", "learning_place"),
                ("description", "Snoeien en maaien."),
                ("published_at", "200"),
                ("closing_date", "2098-01-01"),
            ],
        )
        .await;
        opening(
            &app,
            e,
            "Chauffeur",
            "published",
            &[
                ("sector", "transport"),
                ("hours_min", "32"),
                ("hours_max", "40"),
                ("groups", "over_50"),
                ("published_at", "100"),
            ],
        )
        .await;
        opening(&app, e, "Geheim concept", "draft", &[]).await;
        opening(
            &app,
            e,
            "Verlopen plek",
            "published",
            &[("closing_date", "2001-01-01")],
        )
        .await;

        let all = app.call_get("/api/search_board").await;
        assert_eq!(all.status, StatusCode::OK, "{}", all.body);
        let v: serde_json::Value = serde_json::from_str(&all.body).unwrap();
        assert_eq!(v["total"], 3, "only published, open openings: {}", all.body);
        let titles: Vec<&str> = v["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["content"]["title"].as_str().unwrap())
            .collect();
        assert_eq!(
            titles,
            ["Helpende in de thuiszorg", "Hovenier", "Chauffeur"],
            "newest first"
        );

        let search = |q: &str| format!("/api/search_board?{q}");
        for (query, expected) in [
            ("q=snoeien", vec!["Hovenier"]),
            ("q=thuiszorg", vec!["Helpende in de thuiszorg"]),
            ("q=geheim", vec![]),
            ("kind=learning_place", vec!["Hovenier"]),
            ("sector=transport", vec!["Chauffeur"]),
            ("municipality=buren", vec!["Hovenier"]),
            ("hours=20", vec!["Helpende in de thuiszorg", "Hovenier"]),
            ("group=over_50", vec!["Chauffeur"]),
            (
                "sort=closing",
                vec!["Hovenier", "Helpende in de thuiszorg", "Chauffeur"],
            ),
            ("q=%22%20OR%20*", vec![]),
        ] {
            let res = app.call_get(&search(query)).await;
            assert_eq!(res.status, StatusCode::OK, "{query}: {}", res.body);
            let v: serde_json::Value = serde_json::from_str(&res.body).unwrap();
            let got: Vec<&str> = v["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["content"]["title"].as_str().unwrap())
                .collect();
            assert_eq!(got, expected, "{query}");
        }
        // Pages of one.
        let res = app.call_get(&search("per_page=1&page=2")).await;
        let v: serde_json::Value = serde_json::from_str(&res.body).unwrap();
        assert_eq!(
            (
                v["total"].as_i64(),
                v["pages"].as_i64(),
                v["items"][0]["content"]["title"].as_str()
            ),
            (Some(3), Some(3), Some("Hovenier"))
        );

        // The HTML board works without JavaScript: a GET form, links for pages.
        let page = app.get("/vacatures?q=hovenier").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Hovenier") && !page.body.contains("Chauffeur"));
    });
}

#[test]
fn an_opening_page_has_job_posting_json_ld_and_closed_ones_say_so() {
    common::run(async {
        let mut app = spawn_app().await;
        let e = app.add_employer("Kwekerij De Linge", "23456789").await;
        let open = opening(
            &app,
            e,
            "Leerling <hovenier>",
            "published",
            &[
                ("closing_date", "2099-03-01"),
                ("salary_min", "2100"),
                ("salary_max", "2500"),
                ("kind", "learning_place"),
            ],
        )
        .await;
        let filled = opening(&app, e, "Vervuld", "filled", &[]).await;
        let past = opening(
            &app,
            e,
            "Te laat",
            "published",
            &[("closing_date", "2001-01-01")],
        )
        .await;
        let draft = opening(&app, e, "Concept", "draft", &[]).await;

        let page = app.get(&format!("/vacatures/{open}")).await;
        assert_eq!(page.status, StatusCode::OK);
        let start = page
            .body
            .find("<script type=\"application/ld+json\">")
            .expect("JSON-LD")
            + 35;
        let end = start + page.body[start..].find("</script>").unwrap();
        let ld: serde_json::Value =
            serde_json::from_str(&page.body[start..end]).expect("JSON-LD parses");
        assert_eq!(ld["@type"], "JobPosting");
        assert_eq!(ld["title"], "Leerling <hovenier>");
        assert_eq!(ld["hiringOrganization"]["name"], "Kwekerij De Linge");
        assert_eq!(ld["jobLocation"]["address"]["postalCode"], "4001 AB");
        assert_eq!(ld["validThrough"], "2099-03-01T23:59:59+01:00");
        assert_eq!(ld["baseSalary"]["value"]["minValue"], 2100);
        assert!(ld["datePosted"].as_str().is_some() && ld["description"].as_str().is_some());
        assert!(ld["employmentType"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!("INTERN")));

        for gone in [filled, past] {
            let res = app.get(&format!("/vacatures/{gone}")).await;
            assert_eq!(res.status, StatusCode::GONE);
            assert!(res.body.contains("staat niet meer open"));
        }
        for missing in [draft, 999_999] {
            assert_eq!(
                app.get(&format!("/vacatures/{missing}")).await.status,
                StatusCode::NOT_FOUND
            );
        }
    });
}

#[test]
fn hostile_text_cannot_break_out_of_the_json_ld_or_the_title() {
    common::run(async {
        let mut app = spawn_app().await;
        let e = app.add_employer("Keuken & Co", "23456780").await;
        for title in [
            "Kok <!--<script",
            "Kok </script><script>alert(1)</script>",
            "Kok \u{2028}</SCRIPT >&amp;",
            "Kok </title><script>alert(1)</script>",
        ] {
            let id = opening(
                &app,
                e,
                title,
                "published",
                &[("description", "Tekst <!-- met --> haken </script> erin")],
            )
            .await;
            let page = app.get(&format!("/vacatures/{id}")).await;
            assert_eq!(page.status, StatusCode::OK);
            let open = "<script type=\"application/ld+json\">";
            let start = page.body.find(open).expect("JSON-LD") + open.len();
            let end = start + page.body[start..].find("</script>").expect("end");
            let block = &page.body[start..end];
            assert!(
                !block.contains('<') && !block.contains('>'),
                "{title}: {block}"
            );
            let ld: serde_json::Value = serde_json::from_str(block).expect("parses");
            assert_eq!(ld["title"], title);
            // The page after the script is still the page: its heading shows the title.
            let rest = &page.body[end..];
            assert!(
                rest.contains("<h1>"),
                "{title}: the page goes on after the script"
            );
            // Every script on the page is one the portal wrote: none opened by the text (in
            // the JSON-LD, the <title>, the description or the page).
            let lower = page.body.to_lowercase();
            let opened: Vec<&str> = lower
                .match_indices("<script")
                .map(|(i, _)| &lower[i..(i + 60).min(lower.len())])
                .collect();
            assert_eq!(
                opened.len(),
                page.body.matches("</script>").count(),
                "{title}: {opened:#?}"
            );
        }
    });
}

#[test]
fn the_json_api_and_the_atom_feed() {
    common::run(async {
        let mut app = spawn_app().await;
        let e = app.add_employer("Hotel & Co", "34567890").await;
        let a = opening(
            &app,
            e,
            "Kok <in opleiding>",
            "published",
            &[
                ("published_at", "200"),
                ("salary_min", "2000"),
                ("salary_max", "2400"),
            ],
        )
        .await;
        opening(
            &app,
            e,
            "Afwasser",
            "published",
            &[("published_at", "100"), ("sector", "hospitality")],
        )
        .await;
        let closed = opening(&app, e, "Dicht", "closed", &[]).await;

        let res = app.call_get("/api/v1/openings?per_page=1").await;
        assert_eq!(res.status, StatusCode::OK);
        assert_eq!(res.headers.get("access-control-allow-origin").unwrap(), "*");
        let v: serde_json::Value = serde_json::from_str(&res.body).unwrap();
        assert_eq!(
            (
                v["total"].as_i64(),
                v["page"].as_i64(),
                v["per_page"].as_i64()
            ),
            (Some(2), Some(1), Some(1))
        );
        assert_eq!(v["items"][0]["title"], "Kok <in opleiding>");
        assert_eq!(v["items"][0]["salary_min"], 2000);
        let filtered: serde_json::Value = serde_json::from_str(
            &app.call_get("/api/v1/openings?sector=hospitality")
                .await
                .body,
        )
        .unwrap();
        assert_eq!(filtered["total"], 1);

        let one = app.call_get(&format!("/api/v1/openings/{a}")).await;
        assert_eq!(one.status, StatusCode::OK);
        let v: serde_json::Value = serde_json::from_str(&one.body).unwrap();
        assert_eq!(v["employer"], "Hotel & Co");
        for (path, status, code) in [
            (
                format!("/api/v1/openings/{closed}"),
                StatusCode::GONE,
                "gone",
            ),
            (
                "/api/v1/openings/999999".to_string(),
                StatusCode::NOT_FOUND,
                "not_found",
            ),
            (
                "/api/v1/openings/abc".to_string(),
                StatusCode::NOT_FOUND,
                "not_found",
            ),
            (
                "/api/v1/openings?per_page=1000".to_string(),
                StatusCode::BAD_REQUEST,
                "bad_parameter",
            ),
            (
                "/api/v1/openings?page=nul".to_string(),
                StatusCode::BAD_REQUEST,
                "bad_parameter",
            ),
            // As documented: pages from 1, values from the lists, nothing undocumented.
            (
                "/api/v1/openings?page=0".to_string(),
                StatusCode::BAD_REQUEST,
                "bad_parameter",
            ),
            (
                "/api/v1/openings?kind=baan".to_string(),
                StatusCode::BAD_REQUEST,
                "bad_parameter",
            ),
            (
                "/api/v1/openings?page[a]=1".to_string(),
                StatusCode::BAD_REQUEST,
                "bad_parameter",
            ),
            (
                "/api/v1/openings?page=1&page=2".to_string(),
                StatusCode::BAD_REQUEST,
                "bad_parameter",
            ),
        ] {
            let res = app.call_get(&path).await;
            assert_eq!(res.status, status, "{path}");
            let v: serde_json::Value = serde_json::from_str(&res.body).expect("errors are JSON");
            assert_eq!(v["error"]["code"], code, "{path}");
            assert!(v["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty()));
        }

        // Read-only: other methods get 405 with what is allowed (not a CSRF refusal).
        for method in ["TRACE", "POST", "PUT", "DELETE", "PATCH"] {
            let req = axum::http::Request::builder()
                .method(method)
                .uri("/api/v1/openings")
                .body(axum::body::Body::empty())
                .unwrap();
            let res = app.request(req).await;
            assert_eq!(res.status, StatusCode::METHOD_NOT_ALLOWED, "{method}");
            assert!(
                res.headers
                    .get("allow")
                    .is_some_and(|a| a.to_str().unwrap_or("").contains("GET")),
                "{method}"
            );
        }
        assert_eq!(
            app.count("SELECT COUNT(*) FROM openings").await,
            3,
            "nothing changed"
        );

        let doc: serde_json::Value =
            serde_json::from_str(&app.call_get("/api/v1/openapi.json").await.body).unwrap();
        assert_eq!(doc["openapi"], "3.0.3");
        assert!(doc["paths"]["/openings/{id}"]["get"]["responses"]["410"].is_object());

        let feed = app.get("/vacatures/feed.atom").await;
        assert_eq!(feed.status, StatusCode::OK);
        assert!(feed
            .headers
            .get("content-type")
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("application/atom+xml"));
        assert!(feed
            .body
            .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""));
        assert_eq!(feed.body.matches("<entry>").count(), 2);
        assert!(feed
            .body
            .contains("<title>Kok &lt;in opleiding&gt;</title>"));
        assert!(feed.body.contains("Hotel &amp; Co"));
        assert!(!feed.body.contains("Dicht"));
    });
}
