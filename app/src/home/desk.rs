//! `/balie`: the service desk's home — what waits for the desk (employers, openings, open
//! flags from buddies, retention checkpoints to confirm), the pool and the pipeline.

use super::{OpeningLine, OpeningList};
use crate::domain::kinds::ProposalStatus;
use crate::error::AppError;
use crate::i18n::{msg, tr};
use crate::ui::page::{Loaded, PageTitle};
use crate::ui::tables::{CountTable, Tile};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeskOverview {
    pub pending_employers: i64,
    pub submitted_openings: i64,
    pub open_flags: i64,
    pub active_candidates: i64,
    pub placements_this_year: i64,
    pub proposals_by_status: Vec<(String, i64)>,
    pub latest_submitted: Vec<OpeningLine>,
    pub flags: Vec<crate::placements::FlagLine>,
    pub checkpoints: Vec<crate::placements::CheckpointLine>,
}

/// The desk's overview; desk staff and admins only.
#[server(name = GetDeskOverview, prefix = "/api", endpoint = "desk_overview", input = server_fn::codec::GetUrl)]
pub async fn desk_overview() -> Result<DeskOverview, AppError> {
    use crate::domain::Role;
    use crate::store::overview;
    crate::request::serve(|cx| async move {
        cx.require(&[Role::Desk, Role::Admin])?;
        let db = cx.db();
        let today = crate::domain::dates::day_of(crate::clock::now());
        let (year, _, _) = crate::domain::dates::civil_from_days(today);
        let counts = overview::desk_counts(db, &format!("{year:04}-01-01")).await?;
        Ok(DeskOverview {
            pending_employers: counts.pending_employers,
            submitted_openings: counts.submitted_openings,
            open_flags: counts.open_flags,
            active_candidates: counts.active_candidates,
            placements_this_year: counts.placements_this_year,
            proposals_by_status: overview::proposals_by_status(db).await?,
            latest_submitted: overview::newest_submitted_openings(db, 5)
                .await?
                .into_iter()
                .map(super::line_from_store)
                .collect(),
            flags: crate::store::checkins::open_flags(db, 20).await?,
            checkpoints: {
                let grace = crate::store::settings::retention_grace_days(db).await?;
                crate::store::retention::to_confirm(db, today, grace, 20).await?
            },
        })
    })
    .await
}

#[component]
pub fn DeskHome() -> impl IntoView {
    let data = Resource::new(|| (), |_| desk_overview());
    view! {
        <PageTitle text=msg::DESK_TITLE/>
        <Loaded data=data then=move |o: DeskOverview| view! {
                        <h1>{tr(msg::DESK_TITLE)}</h1>
                        <h2>{tr(msg::DESK_TODO)}</h2>
                        <ul class="tiles">
                            <Tile label=msg::DESK_PENDING_EMPLOYERS value=o.pending_employers/>
                            <Tile label=msg::DESK_SUBMITTED_OPENINGS value=o.submitted_openings/>
                            <Tile label=msg::DESK_OPEN_FLAGS value=o.open_flags/>
                        </ul>
                        <h2>{tr(msg::DESK_ACTIONS)}</h2>
                        <ul class="link-list">
                            <li><a href="/balie/werkgevers/nieuw">{tr(msg::CREATE_EMPLOYER_TITLE)}</a></li>
                            <li><a href="/balie/vacatures/nieuw">{tr(msg::DESK_POST_OPENING)}</a></li>
                            <li><a href="/balie/kandidaten/nieuw">{tr(crate::candidates::text::NEW_TITLE)}</a></li>
                            <li><a href="/balie/werklijst">{tr(crate::proposals::text::WORK_LIST)}</a></li>
                            <li><a href="/balie/plaatsingen">{tr(crate::placements::text::PLACEMENTS)}</a></li>
                            <li><a href="/balie/buddies">{tr(crate::buddies::text::BUDDIES)}</a></li>
                        </ul>
                        <FollowUp flags=o.flags.clone() checkpoints=o.checkpoints.clone()/>
                        <h2>{tr(msg::DESK_POOL)}</h2>
                        <ul class="tiles">
                            <Tile label=msg::DESK_ACTIVE_CANDIDATES value=o.active_candidates/>
                            <Tile label=msg::DESK_PLACEMENTS_YEAR value=o.placements_this_year/>
                        </ul>
                        <div class="cards">
                            <CountTable
                                caption=msg::DESK_PROPOSALS
                                heading=msg::COL_STATUS
                                rows=o.proposals_by_status
                                label=|c| ProposalStatus::parse(c).map(|s| s.label())
                            />
                            <OpeningList caption=msg::DESK_LATEST_OPENINGS items=o.latest_submitted show_employer=true link_base="/balie/vacatures"/>
                        </div>
        }/>
    }
}

/// Open flags from buddies and retention checkpoints to confirm, each a link to act on.
#[component]
fn FollowUp(
    flags: Vec<crate::placements::FlagLine>,
    checkpoints: Vec<crate::placements::CheckpointLine>,
) -> impl IntoView {
    use crate::domain::dates::display_date;
    use crate::placements::text as t;
    view! {
        <div class="cards">
            <section class="card" id="signalen" aria-labelledby="signalen-titel">
                <h2 id="signalen-titel">{tr(t::OPEN_FLAGS)}</h2>
                {if flags.is_empty() {
                    view! { <p>{tr(t::NO_OPEN_FLAGS)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="link-list">
                            {flags.into_iter().map(|f| {
                                let why = if f.needs_desk { t::FLAG_NEEDS_DESK } else { t::FLAG_LOW_SCORE };
                                view! {
                                    <li>
                                        <a href=format!("/balie/signalen/{}?terug=balie", f.checkin_id)>{f.name}</a>
                                        {format!(" – {} – {} ({}/5, {})", display_date(&f.held_on), tr(why), f.score, f.buddy_name)}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
            <section class="card" aria-labelledby="behoud-titel">
                <h2 id="behoud-titel">{tr(t::TO_CONFIRM)}</h2>
                {if checkpoints.is_empty() {
                    view! { <p>{tr(t::NONE_TO_CONFIRM)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="link-list">
                            {checkpoints.into_iter().map(|c| view! {
                                <li>
                                    <a href=format!("/balie/plaatsingen/{}#behoud", c.placement_id)>{c.name}</a>
                                    {format!(" – {} – {} ({})", t::after_months(c.months), display_date(&c.due_on), c.employer_name)}
                                    {c.overdue.then(|| view! { " " <strong class="badge warn">{tr(t::OVERDUE)}</strong> })}
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
        </div>
    }
}
