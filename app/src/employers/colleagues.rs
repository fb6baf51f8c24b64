//! `/werkgever/collega`: an employer user sees the accounts of their organisation and
//! invites a colleague, who gets the same kind of single-use link to set a password.
//! The employer comes from the session: nobody can add users to another organisation.

use crate::auth::CsrfField;
use crate::error::AppError;
use crate::i18n::{msg, tr};
use crate::ui::forms::{ErrorSummary, TextField};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Colleague {
    pub name: String,
    pub email: String,
    /// Invited but no password set yet.
    pub invited: bool,
}

/// The accounts of the logged-in user's organisation; employer users only.
#[server(name = GetColleagues, prefix = "/api", endpoint = "colleagues", input = server_fn::codec::GetUrl)]
pub async fn colleagues() -> Result<Vec<Colleague>, AppError> {
    crate::request::serve(|cx| async move {
        let user = cx.require(&[crate::domain::Role::Employer])?;
        let employer = user.employer_id.ok_or(AppError::Forbidden)?;
        let rows = crate::store::users::of_employer(cx.db(), employer).await?;
        Ok(rows
            .into_iter()
            .map(|(name, email, has_password)| Colleague {
                name,
                email,
                invited: !has_password,
            })
            .collect())
    })
    .await
}

/// Invites a colleague to the logged-in user's organisation; employer users only.
#[server(name = InviteColleague, prefix = "/api", endpoint = "invite_colleague")]
pub async fn invite_colleague(name: String, email: String) -> Result<(), AppError> {
    crate::request::serve(|cx| invite(cx, name, email)).await
}

#[cfg(feature = "ssr")]
async fn invite(cx: crate::request::Cx, name: String, email: String) -> Result<(), AppError> {
    use crate::auth::invitations::invite_from_form;
    use crate::clock::now;
    use crate::store::outbox;
    let user = cx.require(&[crate::domain::Role::Employer])?;
    let employer_id = user.employer_id.ok_or(AppError::Forbidden)?;
    let state = &cx.state;
    let now = now();
    let mut tx = state.db.write().await?;
    let invited = invite_from_form(
        &mut tx,
        &name,
        &email,
        crate::domain::Role::Employer,
        Some(employer_id),
        &state.public_url,
        now,
    )
    .await?;
    let employer = user.employer_name.clone().unwrap_or_default();
    outbox::enqueue(
        &mut **tx,
        &crate::mail_texts::invitation(
            invited.address.as_str(),
            &invited.name,
            &user.name,
            &employer,
            &invited.link,
        ),
        now,
    )
    .await?;
    tx.commit().await?;
    state.mail_wake.notify_one();
    tracing::info!(by = user.id, employer = %employer_id, "colleague invited");
    leptos_axum::redirect("/werkgever/collega");
    Ok(())
}

#[component]
pub fn ColleaguesPage() -> impl IntoView {
    let invite = ServerAction::<InviteColleague>::new();
    let error = Signal::derive(move || invite.value().get().and_then(|r| r.err()));
    let data = Resource::new(move || invite.version().get(), |_| colleagues());
    view! {
        <PageTitle text=msg::COLLEAGUES_TITLE/>
        <h1>{tr(msg::COLLEAGUES_TITLE)}</h1>
        <Loaded data=data then=colleague_table/>
        <section class="narrow">
            <h2>{tr(msg::INVITE_TITLE)}</h2>
            <p>{tr(msg::INVITE_INTRO)}</p>
            <ErrorSummary error=error/>
            <ActionForm action=invite attr:class="form" attr:novalidate=true>
                <CsrfField/>
                <TextField name="name" label=msg::COL_NAME autocomplete="off" error=error/>
                <TextField name="email" label=msg::LOGIN_EMAIL input_type="email" autocomplete="off" error=error/>
                <button type="submit" class="button primary">{tr(msg::INVITE_SUBMIT)}</button>
            </ActionForm>
        </section>
    }
}

fn colleague_table(people: Vec<Colleague>) -> AnyView {
    view! {
        <table>
            <caption class="visually-hidden">{tr(msg::COLLEAGUES_TITLE)}</caption>
            <thead>
                <tr>
                    <th scope="col">{tr(msg::COL_NAME)}</th>
                    <th scope="col">{tr(msg::COL_EMAIL)}</th>
                    <th scope="col">{tr(msg::COL_STATUS)}</th>
                </tr>
            </thead>
            <tbody>
                {people
                    .into_iter()
                    .map(|c| view! {
                        <tr>
                            <td>{c.name}</td>
                            <td>{c.email}</td>
                            <td>{tr(if c.invited { msg::COLLEAGUE_INVITED } else { msg::COLLEAGUE_ACTIVE })}</td>
                        </tr>
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
