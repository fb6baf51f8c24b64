//! Tables and number tiles for the overview pages.

use crate::i18n::{msg, tr, use_lang, Lang, T};
use leptos::prelude::*;

/// A table of counts per code, each code shown by its label.
/// A wide table's own scrolling region: on a phone the table scrolls sideways inside it and
/// the page does not. Keyboard users reach it (`tabindex`); screen readers hear "Table:"
/// and the table's `caption`, a name no surrounding section has.
#[component]
pub fn ScrollRegion(#[prop(into)] caption: String, children: Children) -> impl IntoView {
    let label = msg::TABLE_REGION.fill(use_lang(), &[("caption", &caption)]);
    view! {
        <div class="scroll-x" tabindex="0" role="region" aria-label=label>
            {children()}
        </div>
    }
}

#[component]
pub fn CountTable(
    caption: T,
    heading: T,
    rows: Vec<(String, i64)>,
    label: fn(&str) -> Option<T>,
) -> impl IntoView {
    let lang = use_lang();
    if rows.is_empty() {
        return view! { <EmptyCard caption=caption/> }.into_any();
    }
    view! {
        <section class="card">
            <table>
                <caption>{caption.get(lang)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{heading.get(lang)}</th>
                        <th scope="col" class="num">{tr(msg::COL_COUNT)}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|(code, n)| {
                            let text = label(&code).map(|t| t.get(lang).to_string()).unwrap_or(code);
                            view! {
                                <tr>
                                    <th scope="row">{text}</th>
                                    <td class="num">{n}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </section>
    }
    .into_any()
}

/// What a [`Tile`] shows: a count, or a figure already written out (a percentage, an
/// amount).
pub struct TileValue(pub String);

impl From<i64> for TileValue {
    fn from(n: i64) -> Self {
        TileValue(n.to_string())
    }
}

impl From<usize> for TileValue {
    fn from(n: usize) -> Self {
        TileValue(n.to_string())
    }
}

impl From<String> for TileValue {
    fn from(text: String) -> Self {
        TileValue(text)
    }
}

/// One number with what it counts.
#[component]
pub fn Tile(label: T, #[prop(into)] value: TileValue) -> impl IntoView {
    let lang = use_lang();
    view! {
        <li class="tile">
            <span class="tile-value">{value.0}</span>
            <span class="tile-label">{label.get(lang)}</span>
        </li>
    }
}

/// A titled block saying there is nothing to show yet.
#[component]
pub fn EmptyCard(caption: T) -> impl IntoView {
    view! {
        <section class="card">
            <h2>{tr(caption)}</h2>
            <p>{tr(msg::NONE_YET)}</p>
        </section>
    }
}

/// One step in a record's history.
pub struct HistoryRow {
    /// Unix seconds.
    pub at: i64,
    /// What the record became, in the page's language.
    pub status: String,
    /// Who took the step; `None` for the system.
    pub by: Option<String>,
    pub note: String,
}

impl HistoryRow {
    /// A step of a proposal, its status in `lang`.
    pub fn of_proposal_step(
        step: &crate::wire::proposals::ProposalEvent,
        lang: Lang,
    ) -> HistoryRow {
        HistoryRow {
            at: step.at,
            status: step.status.label().get(lang).to_string(),
            by: step.by.clone(),
            note: step.note.clone(),
        }
    }
}

/// A record's history (openings, proposals): when, what it became, who, and the note
/// under `note_heading`.
#[component]
pub fn HistoryTable(rows: Vec<HistoryRow>, note_heading: T) -> impl IntoView {
    use crate::domain::dates::{day_of, display_date, iso_date};
    view! {
        <section>
            <h2>{tr(msg::HISTORY_TITLE)}</h2>
            <table>
                <caption class="visually-hidden">{tr(msg::HISTORY_TITLE)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(msg::COL_WHEN)}</th>
                        <th scope="col">{tr(msg::COL_STATUS)}</th>
                        <th scope="col">{tr(msg::COL_WHO)}</th>
                        <th scope="col">{tr(note_heading)}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|h| view! {
                            <tr>
                                <td>{display_date(&iso_date(day_of(h.at)))}</td>
                                <td>{h.status}</td>
                                <td>{h.by.unwrap_or_else(|| tr(msg::SYSTEM).to_string())}</td>
                                <td>{h.note}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
        </section>
    }
}
