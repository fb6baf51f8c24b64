//! `/balie/buddies`: the buddies, how many people each follows, and the invitation form.

use super::text as t;
use super::{buddy_accounts, BuddyAccount, InviteBuddy};
use crate::auth::CsrfField;
use crate::i18n::{msg, tr};
use crate::ui::forms::{ErrorSummary, TextField};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;

#[component]
pub fn BuddiesPage() -> impl IntoView {
    let invite = ServerAction::<InviteBuddy>::new();
    let error = Signal::derive(move || invite.value().get().and_then(|r| r.err()));
    let data = Resource::new(move || invite.version().get(), |_| buddy_accounts());
    view! {
        <PageTitle text=t::BUDDIES/>
        <h1>{tr(t::BUDDIES)}</h1>
        <p>{tr(t::BUDDIES_INTRO)}</p>
        <Loaded data=data then=table/>
        <section class="narrow">
            <h2>{tr(t::INVITE_TITLE)}</h2>
            <p>{tr(t::INVITE_INTRO)}</p>
            <ErrorSummary error=error/>
            <ActionForm action=invite attr:class="form" attr:novalidate=true>
                <CsrfField/>
                <TextField name="name" label=t::FIELD_NAME autocomplete="off" error=error/>
                <TextField name="email" label=t::FIELD_EMAIL input_type="email" autocomplete="off" error=error/>
                <button type="submit" class="button primary">{tr(t::INVITE_SUBMIT)}</button>
            </ActionForm>
        </section>
    }
}

fn table(buddies: Vec<BuddyAccount>) -> AnyView {
    if buddies.is_empty() {
        return view! { <p>{tr(t::NO_BUDDIES)}</p> }.into_any();
    }
    view! {
        <crate::ui::tables::ScrollRegion caption=tr(t::BUDDIES)>
            <table>
                <caption class="visually-hidden">{tr(t::BUDDIES)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(msg::COL_NAME)}</th>
                        <th scope="col">{tr(msg::COL_EMAIL)}</th>
                        <th scope="col">{tr(msg::COL_STATUS)}</th>
                        <th scope="col">{tr(t::COL_PEOPLE)}</th>
                    </tr>
                </thead>
                <tbody>
                    {buddies
                        .into_iter()
                        .map(|b| {
                            let status = if !b.active {
                                t::INACTIVE
                            } else if b.invited {
                                t::INVITED
                            } else {
                                t::ACTIVE
                            };
                            view! {
                                <tr>
                                    <th scope="row">{b.name}</th>
                                    <td>{b.email}</td>
                                    <td>{tr(status)}</td>
                                    <td>{b.running}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </crate::ui::tables::ScrollRegion>
    }
    .into_any()
}
