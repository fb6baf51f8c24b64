//! What the report pages share: the period form (a plain GET form, so every report is a
//! link), a table with its CSV links, and a section around a chart and its table.

use super::csv::file_name;
use super::tables::Table;
use super::text as t;
use crate::error::AppError;
use crate::i18n::{msg, tr, use_lang, T};
use crate::ui::errors::Refused;
use crate::ui::filters::{filter_select, query_string};
use crate::ui::forms::{ErrorSummary, TextField};
use leptos::prelude::*;

/// The period (and, on the region's page, municipality) the figures are for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Chosen {
    pub van: String,
    pub tot: String,
    pub gemeente: String,
}

impl Chosen {
    /// The query string that asks for these figures.
    pub fn query(&self) -> String {
        query_string(&[
            ("van", &self.van),
            ("tot", &self.tot),
            ("gemeente", &self.gemeente),
        ])
    }
}

/// A report page under its heading: the report when it came; the period form with a
/// message next to each wrong field when the period asked for was wrong; otherwise the
/// refusal (login, no access), which brings its own heading.
pub fn report_frame<D, F>(
    title: T,
    intro: T,
    action: &'static str,
    chosen: impl Fn() -> Chosen + Copy + Send + Sync + 'static,
    data: Resource<Result<D, AppError>>,
    then: F,
) -> impl IntoView
where
    D: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    F: Fn(D) -> AnyView + Copy + Send + Sync + 'static,
{
    let heading = move || view! { <h1>{tr(title)}</h1> <p>{tr(intro)}</p> };
    view! {
        <Suspense fallback=|| view! { <p>{tr(msg::LOADING)}</p> }>
            {move || {
                let asked = chosen();
                Suspend::new(async move {
                    match data.await {
                        Ok(report) => view! { {heading()} {then(report)} }.into_any(),
                        Err(error @ AppError::Invalid { .. }) => view! {
                            {heading()}
                            <PeriodForm action=action chosen=asked municipalities=None this_year=None error=Some(error)/>
                        }
                        .into_any(),
                        Err(error) => view! { <Refused error=error/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// The period form. `municipalities`: `None` on the employer's page (no choice there).
#[component]
pub fn PeriodForm(
    action: &'static str,
    chosen: Chosen,
    municipalities: Option<Vec<String>>,
    /// The current year, for the quick links (none when the report did not come).
    this_year: Option<i64>,
    error: Option<AppError>,
) -> impl IntoView {
    let error = Signal::derive(move || error.clone());
    // The municipality stays when switching years.
    let place = chosen.gemeente.clone();
    let year_link = move |year: i64| {
        let q = Chosen {
            van: format!("{year}-01-01"),
            tot: format!("{year}-12-31"),
            gemeente: place.clone(),
        };
        format!("{action}?{}", q.query())
    };
    view! {
        <ErrorSummary error=error/>
        <form method="get" action=action class="period-form">
            <fieldset>
                <legend>{tr(t::PERIOD)}</legend>
                <div class="period-fields">
                    <TextField name="van" label=t::FROM input_type="date" hint=t::DATE_HINT value=chosen.van.clone() error=error/>
                    <TextField name="tot" label=t::TO input_type="date" hint=t::DATE_HINT value=chosen.tot.clone() error=error/>
                    {municipalities.map(|places| {
                        let options = places.into_iter().map(|p| (p.clone(), p)).collect();
                        filter_select("gemeente", t::MUNICIPALITY, options, Some(chosen.gemeente.clone()), t::WHOLE_REGION)
                    })}
                </div>
                <button type="submit" class="button primary">{tr(t::SHOW)}</button>
                {this_year.map(|year| view! {
                    " "
                    <a href=year_link(year)>{tr(t::THIS_YEAR)}</a>
                    " · "
                    <a href=year_link(year - 1)>{tr(t::LAST_YEAR)}</a>
                })}
            </fieldset>
        </form>
    }
    .into_any()
}

/// A table of a report, with links to download it as CSV (`;` and `,`).
#[component]
pub fn ReportTable(
    table: Table,
    /// Where the CSV of this report lives (`…/csv`); the table's key is added.
    csv_base: &'static str,
    chosen: Chosen,
    from: String,
    to: String,
) -> impl IntoView {
    let lang = use_lang();
    let query = chosen.query();
    let sep = if query.is_empty() { "" } else { "&" };
    let href = format!("{csv_base}/{}?{query}", table.key);
    let href_comma = format!("{href}{sep}scheiding=komma");
    let place = Some(chosen.gemeente.as_str()).filter(|g| !g.is_empty());
    let name = file_name(table.key, &from, &to, place);
    // A heading is aligned as its column's values are (text left, numbers right).
    let numeric: Vec<bool> = table
        .rows
        .first()
        .map(|row| row.iter().map(|cell| cell.is_number()).collect())
        .unwrap_or_default();
    let body = if table.rows.is_empty() {
        view! { <p>{tr(t::NOTHING)}</p> }.into_any()
    } else {
        view! {
            <crate::ui::tables::ScrollRegion caption=table.title.get(lang)>
                <table class="report-table">
                    <caption class="visually-hidden">{table.title.get(lang)}</caption>
                    <thead>
                        <tr>
                            {table.columns.iter().enumerate().map(|(i, c)| view! {
                                <th scope="col" class:num={numeric.get(i).copied().unwrap_or(false)}>{c.get(lang)}</th>
                            }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {table.rows.iter().map(|row| view! {
                            <tr>
                                {row.iter().enumerate().map(|(i, cell)| {
                                    let text = cell.show(lang);
                                    if i == 0 {
                                        view! { <th scope="row">{text}</th> }.into_any()
                                    } else {
                                        view! { <td class:num=cell.is_number()>{text}</td> }.into_any()
                                    }
                                }).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </crate::ui::tables::ScrollRegion>
        }
        .into_any()
    };
    view! {
        {body}
        <p class="downloads">
            <a href=href download=name.clone() rel="external">{tr(t::CSV)}</a>
            " · "
            <a href=href_comma download=name rel="external">{tr(t::CSV_COMMA)}</a>
        </p>
    }
    .into_any()
}
