//! `spawn_app()`: a fresh portal on a fresh database for every test, driven in-process
//! through the real router (middleware, pages, server functions). The backend is SQLite
//! (a file in a temp folder) unless `OPSTAP_TEST_PG_URL` points at a PostgreSQL server, in
//! which case every test gets a database of its own there.

pub mod placed;
pub mod pool;
pub mod process;
pub mod smtp;

use app::auth::tokens::random_token;
use app::domain::Role;
use app::state::AppState;
use app::store::Db;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use opstap_server::accounts::{add_user, NewAccount};
use opstap_server::config::Config;
use std::collections::HashMap;
use std::net::SocketAddr;
use tower::ServiceExt;

pub const PASSWORD: &str = "een goed wachtwoord";

/// Runs a test on the one multi-threaded runtime all tests of this binary share, the way
/// the server runs every request on one runtime.
pub fn run<F: std::future::Future<Output = ()>>(test: F) {
    static RUNTIME: std::sync::LazyLock<tokio::runtime::Runtime> = std::sync::LazyLock::new(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("test runtime")
    });
    RUNTIME.block_on(test)
}

pub struct TestApp {
    pub db_url: String,
    pub state: AppState,
    pub router: Router,
    /// Cookies of the simulated browser.
    pub cookies: HashMap<String, String>,
    /// The client address requests come from.
    pub address: SocketAddr,
    _database: Option<TestDatabase>,
}

pub struct Response {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
    /// The body as sent (compressed when the request accepted it).
    pub raw: Vec<u8>,
}

impl Response {
    pub fn location(&self) -> Option<&str> {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
    }
}

/// A folder removed when dropped.
pub struct TempDir(pub std::path::PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn backend_name() -> &'static str {
    if std::env::var("OPSTAP_TEST_PG_URL").is_ok() {
        "PostgreSQL"
    } else {
        "SQLite"
    }
}

/// A test's database, removed when dropped: the SQLite file's folder, or the PostgreSQL
/// database (dropped with `FORCE`, so connections a test left open do not keep it).
pub enum TestDatabase {
    /// The folder with the file, removed with it.
    Sqlite {
        _folder: TempDir,
    },
    Postgres {
        admin_url: String,
        name: String,
    },
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let TestDatabase::Postgres { admin_url, name } = self else {
            return;
        };
        let (admin_url, name) = (admin_url.clone(), name.clone());
        let what = name.clone();
        // Drop runs inside the tests' runtime, where nothing may block on another future:
        // the statement runs on a thread of its own with a runtime of its own.
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| e.to_string())?;
            let drop_it = async {
                let admin = Db::connect(&admin_url).await.map_err(|e| e.to_string())?;
                let done = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .execute(admin.pool())
                    .await
                    .map(|_| ())
                    .map_err(|e| e.to_string());
                admin.close().await;
                done
            };
            // Never hang a test run on it: `./dev test` counts what is left behind.
            runtime.block_on(async {
                tokio::time::timeout(std::time::Duration::from_secs(30), drop_it)
                    .await
                    .map_err(|_| "timed out".to_string())?
            })
        })
        .join();
        if !matches!(dropped, Ok(Ok(()))) {
            eprintln!("test database {what} not dropped: {dropped:?}");
        }
    }
}

/// A fresh, migrated, empty database; returns its URL and the guard that removes it.
pub async fn fresh_database() -> (String, TestDatabase) {
    match std::env::var("OPSTAP_TEST_PG_URL") {
        Ok(admin_url) => {
            let name = format!("opstap_test_{}", &random_token()[..16]);
            let admin = Db::connect(&admin_url)
                .await
                .expect("connect to the test PostgreSQL server");
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(admin.pool())
                .await
                .expect("create database");
            admin.close().await;
            let base = admin_url
                .rsplit_once('/')
                .map(|(b, _)| b)
                .unwrap_or(&admin_url);
            let url = format!("{base}/{name}");
            (url, TestDatabase::Postgres { admin_url, name })
        }
        Err(_) => {
            let dir = std::env::temp_dir().join(format!("opstap-test-{}", &random_token()[..16]));
            std::fs::create_dir_all(&dir).expect("temp dir");
            let url = format!("sqlite://{}?mode=rwc", dir.join("opstap.db").display());
            (
                url,
                TestDatabase::Sqlite {
                    _folder: TempDir(dir),
                },
            )
        }
    }
}

fn config(db_url: &str) -> Config {
    let mut config = Config::from_lookup(|_| None).expect("default config");
    config.database_url = db_url.to_string();
    config
}

pub async fn spawn_app() -> TestApp {
    let (db_url, database) = fresh_database().await;
    let mut app = start(&db_url).await;
    app._database = Some(database);
    app
}

/// A fresh portal serving the static files of the site folder `site`.
pub async fn spawn_app_with_site(site: &std::path::Path) -> TestApp {
    let site = site.display().to_string();
    spawn_app_with(move |config| config.site_root = site).await
}

/// A fresh portal with its configuration changed by `change` first.
pub async fn spawn_app_with(change: impl FnOnce(&mut Config)) -> TestApp {
    let (db_url, database) = fresh_database().await;
    let mut config = config(&db_url);
    change(&mut config);
    let mut app = start_with(&config).await;
    app._database = Some(database);
    app
}

/// Starts a portal on an existing database (as a restarted server would).
pub async fn start(db_url: &str) -> TestApp {
    start_with(&config(db_url)).await
}

async fn start_with(config: &Config) -> TestApp {
    let db_url = config.database_url.as_str();
    let db = opstap_server::open_database(db_url)
        .await
        .expect("open database");
    let state = opstap_server::app_state(config, db).await.expect("state");
    let router = opstap_server::web::router(state.clone());
    TestApp {
        db_url: db_url.to_string(),
        state,
        router,
        cookies: HashMap::new(),
        address: "192.0.2.10:50000".parse().expect("address"),
        _database: None,
    }
}

impl TestApp {
    pub fn db(&self) -> &Db {
        &self.state.db
    }

    /// Stops this portal and starts a new one on the same database, keeping the browser's
    /// cookies (a server restart).
    pub async fn restart(mut self) -> TestApp {
        self.state.db.close().await;
        let mut next = start(&self.db_url).await;
        next.cookies = std::mem::take(&mut self.cookies);
        next._database = self._database.take();
        next
    }

    pub async fn request(&mut self, mut req: Request<Body>) -> Response {
        let cookie = self
            .cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ");
        if !cookie.is_empty() {
            req.headers_mut()
                .insert(header::COOKIE, cookie.parse().expect("cookie header"));
        }
        req.extensions_mut().insert(ConnectInfo(self.address));
        let trace = std::env::var("OPSTAP_TEST_TRACE").is_ok();
        let what = format!("{} {}", req.method(), req.uri());
        if trace {
            eprintln!("-> {what}");
        }
        let res = self
            .router
            .clone()
            .oneshot(req)
            .await
            .expect("router never fails");
        if trace {
            eprintln!("<- {what} {}", res.status());
        }
        for value in res.headers().get_all(header::SET_COOKIE) {
            let text = value.to_str().unwrap_or_default();
            let pair = text.split(';').next().unwrap_or_default();
            if let Some((k, v)) = pair.split_once('=') {
                if v.is_empty() || text.contains("Max-Age=0") {
                    self.cookies.remove(k);
                } else {
                    self.cookies.insert(k.to_string(), v.to_string());
                }
            }
        }
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = axum::body::to_bytes(res.into_body(), 16 * 1024 * 1024)
            .await
            .expect("body");
        if trace {
            eprintln!("<= {what} body read");
        }
        Response {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            raw: bytes.to_vec(),
        }
    }

    /// A page as a browser navigates to it.
    pub async fn get(&mut self, path: &str) -> Response {
        let req = Request::get(path)
            .header(header::ACCEPT, "text/html")
            .body(Body::empty())
            .expect("request");
        self.request(req).await
    }

    /// A server function called from the hydrated page (JSON answer).
    pub async fn call_get(&mut self, path: &str) -> Response {
        let req = Request::get(path)
            .header(header::ACCEPT, "application/json")
            .body(Body::empty())
            .expect("request");
        self.request(req).await
    }

    /// A form post. `html` true: as a browser without JavaScript (answer is a redirect);
    /// false: as the hydrated page's `fetch`.
    pub async fn post_form(&mut self, path: &str, fields: &[(&str, &str)], html: bool) -> Response {
        let body = serde_urlencoded::to_string(fields).expect("form");
        let req = Request::post(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(
                header::ACCEPT,
                if html {
                    "text/html"
                } else {
                    "application/json"
                },
            )
            .header(header::REFERER, "http://127.0.0.1:3000/inloggen")
            .body(Body::from(body))
            .expect("request");
        self.request(req).await
    }

    /// A multipart form post as a browser sends a file upload without JavaScript: the
    /// text `fields`, then `file` (field name, file name, bytes).
    pub async fn post_multipart(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        file: (&str, &str, &[u8]),
    ) -> Response {
        let boundary = "----opstap-test-boundary-7MA4YWxkTrZu0gW";
        let mut body: Vec<u8> = Vec::new();
        for (name, value) in fields {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes(),
            );
        }
        let (field, file_name, bytes) = file;
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{file_name}\"\r\nContent-Type: text/csv\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        let req = Request::post(path)
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .header(header::ACCEPT, "text/html")
            .body(Body::from(body))
            .expect("request");
        self.request(req).await
    }

    /// Posts the set-password form of an invitation or reset link, as the hydrated page.
    pub async fn set_password(&mut self, token: &str, password: &str, repeat: &str) -> Response {
        let csrf = self.csrf_token().await;
        self.post_form(
            "/api/set_password",
            &[
                ("csrf", &csrf),
                ("token", token),
                ("password", password),
                ("password_repeat", repeat),
            ],
            false,
        )
        .await
    }

    /// The CSRF token the pages of this browser carry (loads a page for it).
    pub async fn csrf_token(&mut self) -> String {
        let page = self.get("/inloggen").await;
        let marker = "name=\"csrf-token\" content=\"";
        let start = page.body.find(marker).expect("csrf meta tag") + marker.len();
        let end = start + page.body[start..].find('"').expect("end of the token");
        page.body[start..end].to_string()
    }

    pub async fn login(&mut self, email: &str, password: &str) -> Response {
        let csrf = self.csrf_token().await;
        self.post_form(
            "/api/login",
            &[
                ("csrf", &csrf),
                ("email", email),
                ("password", password),
                ("next", ""),
            ],
            false,
        )
        .await
    }

    pub async fn logout(&mut self) -> Response {
        let csrf = self.csrf_token().await;
        self.post_form("/api/logout", &[("csrf", &csrf)], false)
            .await
    }

    pub async fn add_user(&self, role: Role, email: &str, employer_id: Option<i64>) -> i64 {
        add_user(
            self.db(),
            NewAccount {
                role,
                email: email.into(),
                name: None,
                employer_id,
                password: PASSWORD.into(),
            },
        )
        .await
        .expect("add user")
    }

    /// An active employer, straight into the table.
    pub async fn add_employer(&self, name: &str, kvk: &str) -> i64 {
        sqlx::query_scalar(
            "INSERT INTO employers (name, kvk, sector, street, house_number, postcode, city, municipality, \
             contact_name, contact_email, contact_phone, status, created_at) \
             VALUES ($1, $2, 'care', 'Kerkstraat', '1', '4001 AB', 'Tiel', 'Tiel', 'Jan Jansen', \
             'jan@example.nl', '0612345678', 'active', 0) RETURNING id",
        )
        .bind(name)
        .bind(kvk)
        .fetch_one(self.db().pool())
        .await
        .expect("insert employer")
    }

    /// A published job of `employer` (Tiel, greenery, 24–32 hours, open to over-50s).
    pub async fn published_opening(&self, employer: i64, by: i64, title: &str) -> i64 {
        let content = app::domain::openings::OpeningForm {
            kind: "job".into(),
            title: title.into(),
            description: "Maaien, snoeien en planten.".into(),
            sector: "greenery".into(),
            municipality: "Tiel".into(),
            postcode: "4001 CD".into(),
            hours_min: "24".into(),
            hours_max: "32".into(),
            positions: "2".into(),
            contract_type: "temporary".into(),
            dutch_level: "A2".into(),
            group_over_50: Some("on".into()),
            ..Default::default()
        }
        .parse(0)
        .expect("valid opening");
        let mut tx = self.db().write().await.expect("transaction");
        let id = app::store::openings::insert(
            &mut tx,
            app::domain::ids::EmployerId(employer),
            &content,
            app::domain::kinds::OpeningStatus::Published,
            by,
            1,
        )
        .await
        .expect("insert opening");
        tx.commit().await.expect("commit");
        id.0
    }

    pub async fn count(&self, sql: &str) -> i64 {
        sqlx::query_scalar(sql)
            .fetch_one(self.db().pool())
            .await
            .expect("count")
    }
}

/// The token of the set-password link (`…/wachtwoord/{token}`) in a mail's text.
pub fn link_token(mail: &str) -> String {
    let start = mail
        .find("/wachtwoord/")
        .expect("a set-password link in the mail")
        + "/wachtwoord/".len();
    mail[start..]
        .chars()
        .take_while(|c| c.is_ascii_hexdigit())
        .collect()
}
