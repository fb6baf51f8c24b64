//! `/balie/post`: the e-mail the portal sent or is still trying to send, newest first, so
//! the desk can see whether a welcome or rejection mail went out (and read it when mail is
//! written to a folder instead of sent). Desk staff and admins only.

use crate::error::AppError;
use crate::i18n::{msg, tr, T};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One message as the desk sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailLine {
    pub id: i64,
    pub to: String,
    pub subject: String,
    pub body: String,
    pub status: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created: String,
}

/// The newest messages; desk staff and admins only.
#[server(name = GetOutbox, prefix = "/api", endpoint = "outbox", input = server_fn::codec::GetUrl)]
pub async fn outbox() -> Result<Vec<MailLine>, AppError> {
    use crate::domain::Role;
    crate::request::serve(|cx| async move {
        cx.require(&[Role::Desk, Role::Admin])?;
        let db = cx.db();
        let mails = crate::store::outbox::latest(db, 100).await?;
        Ok(mails
            .into_iter()
            .map(|m| MailLine {
                id: m.id,
                to: if m.to_name.is_empty() {
                    m.to_address
                } else {
                    format!("{} <{}>", m.to_name, m.to_address)
                },
                subject: m.subject,
                body: m.body_text,
                status: m.status,
                attempts: m.attempts,
                last_error: m.last_error,
                created: crate::domain::dates::display_date(&crate::domain::dates::iso_date(
                    crate::domain::dates::day_of(m.created_at),
                )),
            })
            .collect())
    })
    .await
}

fn status_label(status: &str) -> T {
    match status {
        "sent" => msg::MAIL_SENT,
        "failed" => msg::MAIL_FAILED,
        _ => msg::MAIL_WAITING,
    }
}

#[component]
pub fn MailPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| outbox());
    view! {
        <PageTitle text=msg::MAIL_TITLE/>
        <h1>{tr(msg::MAIL_TITLE)}</h1>
        <p>{tr(msg::MAIL_INTRO)}</p>
        <Loaded data=data then=mail_list/>
    }
}

fn mail_list(mails: Vec<MailLine>) -> AnyView {
    if mails.is_empty() {
        return view! { <p>{tr(msg::NONE_YET)}</p> }.into_any();
    }
    view! {
        <ul class="mail-list">
            {mails
                .into_iter()
                .map(|m| view! {
                    <li class="card">
                        <details>
                            <summary>
                                <strong>{m.subject}</strong>
                                <span class="mail-meta">
                                    {m.to} " · " {m.created} " · " {tr(status_label(&m.status))}
                                    {(m.attempts > 1).then(|| format!(" ({}×)", m.attempts))}
                                </span>
                            </summary>
                            {m.last_error.map(|e| view! { <p class="field-error">{e}</p> })}
                            <pre class="mail-body">{m.body}</pre>
                        </details>
                    </li>
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}
