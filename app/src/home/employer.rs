//! `/werkgever`: an employer user's home — their own organisation's openings and what waits
//! for them. The employer id comes from the session, never from the request.

use super::{OpeningLine, OpeningList};
use crate::domain::kinds::OpeningStatus;
use crate::error::AppError;
use crate::i18n::{msg, tr};
use crate::ui::page::{Loaded, PageTitle};
use crate::ui::tables::{CountTable, Tile};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmployerOverview {
    pub employer_name: String,
    pub openings_by_status: Vec<(String, i64)>,
    pub latest_openings: Vec<OpeningLine>,
    pub proposals_waiting: i64,
    /// Openings that wait for the employer: sent back by the desk, or drafts.
    pub needs_attention: Vec<OpeningLine>,
    pub current_placements: i64,
}

/// The overview of the logged-in employer user's own organisation; employer users only.
#[server(name = GetEmployerOverview, prefix = "/api", endpoint = "employer_overview", input = server_fn::codec::GetUrl)]
pub async fn employer_overview() -> Result<EmployerOverview, AppError> {
    use crate::domain::Role;
    use crate::store::overview;
    crate::request::serve(|cx| async move {
        let user = cx.require(&[Role::Employer])?;
        let Some(employer_id) = user.employer_id else {
            return Err(AppError::Forbidden);
        };
        let db = cx.db();
        let load = async {
            // One read of the organisation's openings (newest change first) gives the counts,
            // the latest and what waits for the employer.
            let openings: Vec<OpeningLine> = crate::store::openings::for_employer(db, employer_id)
                .await?
                .into_iter()
                .map(Into::into)
                .collect();
            let mut by_status = std::collections::BTreeMap::new();
            for o in &openings {
                *by_status.entry(o.status.as_str().to_string()).or_insert(0) += 1;
            }
            Ok::<_, sqlx::Error>(EmployerOverview {
                employer_name: user.employer_name.clone().unwrap_or_default(),
                openings_by_status: by_status.into_iter().collect(),
                latest_openings: openings.iter().take(8).cloned().collect(),
                proposals_waiting: overview::employer_waiting_proposals(db, employer_id).await?,
                needs_attention: openings
                    .iter()
                    .filter(|o| matches!(o.status, OpeningStatus::Rejected | OpeningStatus::Draft))
                    .cloned()
                    .collect(),
                current_placements: overview::employer_current_placements(db, employer_id).await?,
            })
        };
        Ok(load.await?)
    })
    .await
}

#[component]
pub fn EmployerHome() -> impl IntoView {
    let data = Resource::new(|| (), |_| employer_overview());
    view! {
        <PageTitle text=msg::EMPLOYER_TITLE/>
        <Loaded data=data then=move |o: EmployerOverview| view! {
                        <p class="eyebrow">{tr(msg::EMPLOYER_TITLE)}</p>
                        <h1>{o.employer_name}</h1>
                        <ul class="tiles">
                            <Tile label=msg::EMPLOYER_ATTENTION value=o.needs_attention.len() as i64/>
                            <Tile label=msg::EMPLOYER_PROPOSALS_WAITING value=o.proposals_waiting/>
                            <Tile label=msg::EMPLOYER_PLACEMENTS value=o.current_placements/>
                        </ul>
                        <div class="cards">
                            <CountTable
                                caption=msg::EMPLOYER_OPENINGS
                                heading=msg::COL_STATUS
                                rows=o.openings_by_status
                                label=|c| OpeningStatus::parse(c).map(|s| s.label())
                            />
                            <OpeningList caption=msg::EMPLOYER_ATTENTION items=o.needs_attention link_base="/werkgever/vacatures"/>
                            <OpeningList caption=msg::EMPLOYER_LATEST items=o.latest_openings link_base="/werkgever/vacatures"/>
                        </div>
        }/>
    }
}
