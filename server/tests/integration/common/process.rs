//! The real `opstap` binary as a child process, for what only a process can show: being
//! killed, being asked to stop (SIGTERM), a backup taken while it runs. Spoken to over
//! plain HTTP/1.1 on a free port.
#![allow(dead_code)]

use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

pub struct Portal {
    pub child: Child,
    pub port: u16,
}

fn free_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    l.local_addr().expect("addr").port()
}

impl Portal {
    /// Starts `opstap serve` on `db_url`, sending mail to the SMTP server on `smtp_port`;
    /// returns once `/healthz` answers.
    pub async fn start(db_url: &str, smtp_port: u16, log: &std::path::Path) -> Portal {
        let port = free_port();
        let log = std::fs::File::create(log).expect("log file");
        let child = Command::new(env!("CARGO_BIN_EXE_opstap"))
            .arg("serve")
            .env("DATABASE_URL", db_url)
            .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
            .env("SMTP_HOST", "127.0.0.1")
            .env("SMTP_PORT", smtp_port.to_string())
            .env("SMTP_TLS", "off")
            .env("RUST_LOG", "info")
            .stdout(Stdio::from(log.try_clone().expect("log")))
            .stderr(Stdio::from(log))
            .spawn()
            .expect("start opstap");
        let portal = Portal { child, port };
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Ok(res) = portal.send("GET /healthz HTTP/1.1\r\n\r\n").await {
                if res.status == 200 {
                    return portal;
                }
            }
            assert!(Instant::now() < deadline, "the portal did not start");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Sends a raw request (`Host` and `Connection: close` are added) and reads the answer.
    pub async fn send(&self, request: &str) -> std::io::Result<Answer> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).await?;
        let (head, body) = request.split_once("\r\n").unwrap_or((request, ""));
        let full = format!("{head}\r\nHost: 127.0.0.1\r\nConnection: close\r\n{body}");
        stream.write_all(full.as_bytes()).await?;
        read_answer(&mut stream).await
    }

    /// A login page with its CSRF cookie and token, for posting forms.
    pub async fn form_token(&self) -> (String, String) {
        let page = self
            .send("GET /inloggen HTTP/1.1\r\nAccept: text/html\r\n\r\n")
            .await
            .expect("login page");
        let cookie = page
            .headers
            .lines()
            .filter_map(|l| l.strip_prefix("set-cookie: "))
            .map(|c| c.split(';').next().unwrap_or_default().to_string())
            .collect::<Vec<_>>()
            .join("; ");
        let marker = "name=\"csrf-token\" content=\"";
        let start = page.body.find(marker).expect("csrf meta") + marker.len();
        let end = start + page.body[start..].find('"').expect("end of the token");
        (cookie, page.body[start..end].to_string())
    }

    /// The raw text of a form post as a browser without JavaScript sends it.
    pub fn form_post(path: &str, cookie: &str, body: &str) -> String {
        format!(
            "POST {path} HTTP/1.1\r\nCookie: {cookie}\r\nAccept: text/html\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
    }

    pub fn sigterm(&self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("kill -TERM");
        assert!(status.success());
    }

    /// Kills the process at once (SIGKILL): no shutdown code runs.
    pub fn kill(&mut self) {
        self.child.kill().expect("kill");
        self.child.wait().expect("reap");
    }

    /// Waits up to `limit` for the process to end.
    pub async fn wait(&mut self, limit: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + limit;
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                return Some(status);
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        None
    }
}

impl Drop for Portal {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub struct Answer {
    pub status: u16,
    /// Header lines, names in lower case.
    pub headers: String,
    pub body: String,
}

impl Answer {
    pub fn location(&self) -> Option<&str> {
        self.headers
            .lines()
            .find_map(|l| l.strip_prefix("location: "))
    }
}

/// Reads an HTTP/1.1 answer up to the end of the connection.
pub async fn read_answer(stream: &mut TcpStream) -> std::io::Result<Answer> {
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .map(|l| match l.split_once(':') {
            Some((k, v)) => format!("{}: {}", k.to_ascii_lowercase(), v.trim()),
            None => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    Ok(Answer {
        status,
        headers,
        body: body.to_string(),
    })
}
