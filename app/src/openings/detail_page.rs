//! `/werkgever/vacatures/{id}` and `/balie/vacatures/{id}`: one opening with everything it
//! says, its history (who changed the status when, and why), and the actions the viewer
//! may take in its current status.

use super::{opening, ChangeOpening, DuplicateOpening, OpeningDetail};
use crate::auth::CsrfField;
use crate::domain::kinds::OpeningStatus;
use crate::i18n::{msg, tr, use_lang, T};
use crate::ui::forms::{ErrorSummary, TextArea};
use crate::ui::page::{Loaded, PageTitle};
use crate::ui::tables::{HistoryRow, HistoryTable};
use leptos::prelude::*;

#[component]
pub fn OpeningPage() -> impl IntoView {
    let id = crate::ui::page::id_param();
    // Actions live here, so the opening reloads after each one (with JavaScript the
    // redirect back to this page does not load it anew).
    let change = ServerAction::<ChangeOpening>::new();
    let duplicate = ServerAction::<DuplicateOpening>::new();
    let data = Resource::new(
        move || (id(), change.version().get()),
        |(id, _)| opening(id),
    );
    view! {
        <PageTitle text=msg::OPENING_TITLE/>
        <Loaded data=data then={move |d: OpeningDetail| view! { <DetailView detail=d change=change duplicate=duplicate/> }}/>
    }
}

fn status_label(status: &OpeningStatus) -> &'static str {
    tr(status.label())
}

#[component]
fn DetailView(
    detail: OpeningDetail,
    change: ServerAction<ChangeOpening>,
    duplicate: ServerAction<DuplicateOpening>,
) -> impl IntoView {
    let lang = use_lang();
    let error = Signal::derive(move || change.value().get().and_then(|r| r.err()));
    let o = detail.opening.clone();
    let c = &o.content;
    let id = o.id;
    let mut facts = super::content_facts(c, &o.employer_name, lang);
    facts.insert(0, (msg::COL_STATUS, status_label(&o.status).to_string()));
    let base = if detail.desk {
        "/balie/vacatures"
    } else {
        "/werkgever/vacatures"
    };
    let buttons: Vec<(String, T)> = detail
        .actions
        .iter()
        .filter(|a| a.as_str() != "send_back")
        .map(|a| {
            let label = match a.as_str() {
                "submit" => msg::ACTION_SUBMIT,
                "publish" => msg::ACTION_PUBLISH,
                "fill" => msg::ACTION_FILL,
                _ => msg::ACTION_CLOSE,
            };
            (a.clone(), label)
        })
        .collect();
    let can_send_back = detail.actions.iter().any(|a| a == "send_back");
    let history: Vec<HistoryRow> = detail
        .history
        .into_iter()
        .map(|h| HistoryRow {
            at: h.at,
            status: match &h.from {
                Some(from) => format!("{} → {}", status_label(from), status_label(&h.to)),
                None => status_label(&h.to).to_string(),
            },
            by: h.by,
            note: h.note,
        })
        .collect();
    view! {
        <p><a href=base>{tr(if detail.desk { msg::REVIEW_OPENINGS_TITLE } else { msg::MY_OPENINGS_TITLE })}</a></p>
        <h1>{c.title.clone()}</h1>
        {o.reject_reason.clone().filter(|_| o.status == OpeningStatus::Rejected).map(|r| view! {
            <div class="notice" role="note"><strong>{tr(msg::SENT_BACK_BECAUSE)}</strong> " " {r}</div>
        })}
        <ErrorSummary error=error/>
        <div class="button-row">
            {buttons
                .into_iter()
                .map(|(code, label)| view! {
                    <ActionForm action=change attr:class="inline-form">
                        <CsrfField/>
                        <input type="hidden" name="id" value=id.to_string()/>
                        <input type="hidden" name="action" value=code/>
                        <button type="submit" class="button primary">{tr(label)}</button>
                    </ActionForm>
                })
                .collect_view()}
            {(!detail.desk && detail.editable).then(|| view! {
                <a class="button secondary" href=format!("/werkgever/vacatures/{}/bewerken", o.id)>{tr(msg::ACTION_EDIT)}</a>
            })}
            {(!detail.desk).then(|| view! {
                <ActionForm action=duplicate attr:class="inline-form">
                    <CsrfField/>
                    <input type="hidden" name="id" value=id.to_string()/>
                    <button type="submit" class="button secondary">{tr(msg::ACTION_DUPLICATE)}</button>
                </ActionForm>
            })}
        </div>
        <p class="description">{c.description.clone()}</p>
        <super::Facts facts=facts/>
        {can_send_back.then(|| view! {
            <section class="card narrow">
                <h2>{tr(msg::ACTION_SEND_BACK)}</h2>
                <ActionForm action=change attr:class="form">
                    <CsrfField/>
                    <input type="hidden" name="id" value=id.to_string()/>
                    <input type="hidden" name="action" value="send_back"/>
                    <TextArea name="reason" label=msg::DECLINE_REASON hint=msg::SEND_BACK_HINT error=error/>
                    <button type="submit" class="button secondary">{tr(msg::ACTION_SEND_BACK)}</button>
                </ActionForm>
            </section>
        })}
        {(o.status != OpeningStatus::Draft).then(|| view! {
            <crate::proposals::OpeningProposals opening=id.0 desk=detail.desk published=o.status == OpeningStatus::Published/>
        })}
        <HistoryTable rows=history note_heading=msg::DECLINE_REASON/>
    }
}
