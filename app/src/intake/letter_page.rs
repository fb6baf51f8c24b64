//! `/balie/intake/uitnodigingen/{id}/brief`: the invitation as a letter for someone without
//! an e-mail address — A4, the address where a window envelope shows it, the appointment
//! and how to move it. The print style (`@media print`, `@page A4`) leaves out the portal's
//! frame; the browser's own print prints it (no script: the page works without one).

use super::campaigns::{invitation, InvitationView};
use super::text as t;
use crate::domain::dates::display_date;
use crate::i18n::{tr, use_lang, Lang};
use crate::ui::page::{id_param, Loaded, PageTitle};
use crate::wire::campaigns::InvitationRecord;
use leptos::prelude::*;

#[component]
pub fn LetterPage() -> impl IntoView {
    let id = id_param();
    let data = Resource::new(id, invitation);
    view! {
        <PageTitle text=t::LETTER_TITLE/>
        <Loaded data=data then=letter/>
    }
}

fn letter(v: InvitationView) -> impl IntoView {
    let lang = use_lang();
    let i = v.invitation;
    view! {
        <p class="no-print">
            <a href=format!("/balie/intake/uitnodigingen/{}", i.id)>{tr(t::INVITATION_TITLE)}</a>
        </p>
        {letter_article(&i, lang, true)}
        <p class="no-print field-hint">{tr(t::LETTER_PRINT)}</p>
    }
}

/// One letter on its sheet; `alone`: the page's only one (its title is the page's `h1`).
pub fn letter_article(i: &InvitationRecord, lang: Lang, alone: bool) -> impl IntoView {
    let when = format!(
        "{} {}",
        display_date(&i.appointment_day),
        i.appointment_time
    );
    let heading_id = format!("brief-h-{}", i.id);
    let title = tr(t::LETTER_TITLE);
    let heading = if alone {
        view! { <h1 id=heading_id.clone()>{title}</h1> }.into_any()
    } else {
        view! { <h2 id=heading_id.clone()>{title}</h2> }.into_any()
    };
    view! {
        <article class="letter" aria-labelledby=heading_id.clone()>
            <address class="letter-address">
                {i.client_name.clone()}<br/>
                {i.address.clone()}<br/>
                {format!("{}  {}", i.postcode, i.municipality)}
            </address>
            <p class="letter-meta">{t::CLIENT_NUMBER_LINE.fill(lang, &[("number", &i.client_number)])}</p>
            {heading}
            <p>{t::LETTER_SALUTATION.fill(lang, &[("name", &i.client_name)])}</p>
            <p>{t::LETTER_BODY.fill(lang, &[("consultant", &i.consultant)])}</p>
            <dl class="letter-appointment">
                <dt>{tr(t::LETTER_WHEN)}</dt><dd>{when}</dd>
                <dt>{tr(t::LETTER_WHERE)}</dt><dd>{i.place.clone()}</dd>
                <dt>{tr(t::LETTER_WITH)}</dt><dd>{i.consultant.clone()}</dd>
            </dl>
            <p>{t::LETTER_MOVE.fill(lang, &[("consultant", &i.consultant), ("contact", &i.consultant_email)])}</p>
            <p>{tr(t::LETTER_BRING)}</p>
            <p>{tr(t::LETTER_CLOSING)}<br/>{i.consultant.clone()}<br/>{tr(t::LETTER_DESK)}</p>
        </article>
    }
}
