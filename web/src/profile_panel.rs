//! Profile and filters: what the person says about themselves beyond the resume (it overrides
//! what was read from it) and the filters that keep postings out of the ranking. Each change is
//! saved in this browser as soon as a field is left, and the next Rank uses it.

use candor_core::domain::RemotePreference;
use candor_core::preferences::Preferences;
use candor_worker::protocol::{RequestBody, ResponseBody};
use leptos::prelude::*;

use crate::state::{Alert, UserProfile, Worker};

/// Asks the worker for the stored profile and statuses and puts them in `profile`.
pub(crate) fn load_profile(worker: Worker, profile: UserProfile, alert: Alert) {
    worker.request(RequestBody::LoadProfile, move |reply| {
        apply_profile(profile, alert, reply)
    });
}

/// Puts a `UserProfile` answer (the whole stored profile) into `profile`; an error goes to
/// `alert`.
///
/// Preferences equal to those shown are left alone: setting them would set every field of the
/// form again, and wipe what the person is typing into the next field, unsaved until they leave
/// it, whenever the answer to their last edit (or a status change) arrives meanwhile. So are
/// they while an edit is on its way: another answer (a status change's) holds the profile
/// stored before it.
pub(crate) fn apply_profile(profile: UserProfile, alert: Alert, reply: ResponseBody) {
    match reply {
        ResponseBody::UserProfile {
            preferences,
            statuses,
        } => {
            let edit_on_its_way = profile.edits.get_value() > profile.answered.get_untracked().0;
            profile.preferences.maybe_update(|shown| {
                if edit_on_its_way {
                    return false;
                }
                let changed = *shown != preferences;
                if changed {
                    *shown = preferences;
                }
                changed
            });
            profile.statuses.set(statuses);
        }
        ResponseBody::Error { message } => alert.show(message),
        _ => {}
    }
}

/// Applies `edit` to the shown preferences and stores the result. Only the answer to the latest
/// edit from any part of the page is applied (`UserProfile::edits`, `UserProfile::answered`); an
/// earlier answer's error is still shown.
pub(crate) fn save_preferences(
    worker: Worker,
    profile: UserProfile,
    alert: Alert,
    edit: impl FnOnce(&mut Preferences),
) {
    let mut preferences = profile.preferences.get_untracked();
    edit(&mut preferences);
    // Kept here at once: the next edit (a person tabbing on before the worker answers) must
    // build on this one, not on the last stored profile, or this edit is lost.
    profile.preferences.set(preferences.clone());
    let edit = profile.edits.get_value() + 1;
    profile.edits.set_value(edit);
    let body = RequestBody::SavePreferences { preferences };
    worker.request(body, move |reply| {
        if profile.edits.get_value() != edit {
            if let ResponseBody::Error { message } = reply {
                alert.show(message);
            }
            return;
        }
        let stored = matches!(reply, ResponseBody::UserProfile { .. });
        profile.answered.set((edit, stored));
        apply_profile(profile, alert, reply);
    });
}

/// What the panel's fields need to store an edit.
#[derive(Clone, Copy)]
struct ProfileForm {
    worker: Worker,
    alert: Alert,
    profile: UserProfile,
    /// The last edit this form sent.
    sent: RwSignal<u32>,
}

impl ProfileForm {
    /// Applies `edit` to the profile and stores the result.
    fn save(self, edit: impl FnOnce(&mut Preferences)) {
        save_preferences(self.worker, self.profile, self.alert, edit);
        self.sent.set(self.profile.edits.get_value());
    }

    /// Whether this form's last edit is stored: the latest answer stored it or a later edit
    /// (from anywhere in the page) that builds on it.
    fn saved(self) -> bool {
        let (answered, stored) = self.profile.answered.get();
        stored && answered >= self.sent.get() && self.sent.get() > 0
    }
}

/// "Lisbon, Porto" → `["Lisbon", "Porto"]`.
fn split_list(text: &str) -> Vec<String> {
    text.split([',', ';', '\n'])
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::to_owned)
        .collect()
}

const REMOTE_CHOICES: [(RemotePreference, &str, &str); 5] = [
    (
        RemotePreference::Any,
        "any",
        "Any (remote, hybrid or on-site)",
    ),
    (RemotePreference::RemoteOnly, "remote_only", "Remote only"),
    (
        RemotePreference::RemoteOrHybrid,
        "remote_or_hybrid",
        "Remote or hybrid",
    ),
    (
        RemotePreference::OnsiteOrHybrid,
        "onsite_or_hybrid",
        "On-site or hybrid",
    ),
    (RemotePreference::OnsiteOnly, "onsite_only", "On-site only"),
];

#[component]
pub(crate) fn ProfilePanel() -> impl IntoView {
    let profile = expect_context::<UserProfile>();
    let form = ProfileForm {
        worker: expect_context::<Worker>(),
        alert: expect_context::<Alert>(),
        profile,
        sent: RwSignal::new(0),
    };
    let preferences = profile.preferences;
    let text_field = move |id: &'static str,
                           label: &'static str,
                           hint: &'static str,
                           read: fn(&Preferences) -> String,
                           write: fn(&mut Preferences, String)| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input
                    id=id
                    type="text"
                    aria-describedby=format!("{id}-hint")
                    prop:value=move || preferences.with(read)
                    on:change=move |event| {
                        let value = event_target_value(&event);
                        form.save(|preferences| write(preferences, value));
                    }
                />
                <span class="hint" id=format!("{id}-hint")>{hint}</span>
            </div>
        }
    };
    let years = move || {
        preferences
            .with(|p| p.total_years)
            .map(|years| years.to_string())
            .unwrap_or_default()
    };
    let remote_options = REMOTE_CHOICES
        .into_iter()
        .map(|(choice, value, label)| {
            view! {
                <option value=value selected=move || preferences.with(|p| p.remote_preference == choice)>
                    {label}
                </option>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="profile-heading">
            <h2 id="profile-heading">"Profile and filters"</h2>
            <details id="profile">
                <summary>"What you want, and what to leave out"</summary>
                <p class="note">
                    "Anything you fill in here replaces what was read from your resume. "
                    "It is saved in this browser only, as soon as you leave a field."
                </p>
                <fieldset>
                    <legend>"Profile"</legend>
                    <div class="field">
                        <label for="profile-years">"Years of experience"</label>
                        <input
                            id="profile-years"
                            type="number"
                            min="0"
                            max="60"
                            step="0.5"
                            aria-describedby="profile-years-hint"
                            prop:value=years
                            on:change=move |event| {
                                let years = event_target_value(&event).trim().parse::<f32>().ok();
                                form.save(|p| p.total_years = years);
                            }
                        />
                        <span class="hint" id="profile-years-hint">"Empty: counted from your resume's dates."</span>
                    </div>
                    {text_field("profile-salary", "Expected salary", "e.g. $140k or 95,000 EUR a year", |p| p.expected_salary.clone(), |p, v| p.expected_salary = v)}
                    {text_field("profile-location", "Where you live", "e.g. Austin, TX", |p| p.location.clone(), |p, v| p.location = v)}
                    {text_field("profile-locations", "Other places you would work", "Separate with commas.", |p| p.preferred_locations.join(", "), |p, v| p.preferred_locations = split_list(&v))}
                    <div class="field">
                        <label for="profile-remote">"Work mode"</label>
                        <select
                            id="profile-remote"
                            on:change=move |event| {
                                let value = event_target_value(&event);
                                let choice = REMOTE_CHOICES
                                    .iter()
                                    .find(|(_, key, _)| *key == value)
                                    .map_or(RemotePreference::Any, |(choice, _, _)| *choice);
                                form.save(|p| p.remote_preference = choice);
                            }
                        >
                            {remote_options}
                        </select>
                    </div>
                    {text_field("profile-roles", "Roles you want", "e.g. Backend Engineer, Platform Engineer", |p| p.preferred_roles.join(", "), |p, v| p.preferred_roles = split_list(&v))}
                </fieldset>
                <fieldset>
                    <legend>"Filters: postings to leave out"</legend>
                    {text_field("filter-companies", "Blocked companies", "Separate with commas; \"Acme\" also blocks \"Acme Inc.\".", |p| p.filters.blocked_companies.join(", "), |p, v| p.filters.blocked_companies = split_list(&v))}
                    {text_field("filter-platforms", "Only these platforms", "e.g. LinkedIn, Indeed. Empty: every platform.", |p| p.filters.platforms.join(", "), |p, v| p.filters.platforms = split_list(&v))}
                    {text_field("filter-salary", "Salary floor", "Postings paying less are left out; those that name no pay stay.", |p| p.filters.salary_floor.clone(), |p, v| p.filters.salary_floor = v)}
                    <label class="inline">
                        <input
                            id="filter-remote-only"
                            type="checkbox"
                            prop:checked=move || preferences.with(|p| p.filters.remote_only)
                            on:change=move |event| {
                                let checked = event_target_checked(&event);
                                form.save(|p| p.filters.remote_only = checked);
                            }
                        />
                        "Remote only (postings that do not say they are remote are left out)"
                    </label>
                </fieldset>
                <p
                    class="note"
                    data-testid="profile-saved"
                    data-generation=move || profile.answered.get().0.to_string()
                    aria-live="polite"
                >
                    {move || form.saved().then_some("Saved in this browser. The next Rank uses it.")}
                </p>
            </details>
        </section>
    }
}
