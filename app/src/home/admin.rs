//! `/beheer`: the administrator's home — accounts by role, employers by status, newest users.

use crate::domain::kinds::EmployerStatus;
use crate::domain::Role;
use crate::error::AppError;
use crate::i18n::{msg, tr, use_lang};
use crate::ui::page::{Loaded, PageTitle};
use crate::ui::tables::CountTable;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserLine {
    pub name: String,
    pub email: String,
    pub role: String,
    pub created: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminOverview {
    pub users_by_role: Vec<(String, i64)>,
    pub employers_by_status: Vec<(String, i64)>,
    pub newest_users: Vec<UserLine>,
}

/// The administrator's overview; admins only.
#[server(name = GetAdminOverview, prefix = "/api", endpoint = "admin_overview", input = server_fn::codec::GetUrl)]
pub async fn admin_overview() -> Result<AdminOverview, AppError> {
    use crate::store::overview;
    crate::request::serve(|cx| async move {
        cx.require(&[Role::Admin])?;
        let db = cx.db();
        let load = async {
            Ok::<_, sqlx::Error>(AdminOverview {
                users_by_role: overview::users_by_role(db).await?,
                employers_by_status: overview::employers_by_status(db).await?,
                newest_users: overview::newest_users(db, 8)
                    .await?
                    .into_iter()
                    .map(|(name, email, role, created_at)| UserLine {
                        name,
                        email,
                        role,
                        created: crate::domain::dates::iso_date(crate::domain::dates::day_of(
                            created_at,
                        )),
                    })
                    .collect(),
            })
        };
        Ok(load.await?)
    })
    .await
}

#[component]
pub fn AdminHome() -> impl IntoView {
    let data = Resource::new(|| (), |_| admin_overview());
    let lang = use_lang();
    view! {
        <PageTitle text=msg::ADMIN_TITLE/>
        <Loaded data=data then=move |o: AdminOverview| view! {
                        <h1>{tr(msg::ADMIN_TITLE)}</h1>
                        <div class="cards">
                            <CountTable
                                caption=msg::ADMIN_USERS
                                heading=msg::COL_ROLE
                                rows=o.users_by_role
                                label=|c| Role::parse(c).map(|r| r.label())
                            />
                            <CountTable
                                caption=msg::ADMIN_EMPLOYERS
                                heading=msg::COL_STATUS
                                rows=o.employers_by_status
                                label=|c| EmployerStatus::parse(c).map(|s| s.label())
                            />
                        </div>
                        <section class="card wide">
                            <table>
                                <caption>{tr(msg::ADMIN_LATEST_USERS)}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{tr(msg::COL_NAME)}</th>
                                        <th scope="col">{tr(msg::COL_EMAIL)}</th>
                                        <th scope="col">{tr(msg::COL_ROLE)}</th>
                                        <th scope="col">{tr(msg::COL_SINCE)}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {o.newest_users
                                        .into_iter()
                                        .map(|u| {
                                            let role = Role::parse(&u.role).map(|r| r.label().get(lang).to_string()).unwrap_or(u.role);
                                            view! {
                                                <tr>
                                                    <td>{u.name}</td>
                                                    <td>{u.email}</td>
                                                    <td>{role}</td>
                                                    <td>{crate::domain::dates::display_date(&u.created)}</td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        </section>
        }/>
    }
}
