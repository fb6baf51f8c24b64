//! `/balie/kandidaten/{id}`: everything the desk holds on one candidate — the profile, the
//! obstacles (special data, marked as such), consent with its history, and the proposals.
//! Opening this page writes an audit-log entry.

use super::facts::{joined, obstacle_labels, profile_facts};
use super::text as t;
use super::{candidate, CandidateDetail, ChangeConsent};
use crate::auth::CsrfField;
use crate::domain::dates::{day_of, display_date, iso_date, iso_moment};
use crate::domain::kinds::ConsentScope;
use crate::i18n::{msg, tr, use_lang};
use crate::openings::Facts;
use crate::privacy::text as pt;
use crate::ui::forms::{choices, ErrorSummary, SelectField, TextField};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn CandidatePage() -> impl IntoView {
    let id = crate::ui::page::id_param();
    let consent = ServerAction::<ChangeConsent>::new();
    let data = Resource::new(
        move || (id(), consent.version().get()),
        |(id, _)| candidate(id),
    );
    view! {
        <PageTitle text=t::CANDIDATE_TITLE/>
        <Loaded data=data then={move |d: CandidateDetail| view! { <DetailView detail=d consent=consent/> }}/>
    }
}

#[component]
fn DetailView(detail: CandidateDetail, consent: ServerAction<ChangeConsent>) -> impl IntoView {
    let lang = use_lang();
    let error = Signal::derive(move || consent.value().get().and_then(|r| r.err()));
    let in_force = detail.consent_in_force().cloned();
    let r = detail.candidate;
    let c = &r.content;
    let id = r.id;
    let facts = profile_facts(&r, lang);
    let o = detail.obstacles;
    let obstacles = obstacle_labels(&o);
    let scope_label = move |scope: &ConsentScope| scope.label().get(lang);
    let today = detail.today.clone();
    let ladder_today = detail.today.clone();
    let anonymised = detail.anonymisation.is_some();
    let query = use_query_map();
    let erased = move || query.read().get("gewist").is_some();
    view! {
        <p><a href="/balie/kandidaten">{tr(t::POOL_TITLE)}</a></p>
        <h1>{c.full_name()}</h1>
        <p class="meta">{tr(t::AUDIT_NOTICE)}</p>
        {move || erased().then(|| view! { <p class="notice success" role="status">{tr(pt::ERASED)}</p> })}
        {detail.anonymisation.clone().map(|a| view! {
            <p class="notice" role="note">
                <strong>{tr(pt::ANONYMISED)} " (" {a.cause_label(crate::i18n::use_lang())} ", " {iso_moment(a.at)} "). "</strong>
                {tr(pt::ANONYMISED_NOTICE)}
            </p>
        })}
        {detail.anonymised_from.clone().map(|day| view! {
            <p class="notice" role="note">{tr(pt::ANONYMISE_ON)} " " {display_date(&day)} "."</p>
        })}
        <div class="button-row">
            {(!anonymised).then(|| view! {
                <a class="button primary" href=format!("/balie/kandidaten/{id}/vacatures")>{tr(t::MATCHING_OPENINGS)}</a>
                <a class="button secondary" href=format!("/balie/kandidaten/{id}/bewerken")>{tr(msg::ACTION_EDIT)}</a>
                <a class="button secondary" href=format!("/balie/plaatsingen/nieuw?kandidaat={id}")>{tr(crate::placements::text::RECORD_TITLE)}</a>
            })}
            <a class="button secondary" href=format!("/balie/kandidaten/{id}/plan")>{tr(crate::plans::text::PLAN_LINK)}</a>
            <a class="button secondary" href=format!("/balie/kandidaten/{id}/inzage")>{tr(pt::ACCESS_TITLE)}</a>
            {detail.may_erase.then(|| view! {
                <a class="button secondary" href=format!("/balie/kandidaten/{id}/wissen")>{tr(pt::ERASE_TITLE)}</a>
            })}
        </div>
        <Facts facts=facts/>
        <section class="card special-data" aria-labelledby="obstacles-title">
            <h2 id="obstacles-title">{tr(t::OBSTACLES)}</h2>
            <p class="field-hint">{tr(t::OBSTACLES_HINT)}</p>
            {if obstacles.is_empty() && o.notes.trim().is_empty() {
                view! { <p>{tr(t::NO_OBSTACLES)}</p> }.into_any()
            } else {
                view! {
                    <p>{joined(&obstacles, lang)}</p>
                    <p>{o.notes.clone()}</p>
                }.into_any()
            }}
        </section>
        <section class="card" aria-labelledby="consent-title">
            <h2 id="consent-title">{tr(t::CONSENT)}</h2>
            <ErrorSummary error=error/>
            {match in_force.filter(|_| !anonymised) {
                Some(k) => view! {
                    <p class="notice" role="note">
                        <strong>{tr(t::CONSENT_IN_FORCE)} ": "</strong>
                        {scope_label(&k.scope)} " (" {display_date(&k.given_on)} ")"
                    </p>
                    <ActionForm action=consent attr:class="inline-form">
                        <CsrfField/>
                        <input type="hidden" name="id" value=id.to_string()/>
                        <input type="hidden" name="withdraw" value="1"/>
                        <button type="submit" class="button secondary">{tr(t::CONSENT_WITHDRAW)}</button>
                    </ActionForm>
                }.into_any(),
                None => view! { <p class="notice" role="note">{tr(t::CONSENT_MISSING)}</p> }.into_any(),
            }}
            {(!anonymised).then(|| view! {
                <h3>{tr(t::CONSENT_RECORD)}</h3>
                <ActionForm action=consent attr:class="form">
                    <CsrfField/>
                    <input type="hidden" name="id" value=id.to_string()/>
                    <SelectField name="scope" label=t::CONSENT_SCOPE options=choices(ConsentScope::ALL, ConsentScope::as_str, ConsentScope::label) error=error/>
                    <TextField name="given_on" label=t::CONSENT_DATE input_type="date" value=today.clone() error=error/>
                    <button type="submit" class="button primary">{tr(t::CONSENT_RECORD)}</button>
                </ActionForm>
            })}
            // Focusable, so a keyboard can scroll the table on a narrow screen (the form
            // above, the other focusable part of this card, is gone once anonymised).
            {(!detail.consents.is_empty()).then(|| view! {
                <div class="scroll-x" tabindex="0" role="region" aria-label=tr(t::CONSENT_HISTORY)>
                <table>
                    <caption>{tr(t::CONSENT_HISTORY)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr(t::CONSENT_DATE)}</th>
                            <th scope="col">{tr(t::CONSENT_SCOPE)}</th>
                            <th scope="col">{tr(msg::COL_WHO)}</th>
                            <th scope="col">{tr(t::CONSENT_WITHDRAWN)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {detail.consents.iter().map(|k| view! {
                            <tr>
                                <td>{display_date(&k.given_on)}</td>
                                <td>{scope_label(&k.scope)}</td>
                                <td>{k.recorded_by.clone().unwrap_or_default()}</td>
                                <td>{k.withdrawn_on.as_deref().map(display_date).unwrap_or_else(|| "–".into())}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                </div>
            })}
        </section>
        <crate::intake::ladder_section::IntakeSection candidate=id.0 intake=detail.intake.clone() today=ladder_today anonymised=anonymised/>
        <section aria-labelledby="proposals-title">
            <h2 id="proposals-title">{tr(t::PROPOSALS)}</h2>
            {if detail.proposals.is_empty() {
                view! { <p>{tr(msg::NONE_YET)}</p> }.into_any()
            } else {
                view! {
                    <table>
                        <caption class="visually-hidden">{tr(t::PROPOSALS)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{tr(msg::OPENING_TITLE)}</th>
                                <th scope="col">{tr(msg::COL_EMPLOYER)}</th>
                                <th scope="col">{tr(msg::COL_STATUS)}</th>
                                <th scope="col">{tr(msg::COL_CHANGED)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {detail.proposals.into_iter().map(|p| view! {
                                <tr>
                                    <td><a href=format!("/balie/voordrachten/{}", p.id)>{p.opening_title}</a></td>
                                    <td>{p.employer_name}</td>
                                    <td>{p.status.label().get(lang)}</td>
                                    <td>{display_date(&iso_date(day_of(p.updated_at)))}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </section>
        {(!detail.placements.is_empty()).then(|| view! {
            <section aria-labelledby="placements-title">
                <h2 id="placements-title">{tr(crate::placements::text::PLACEMENTS)}</h2>
                <ul class="link-list">
                    {detail.placements.iter().map(|p| view! {
                        <li>
                            <a href=format!("/balie/plaatsingen/{}", p.id)>{p.employer_name.clone()}</a>
                            {format!(" – {} – {}", display_date(&p.start_date), p.outcome.label().get(lang))}
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })}
    }
}
