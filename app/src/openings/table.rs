//! The one table of openings: the employer's and the desk's lists and the home pages.

use super::OpeningRow;
use crate::domain::dates::{day_of, display_date, iso_date};
use crate::domain::kinds::{OpeningKind, OpeningStatus};
use crate::i18n::{msg, tr, use_lang, T};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// An opening as one line of a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningLine {
    pub id: i64,
    pub title: String,
    pub kind: OpeningKind,
    pub status: OpeningStatus,
    pub employer: String,
    /// `YYYY-MM-DD` of the last change.
    pub updated: String,
}

impl From<OpeningRow> for OpeningLine {
    fn from(o: OpeningRow) -> Self {
        OpeningLine {
            id: o.id.0,
            title: o.content.title,
            kind: o.content.kind,
            status: o.status,
            employer: o.employer_name,
            updated: iso_date(day_of(o.updated_at)),
        }
    }
}

/// Title (linking to `{link_base}/{id}`), kind, employer if asked, status, last change.
#[component]
pub fn OpeningTable(
    caption: T,
    /// The caption is for screen readers only (a heading above already says it).
    #[prop(optional)]
    caption_hidden: bool,
    items: Vec<OpeningLine>,
    #[prop(optional)] show_employer: bool,
    link_base: &'static str,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <table>
            <caption class:visually-hidden=caption_hidden>{caption.get(lang)}</caption>
            <thead>
                <tr>
                    <th scope="col">{tr(msg::COL_TITLE)}</th>
                    <th scope="col">{tr(msg::COL_KIND)}</th>
                    {show_employer.then(|| view! { <th scope="col">{tr(msg::COL_EMPLOYER)}</th> })}
                    <th scope="col">{tr(msg::COL_STATUS)}</th>
                    <th scope="col">{tr(msg::COL_CHANGED)}</th>
                </tr>
            </thead>
            <tbody>
                {items
                    .into_iter()
                    .map(|o| {
                        let kind = o.kind.label().get(lang);
                        let status = o.status.label().get(lang);
                        view! {
                            <tr>
                                <th scope="row"><a href=format!("{link_base}/{}", o.id)>{o.title}</a></th>
                                <td>{kind}</td>
                                {show_employer.then(|| view! { <td>{o.employer.clone()}</td> })}
                                <td>{status}</td>
                                <td>{display_date(&o.updated)}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}
