//! How mail leaves: a [`Mailer`] (SMTP through lettre, or `.eml` files in a folder when no
//! SMTP server is configured). The job that drains the outbox with it is
//! `jobs::outbox`. Requests never send mail themselves; they only write to the outbox.

use crate::config::MailTransport;
use app::store::outbox::OutboxMail;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("invalid sender address {0}")]
    From(String),
    #[error("cannot set up SMTP to {host}: {source}")]
    Smtp {
        host: String,
        source: lettre::transport::smtp::Error,
    },
}

#[derive(Clone)]
pub struct Mailer {
    from: Mailbox,
    transport: Transport,
}

#[derive(Clone)]
enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Folder(PathBuf),
}

impl Mailer {
    pub fn new(transport: &MailTransport, from: &str) -> Result<Mailer, MailError> {
        let from: Mailbox = from
            .parse()
            .map_err(|_| MailError::From(from.to_string()))?;
        let transport = match transport {
            MailTransport::Folder(dir) => Transport::Folder(dir.clone()),
            MailTransport::Smtp {
                host,
                port,
                username,
                password,
                starttls,
            } => {
                let builder = if *starttls {
                    AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host).map_err(
                        |source| MailError::Smtp {
                            host: host.clone(),
                            source,
                        },
                    )?
                } else {
                    AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
                };
                let mut builder = builder.port(*port).timeout(Some(Duration::from_secs(20)));
                if let (Some(user), Some(pass)) = (username, password) {
                    builder = builder.credentials(Credentials::new(user.clone(), pass.clone()));
                }
                Transport::Smtp(builder.build())
            }
        };
        Ok(Mailer { from, transport })
    }

    /// Sends one message; the error text is kept in the outbox.
    pub async fn send(&self, mail: &OutboxMail) -> Result<(), String> {
        let message = self.build(mail)?;
        match &self.transport {
            Transport::Smtp(smtp) => smtp
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| e.to_string()),
            Transport::Folder(dir) => {
                tokio::fs::create_dir_all(dir)
                    .await
                    .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
                let path = dir.join(format!("{:06}-{}.eml", mail.id, mail.kind));
                tokio::fs::write(&path, message.formatted())
                    .await
                    .map_err(|e| format!("cannot write {}: {e}", path.display()))
            }
        }
    }

    fn build(&self, mail: &OutboxMail) -> Result<Message, String> {
        let address = mail
            .to_address
            .parse()
            .map_err(|e| format!("bad recipient {}: {e}", mail.to_address))?;
        let to = Mailbox::new(
            (!mail.to_name.is_empty()).then(|| mail.to_name.clone()),
            address,
        );
        let domain = self.from.email.domain().to_string();
        let builder = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject.clone())
            // A stable id per queued message: a resend after a crash is recognisable.
            .message_id(Some(format!("<opstap-{}@{domain}>", mail.id)));
        let text = SinglePart::plain(mail.body_text.clone());
        let message = match &mail.ics {
            Some(ics) => {
                let calendar = ContentType::parse("text/calendar; method=REQUEST; charset=utf-8")
                    .map_err(|e| e.to_string())?;
                builder.multipart(MultiPart::mixed().singlepart(text).singlepart(
                    Attachment::new("uitnodiging.ics".to_string()).body(ics.clone(), calendar),
                ))
            }
            None => builder.singlepart(text),
        };
        message.map_err(|e| e.to_string())
    }
}
