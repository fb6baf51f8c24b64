//! `/balie/intake/import`: the upload form and the import history. The form is a plain
//! multipart form posted to `/balie/intake/inlezen` (`server/src/web/intake.rs`); a file refused
//! as a whole comes back here with `?fout=<problem>&kolommen=<fields>`, shown at the field.

use super::text as t;
use super::{caseload_imports, ImportLine};
use crate::auth::CsrfField;
use crate::domain::caseload::{CaseloadField, FileProblem, ImportStatus};
use crate::domain::dates::iso_moment;
use crate::i18n::{msg, tr, use_lang};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The message for a refused file, from the address it came back with.
fn refusal_text(problem: &str, fields: &str, lang: crate::i18n::Lang) -> Option<String> {
    let text = if problem == "file_missing" {
        t::FILE_MISSING.get(lang).to_string()
    } else {
        FileProblem::parse(problem)?.label().get(lang).to_string()
    };
    let fields: Vec<&str> = fields
        .split(',')
        .filter_map(CaseloadField::parse)
        .map(|f| f.label().get(lang))
        .collect();
    Some(match (FileProblem::parse(problem), fields.is_empty()) {
        (_, true) => text,
        (Some(FileProblem::RepeatedColumn), false) => {
            format!(
                "{text} {}",
                t::REPEATED_LIST.fill(lang, &[("fields", &fields.join(", "))])
            )
        }
        _ => format!(
            "{text} {}",
            t::MISSING_LIST.fill(lang, &[("fields", &fields.join(", "))])
        ),
    })
}

#[component]
pub fn ImportPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let error = move || {
        let q = query.read();
        refusal_text(
            &q.get("fout").unwrap_or_default(),
            &q.get("kolommen").unwrap_or_default(),
            lang,
        )
    };
    let data = Resource::new(|| (), |_| caseload_imports());
    view! {
        <PageTitle text=t::IMPORT_TITLE/>
        <p><a href="/balie/intake">{tr(t::INTAKE_TITLE)}</a></p>
        <h1>{tr(t::IMPORT_TITLE)}</h1>
        <p>{tr(t::IMPORT_INTRO)}</p>
        <form method="post" action="/balie/intake/inlezen" enctype="multipart/form-data" class="form" novalidate>
            <CsrfField/>
            {move || {
                let error = error();
                let invalid = error.is_some();
                view! {
                    <div class=if invalid { "field field-invalid" } else { "field" }>
                        <label for="field-file">{tr(t::FIELD_FILE)}</label>
                        <p class="field-hint" id="field-file-hint">{tr(t::IMPORT_FORMAT)}</p>
                        {error.map(|e| view! { <p class="field-error" id="field-file-error" role="alert">{e}</p> })}
                        <input id="field-file" type="file" name="file" accept=".csv,text/csv,text/plain" required
                            aria-invalid=if invalid { "true" } else { "false" }
                            aria-describedby=if invalid { "field-file-hint field-file-error" } else { "field-file-hint" }/>
                    </div>
                }
            }}
            <div class="button-row">
                <button type="submit" class="button primary">{tr(t::UPLOAD)}</button>
            </div>
        </form>
        <Loaded data=data then={|imports: Vec<ImportLine>| view! { <ImportHistory imports=imports/> }}/>
    }
}

/// The table of imports, newest first, each linking to its preview or result.
#[component]
pub fn ImportHistory(imports: Vec<ImportLine>) -> impl IntoView {
    let lang = use_lang();
    if imports.is_empty() {
        return view! { <section class="card"><h2>{tr(t::HISTORY)}</h2><p>{tr(t::NO_IMPORTS)}</p></section> }.into_any();
    }
    view! {
        <section class="card">
            <h2>{tr(t::HISTORY)}</h2>
            <crate::ui::tables::ScrollRegion caption=tr(t::HISTORY)>
            <table>
                <caption class="visually-hidden">{tr(t::HISTORY)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(t::COL_FILE)}</th>
                        <th scope="col">{tr(t::COL_UPLOADED)}</th>
                        <th scope="col">{tr(msg::COL_STATUS)}</th>
                        <th scope="col" class="number">{tr(t::COL_ROWS)}</th>
                        <th scope="col" class="number">{tr(t::COL_ADDED)}</th>
                        <th scope="col" class="number">{tr(t::COL_UPDATED)}</th>
                        <th scope="col" class="number">{tr(t::COL_UNCHANGED)}</th>
                        <th scope="col" class="number">{tr(t::COL_REFUSED)}</th>
                    </tr>
                </thead>
                <tbody>
                    {imports.into_iter().map(|i| view! {
                        <tr>
                            <td><a href=format!("/balie/intake/import/{}", i.id)>{i.file_name}</a></td>
                            <td>{iso_moment(i.uploaded_at)} " · " {i.uploaded_by}</td>
                            <td>{status_text(i.status, lang)}</td>
                            <td class="number">{i.counts.rows_read}</td>
                            <td class="number">{i.counts.added}</td>
                            <td class="number">{i.counts.updated}</td>
                            <td class="number">{i.counts.unchanged}</td>
                            <td class="number">{i.counts.refused}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            </crate::ui::tables::ScrollRegion>
        </section>
    }
    .into_any()
}

fn status_text(status: ImportStatus, lang: crate::i18n::Lang) -> &'static str {
    status.label().get(lang)
}

#[cfg(test)]
mod tests {
    use super::refusal_text;
    use crate::i18n::Lang;

    #[test]
    fn a_refused_file_is_explained_with_its_columns_in_both_languages() {
        let nl = refusal_text("missing_columns", "postcode,birth_year,nonsense", Lang::Nl).unwrap();
        assert!(nl.contains("Ontbreekt: postcode, geboortejaar."), "{nl}");
        let en = refusal_text("repeated_column", "client_number", Lang::En).unwrap();
        assert!(en.ends_with("Twice: client number."), "{en}");
        assert_eq!(refusal_text("", "", Lang::Nl), None);
        assert_eq!(refusal_text("<script>", "", Lang::Nl), None);
        assert!(refusal_text("file_missing", "", Lang::En)
            .unwrap()
            .contains("Choose a file"));
    }
}
