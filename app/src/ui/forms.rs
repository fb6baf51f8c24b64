//! Form fields that show their own error message beside the input, in the reader's
//! language, and an error summary at the top of a form (GOV.UK / NL Design System pattern).

use crate::error::AppError;
use crate::i18n::{tr, use_lang, Lang, T};
use leptos::prelude::*;

/// The message for `field` in `error`, if the error names that field.
pub fn field_message(error: &Option<AppError>, field: &str, lang: Lang) -> Option<String> {
    match error {
        Some(AppError::Invalid(fields)) => fields
            .iter()
            .find(|f| f.field == field)
            .map(|f| f.text(lang).to_string()),
        _ => None,
    }
}

/// A labelled input with its error message.
#[component]
pub fn TextField(
    name: &'static str,
    label: T,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: &'static str,
    #[prop(optional, into)] value: String,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> impl IntoView {
    let lang = use_lang();
    let message = move || field_message(&error.get(), name, lang);
    let id = format!("field-{name}");
    let error_id = format!("{id}-error");
    let error_id2 = error_id.clone();
    let invalid = move || message().is_some().then_some("true");
    let described = move || message().is_some().then(|| error_id2.clone());
    view! {
        <div class="field" class:field-invalid=move || message().is_some()>
            <label for=id.clone()>{label.get(lang)}</label>
            {move || message().map(|m| view! { <p class="field-error" id=error_id.clone()>{m}</p> })}
            <input
                id=id.clone()
                name=name
                type=input_type
                autocomplete=(!autocomplete.is_empty()).then_some(autocomplete)
                value=value
                aria-invalid=invalid
                aria-describedby=described
            />
        </div>
    }
}

/// The error of the last submission, announced to screen readers.
#[component]
pub fn ErrorSummary(#[prop(into)] error: Signal<Option<AppError>>) -> impl IntoView {
    let lang = use_lang();
    move || {
        error.get().map(|e| {
            let details: Vec<String> = match &e {
                AppError::Invalid(fields) => {
                    fields.iter().map(|f| f.text(lang).to_string()).collect()
                }
                other => vec![other.message().get(lang).to_string()],
            };
            view! {
                <div class="error-summary" role="alert" tabindex="-1">
                    <h2>{tr(crate::i18n::msg::ERROR_SUMMARY)}</h2>
                    <ul>{details.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul>
                </div>
            }
        })
    }
}
