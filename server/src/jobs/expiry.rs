//! Expiry: published openings whose closing date has passed (on the Dutch calendar) are
//! closed, so the board, the API and the feed stop showing them.

use super::Done;
use app::domain::dates::{day_of, iso_date};
use app::store::{openings, Db};
use std::time::Duration;

pub const EVERY: Duration = Duration::from_secs(3600);

pub async fn run_once(db: &Db, now: i64) -> Result<Done, sqlx::Error> {
    let today = iso_date(day_of(now));
    let expired = openings::expire_due(db, &today, now).await?;
    Ok(Done {
        items: expired as usize,
        mail: 0,
    })
}
