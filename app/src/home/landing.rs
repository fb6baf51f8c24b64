//! `/`: the public front page, saying what Opstap is and where to go.

use crate::i18n::{msg, tr};
use leptos::prelude::*;

#[component]
pub fn Landing() -> impl IntoView {
    view! {
        <crate::ui::page::Describe text=msg::HOME_INTRO/>
        <h1>{tr(msg::HOME_TITLE)}</h1>
        <p class="lead">{tr(msg::HOME_INTRO)}</p>
        <p><a class="button primary" href="/vacatures">{tr(msg::BOARD_TITLE)}</a></p>
        <div class="cards">
            <section class="card">
                <h2>{tr(msg::HOME_FOR_EMPLOYERS)}</h2>
                <p>{tr(msg::HOME_FOR_EMPLOYERS_TEXT)}</p>
                <p><a href="/aanmelden">{tr(msg::HOME_REGISTER_CTA)}</a></p>
            </section>
            <section class="card">
                <h2>{tr(msg::HOME_FOR_BUDDIES)}</h2>
                <p>{tr(msg::HOME_FOR_BUDDIES_TEXT)}</p>
            </section>
        </div>
        <p><a class="button primary" href="/inloggen">{tr(msg::HOME_LOGIN_CTA)}</a></p>
    }
}
