//! Faults the portal must survive with nothing lost and nothing sent twice: the process
//! killed in the middle of sending mail, a graceful stop (SIGTERM) with a request in flight,
//! a backup taken while the portal writes. These start the real `opstap` binary.
//! (The SMTP server being down for a while: see `mail.rs`.)

use crate::common;

use crate::common::process::{read_answer, Portal};
use crate::common::smtp::SmtpSink;
use app::domain::Role;
use app::store::Db;
use opstap_server::accounts::{add_user, NewAccount};
use std::time::Duration;
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

async fn with_user(db_url: &str, email: &str) -> Db {
    let db = opstap_server::open_database(db_url).await.expect("open");
    add_user(
        &db,
        NewAccount {
            role: Role::Buddy,
            email: email.into(),
            name: None,
            employer_id: None,
            password: common::PASSWORD.into(),
        },
    )
    .await
    .expect("user");
    db
}

/// Asks the portal for a password link for `email` (queues one mail); answers the status.
async fn ask_reset(portal: &Portal, email: &str) -> u16 {
    let (cookie, csrf) = portal.form_token().await;
    let body = format!("csrf={csrf}&email={}", email.replace('@', "%40"));
    portal
        .send(&Portal::form_post(
            "/api/request_password_reset",
            &cookie,
            &body,
        ))
        .await
        .expect("post")
        .status
}

async fn outbox_states(db: &Db) -> Vec<(i64, String)> {
    sqlx::query_as("SELECT id, status FROM outbox ORDER BY id")
        .fetch_all(db.pool())
        .await
        .expect("outbox")
}

async fn wait_until<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    for _ in 0..300 {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("timed out waiting for {what}");
}

/// A folder of its own for one test's portal logs (kept for reading after a failure).
fn log_folder() -> std::path::PathBuf {
    let folder = std::env::temp_dir().join(format!(
        "opstap-logs-{}",
        &app::auth::tokens::random_token()[..12]
    ));
    std::fs::create_dir_all(&folder).expect("log folder");
    folder
}

#[test]
fn killed_while_sending_mail_nothing_committed_is_lost_and_the_mail_goes_once() {
    common::run(async {
        let (db_url, dir) = common::fresh_database().await;
        let logs = log_folder();
        let db = with_user(&db_url, "kees@example.nl").await;
        let (sink, smtp_port) = SmtpSink::start(0).await;
        sink.set_hold(true);
        let mut portal = Portal::start(&db_url, smtp_port, &logs.join("kill-1.log")).await;

        // Three requests, each committing a link and a mail; the mail server hangs.
        for _ in 0..3 {
            assert_eq!(ask_reset(&portal, "kees@example.nl").await, 302);
        }
        // The worker has claimed the first mail and waits for the mail server...
        wait_until("a mail being sent", || async {
            outbox_states(&db).await.iter().any(|(_, s)| s == "sending")
        })
        .await;
        // ...when the process is killed.
        portal.kill();
        sink.set_hold(false);
        let states = outbox_states(&db).await;
        assert_eq!(states.len(), 3, "every committed mail is still queued");
        let links: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM password_tokens")
            .fetch_one(db.pool())
            .await
            .expect("count");
        assert_eq!(links, 3, "every committed link is kept");
        assert!(sink.received().is_empty());

        // The dead worker's lease runs out (two minutes; moved forward here) and the portal
        // is started again: every mail goes out, each exactly once.
        sqlx::query("UPDATE outbox SET locked_until = 0 WHERE status = 'sending'")
            .execute(db.pool())
            .await
            .expect("lease");
        let portal = Portal::start(&db_url, smtp_port, &logs.join("kill-2.log")).await;
        wait_until("every mail sent", || async {
            outbox_states(&db).await.iter().all(|(_, s)| s == "sent")
        })
        .await;
        tokio::time::sleep(Duration::from_millis(500)).await;
        let received = sink.received();
        assert_eq!(received.len(), 3, "each mail once");
        let mut tokens: Vec<String> = received
            .iter()
            .map(|m| common::link_token(&common::smtp::decoded(m)))
            .collect();
        tokens.sort();
        tokens.dedup();
        assert_eq!(tokens.len(), 3, "three different links");
        db.close().await;
        drop(portal);
        drop(dir);
    });
}

#[test]
fn sigterm_lets_the_request_in_flight_and_the_mail_in_hand_finish() {
    common::run(async {
        let (db_url, dir) = common::fresh_database().await;
        let logs = log_folder();
        let db = with_user(&db_url, "lies@example.nl").await;
        let (sink, smtp_port) = SmtpSink::start(0).await;
        sink.set_hold(true);
        let mut portal = Portal::start(&db_url, smtp_port, &logs.join("term-1.log")).await;

        // A mail is being sent (the mail server is slow to answer)...
        assert_eq!(ask_reset(&portal, "lies@example.nl").await, 302);
        wait_until("a mail being sent", || async {
            outbox_states(&db).await.iter().any(|(_, s)| s == "sending")
        })
        .await;
        // ...and a browser is half-way through posting a form...
        let (cookie, csrf) = portal.form_token().await;
        let body = format!("csrf={csrf}&email=lies%40example.nl");
        let request = Portal::form_post("/api/request_password_reset", &cookie, &body).replacen(
            "HTTP/1.1\r\n",
            "HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n",
            1,
        );
        let (first, rest) = request.split_at(request.len() - 10);
        let mut stream = TcpStream::connect(("127.0.0.1", portal.port))
            .await
            .expect("connect");
        stream.write_all(first.as_bytes()).await.expect("write");
        tokio::time::sleep(Duration::from_millis(300)).await;

        // ...when the portal is asked to stop.
        portal.sigterm();
        tokio::time::sleep(Duration::from_millis(500)).await;
        // New connections are refused while the old ones finish.
        assert!(portal.send("GET /healthz HTTP/1.1\r\n\r\n").await.is_err());
        stream.write_all(rest.as_bytes()).await.expect("write rest");
        let answer = read_answer(&mut stream).await.expect("answer");
        assert_eq!(answer.status, 302, "the request in flight was served");
        assert_eq!(answer.location(), Some("/wachtwoord-vergeten?verstuurd=1"));
        // The mail server answers; the worker finishes its message and the process ends.
        sink.set_hold(false);
        let status = portal
            .wait(Duration::from_secs(30))
            .await
            .expect("stopped in time");
        assert!(status.success(), "{status:?}");
        let log = std::fs::read_to_string(logs.join("term-1.log")).expect("log");
        assert!(log.contains("outbox worker stopped"), "{log}");
        assert_eq!(sink.received().len(), 1, "the mail in hand went out");
        let states = outbox_states(&db).await;
        assert_eq!(states.len(), 2, "the request in flight committed its mail");
        assert_eq!(states[0].1, "sent");

        // Started again, the second mail goes; the first is not sent again.
        let portal = Portal::start(&db_url, smtp_port, &logs.join("term-2.log")).await;
        wait_until("every mail sent", || async {
            outbox_states(&db).await.iter().all(|(_, s)| s == "sent")
        })
        .await;
        tokio::time::sleep(Duration::from_millis(500)).await;
        assert_eq!(sink.received().len(), 2);
        db.close().await;
        drop(portal);
        drop(dir);
    });
}

#[test]
fn a_backup_taken_while_the_portal_writes_is_a_consistent_database() {
    common::run(async {
        let app = common::spawn_app().await;
        let backup = std::env::temp_dir().join(format!(
            "opstap-backup-{}/copy.db",
            &app::auth::tokens::random_token()[..12]
        ));
        let (path, url) = (backup.display().to_string(), app.db_url.clone());
        let run_backup = move || {
            std::process::Command::new(env!("CARGO_BIN_EXE_opstap"))
                .args(["backup", &path])
                .env("DATABASE_URL", &url)
                .output()
                .expect("opstap backup")
        };
        if common::backend_name() == "PostgreSQL" {
            let out = run_backup();
            assert!(!out.status.success());
            assert!(String::from_utf8_lossy(&out.stderr).contains("pg_dump"));
            return;
        }
        // The portal keeps writing: mails queued one transaction at a time, each with an
        // audit entry in the same transaction.
        let db = app.db().clone();
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let stop_writer = stop.clone();
        let writer = tokio::spawn(async move {
            let mut i = 0i64;
            // Until told to stop, and a little more after that.
            while !stop_writer.load(std::sync::atomic::Ordering::SeqCst) || i % 50 != 0 {
                i += 1;
                let mut tx = db.write().await.expect("begin");
                let mail = app::mail_texts::password_reset("x@example.nl", "X", "link");
                let id = app::store::outbox::enqueue(&mut **tx, &mail, i)
                    .await
                    .expect("enqueue");
                app::store::audit::record(
                    &mut **tx,
                    &app::store::audit::Entry {
                        user_id: None,
                        action: "create",
                        entity: "outbox",
                        entity_id: id,
                        address: "test",
                        at: i,
                    },
                )
                .await
                .expect("audit");
                tx.commit().await.expect("commit");
            }
            i
        });
        tokio::time::sleep(Duration::from_millis(50)).await;
        let out = tokio::task::spawn_blocking(run_backup.clone())
            .await
            .expect("join");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(String::from_utf8_lossy(&out.stdout).contains("backup written"));
        stop.store(true, std::sync::atomic::Ordering::SeqCst);
        let written = writer.await.expect("writer");

        // The copy opens, passes SQLite's own check, and holds whole transactions only.
        let copy = Db::connect(&format!("sqlite://{}", backup.display()))
            .await
            .expect("open the copy");
        let check: String = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(copy.pool())
            .await
            .expect("check");
        assert_eq!(check, "ok");
        let mails: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox")
            .fetch_one(copy.pool())
            .await
            .expect("count");
        let audited: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log")
            .fetch_one(copy.pool())
            .await
            .expect("count");
        assert_eq!(mails, audited, "no transaction half in the copy");
        assert!(
            0 < mails && mails < written,
            "the copy was taken while writing: {mails} of {written}"
        );
        let migrations: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM schema_migrations")
            .fetch_one(copy.pool())
            .await
            .expect("migrations table");
        assert!(migrations >= 5);
        copy.close().await;

        // An existing file is never overwritten.
        let again = run_backup();
        assert!(!again.status.success());
        assert!(String::from_utf8_lossy(&again.stderr).contains("exists already"));
        if let Some(folder) = backup.parent() {
            let _ = std::fs::remove_dir_all(folder);
        }
    });
}

#[test]
fn killed_during_a_busy_morning_every_answered_write_is_there_after_a_restart() {
    common::run(async {
        let (db_url, _dir) = common::fresh_database().await;
        let demo = std::process::Command::new(env!("CARGO_BIN_EXE_opstap"))
            .args(["demo", "--scale", "1"])
            .env("DATABASE_URL", &db_url)
            .env("RUST_LOG", "warn")
            .output()
            .expect("opstap demo");
        assert!(
            demo.status.success(),
            "{}",
            String::from_utf8_lossy(&demo.stderr)
        );
        let (_sink, smtp_port) = SmtpSink::start(0).await;
        let log = std::env::temp_dir().join(format!(
            "opstap-kill-{}.log",
            &app::auth::tokens::random_token()[..8]
        ));
        let mut portal = Portal::start(&db_url, smtp_port, &log).await;
        let db = opstap_server::open_database(&db_url).await.expect("open");
        let plan = opstap_server::write_load::plan(&db, 8).await.expect("plan");
        let addr = format!("127.0.0.1:{}", portal.port);
        let load =
            tokio::spawn(async move { opstap_server::write_load::run(&addr, plan, 8, 3).await });
        // In the middle of it: kill -9.
        tokio::time::sleep(Duration::from_millis(1200)).await;
        portal.kill();
        let outcome = load.await.expect("load");
        let confirmed = |kind| {
            outcome
                .per_kind
                .iter()
                .find(|(k, _)| *k == kind)
                .map(|(_, o)| o.confirmed.clone())
                .unwrap_or_default()
        };
        use opstap_server::write_load::Kind;
        let checkins = confirmed(Kind::Checkin);
        let proposals = confirmed(Kind::Proposal);
        assert!(
            !checkins.is_empty() && !proposals.is_empty(),
            "writes were answered before the kill"
        );
        // After a restart on the same database every answered write is there.
        db.close().await;
        let mut again = Portal::start(&db_url, smtp_port, &log).await;
        let db = opstap_server::open_database(&db_url).await.expect("reopen");
        for note in &checkins {
            let found: i64 =
                sqlx::query_scalar("SELECT COUNT(*) FROM checkins WHERE notes_work = $1")
                    .bind(note)
                    .fetch_one(db.pool())
                    .await
                    .expect("count");
            assert_eq!(found, 1, "answered check-in {note:?} is missing");
        }
        for pair in &proposals {
            let (opening, candidate) = pair.split_once(':').expect("pair");
            let found: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM proposals WHERE opening_id = $1 AND candidate_id = $2",
            )
            .bind(opening.parse::<i64>().expect("id"))
            .bind(candidate.parse::<i64>().expect("id"))
            .fetch_one(db.pool())
            .await
            .expect("count");
            assert_eq!(found, 1, "answered proposal {pair} is missing");
        }
        let saves: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'change' AND entity = 'candidate'",
        )
        .fetch_one(db.pool())
        .await
        .expect("count");
        assert!(saves >= confirmed(Kind::CandidateSave).len() as i64);
        db.close().await;
        again.kill();
    });
}
