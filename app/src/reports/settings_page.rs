//! `/beheer/instellingen`: the admin sets the annual targets per kind, the monthly norm
//! amount of the savings estimate, the pace of buddy reminders and checkpoints, and how
//! long the personal data of candidates who left is kept. The
//! rules of each number live in `domain::settings`; a form with any wrong value stores
//! nothing and shows a message next to each wrong field.

use super::text as t;
use crate::auth::CsrfField;
use crate::domain::kinds::OpeningKind;
use crate::domain::settings::{
    CANDIDATE_RETENTION, MAX_REMINDERS, MONTHLY_NORM, REMINDER_INTERVAL, RETENTION_GRACE,
    SILENT_DAYS, TARGETS,
};
use crate::error::AppError;
use crate::i18n::{tr, T};
use crate::ui::forms::{ErrorSummary, TextField};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

/// The settings form; each field is named after its key in the `settings` table.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    pub target_job: String,
    #[serde(default)]
    pub target_traineeship: String,
    #[serde(default)]
    pub target_learning_place: String,
    #[serde(default)]
    pub target_trial: String,
    #[serde(default)]
    pub target_volunteer: String,
    #[serde(default)]
    pub monthly_norm_euros: String,
    #[serde(default)]
    pub buddy_reminder_interval_days: String,
    #[serde(default)]
    pub buddy_max_reminders: String,
    #[serde(default)]
    pub buddy_silent_days: String,
    #[serde(default)]
    pub retention_grace_days: String,
    #[serde(default)]
    pub candidate_retention_months: String,
}

impl SettingsForm {
    /// `(key, text)` of every field.
    pub fn pairs(&self) -> Vec<(String, String)> {
        [
            ("target_job", &self.target_job),
            ("target_traineeship", &self.target_traineeship),
            ("target_learning_place", &self.target_learning_place),
            ("target_trial", &self.target_trial),
            ("target_volunteer", &self.target_volunteer),
            ("monthly_norm_euros", &self.monthly_norm_euros),
            (
                "buddy_reminder_interval_days",
                &self.buddy_reminder_interval_days,
            ),
            ("buddy_max_reminders", &self.buddy_max_reminders),
            ("buddy_silent_days", &self.buddy_silent_days),
            ("retention_grace_days", &self.retention_grace_days),
            (
                "candidate_retention_months",
                &self.candidate_retention_months,
            ),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
    }
}

/// The settings as they hold now (stored, else default): `(key, value)`; admins only.
#[server(name = GetSettings, prefix = "/api", endpoint = "settings", input = server_fn::codec::GetUrl)]
pub async fn portal_settings() -> Result<Vec<(String, i64)>, AppError> {
    crate::request::serve(|cx| async move {
        cx.require(&[crate::domain::Role::Admin])?;
        let mut out = Vec::new();
        for s in crate::domain::settings::all() {
            out.push((
                s.key.to_string(),
                crate::store::settings::number(cx.db(), s.key, s.default).await?,
            ));
        }
        Ok(out)
    })
    .await
}

/// Stores every setting of the form, or none when any is wrong; admins only.
#[server(name = SaveSettings, prefix = "/api", endpoint = "save_settings")]
pub async fn save_settings(#[server(flatten)] form: SettingsForm) -> Result<(), AppError> {
    crate::request::serve(|cx| async move {
        let user = cx.require(&[crate::domain::Role::Admin])?;
        let values = crate::domain::settings::parse(&form.pairs())?;
        let db = cx.db();
        let save = async {
            let mut tx = db.write().await?;
            for (key, value) in &values {
                crate::store::settings::set_in(&mut **tx, key, &value.to_string()).await?;
            }
            cx.audit(&mut **tx, &user, "change", "settings", 0).await?;
            tx.commit().await?;
            Ok::<_, AppError>(())
        };
        save.await?;
        tracing::info!(user = user.id, "settings changed");
        leptos_axum::redirect("/beheer/instellingen?opgeslagen=1");
        Ok(())
    })
    .await
}

/// The label and hint of each setting on the screen.
fn words(key: &str) -> (T, Option<T>) {
    let target = TARGETS.iter().position(|s| s.key == key);
    if let Some(kind) = target.and_then(|i| OpeningKind::ALL.get(i)) {
        return (kind.label(), None);
    }
    match key {
        k if k == MONTHLY_NORM.key => (t::NORM_FIELD, None),
        k if k == REMINDER_INTERVAL.key => (t::REMINDER_INTERVAL, Some(t::REMINDER_INTERVAL_HINT)),
        k if k == MAX_REMINDERS.key => (t::MAX_REMINDERS, None),
        k if k == SILENT_DAYS.key => (t::SILENT_DAYS, None),
        k if k == CANDIDATE_RETENTION.key => (t::RETENTION_MONTHS, Some(t::RETENTION_MONTHS_HINT)),
        _ => (t::GRACE_DAYS, Some(t::GRACE_DAYS_HINT)),
    }
}

#[component]
pub fn SettingsPage() -> impl IntoView {
    let save = ServerAction::<SaveSettings>::new();
    let error = Signal::derive(move || save.value().get().and_then(|r| r.err()));
    let data = Resource::new(move || save.version().get(), |_| portal_settings());
    let query = use_query_map();
    let saved = move || {
        query.read().get("opgeslagen").is_some() && error.get().is_none()
            || matches!(save.value().get(), Some(Ok(())))
    };
    view! {
        <PageTitle text=t::SETTINGS/>
        <h1>{tr(t::SETTINGS)}</h1>
        <p>{tr(t::SETTINGS_INTRO)}</p>
        {move || saved().then(|| view! { <p class="notice success" role="status">{tr(t::SAVED)}</p> })}
        <ErrorSummary error=error/>
        <Loaded data=data then={move |current: Vec<(String, i64)>| {
            let field = move |key: &'static str| {
                let (label, hint) = words(key);
                let value = current
                    .iter()
                    .find(|(k, _)| k == key)
                    .map(|(_, v)| v.to_string())
                    .unwrap_or_default();
                match hint {
                    Some(hint) => view! { <TextField name=key label=label input_type="number" value=value hint=hint required=true error=error/> }.into_any(),
                    None => view! { <TextField name=key label=label input_type="number" value=value required=true error=error/> }.into_any(),
                }
            };
            let group = move |legend: T, keys: Vec<&'static str>| view! {
                <fieldset>
                    <legend>{tr(legend)}</legend>
                    {keys.into_iter().map(field.clone()).collect_view()}
                </fieldset>
            };
            view! {
                <ActionForm action=save attr:class="form narrow" attr:novalidate=true>
                    <CsrfField/>
                    {group(t::TARGETS, TARGETS.iter().map(|s| s.key).collect())}
                    {group(t::NORM_LEGEND, vec![MONTHLY_NORM.key])}
                    {group(t::FOLLOWUP_LEGEND, vec![REMINDER_INTERVAL.key, MAX_REMINDERS.key, SILENT_DAYS.key, RETENTION_GRACE.key])}
                    {group(t::PRIVACY_LEGEND, vec![CANDIDATE_RETENTION.key])}
                    <button type="submit" class="button primary">{tr(t::SAVE)}</button>
                </ActionForm>
            }
        }}/>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_form_has_a_field_for_every_setting() {
        let fields: Vec<String> = super::SettingsForm::default()
            .pairs()
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        let keys: Vec<&str> = crate::domain::settings::all()
            .iter()
            .map(|s| s.key)
            .collect();
        assert_eq!(fields, keys);
    }
}
