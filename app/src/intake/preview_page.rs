//! `/balie/intake/import/{id}`: one import. As a preview: every line of the file with what
//! storing would do — new, which fields change, unchanged, or refused with its problems
//! (line, field, reason) — a hundred at a time, refused lines first; and the buttons to
//! store the good lines or discard the file. Once stored: the counts and the clients it
//! changed.

use super::text as t;
use super::{caseload_import, DiscardCaseloadImport, ImportView, MarkLeavers, StoreCaseloadImport};
use crate::auth::CsrfField;
use crate::domain::caseload::changes::{LineOutcome, PreviewLine};
use crate::domain::caseload::{CaseloadField, ImportStatus, PreviewShow};
use crate::domain::dates::{display_date, iso_moment};
use crate::i18n::{msg, tr, use_lang, Lang};
use crate::ui::filters::{pager, query_string};
use crate::ui::forms::{CheckboxField, ErrorSummary, TextField};
use crate::ui::page::{id_param, Loaded, PageTitle};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn PreviewPage() -> impl IntoView {
    let id = id_param();
    let query = use_query_map();
    let args = Memo::new(move |_| {
        let q = query.read();
        (id(), q.get("toon"), q.get("pagina"))
    });
    let data = Resource::new(
        move || args.get(),
        |(id, show, page)| caseload_import(id, show, page),
    );
    view! {
        <PageTitle text=t::PREVIEW_TITLE/>
        <p><a href="/balie/intake/import">{tr(t::IMPORT_TITLE)}</a></p>
        <Loaded data=data then=import_view/>
    }
}

fn fields_text(fields: &[CaseloadField], lang: Lang) -> String {
    fields
        .iter()
        .map(|f| f.label().get(lang))
        .collect::<Vec<_>>()
        .join(", ")
}

fn import_view(v: ImportView) -> AnyView {
    let lang = use_lang();
    let i = &v.import;
    let is_preview = i.status == ImportStatus::Preview;
    let heading = if is_preview {
        t::PREVIEW_TITLE
    } else {
        t::RESULT_TITLE
    };
    let status_line = t::STATUS_LINE.fill(
        lang,
        &[
            ("file", &i.file_name),
            ("encoding", &i.encoding),
            ("who", &i.uploaded_by),
            ("when", &iso_moment(i.uploaded_at)),
        ],
    );
    let decided = match (&i.decided_by, i.decided_at) {
        (Some(who), Some(at)) => Some(t::DECIDED_LINE.fill(
            lang,
            &[
                ("status", i.status.label().get(lang)),
                ("who", who),
                ("when", &iso_moment(at)),
            ],
        )),
        _ => None,
    };
    let c = i.counts;
    let tiles = view! {
        <ul class="tiles">
            <crate::ui::tables::Tile label=t::COL_ROWS value=c.rows_read/>
            <crate::ui::tables::Tile label=t::COL_ADDED value=c.added/>
            <crate::ui::tables::Tile label=t::COL_UPDATED value=c.updated/>
            <crate::ui::tables::Tile label=t::COL_UNCHANGED value=c.unchanged/>
            <crate::ui::tables::Tile label=t::COL_REFUSED value=c.refused/>
        </ul>
    };
    let notes = view! {
        {v.stored_before.map(|at| view! {
            <p class="notice" role="note">{t::STORED_BEFORE.fill(lang, &[("when", &iso_moment(at))])}</p>
        })}
        {v.has_bsn.then(|| view! { <p class="notice" role="note">{tr(t::BSN_IGNORED)}</p> })}
        {(is_preview && v.absent > 0).then(|| view! {
            <p class="notice" role="note">{t::ABSENT_CLIENTS.fill(lang, &[("count", &v.absent.to_string())])}</p>
        })}
        {(!is_preview && v.leavers > 0).then(|| view! {
            <p class="notice" role="status">{t::LEAVERS_MARKED.fill(lang, &[
                ("count", &v.leavers.to_string()),
                ("day", &display_date(v.left_on.as_deref().unwrap_or_default())),
            ])}</p>
        })}
        {(!v.ignored_columns.is_empty()).then(|| view! {
            <p>{t::IGNORED_COLUMNS.fill(lang, &[("columns", &v.ignored_columns.join(", "))])}</p>
        })}
    };
    let id = i.id;
    let body = if is_preview {
        preview_body(&v, lang).into_any()
    } else {
        changes_body(&v, lang).into_any()
    };
    view! {
        <h1>{tr(heading)}</h1>
        <p>{status_line}</p>
        {decided.map(|d| view! { <p role="status">{d}</p> })}
        {is_preview.then(|| view! { <p>{tr(t::PREVIEW_INTRO)}</p> })}
        {notes}
        {tiles}
        {is_preview.then(|| decision_forms(id))}
        {(!is_preview && v.absent > 0).then(|| leavers_form(id, v.absent, v.today.clone(), lang))}
        {body}
    }
    .into_any()
}

fn decision_forms(id: i64) -> impl IntoView {
    let store = ServerAction::<StoreCaseloadImport>::new();
    let discard = ServerAction::<DiscardCaseloadImport>::new();
    view! {
        <div class="button-row">
            <ActionForm action=store attr:class="inline-form">
                <CsrfField/>
                <input type="hidden" name="id" value=id.to_string()/>
                <button type="submit" class="button primary">{tr(t::STORE)}</button>
            </ActionForm>
            <ActionForm action=discard attr:class="inline-form">
                <CsrfField/>
                <input type="hidden" name="id" value=id.to_string()/>
                <button type="submit" class="button secondary">{tr(t::DISCARD)}</button>
            </ActionForm>
        </div>
    }
}

/// The form to mark the clients a stored (newest) file did not list as left the
/// benefits system.
fn leavers_form(id: i64, absent: i64, today: String, lang: Lang) -> impl IntoView {
    let mark = ServerAction::<MarkLeavers>::new();
    let error = Signal::derive(move || mark.value().get().and_then(|r| r.err()));
    view! {
        <section class="card" aria-labelledby="uitstroom-h">
            <h2 id="uitstroom-h">{tr(t::LEAVERS_TITLE)}</h2>
            <p>{t::LEAVERS_INTRO.fill(lang, &[("count", &absent.to_string())])}</p>
            <ErrorSummary error=error/>
            <ActionForm action=mark attr:class="form" attr:novalidate=true>
                <CsrfField/>
                <input type="hidden" name="id" value=id.to_string()/>
                <TextField name="day" label=t::FIELD_LEFT_ON input_type="date" value=today required=true error=error/>
                <CheckboxField name="confirm" label=t::LEAVERS_CONFIRM error=error/>
                <div class="button-row">
                    <button type="submit" class="button">{tr(t::LEAVERS_BUTTON)}</button>
                </div>
            </ActionForm>
        </section>
    }
}

fn show_link(id: i64, show: PreviewShow, page: i64) -> String {
    let page = page.to_string();
    format!(
        "/balie/intake/import/{id}?{}",
        query_string(&[("toon", show.as_str()), ("pagina", &page)])
    )
}

fn preview_body(v: &ImportView, lang: Lang) -> impl IntoView {
    let id = v.import.id;
    let chosen = v.show;
    let choices = PreviewShow::ALL
        .iter()
        .map(|s| {
            let text = format!("{} ({})", s.label().get(lang), s.count(&v.import.counts));
            let current = (*s == chosen).then_some("page");
            view! { <li><a href=show_link(id, *s, 1) aria-current=current>{text}</a></li> }
        })
        .collect_view();
    let lines = v.lines.clone();
    view! {
        <nav aria-label=tr(t::SHOW)>
            <ul class="inline-list">{choices}</ul>
        </nav>
        {if lines.is_empty() {
            view! { <p>{tr(t::NO_LINES)}</p> }.into_any()
        } else {
            view! {
                <crate::ui::tables::ScrollRegion caption=tr(t::LINES_TABLE)>
                <table>
                    <caption class="visually-hidden">{tr(t::LINES_TABLE)}</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="number">{tr(t::COL_LINE)}</th>
                            <th scope="col">{tr(t::COL_CLIENT_NUMBER)}</th>
                            <th scope="col">{tr(msg::COL_NAME)}</th>
                            <th scope="col">{tr(t::COL_OUTCOME)}</th>
                        </tr>
                    </thead>
                    <tbody>{lines.into_iter().map(|l| line_row(l, lang)).collect_view()}</tbody>
                </table>
                </crate::ui::tables::ScrollRegion>
            }.into_any()
        }}
        {pager(v.page, v.pages, move |n| show_link(id, chosen, n))}
    }
}

fn line_row(l: PreviewLine, lang: Lang) -> impl IntoView {
    let refused = matches!(l.outcome, LineOutcome::Refused(_));
    let outcome = match l.outcome {
        LineOutcome::New => view! { {tr(t::OUTCOME_NEW)} }.into_any(),
        LineOutcome::Unchanged => view! { {tr(t::OUTCOME_UNCHANGED)} }.into_any(),
        LineOutcome::Update(fields) => {
            view! { {t::OUTCOME_UPDATE.fill(lang, &[("fields", &fields_text(&fields, lang))])} }.into_any()
        }
        LineOutcome::Refused(problems) => view! {
            <strong>{tr(t::OUTCOME_REFUSED)}</strong>
            <ul class="problems">
                {problems.into_iter().map(|p| {
                    let field = p.field.map_or_else(|| tr(t::WHOLE_ROW).to_string(), |f| f.label().get(lang).to_string());
                    let first = p.first_seen_on.map(|n| format!(" {}", t::FIRST_SEEN.fill(lang, &[("line", &n.to_string())])));
                    view! { <li><span class="problem-field">{field}</span> ": " {p.kind.label().get(lang)} {first}</li> }
                }).collect_view()}
            </ul>
        }
        .into_any(),
    };
    view! {
        <tr class:refused=refused>
            <td class="number">{l.line}</td>
            <td>{l.client_number}</td>
            <td>{l.name}</td>
            <td>{outcome}</td>
        </tr>
    }
}

fn changes_body(v: &ImportView, lang: Lang) -> impl IntoView {
    let changes = v.changes.clone();
    (!changes.is_empty()).then(|| view! {
        <section class="card">
            <h2>{tr(t::COL_UPDATED)}</h2>
            <crate::ui::tables::ScrollRegion caption=tr(t::COL_UPDATED)>
            <table>
                <caption class="visually-hidden">{tr(t::COL_UPDATED)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(t::COL_CLIENT_NUMBER)}</th>
                        <th scope="col">{tr(msg::COL_NAME)}</th>
                        <th scope="col">{tr(t::COL_OUTCOME)}</th>
                    </tr>
                </thead>
                <tbody>
                    {changes.into_iter().map(|(number, name, fields)| view! {
                        <tr><td>{number}</td><td>{name}</td><td>{t::OUTCOME_UPDATE.fill(lang, &[("fields", &fields_text(&fields, lang))])}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            </crate::ui::tables::ScrollRegion>
        </section>
    })
}
