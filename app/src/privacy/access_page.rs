//! `/balie/kandidaten/{id}/inzage`: the readable overview for a subject access request —
//! everything the portal keeps on one candidate, with a link to the same data as JSON
//! (`…/inzage.json`). Desk staff only; every opening is an `export` in the audit log.

use super::text as t;
use super::{subject_access, AccessPlacement, AccessProposal, SubjectAccess};
use crate::candidates::facts::{joined, obstacle_labels, or_dash, profile_facts};
use crate::candidates::text as ct;
use crate::domain::dates::{display_date, iso_moment};
use crate::domain::kinds::DeclineReason;
use crate::i18n::{msg, tr, use_lang, Lang, T};
use crate::openings::Facts;
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;

#[component]
pub fn SubjectAccessPage() -> impl IntoView {
    let id = crate::ui::page::id_param();
    let data = Resource::new(id, subject_access);
    view! {
        <PageTitle text=t::ACCESS_TITLE/>
        <Loaded data=data then={move |a: SubjectAccess| view! { <Overview access=a/> }}/>
    }
}

#[component]
fn Overview(access: SubjectAccess) -> impl IntoView {
    let lang = use_lang();
    let r = &access.candidate;
    let c = &r.content;
    let id = r.id;
    let mut profile: Vec<(T, String)> = vec![
        (ct::FIELD_FIRST_NAME, or_dash(&c.first_name)),
        (ct::FIELD_LAST_NAME, or_dash(&c.last_name)),
    ];
    profile.extend(profile_facts(r, lang));
    let obstacles = joined(&obstacle_labels(&access.obstacles), lang);
    let obstacle_notes = or_dash(&access.obstacles.notes);
    view! {
        <p><a href=format!("/balie/kandidaten/{id}")>{tr(t::BACK_TO_CANDIDATE)}</a></p>
        <h1>{tr(t::ACCESS_TITLE)} ": " {c.full_name()}</h1>
        <p>{tr(t::ACCESS_INTRO)}</p>
        <p class="meta">{tr(t::MADE_AT)} ": " {iso_moment(access.made_at)}</p>
        <p><a class="button secondary" href=format!("/balie/kandidaten/{id}/inzage.json") download="">{tr(t::DOWNLOAD_JSON)}</a></p>
        {access.anonymisation.clone().map(|a| view! {
            <p class="notice" role="note">
                <strong>{tr(t::ANONYMISED)} ": "</strong>
                {a.cause_label(crate::i18n::use_lang())}
                ", " {iso_moment(a.at)}
            </p>
        })}
        <section aria-labelledby="profile-title">
            <h2 id="profile-title">{tr(t::PROFILE)}</h2>
            <Facts facts=profile/>
        </section>
        <section aria-labelledby="obstacles-title">
            <h2 id="obstacles-title">{tr(ct::OBSTACLES)}</h2>
            <p>{obstacles}</p>
            <p>{obstacle_notes}</p>
        </section>
        <section aria-labelledby="consents-title">
            <h2 id="consents-title">{tr(ct::CONSENT_HISTORY)}</h2>
            {if access.consents.is_empty() {
                view! { <p>{tr(t::NONE)}</p> }.into_any()
            } else {
                view! {
                    <ul>
                        {access.consents.iter().map(|k| view! {
                            <li>
                                {k.scope.label().get(lang)} " – " {display_date(&k.given_on)}
                                {k.withdrawn_on.as_deref().map(|w| format!(" ({} {})", tr(ct::CONSENT_WITHDRAWN), display_date(w)))}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        <section aria-labelledby="proposals-title">
            <h2 id="proposals-title">{tr(t::PROPOSALS)}</h2>
            {if access.proposals.is_empty() {
                view! { <p>{tr(t::NONE)}</p> }.into_any()
            } else {
                access.proposals.into_iter().map(|p| proposal(p, lang)).collect_view().into_any()
            }}
        </section>
        <section aria-labelledby="placements-title">
            <h2 id="placements-title">{tr(t::PLACEMENTS)}</h2>
            {if access.placements.is_empty() {
                view! { <p>{tr(t::NONE)}</p> }.into_any()
            } else {
                access.placements.into_iter().map(|p| placement(p, lang)).collect_view().into_any()
            }}
        </section>
        <section aria-labelledby="plan-title">
            <h2 id="plan-title">{tr(crate::plans::text::PLAN_TITLE)}</h2>
            {(access.plan_activities.is_empty() && access.plan_versions.is_empty()).then(|| view! { <p>{tr(t::NONE)}</p> })}
            {access.plan_versions.iter().map(|v| plan_version(v, lang)).collect_view()}
            {(!access.plan_activities.is_empty()).then(|| view! {
                <h3>{tr(crate::plans::text::ACTIVITIES)}</h3>
                <ul>
                    {access.plan_activities.iter().map(|a| {
                        let by = a.provider.clone().unwrap_or_else(|| tr(crate::plans::text::DESK_ITSELF).to_string());
                        let end = a.ends_on.as_deref().map(display_date).unwrap_or_default();
                        let line = format!(
                            "{}{} · {by} · {} – {end} · {} · {}{}",
                            a.kind.label().get(lang),
                            if a.title.is_empty() { String::new() } else { format!(" ({})", a.title) },
                            display_date(&a.starts_on),
                            crate::plans::text::HOURS_A_WEEK.fill(lang, &[("hours", &a.hours_per_week.to_string())]),
                            a.status.label().get(lang),
                            if a.result.is_empty() { String::new() } else { format!(" · {}", a.result) },
                        );
                        view! { <li>{line}</li> }
                    }).collect_view()}
                </ul>
            })}
        </section>
        <section aria-labelledby="log-title">
            <h2 id="log-title">{tr(t::LOG)}</h2>
            <table>
                <caption class="visually-hidden">{tr(t::LOG)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(t::COL_WHEN)}</th>
                        <th scope="col">{tr(t::COL_WHO)}</th>
                        <th scope="col">{tr(t::COL_ROLE)}</th>
                        <th scope="col">{tr(t::COL_ACTION)}</th>
                        <th scope="col">{tr(t::COL_RECORD)}</th>
                    </tr>
                </thead>
                <tbody>
                    {access.log.into_iter().map(|l| view! {
                        <tr>
                            <td>{iso_moment(l.at)}</td>
                            <td>{l.who.unwrap_or_else(|| tr(t::SYSTEM).to_string())}</td>
                            <td>{l.role.unwrap_or_default()}</td>
                            <td>{l.action}</td>
                            <td>{format!("{} {}", l.entity, l.entity_id.map(|i| i.to_string()).unwrap_or_default())}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

fn proposal(p: AccessProposal, lang: Lang) -> impl IntoView {
    let heading = format!("{} – {}", p.opening_title, p.employer_name);
    let mut facts: Vec<(T, String)> = vec![
        (msg::COL_STATUS, p.status.label().get(lang).to_string()),
        (t::MOTIVATION, or_dash(&p.motivation)),
    ];
    if let Some(at) = p.interview_at.clone() {
        let place = p.interview_place.clone().unwrap_or_default();
        facts.push((t::INTERVIEW, format!("{at} {place}").trim().to_string()));
    }
    if let Some(reason) = p.decline_reason.clone() {
        let note = p.decline_note.clone().unwrap_or_default();
        facts.push((
            t::DECLINE,
            format!("{} {note}", DeclineReason::label_of(&reason, lang))
                .trim()
                .to_string(),
        ));
    }
    view! {
        <article class="card">
            <h3>{heading}</h3>
            <Facts facts=facts/>
            <h4>{tr(t::HISTORY)}</h4>
            <ul>
                {p.events.into_iter().map(|e| view! {
                    <li>{iso_moment(e.at)} " – " {e.status.label().get(lang)} {(!e.note.is_empty()).then(|| format!(": {}", e.note))}</li>
                }).collect_view()}
            </ul>
        </article>
    }
}

fn plan_version(v: &crate::wire::plans::PlanVersionRow, lang: Lang) -> impl IntoView {
    use crate::plans::text as pt;
    let facts: Vec<(T, String)> = vec![
        (pt::FIELD_AGREED_ON, display_date(&v.agreed_on)),
        (
            pt::FIELD_AGREED_HOW,
            v.agreed_how.label().get(lang).to_string(),
        ),
        (pt::GOALS, or_dash(&v.goals)),
        (pt::PERSON_COMMITS, or_dash(&v.person_commits)),
        (pt::DESK_COMMITS, or_dash(&v.desk_commits)),
    ];
    view! {
        <article class="card">
            <h3>{pt::VERSION_SUMMARY.fill(lang, &[("number", &v.number.to_string()), ("date", &display_date(&v.agreed_on))])}</h3>
            <Facts facts=facts/>
        </article>
    }
}

fn placement(p: AccessPlacement, lang: Lang) -> impl IntoView {
    let period = format!(
        "{} – {}",
        display_date(&p.start_date),
        p.ended_on
            .as_deref()
            .or(p.planned_end_date.as_deref())
            .map(display_date)
            .unwrap_or_default()
    );
    let facts: Vec<(T, String)> = vec![
        (msg::FIELD_KIND, p.kind.label().get(lang).to_string()),
        (t::PERIOD, period),
        (
            msg::FIELD_CONTRACT,
            p.contract_type.label().get(lang).to_string(),
        ),
        (msg::FIELD_HOURS, p.hours.to_string()),
        (msg::COL_STATUS, p.outcome.label().get(lang).to_string()),
        (
            t::OUTCOME_REASON,
            or_dash(p.outcome_reason.as_deref().unwrap_or_default()),
        ),
    ];
    view! {
        <article class="card">
            <h3>{p.employer_name.clone()}</h3>
            <Facts facts=facts/>
            {p.pairings.into_iter().map(|b| view! {
                <h4>{tr(t::PAIRING)} ": " {b.buddy_name.clone()} " (" {b.rhythm.label().get(lang)} ", " {display_date(&b.start_date)} " – " {b.end_date.as_deref().map(display_date).unwrap_or_default()} ")"</h4>
                {if b.checkins.is_empty() {
                    view! { <p>{tr(t::NONE)}</p> }.into_any()
                } else {
                    view! {
                        <table>
                            <caption>{tr(t::CHECKINS)}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{tr(t::COL_DATE)}</th>
                                    <th scope="col">{tr(t::COL_STEP)}</th>
                                    <th scope="col">{tr(t::COL_SCORE)}</th>
                                    <th scope="col">{tr(t::COL_NOTES)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {b.checkins.into_iter().map(|k| view! {
                                    <tr>
                                        <td>{display_date(&k.held_on)}</td>
                                        <td>{k.mode.label().get(lang)}</td>
                                        <td>{k.score.to_string()}</td>
                                        <td>{format!("{} {}", k.notes_work, k.notes_home).trim().to_string()}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any()
                }}
            }).collect_view()}
        </article>
    }
}
