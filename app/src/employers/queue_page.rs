//! `/balie/aanmeldingen`: registrations waiting for the desk, and
//! `/balie/aanmeldingen/{id}`: one registration, to approve or decline.

use super::{
    employer_review, pending_employers, ApproveEmployer, DeclineEmployer, EmployerRecord, Review,
};
use crate::auth::CsrfField;
use crate::domain::dates::{day_of, display_date, iso_date};
use crate::i18n::{msg, tr, use_lang, T};
use crate::ui::forms::{ErrorSummary, TextArea};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;

#[component]
pub fn QueuePage() -> impl IntoView {
    let data = Resource::new(|| (), |_| pending_employers());
    view! {
        <PageTitle text=msg::QUEUE_TITLE/>
        <h1>{tr(msg::QUEUE_TITLE)}</h1>
        <Loaded data=data then=queue_table/>
    }
}

fn queue_table(items: Vec<EmployerRecord>) -> AnyView {
    if items.is_empty() {
        return view! { <p>{tr(msg::QUEUE_EMPTY)}</p> }.into_any();
    }
    view! {
                <table>
                    <caption class="visually-hidden">{tr(msg::QUEUE_TITLE)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr(msg::COL_NAME)}</th>
                            <th scope="col">{tr(msg::FIELD_SECTOR)}</th>
                            <th scope="col">{tr(msg::COL_MUNICIPALITY)}</th>
                            <th scope="col">{tr(msg::COL_RECEIVED)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {items
                            .into_iter()
                            .map(|e| view! {
                                <tr>
                                    <th scope="row"><a href=format!("/balie/aanmeldingen/{}", e.id)>{e.name}</a></th>
                                    <td>{tr(e.sector.label())}</td>
                                    <td>{e.municipality}</td>
                                    <td>{display_date(&iso_date(day_of(e.created_at)))}</td>
                                </tr>
                            })
                            .collect_view()}
                    </tbody>
                </table>
            }
            .into_any()
}

#[component]
pub fn ReviewPage() -> impl IntoView {
    let id = crate::ui::page::id_param();
    let data = Resource::new(id, employer_review);
    view! {
        <PageTitle text=msg::REVIEW_TITLE/>
        <Loaded data=data then=move |r: Review| view! { <ReviewView review=r/> }/>
    }
}

#[component]
fn ReviewView(review: Review) -> impl IntoView {
    let lang = use_lang();
    let approve = ServerAction::<ApproveEmployer>::new();
    let decline = ServerAction::<DeclineEmployer>::new();
    let approve_error = Signal::derive(move || approve.value().get().and_then(|r| r.err()));
    let decline_error = Signal::derive(move || decline.value().get().and_then(|r| r.err()));
    let e = review.employer;
    let pending = e.status == crate::domain::kinds::EmployerStatus::Pending;
    let status = e.status.label().get(lang);
    let rows: Vec<(T, String)> = vec![
        (msg::FIELD_KVK, e.kvk.clone()),
        (msg::FIELD_SECTOR, tr(e.sector.label()).to_string()),
        (
            msg::FIELD_ADDRESS,
            format!("{} {}, {} {}", e.street, e.house_number, e.postcode, e.city),
        ),
        (msg::FIELD_MUNICIPALITY, e.municipality.clone()),
        (msg::FIELD_CONTACT_NAME, e.contact_name.clone()),
        (msg::LOGIN_EMAIL, e.contact_email.clone()),
        (msg::FIELD_PHONE, e.contact_phone.clone()),
        (msg::FIELD_MESSAGE, e.message.clone()),
        (msg::COL_STATUS, status.to_string()),
    ];
    let id = e.id.to_string();
    view! {
        <p><a href="/balie/aanmeldingen">{tr(msg::QUEUE_BACK)}</a></p>
        <h1>{e.name.clone()}</h1>
        <dl class="facts">
            {rows.into_iter().map(|(k, v)| view! { <dt>{k.get(lang)}</dt><dd>{v}</dd> }).collect_view()}
        </dl>
        {e.decline_reason.clone().map(|r| view! { <p><strong>{tr(msg::DECLINE_REASON)}</strong> ": " {r}</p> })}
        {pending.then(|| {
            let managers = review.account_managers.clone();
            let id2 = id.clone();
            view! {
                <div class="cards">
                    <section class="card">
                        <h2>{tr(msg::APPROVE_TITLE)}</h2>
                        <ErrorSummary error=approve_error/>
                        <ActionForm action=approve attr:class="form">
                            <CsrfField/>
                            <input type="hidden" name="id" value=id.clone()/>
                            <div class="field" class:field-invalid=move || crate::ui::forms::field_message(&approve_error.get(), "account_manager", lang).is_some()>
                                <label for="field-account_manager">{tr(msg::FIELD_ACCOUNT_MANAGER)}</label>
                                <select id="field-account_manager" name="account_manager">
                                    <option value="">{tr(msg::CHOOSE)}</option>
                                    {managers.into_iter().map(|(mid, name)| view! { <option value=mid.to_string()>{name}</option> }).collect_view()}
                                </select>
                            </div>
                            <button type="submit" class="button primary">{tr(msg::APPROVE_SUBMIT)}</button>
                        </ActionForm>
                    </section>
                    <section class="card">
                        <h2>{tr(msg::DECLINE_TITLE)}</h2>
                        <ErrorSummary error=decline_error/>
                        <ActionForm action=decline attr:class="form">
                            <CsrfField/>
                            <input type="hidden" name="id" value=id2/>
                            <TextArea name="reason" label=msg::DECLINE_REASON hint=msg::DECLINE_HINT error=decline_error/>
                            <button type="submit" class="button secondary">{tr(msg::DECLINE_SUBMIT)}</button>
                        </ActionForm>
                    </section>
                </div>
            }
        })}
    }
}
