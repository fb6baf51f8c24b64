//! `opstap bench load`: a load test against a running portal, the way browsers and API
//! clients use it. For each request — `/healthz` (the baseline: the cheapest answer through
//! the same layers), the style sheet as a browser fetches it (brotli), the public board
//! (plain and brotli), one opening, the API list, the desk's candidate list, a buddy's
//! check-in post — `connections` keep-alive
//! connections send that request back to back for `seconds`; reported per request: count,
//! requests per second, p50/p95/p99 latency and errors, then the portal's peak memory (its
//! `/proc/PID/status` VmHWM when `--pid` is given).
//!
//! The desk and buddy sessions are made in the database (`DATABASE_URL`, the portal's own)
//! rather than by logging in, so the test measures pages, not password hashing. Spoken over
//! plain HTTP/1.1 on tokio sockets, so no HTTP client library is needed.

use app::auth::cookies::SESSION_COOKIE;
use app::auth::tokens::{random_token, sha256_hex};
use app::store::{sessions, Db};
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

/// One kind of request in the test.
#[derive(Clone)]
pub struct Target {
    pub name: &'static str,
    pub method: &'static str,
    pub path: String,
    /// Session of the user who sends it (none: a visitor).
    pub session: Option<String>,
    /// Form body (with the CSRF field added per connection; `NUMBER` replaced by a number
    /// unique to each request).
    pub form: Option<String>,
    /// Statuses that count as success.
    pub ok: &'static [u16],
    /// `Accept-Encoding` sent (none: the answer comes uncompressed).
    pub encoding: Option<&'static str>,
}

/// What one target's run measured.
pub struct Outcome {
    pub name: &'static str,
    /// Successful answers in the measured time.
    pub latencies: Vec<Duration>,
    /// Successful answers including the warm-up (to check what a post stored).
    pub succeeded: usize,
    pub errors: usize,
    pub elapsed: Duration,
    pub first_error: Option<String>,
}

impl Outcome {
    pub fn percentile(&self, p: f64) -> f64 {
        let mut sorted = self.latencies.clone();
        sorted.sort();
        if sorted.is_empty() {
            return 0.0;
        }
        let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
        sorted[rank.clamp(1, sorted.len()) - 1].as_secs_f64() * 1000.0
    }

    pub fn per_second(&self) -> f64 {
        self.latencies.len() as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

/// The requests, with sessions made for the first active desk and buddy accounts; the
/// style sheet's hashed URL is read from the board at `addr`.
pub async fn targets(db: &Db, addr: &str) -> Result<Vec<Target>, String> {
    let fail = |e: sqlx::Error| e.to_string();
    let opening: i64 = sqlx::query_scalar(
        "SELECT id FROM openings WHERE status = 'published' ORDER BY id LIMIT 1",
    )
    .fetch_optional(db.pool())
    .await
    .map_err(fail)?
    .ok_or("no published opening: load a region first with `opstap demo --scale N`")?;
    let desk = app::store::users::first_active_of_role(db, app::domain::Role::Desk)
        .await
        .map_err(fail)?
        .ok_or("no desk account")?;
    let today = app::domain::dates::iso_date(app::domain::dates::day_of(app::clock::now()));
    let (pairing, buddy): (i64, i64) = sqlx::query_as(
        "SELECT p.id, p.buddy_id FROM buddy_pairings p JOIN users u ON u.id = p.buddy_id \
         WHERE p.end_date IS NULL AND u.active = 1 AND p.start_date <= $1 ORDER BY p.id LIMIT 1",
    )
    .bind(&today)
    .fetch_optional(db.pool())
    .await
    .map_err(fail)?
    .ok_or("no running buddy pairing")?;
    let session = |user: i64| {
        let db = db.clone();
        async move {
            let token = random_token();
            sessions::create(&db, &sha256_hex(&token), user, app::clock::now())
                .await
                .map(|()| token)
        }
    };
    let desk_session = session(desk).await.map_err(fail)?;
    let buddy_session = session(buddy).await.map_err(fail)?;
    let form = serde_urlencoded::to_string([
        ("pairing", pairing.to_string()),
        ("held_on", today),
        ("mode", "call".to_string()),
        ("score", "4".to_string()),
        // Different each time: the same check-in posted twice is stored once (a double
        // submit), and the test is about stored check-ins.
        (
            "notes_work",
            format!("Gaat goed; belastingtest {} NUMBER", &random_token()[..8]),
        ),
        ("notes_home", String::new()),
        ("next_on", String::new()),
    ])
    .map_err(|e| e.to_string())?;
    let (_, _, board) = Client::connect(addr, None)
        .await?
        .send("GET", "/vacatures", None)
        .await?;
    let css = board
        .split('"')
        .find(|part| part.starts_with("/pkg/opstap-") && part.ends_with(".css"))
        .ok_or("the board links no hashed style sheet: is the site built (./dev build)?")?
        .to_string();
    let get = |name, path: String, encoding| Target {
        name,
        method: "GET",
        path,
        session: None,
        form: None,
        ok: &[200],
        encoding,
    };
    Ok(vec![
        get("baseline /healthz", "/healthz".into(), None),
        get("style sheet (br)", css, Some("br, gzip")),
        get(
            "board /vacatures (br)",
            "/vacatures".into(),
            Some("br, gzip"),
        ),
        Target {
            name: "board /vacatures",
            method: "GET",
            path: "/vacatures".into(),
            session: None,
            form: None,
            ok: &[200],
            encoding: None,
        },
        Target {
            name: "opening /vacatures/{id}",
            method: "GET",
            path: format!("/vacatures/{opening}"),
            session: None,
            form: None,
            ok: &[200],
            encoding: None,
        },
        Target {
            name: "API /api/v1/openings",
            method: "GET",
            path: "/api/v1/openings".into(),
            session: None,
            form: None,
            ok: &[200],
            encoding: None,
        },
        Target {
            name: "desk /balie/kandidaten",
            method: "GET",
            path: "/balie/kandidaten".into(),
            session: Some(desk_session),
            form: None,
            ok: &[200],
            encoding: None,
        },
        Target {
            name: "check-in POST",
            method: "POST",
            path: "/api/log_checkin".into(),
            session: Some(buddy_session),
            form: Some(form),
            ok: &[302, 303],
            encoding: None,
        },
    ])
}

/// A keep-alive connection with the cookies and CSRF token of one browser.
pub(crate) struct Client {
    reader: BufReader<TcpStream>,
    cookie: String,
    csrf: String,
    encoding: Option<&'static str>,
}

impl Client {
    pub(crate) async fn connect(addr: &str, session: Option<&str>) -> Result<Client, String> {
        let stream = TcpStream::connect(addr)
            .await
            .map_err(|e| format!("connect {addr}: {e}"))?;
        stream.set_nodelay(true).map_err(|e| e.to_string())?;
        let mut client = Client {
            reader: BufReader::new(stream),
            cookie: session
                .map(|s| format!("{SESSION_COOKIE}={s}"))
                .unwrap_or_default(),
            csrf: String::new(),
            encoding: None,
        };
        if session.is_some() {
            // Like a browser: a page first, for the CSRF cookie and token.
            let (status, headers, body) = client.send("GET", "/vacatures", None).await?;
            if status != 200 {
                return Err(format!("the board answered {status}"));
            }
            for line in headers.lines() {
                if let Some(value) = line.strip_prefix("set-cookie: ") {
                    if let Some(pair) = value.split(';').next() {
                        if !pair.starts_with(SESSION_COOKIE) {
                            client.cookie = format!("{}; {pair}", client.cookie);
                        }
                    }
                }
            }
            let marker = "name=\"csrf-token\" content=\"";
            if let Some(start) = body.find(marker).map(|i| i + marker.len()) {
                client.csrf = body[start..].chars().take_while(|c| *c != '"').collect();
            }
        }
        Ok(client)
    }

    /// Sends one request; answers status, header lines (names in lower case) and body.
    pub(crate) async fn send(
        &mut self,
        method: &str,
        path: &str,
        form: Option<&str>,
    ) -> Result<(u16, String, String), String> {
        let body = form
            .map(|f| format!("csrf={}&{f}", self.csrf))
            .unwrap_or_default();
        let mut request = format!(
            "{method} {path} HTTP/1.1\r\nHost: load.test\r\nAccept: text/html\r\nUser-Agent: opstap-load\r\n"
        );
        if !self.cookie.is_empty() {
            request.push_str(&format!("Cookie: {}\r\n", self.cookie));
        }
        if let Some(encoding) = self.encoding {
            request.push_str(&format!("Accept-Encoding: {encoding}\r\n"));
        }
        if form.is_some() {
            request.push_str(&format!(
                "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
                body.len()
            ));
        }
        request.push_str("\r\n");
        request.push_str(&body);
        let io = |e: std::io::Error| e.to_string();
        self.reader
            .get_mut()
            .write_all(request.as_bytes())
            .await
            .map_err(io)?;
        let mut line = String::new();
        self.reader.read_line(&mut line).await.map_err(io)?;
        let status = line
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| format!("bad status line {line:?}"))?;
        let mut headers = String::new();
        let (mut length, mut chunked) = (0usize, false);
        loop {
            line.clear();
            self.reader.read_line(&mut line).await.map_err(io)?;
            let trimmed = line.trim_end();
            if trimmed.is_empty() {
                break;
            }
            let (name, value) = trimmed.split_once(':').unwrap_or((trimmed, ""));
            let (name, value) = (name.to_ascii_lowercase(), value.trim());
            match name.as_str() {
                "content-length" => length = value.parse().unwrap_or(0),
                "transfer-encoding" => chunked = value.contains("chunked"),
                _ => {}
            }
            headers.push_str(&format!("{name}: {value}\n"));
        }
        let mut body = Vec::new();
        if chunked {
            loop {
                line.clear();
                self.reader.read_line(&mut line).await.map_err(io)?;
                let size = usize::from_str_radix(line.trim().split(';').next().unwrap_or("0"), 16)
                    .map_err(|e| format!("bad chunk size {line:?}: {e}"))?;
                let mut chunk = vec![0; size + 2];
                self.reader.read_exact(&mut chunk).await.map_err(io)?;
                if size == 0 {
                    break;
                }
                body.extend_from_slice(&chunk[..size]);
            }
        } else {
            body.resize(length, 0);
            self.reader.read_exact(&mut body).await.map_err(io)?;
        }
        Ok((status, headers, String::from_utf8_lossy(&body).into_owned()))
    }
}

/// Numbers the posts of a run.
static SENT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Runs one target with `connections` connections for `seconds` (after a short warm-up).
pub async fn run(addr: &str, target: &Target, connections: usize, seconds: u64) -> Outcome {
    let warm_up = Duration::from_secs(1);
    let started = Instant::now();
    let measure_from = started + warm_up;
    let until = measure_from + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for _ in 0..connections {
        let target = target.clone();
        let addr = addr.to_string();
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut succeeded = 0;
            let mut errors = 0;
            let mut first_error = None;
            let mut client = None;
            while Instant::now() < until {
                if client.is_none() {
                    match Client::connect(&addr, target.session.as_deref()).await {
                        Ok(mut c) => {
                            c.encoding = target.encoding;
                            client = Some(c)
                        }
                        Err(e) => {
                            errors += 1;
                            first_error.get_or_insert(e);
                            tokio::time::sleep(Duration::from_millis(50)).await;
                            continue;
                        }
                    }
                }
                let Some(c) = client.as_mut() else { continue };
                let form = target.form.as_ref().map(|f| {
                    let n = SENT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    f.replace("NUMBER", &n.to_string())
                });
                let sent = Instant::now();
                let result = c.send(target.method, &target.path, form.as_deref()).await;
                let took = sent.elapsed();
                let counted = sent >= measure_from;
                match result {
                    // A refused form is redirected back with `__err` in the address.
                    Ok((status, headers, _))
                        if target.ok.contains(&status) && !headers.contains("__err=") =>
                    {
                        succeeded += 1;
                        if counted {
                            latencies.push(took);
                        }
                    }
                    Ok((status, headers, body)) => {
                        errors += 1;
                        first_error.get_or_insert(format!(
                            "status {status}: {headers} {}",
                            body.chars().take(200).collect::<String>()
                        ));
                    }
                    Err(e) => {
                        errors += 1;
                        first_error.get_or_insert(e);
                        client = None;
                    }
                }
            }
            (latencies, succeeded, errors, first_error)
        }));
    }
    let mut outcome = Outcome {
        name: target.name,
        latencies: Vec::new(),
        succeeded: 0,
        errors: 0,
        elapsed: Duration::from_secs(seconds),
        first_error: None,
    };
    for task in tasks {
        match task.await {
            Ok((latencies, succeeded, errors, first_error)) => {
                outcome.latencies.extend(latencies);
                outcome.succeeded += succeeded;
                outcome.errors += errors;
                if outcome.first_error.is_none() {
                    outcome.first_error = first_error;
                }
            }
            Err(e) => {
                outcome.errors += 1;
                outcome.first_error.get_or_insert(e.to_string());
            }
        }
    }
    outcome.elapsed = Instant::now().saturating_duration_since(measure_from);
    outcome
}

/// The peak resident memory of process `pid` in MiB (Linux), when it can be read.
pub fn peak_memory_mib(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_are_nearest_rank() {
        let outcome = Outcome {
            name: "x",
            latencies: (1..=100).map(Duration::from_millis).collect(),
            succeeded: 100,
            errors: 0,
            elapsed: Duration::from_secs(10),
            first_error: None,
        };
        assert_eq!(outcome.percentile(50.0), 50.0);
        assert_eq!(outcome.percentile(95.0), 95.0);
        assert_eq!(outcome.percentile(99.0), 99.0);
        assert_eq!(outcome.per_second(), 10.0);
    }
}
