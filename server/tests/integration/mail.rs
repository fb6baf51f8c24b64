//! The outbox and its worker, against a real SMTP conversation over TCP.

use crate::common;

use crate::common::smtp::{closed_port, SmtpSink};
use crate::common::spawn_app;
use app::store::outbox::{self, NewMail};
use opstap_server::config::MailTransport;
use opstap_server::jobs::outbox::run_once as drain;
use opstap_server::mail::Mailer;

fn smtp(port: u16) -> Mailer {
    let transport = MailTransport::Smtp {
        host: "127.0.0.1".into(),
        port,
        username: None,
        password: None,
        starttls: false,
    };
    Mailer::new(&transport, "Opstap <noreply@opstap.example>").unwrap()
}

fn welcome(to: &str) -> NewMail {
    NewMail {
        to_address: to.into(),
        to_name: "Jan Jansen".into(),
        subject: "Welkom bij Opstap".into(),
        body_text: "Stel uw wachtwoord in: https://opstap.example/wachtwoord/abc".into(),
        ics: None,
        kind: "welcome",
    }
}

#[test]
fn queued_mail_reaches_the_smtp_server_once() {
    common::run(async {
        let app = spawn_app().await;
        let (sink, port) = SmtpSink::start(0).await;
        outbox::enqueue(
            app.db().pool(),
            &welcome("jan@example.nl"),
            app::clock::now(),
        )
        .await
        .unwrap();
        assert_eq!(drain(app.db(), &smtp(port)).await.unwrap(), 1);
        let received = sink.received();
        assert_eq!(received.len(), 1);
        assert!(
            received[0].contains("Subject: Welkom bij Opstap"),
            "{}",
            received[0]
        );
        assert!(
            received[0].contains("To: \"Jan Jansen\" <jan@example.nl>"),
            "{}",
            received[0]
        );
        assert!(
            received[0].contains("Message-ID: <opstap-1@opstap.example>"),
            "{}",
            received[0]
        );
        // Nothing is sent twice.
        assert_eq!(drain(app.db(), &smtp(port)).await.unwrap(), 0);
        assert_eq!(sink.received().len(), 1);
        let stored = outbox::for_address(app.db(), "jan@example.nl")
            .await
            .unwrap();
        assert_eq!(stored[0].status, "sent");
        assert!(stored[0].sent_at.is_some());
    });
}

#[test]
fn mail_waits_while_smtp_is_down_and_goes_when_it_is_back() {
    common::run(async {
        let app = spawn_app().await;
        let now = app::clock::now();
        outbox::enqueue(app.db().pool(), &welcome("piet@example.nl"), now)
            .await
            .unwrap();

        // SMTP is down: the attempt fails, the message stays queued with the reason.
        assert_eq!(drain(app.db(), &smtp(closed_port())).await.unwrap(), 1);
        let stored = &outbox::for_address(app.db(), "piet@example.nl")
            .await
            .unwrap()[0];
        assert_eq!(stored.status, "pending");
        assert_eq!(stored.attempts, 1);
        assert!(stored.last_error.is_some());
        // Not retried at once (backoff)...
        let (sink, port) = SmtpSink::start(0).await;
        assert_eq!(drain(app.db(), &smtp(port)).await.unwrap(), 0);
        assert!(sink.received().is_empty());
        // ...but once the pause is over, it goes, exactly once.
        sqlx::query("UPDATE outbox SET next_attempt_at = 0")
            .execute(app.db().pool())
            .await
            .unwrap();
        assert_eq!(drain(app.db(), &smtp(port)).await.unwrap(), 1);
        assert_eq!(sink.received().len(), 1);
        let stored = &outbox::for_address(app.db(), "piet@example.nl")
            .await
            .unwrap()[0];
        assert_eq!((stored.status.as_str(), stored.attempts), ("sent", 2));
    });
}

#[test]
fn a_message_is_given_up_after_the_last_attempt() {
    common::run(async {
        let app = spawn_app().await;
        outbox::enqueue(app.db().pool(), &welcome("kees@example.nl"), 0)
            .await
            .unwrap();
        let down = smtp(closed_port());
        for _ in 0..app::domain::outbox::MAX_ATTEMPTS {
            sqlx::query("UPDATE outbox SET next_attempt_at = 0")
                .execute(app.db().pool())
                .await
                .unwrap();
            drain(app.db(), &down).await.unwrap();
        }
        let stored = &outbox::for_address(app.db(), "kees@example.nl")
            .await
            .unwrap()[0];
        assert_eq!(stored.status, "failed");
        sqlx::query("UPDATE outbox SET next_attempt_at = 0")
            .execute(app.db().pool())
            .await
            .unwrap();
        assert_eq!(
            drain(app.db(), &down).await.unwrap(),
            0,
            "a failed message is not retried"
        );
    });
}

#[test]
fn without_smtp_mail_lands_in_a_folder() {
    common::run(async {
        let app = spawn_app().await;
        let dir = std::env::temp_dir().join(format!(
            "opstap-mail-{}",
            &app::auth::tokens::random_token()[..8]
        ));
        let mailer = Mailer::new(
            &MailTransport::Folder(dir.clone()),
            "Opstap <noreply@opstap.example>",
        )
        .unwrap();
        let mut mail = welcome("anna@example.nl");
        mail.ics = Some("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".into());
        outbox::enqueue(app.db().pool(), &mail, 0).await.unwrap();
        assert_eq!(drain(app.db(), &mailer).await.unwrap(), 1);
        let files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(files.len(), 1);
        let text = std::fs::read_to_string(&files[0]).unwrap();
        assert!(text.contains("text/calendar"), "{text}");
        std::fs::remove_dir_all(&dir).unwrap();
    });
}

#[test]
fn two_workers_never_send_the_same_message() {
    common::run(async {
        let app = spawn_app().await;
        for i in 0..20 {
            outbox::enqueue(app.db().pool(), &welcome(&format!("p{i}@example.nl")), 0)
                .await
                .unwrap();
        }
        let (sink, port) = SmtpSink::start(0).await;
        let (one, two) = (smtp(port), smtp(port));
        let (a, b) = tokio::join!(drain(app.db(), &one), drain(app.db(), &two));
        assert_eq!(a.unwrap() + b.unwrap(), 20);
        assert_eq!(sink.received().len(), 20);
    });
}
