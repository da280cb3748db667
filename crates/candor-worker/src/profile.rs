//! The person's profile, filters and match statuses, kept in this browser's IndexedDB
//! (`candor_store::user_data`). Every answer is the whole stored state, so the page never
//! shows a status it did not store.

use candor_core::preferences::Preferences;
use candor_core::tracking::{MatchStatus, StatusRecord};
use candor_store::user_data::UserData;

use crate::imports::{open_user_data, today};
use crate::protocol::ResponseBody;

async fn profile_of(store: &UserData) -> Result<ResponseBody, String> {
    let preferences = store.preferences().await.map_err(|e| e.to_string())?;
    let statuses = store.statuses().await.map_err(|e| e.to_string())?;
    Ok(ResponseBody::UserProfile {
        preferences,
        statuses,
    })
}

pub(crate) async fn load() -> Result<ResponseBody, String> {
    profile_of(&open_user_data().await?).await
}

pub(crate) async fn save(preferences: &Preferences) -> Result<ResponseBody, String> {
    let store = open_user_data().await?;
    store
        .put_preferences(preferences)
        .await
        .map_err(|e| e.to_string())?;
    profile_of(&store).await
}

/// Moves the posting `job_id` to `status`, dated today after the statuses it had.
pub(crate) async fn set_status(job_id: &str, status: MatchStatus) -> Result<ResponseBody, String> {
    let today = today()?;
    change_status(job_id, |stored| {
        Some(StatusRecord::set(stored, job_id, status, today))
    })
    .await
}

/// Takes back the latest change of `job_id`'s status if it is still `shown`
/// ([`StatusRecord::take_back`]).
pub(crate) async fn take_back_status(
    job_id: &str,
    shown: MatchStatus,
) -> Result<ResponseBody, String> {
    change_status(job_id, |stored| StatusRecord::take_back(stored, shown)).await
}

async fn change_status(
    job_id: &str,
    change: impl FnOnce(Option<StatusRecord>) -> Option<StatusRecord>,
) -> Result<ResponseBody, String> {
    let store = open_user_data().await?;
    store
        .change_status(job_id, change)
        .await
        .map_err(|e| e.to_string())?;
    profile_of(&store).await
}
