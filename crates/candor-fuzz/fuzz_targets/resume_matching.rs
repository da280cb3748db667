//! The core's readers of free text, end to end: a resume (sections, dates, stance, skills)
//! matched against a posting made of the same bytes (pay, experience, work mode, place, needs,
//! scam and temporary markers). Whatever the text, a match scores in [0, 1].
#![no_main]

use candor_core::domain::{Date, JobPosting};
use candor_core::matching::{MatchInputs, PreparedResume, enrich_job, learned_weights, match_jobs};
use candor_core::parse::resume::candidate_from_resume;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let today = Date::new(2026, 11, 1).expect("a valid date");
    let (candidate, _) = candidate_from_resume(&text, today);
    let (title, description) = text.split_once('\n').unwrap_or((&text, ""));
    let mut job = JobPosting {
        id: "fuzz".into(),
        title: title.into(),
        location: description.lines().next().unwrap_or_default().into(),
        description: description.into(),
        ..JobPosting::default()
    };
    enrich_job(&mut job);
    let taxonomy = candor_core::skills::bundled();
    let profile = PreparedResume::new(&candidate, taxonomy);
    let weights = learned_weights();
    let inputs = MatchInputs {
        today,
        weights: &weights,
        dense: None,
        reranker: None,
    };
    for explained in match_jobs(&profile, &[job], taxonomy, &inputs) {
        let score = explained.combined.score;
        assert!((0.0..=1.0).contains(&score), "score {score}");
    }
});
