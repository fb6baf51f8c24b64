//! A password input with a "show password" button: the portal's one island.
//!
//! On a phone a password is easily mistyped, and a failed login costs one of the few
//! attempts the rate limit allows; being able to see what one typed helps (the GOV.UK and
//! NL Design System password inputs do the same). Everything else on the login, welcome
//! and reset pages is plain HTML, so the form posts the same before, during and after
//! hydration, and without JavaScript. The button exists only once the island is awake
//! (`hidden` until then), so nobody sees a button that does nothing.

use leptos::prelude::*;

/// The input and its toggle. `label` is the button's text in the reader's language (the
/// island cannot read the server's language context); it stays the same whether the
/// password is shown, `aria-pressed` tells the state.
#[island]
pub fn PasswordInput(
    id: String,
    name: String,
    autocomplete: String,
    described_by: String,
    invalid: bool,
    label: String,
) -> impl IntoView {
    let shown = RwSignal::new(false);
    let awake = RwSignal::new(false);
    Effect::new(move |_| awake.set(true));
    // Hidden again when a form is sent, so the browser never stores it as plain text (the
    // change lands before the browser reads the form: effects run as microtasks).
    let on_submit = window_event_listener(leptos::ev::submit, move |_| shown.set(false));
    on_cleanup(move || on_submit.remove());
    let controls = id.clone();
    view! {
        <div class="password-input">
            <input
                id=id
                name=name
                type=move || if shown.get() { "text" } else { "password" }
                autocomplete=(!autocomplete.is_empty()).then_some(autocomplete)
                aria-invalid=invalid.then_some("true")
                aria-describedby=(!described_by.is_empty()).then_some(described_by)
                autocapitalize="none"
                spellcheck="false"
            />
            <button
                type="button"
                class="button secondary password-toggle"
                aria-controls=controls
                aria-pressed=move || if shown.get() { "true" } else { "false" }
                hidden=move || !awake.get()
                on:click=move |_| shown.update(|s| *s = !*s)
            >
                {label}
            </button>
        </div>
    }
}
