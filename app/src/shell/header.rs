//! The site header: portal name, navigation for the role, who is logged in, logout and the
//! language switch.

use crate::auth::{CsrfField, Logout, SessionUser};
use crate::domain::redirect::encode_query_value;
use crate::domain::Role;
use crate::error::AppError;
use crate::i18n::{msg, tr, use_lang, Lang, T};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The links of the main menu for a role (none extra when logged out).
pub fn nav_links(role: Option<Role>) -> Vec<(&'static str, T)> {
    let mut links = vec![("/", msg::NAV_HOME), ("/vacatures", msg::NAV_BOARD)];
    if let Some(role) = role {
        links.push((role.home_path(), msg::NAV_MY_OVERVIEW));
        if role == Role::Employer {
            links.push(("/werkgever/vacatures", msg::NAV_MY_OPENINGS));
            links.push(("/werkgever/collega", msg::NAV_COLLEAGUES));
            links.push(("/werkgever/resultaten", crate::reports::text::MY_RESULTS));
        }
        if role.is_desk_staff() {
            links.push(("/balie/werklijst", crate::proposals::text::WORK_LIST));
            links.push(("/balie/intake", crate::intake::text::INTAKE_TITLE));
            links.push(("/balie/kandidaten", crate::candidates::text::POOL_TITLE));
            links.push(("/balie/plaatsingen", crate::placements::text::PLACEMENTS));
            links.push(("/balie/vacatures", msg::NAV_REVIEW_OPENINGS));
            links.push(("/balie/aanmeldingen", msg::NAV_REGISTRATIONS));
            links.push(("/balie/post", msg::NAV_MAIL));
            links.push(("/balie/rapportages", crate::reports::text::REPORTS));
        }
        if role == Role::Admin {
            links.push(("/beheer/instellingen", crate::reports::text::SETTINGS));
            links.push(("/beheer/audit", crate::privacy::text::AUDIT_TITLE));
        }
    }
    links
}

#[component]
pub fn Header(
    user: Resource<Result<Option<SessionUser>, AppError>>,
    logout: ServerAction<Logout>,
) -> impl IntoView {
    let location = use_location();
    let here = move || {
        let search = location.search.get();
        let path = location.pathname.get();
        if search.is_empty() {
            path
        } else {
            format!("{path}?{search}")
        }
    };
    let lang = use_lang();
    view! {
        <header class="site-header">
            <div class="container header-row">
                <a class="brand" href="/">
                    <span class="brand-name">{tr(msg::APP_NAME)}</span>
                    <span class="brand-tagline">{tr(msg::APP_TAGLINE)}</span>
                </a>
                <nav class="lang-switch" aria-label=tr(msg::LANG_SWITCH_LABEL)>
                    {Lang::ALL
                        .into_iter()
                        .map(|l| {
                            let href = move || format!("/taal/{}?terug={}", l.code(), encode_query_value(&here()));
                            view! {
                                <a
                                    href=href
                                    rel="external"
                                    hreflang=l.code()
                                    lang=l.code()
                                    aria-current=(l == lang).then_some("true")
                                >
                                    {l.native_name()}
                                </a>
                            }
                        })
                        .collect_view()}
                </nav>
            </div>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let user = user.await.ok().flatten();
                    let links = nav_links(user.as_ref().map(|u| u.role));
                    view! {
                        <nav class="main-nav" aria-label=tr(msg::NAV_LABEL)>
                            <div class="container nav-row">
                                <ul>
                                    {links
                                        .into_iter()
                                        .map(|(href, label)| view! { <li><a href=href>{tr(label)}</a></li> })
                                        .collect_view()}
                                </ul>
                                {match user {
                                    Some(user) => view! {
                                        <div class="who">
                                            <span class="who-name">
                                                {tr(msg::LOGGED_IN_AS)} " " <a href="/account" title=tr(msg::ACCOUNT_TITLE)><strong>{user.name.clone()}</strong></a>
                                                " (" {tr(user.role.label())}
                                                {user.employer_name.clone().map(|n| format!(", {n}"))} ")"
                                            </span>
                                            <ActionForm action=logout attr:class="inline-form">
                                                <CsrfField/>
                                                <button type="submit" class="button link-button">{tr(msg::NAV_LOGOUT)}</button>
                                            </ActionForm>
                                        </div>
                                    }.into_any(),
                                    None => view! {
                                        <a class="button secondary" href="/inloggen">{tr(msg::NAV_LOGIN)}</a>
                                    }.into_any(),
                                }}
                            </div>
                        </nav>
                    }
                })}
            </Transition>
        </header>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_role_gets_its_own_home_in_the_menu() {
        let public: Vec<&str> = nav_links(None).iter().map(|(href, _)| *href).collect();
        assert_eq!(public, ["/", "/vacatures"], "visitors see no role pages");
        assert!(nav_links(Some(Role::Employer))
            .iter()
            .all(|(href, _)| !href.starts_with("/balie")));
        assert!(nav_links(Some(Role::Buddy))
            .iter()
            .all(|(href, _)| !href.starts_with("/balie") && !href.starts_with("/werkgever")));
        for role in Role::ALL {
            assert!(nav_links(Some(*role))
                .iter()
                .any(|(href, _)| *href == role.home_path()));
        }
    }
}
