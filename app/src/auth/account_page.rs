//! `/account`: who you are logged in as, on how many devices, and the way to log out on all
//! of them (after a lost phone or a shared computer). A new password goes through the
//! e-mailed link, which also ends every session.

use super::{my_account, CsrfField, LogoutEverywhere};
use crate::i18n::{msg, tr};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What the account page shows of the logged-in user.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountInfo {
    pub name: String,
    pub email: String,
    pub role: crate::domain::Role,
    pub employer_name: Option<String>,
    /// Sessions that are still open, this one included.
    pub sessions: i64,
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| my_account());
    view! {
        <PageTitle text=msg::ACCOUNT_TITLE/>
        <Loaded data=data then=move |info: AccountInfo| view! { <AccountView info=info/> }/>
    }
}

#[component]
fn AccountView(info: AccountInfo) -> impl IntoView {
    let everywhere = ServerAction::<LogoutEverywhere>::new();
    view! {
        <div class="narrow">
            <h1>{tr(msg::ACCOUNT_TITLE)}</h1>
            <dl class="facts">
                <dt>{tr(msg::ACCOUNT_NAME)}</dt><dd>{info.name}</dd>
                <dt>{tr(msg::LOGIN_EMAIL)}</dt><dd>{info.email}</dd>
                <dt>{tr(msg::ACCOUNT_ROLE)}</dt>
                <dd>{tr(info.role.label())}{info.employer_name.map(|n| format!(", {n}"))}</dd>
                <dt>{tr(msg::ACCOUNT_SESSIONS)}</dt><dd>{info.sessions}</dd>
            </dl>
            <h2>{tr(msg::ACCOUNT_EVERYWHERE_TITLE)}</h2>
            <p>{tr(msg::ACCOUNT_EVERYWHERE_TEXT)}</p>
            <ActionForm action=everywhere attr:class="form">
                <CsrfField/>
                <button type="submit" class="button secondary">{tr(msg::ACCOUNT_EVERYWHERE_SUBMIT)}</button>
            </ActionForm>
            <h2>{tr(msg::ACCOUNT_PASSWORD_TITLE)}</h2>
            <p>{tr(msg::ACCOUNT_PASSWORD_TEXT)} " " <a href="/wachtwoord-vergeten">{tr(msg::ACCOUNT_PASSWORD_LINK)}</a></p>
        </div>
    }
}
