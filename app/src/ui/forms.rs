//! Form fields that show their own error message beside the input, in the reader's
//! language, and an error summary at the top of a form (GOV.UK / NL Design System pattern).

use crate::error::AppError;
use crate::i18n::{tr, use_lang, Lang, T};
use leptos::prelude::*;

/// The message for `field` in `error`, if the error names that field.
pub fn field_message(error: &Option<AppError>, field: &str, lang: Lang) -> Option<String> {
    match error {
        Some(AppError::Invalid { fields, .. }) => fields
            .iter()
            .find(|f| f.field == field)
            .map(|f| f.text(lang).to_string()),
        _ => None,
    }
}

/// What was typed into `field` before a refused submission, if the error carries it.
pub fn echoed_value(error: &Option<AppError>, field: &str) -> Option<String> {
    match error {
        Some(AppError::Invalid { values, .. }) => values
            .iter()
            .find(|(k, _)| k == field)
            .map(|(_, v)| v.clone()),
        _ => None,
    }
}

/// Label, error message and hint around one input; the input gets `aria-invalid` and
/// `aria-describedby` from [`FieldState`].
#[derive(Clone)]
struct FieldState {
    id: String,
    message: Signal<Option<String>>,
    described_by: Signal<Option<String>>,
}

fn field_state(name: &'static str, error: Signal<Option<AppError>>, hint: Option<T>) -> FieldState {
    let lang = use_lang();
    let id = format!("field-{name}");
    let message = Signal::derive(move || field_message(&error.get(), name, lang));
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described_by = Signal::derive(move || {
        let mut ids = Vec::new();
        if hint.is_some() {
            ids.push(hint_id.clone());
        }
        if message.get().is_some() {
            ids.push(error_id.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    });
    FieldState {
        id,
        message,
        described_by,
    }
}

#[component]
fn FieldShell(state: FieldState, label: T, hint: Option<T>, children: Children) -> impl IntoView {
    let lang = use_lang();
    let id = state.id.clone();
    let message = state.message;
    view! {
        <div class="field" class:field-invalid=move || message.get().is_some()>
            <label for=id.clone()>{label.get(lang)}</label>
            {hint.map(|h| view! { <p class="field-hint" id=format!("{id}-hint")>{h.get(lang)}</p> })}
            {move || message.get().map(|m| view! { <p class="field-error" id=format!("{}-error", state.id)>{m}</p> })}
            {children()}
        </div>
    }
}

/// A labelled input with its error message; shows again what was typed after a refusal.
#[component]
pub fn TextField(
    name: &'static str,
    label: T,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: &'static str,
    #[prop(optional, into)] value: String,
    #[prop(optional)] hint: Option<T>,
    #[prop(optional)] required: bool,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> impl IntoView {
    let state = field_state(name, error, hint);
    let message = state.message;
    let described = state.described_by;
    let value = echoed_value(&error.get_untracked(), name).unwrap_or(value);
    let id = state.id.clone();
    if input_type == "password" {
        // Never echoed; shown on request by the island (see `ui::password`).
        let lang = use_lang();
        let described_by = described.get_untracked().unwrap_or_default();
        let invalid = message.get_untracked().is_some();
        return view! {
            <FieldShell state=state label=label hint=hint>
                <crate::shell::islands::IslandLoader/>
                <crate::ui::password::PasswordInput
                    id=id
                    name=name.to_string()
                    autocomplete=autocomplete.to_string()
                    described_by=described_by
                    invalid=invalid
                    label=crate::i18n::msg::SHOW_PASSWORD.get(lang).to_string()
                />
            </FieldShell>
        }
        .into_any();
    }
    view! {
        <FieldShell state=state label=label hint=hint>
            <input
                id=id
                name=name
                type=input_type
                autocomplete=(!autocomplete.is_empty()).then_some(autocomplete)
                value=value
                required=required
                aria-invalid=move || message.get().is_some().then_some("true")
                aria-describedby=move || described.get()
            />
        </FieldShell>
    }
    .into_any()
}

/// A labelled multi-line input.
#[component]
pub fn TextArea(
    name: &'static str,
    label: T,
    #[prop(optional, into)] value: String,
    #[prop(optional)] hint: Option<T>,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> impl IntoView {
    let state = field_state(name, error, hint);
    let message = state.message;
    let described = state.described_by;
    let value = echoed_value(&error.get_untracked(), name).unwrap_or(value);
    let id = state.id.clone();
    view! {
        <FieldShell state=state label=label hint=hint>
            <textarea
                id=id
                name=name
                rows="5"
                aria-invalid=move || message.get().is_some().then_some("true")
                aria-describedby=move || described.get()
            >
                {value}
            </textarea>
        </FieldShell>
    }
}

/// A labelled choice from a closed list (codes with labels in both languages).
#[component]
pub fn SelectField(
    name: &'static str,
    label: T,
    options: Vec<(&'static str, T)>,
    #[prop(optional, into)] value: String,
    #[prop(optional)] hint: Option<T>,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> impl IntoView {
    let lang = use_lang();
    let options = options
        .into_iter()
        .map(|(code, text)| (code.to_string(), text.get(lang).to_string()))
        .collect();
    select_field(name, label, options, value, hint, error)
}

/// Label, message, hint and the `<select>` with a "choose" first, for both select fields.
fn select_field(
    name: &'static str,
    label: T,
    options: Vec<(String, String)>,
    value: String,
    hint: Option<T>,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let state = field_state(name, error, hint);
    let message = state.message;
    let described = state.described_by;
    let chosen = echoed_value(&error.get_untracked(), name).unwrap_or(value);
    let id = state.id.clone();
    view! {
        <FieldShell state=state label=label hint=hint>
            <select
                id=id
                name=name
                aria-invalid=move || message.get().is_some().then_some("true")
                aria-describedby=move || described.get()
            >
                <option value="" selected=chosen.is_empty()>{tr(crate::i18n::msg::CHOOSE)}</option>
                {options
                    .into_iter()
                    .map(|(code, text)| {
                        let selected = code == chosen;
                        view! { <option value=code selected=selected>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </FieldShell>
    }
}

/// The error of the last submission, announced to screen readers.
#[component]
pub fn ErrorSummary(#[prop(into)] error: Signal<Option<AppError>>) -> impl IntoView {
    let lang = use_lang();
    move || {
        error.get().map(|e| {
            let details: Vec<String> = match &e {
                AppError::Invalid { fields, .. } => {
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

/// A checkbox with its label; after a refused submission it shows what was ticked.
#[component]
pub fn CheckboxField(
    name: &'static str,
    label: T,
    #[prop(optional)] checked: bool,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> impl IntoView {
    let lang = use_lang();
    let checked = match error.get_untracked() {
        Some(AppError::Invalid { values, .. }) if !values.is_empty() => {
            values.iter().any(|(k, _)| k == name)
        }
        _ => checked,
    };
    let state = field_state(name, error, None);
    let message = state.message;
    let id = state.id.clone();
    view! {
        <div class="checkbox" class:field-invalid=move || message.get().is_some()>
            {move || message.get().map(|m| view! { <p class="field-error" id=format!("{}-error", state.id)>{m}</p> })}
            <input type="checkbox" id=id.clone() name=name value="on" checked=checked
                aria-invalid=move || message.get().is_some().then_some("true")
                aria-describedby=state.described_by/>
            <label for=id>{label.get(lang)}</label>
        </div>
    }
}

/// A group of checkboxes under one legend, with one error message for the group.
#[component]
pub fn CheckboxGroup(
    name: &'static str,
    legend: T,
    #[prop(optional)] hint: Option<T>,
    #[prop(into)] error: Signal<Option<AppError>>,
    children: Children,
) -> impl IntoView {
    let lang = use_lang();
    let message = move || field_message(&error.get(), name, lang);
    view! {
        <fieldset class="field" class:field-invalid=move || message().is_some() id=format!("field-{name}")>
            <legend class="field-legend">{legend.get(lang)}</legend>
            {hint.map(|h| view! { <p class="field-hint">{h.get(lang)}</p> })}
            {move || message().map(|m| view! { <p class="field-error" id=format!("field-{name}-error")>{m}</p> })}
            {children()}
        </fieldset>
    }
}

/// A labelled choice from a list known only at run time (people, employers), with its
/// error message.
#[component]
pub fn ChoiceField(
    name: &'static str,
    label: T,
    options: Vec<(String, String)>,
    #[prop(optional, into)] value: String,
    #[prop(optional)] hint: Option<T>,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> impl IntoView {
    select_field(name, label, options, value, hint, error)
}

/// The options of a [`SelectField`] from a closed list's codes and labels.
pub fn choices<E: Copy>(
    all: &[E],
    code: fn(E) -> &'static str,
    label: fn(E) -> T,
) -> Vec<(&'static str, T)> {
    all.iter().map(|e| (code(*e), label(*e))).collect()
}

/// A choice shown as radio buttons under one legend (few options, big targets on a
/// phone), with one error message for the group.
#[component]
pub fn RadioGroup(
    name: &'static str,
    legend: T,
    options: Vec<(&'static str, T)>,
    #[prop(optional, into)] value: String,
    #[prop(optional)] hint: Option<T>,
    #[prop(optional)] inline: bool,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> impl IntoView {
    let lang = use_lang();
    let message = move || field_message(&error.get(), name, lang);
    let chosen = echoed_value(&error.get_untracked(), name).unwrap_or(value);
    let error_id = format!("field-{name}-error");
    view! {
        <fieldset
            class="field radios"
            class:inline=inline
            class:field-invalid=move || message().is_some()
            id=format!("field-{name}")
            aria-describedby=move || message().map(|_| error_id.clone())
        >
            <legend class="field-legend">{legend.get(lang)}</legend>
            {hint.map(|h| view! { <p class="field-hint">{h.get(lang)}</p> })}
            {move || message().map(|m| view! { <p class="field-error" id=format!("field-{name}-error")>{m}</p> })}
            {options
                .into_iter()
                .map(|(code, label)| {
                    let id = format!("field-{name}-{code}");
                    view! {
                        <div class="radio">
                            <input type="radio" id=id.clone() name=name value=code checked=code == chosen/>
                            <label for=id>{label.get(lang)}</label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}
