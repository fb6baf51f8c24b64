//! The frame around every page: the HTML document, header with role-aware navigation and
//! language switch, footer, and the route table. Error pages (404, no access, failure)
//! render inside the same frame.

#[cfg(feature = "ssr")]
pub mod assets;
mod header;
pub mod islands;
pub mod policy;

pub use crate::ui::errors::{ErrorPage, NoAccess, NotFound, Refused};

use crate::auth::{
    current_user, AccountPage, AuthVersion, CsrfToken, LoginPage, Logout, PasswordPage, ResetPage,
};
use crate::employers::{QueuePage, RegisterPage, ReviewPage, ThanksPage};
use crate::home::{AdminHome, BuddyHome, DeskHome, EmployerHome, Landing};
use crate::i18n::{msg, tr, Lang};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

/// The HTML document (rendered on the server only). Everything outside an island is
/// rendered without hydration markers and without serialised data: only islands wake up in
/// the browser (see [`islands`]).
pub fn shell(_options: LeptosOptions) -> impl IntoView {
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    #[cfg(feature = "ssr")]
    let (lang, csrf, css, icon) = {
        let ctx = crate::request::request_ctx();
        let assets = islands::assets();
        (
            ctx.lang,
            ctx.csrf_token,
            assets.url(islands::STYLESHEET),
            assets.url(islands::ICON),
        )
    };
    #[cfg(not(feature = "ssr"))]
    let (lang, csrf, css, icon) = (Lang::default(), String::new(), String::new(), String::new());
    view! {
        <!DOCTYPE html>
        <html lang=lang.code()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="csrf-token" content=csrf/>
                <meta name="color-scheme" content="light"/>
                <link rel="stylesheet" href=css/>
                <link rel="icon" href=icon type="image/svg+xml"/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The language of the page: from the request on the server, from `<html lang>` in the
/// browser, so both render the same text.
fn page_lang() -> Lang {
    #[cfg(feature = "ssr")]
    {
        crate::request::request_ctx().lang
    }
    #[cfg(not(feature = "ssr"))]
    {
        document()
            .document_element()
            .and_then(|e| e.get_attribute("lang"))
            .and_then(|code| Lang::from_code(&code))
            .unwrap_or_default()
    }
}

/// The CSRF token: from the request on the server, from `<meta name="csrf-token">` in the
/// browser.
fn page_csrf() -> String {
    #[cfg(feature = "ssr")]
    {
        crate::request::request_ctx().csrf_token
    }
    #[cfg(not(feature = "ssr"))]
    {
        document()
            .query_selector("meta[name=csrf-token]")
            .ok()
            .flatten()
            .and_then(|e| e.get_attribute("content"))
            .unwrap_or_default()
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(page_lang());
    provide_context(CsrfToken(page_csrf()));
    view! {
        <Title text=tr(msg::APP_NAME)/>
        <Router>
            <Layout/>
        </Router>
    }
}

/// Header, routes and footer. Lives inside the router, so actions created here see errors
/// passed back in the URL after a form was posted without JavaScript.
#[component]
fn Layout() -> impl IntoView {
    let auth_version = RwSignal::new(0u64);
    provide_context(AuthVersion(auth_version));
    let logout = ServerAction::<Logout>::new();
    let user = Resource::new(
        move || (auth_version.get(), logout.version().get()),
        |_| current_user(),
    );
    view! {
        <a class="skip-link" href="#inhoud">{tr(msg::SKIP_TO_CONTENT)}</a>
        <header::Header user=user logout=logout/>
        <main id="inhoud" tabindex="-1">
            <div class="container">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=Landing ssr=SsrMode::Async/>
                    <Route path=path!("/inloggen") view=LoginPage ssr=SsrMode::Async/>
                    <Route path=path!("/beheer") view=AdminHome ssr=SsrMode::Async/>
                    <Route path=path!("/balie") view=DeskHome ssr=SsrMode::Async/>
                    <Route path=path!("/werkgever") view=EmployerHome ssr=SsrMode::Async/>
                    <Route path=path!("/buddy") view=BuddyHome ssr=SsrMode::Async/>
                    <Route path=path!("/aanmelden") view=RegisterPage ssr=SsrMode::Async/>
                    <Route path=path!("/vacatures") view=crate::board::BoardPage ssr=SsrMode::Async/>
                    <Route path=path!("/vacatures/:id") view=crate::board::PublicOpeningPage ssr=SsrMode::Async/>
                    <Route path=path!("/aanmelden/bedankt") view=ThanksPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/aanmeldingen") view=QueuePage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/werkgevers/nieuw") view=crate::employers::CreateEmployerPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/aanmeldingen/:id") view=ReviewPage ssr=SsrMode::Async/>
                    <Route path=path!("/werkgever/collega") view=crate::employers::ColleaguesPage ssr=SsrMode::Async/>
                    <Route path=path!("/werkgever/vacatures") view=crate::openings::MyOpeningsPage ssr=SsrMode::Async/>
                    <Route path=path!("/werkgever/vacatures/nieuw") view=crate::openings::NewOpeningPage ssr=SsrMode::Async/>
                    <Route path=path!("/werkgever/vacatures/:id") view=crate::openings::OpeningPage ssr=SsrMode::Async/>
                    <Route path=path!("/werkgever/vacatures/:id/bewerken") view=crate::openings::EditOpeningPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/vacatures") view=crate::openings::ReviewOpeningsPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/vacatures/nieuw") view=crate::openings::DeskNewOpeningPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/vacatures/:id") view=crate::openings::OpeningPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/post") view=crate::mail_page::MailPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/kandidaten") view=crate::candidates::CandidatesPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/intake") view=crate::intake::IntakeHomePage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/intake/import") view=crate::intake::ImportPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/intake/import/:id") view=crate::intake::PreviewPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/intake/klanten") view=crate::intake::ClientsPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/intake/campagnes/nieuw") view=crate::intake::NewCampaignPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/intake/campagnes/:id") view=crate::intake::CampaignPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/intake/campagnes/:id/brieven") view=crate::intake::WaveLettersPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/intake/campagnes/:id/wijzigen") view=crate::intake::CampaignChangePage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/intake/campagnes/:id/deelnemers") view=crate::intake::CampaignMembersPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/intake/campagnes/:id/deelnemers/:client") view=crate::intake::CampaignMemberPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/intake/uitnodigingen/:id") view=crate::intake::InvitationPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/intake/uitnodigingen/:id/brief") view=crate::intake::LetterPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/intake/uitnodigingen/:id/intake") view=crate::intake::IntakeRecordPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/kandidaten/nieuw") view=crate::candidates::NewCandidatePage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/kandidaten/:id") view=crate::candidates::CandidatePage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/kandidaten/:id/bewerken") view=crate::candidates::EditCandidatePage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/kandidaten/:id/inzage") view=crate::privacy::SubjectAccessPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/kandidaten/:id/wissen") view=crate::privacy::ErasePage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/kandidaten/:id/vacatures") view=crate::matching::CandidateOpeningsPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/kandidaten/:id/plan") view=crate::plans::PlanPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/vacatures/:id/kandidaten") view=crate::matching::OpeningMatchesPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/vacatures/:id/voordragen") view=crate::proposals::ProposePage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/voordrachten/:id") view=crate::proposals::ProposalPage ssr=SsrMode::Async/>
                    <Route path=path!("/werkgever/voordrachten/:id") view=crate::proposals::ProposalPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/werklijst") view=crate::proposals::WorkListPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/plaatsingen") view=crate::placements::PlacementsPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/plaatsingen/nieuw") view=crate::placements::NewPlacementPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/plaatsingen/:id") view=crate::placements::PlacementPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/plaatsingen/:id/bewerken") view=crate::placements::EditPlacementPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/signalen/:id") view=crate::placements::FlagPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/buddies") view=crate::buddies::BuddiesPage ssr=SsrMode::Async/>
                    <Route path=path!("/buddy/koppelingen/:id") view=crate::buddies::PairingPage ssr=SsrMode::Async/>
                    <Route path=path!("/balie/rapportages") view=crate::reports::ReportsPage ssr=SsrMode::Async/>
                    <Route path=path!("/werkgever/resultaten") view=crate::reports::EmployerResultsPage ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/instellingen") view=crate::reports::SettingsPage ssr=SsrMode::Async/>
                    <Route path=path!("/zo-werkt-matchen") view=crate::matching::HowMatchingWorksPage ssr=SsrMode::Async/>
                    <Route path=path!("/wachtwoord/:token") view=PasswordPage ssr=SsrMode::Async/>
                    <Route path=path!("/wachtwoord-vergeten") view=ResetPage ssr=SsrMode::Async/>
                    <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/audit") view=crate::privacy::AuditPage ssr=SsrMode::Async/>
                </Routes>
            </div>
        </main>
        <footer class="site-footer">
            <div class="container">
                <p>{tr(msg::FOOTER_TEXT)}</p>
                <p>{tr(msg::FOOTER_PRIVACY)} " " <a href="/zo-werkt-matchen">{tr(crate::matching::text::EXPLAIN_TITLE)}</a></p>
            </div>
        </footer>
    }
}
