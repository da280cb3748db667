//! Tests that fail when the embedding model is broken, run through the worker's real pipeline
//! ([`Matcher`]) in a headless Chromium dedicated worker with the real all-MiniLM-L6-v2, fetched
//! from the honest mirror `.ci/wasm-tests.sh` starts, verified and stored in IndexedDB.
//!
//! 1. A keyword-stuffed posting from another field (a warehouse job whose "search tags" list the
//!    candidate's whole stack) beats the right job described in other words (the quiet
//!    positive) when only keywords rank; MiniLM's vectors must lift the quiet positive above it,
//!    and the same pipeline with a constant-vector embedder must not. Like most hidden keyword
//!    lists, the tags sit at the bottom, past MiniLM's 256-token window: BM25 reads them, MiniLM
//!    reads the warehouse job (cosine 0.36 to the resume, against 0.58 for the quiet positive).
//! 2. Fairness counterfactuals: resumes that differ only in the name, the pronouns or an age
//!    marker (and parse to the same years of experience) must score every posting within
//!    [`FAIRNESS_BOUND`] of the base resume, in the same order.
//!
//! The first test needs the dense signal to weigh about as much as BM25 and skill coverage
//! together, as the learned weights (`crates/candor-core/data/hybrid_weights.json`) now have it;
//! with the weights learned before the real-length sets existed (dense 0.014) nothing a model
//! said could change a ranking, and it failed, as it should.
#![cfg(target_arch = "wasm32")]

use candor_core::domain::{Date, JobPosting};
use candor_core::matching::ExplainedMatch;
use candor_core::parse::resume::candidate_from_resume;
use candor_core::preferences::Preferences;
use candor_core::rank::Embedder;
use candor_core::tracking::{MatchStatus, StatusRecord};
use candor_lock::{ModelEntry, ModelLock};
use candor_ml::MlError;
use candor_store::fetch::SourcePolicy;
use candor_store::idb::ModelStore;
use candor_worker::pipeline::{self, LoadedEmbedder, Matcher, TextEmbedder};
use candor_worker::protocol::{MatchReport, RuntimeMode};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_dedicated_worker);

const MIRROR: &str = match option_env!("CANDOR_TEST_MIRROR") {
    Some(url) => url,
    None => "http://127.0.0.1:8091/",
};

const STUFFED: &str = "stuffed-warehouse-lead";
const QUIET_POSITIVE: &str = "quiet-payments-developer";
const FRONTEND: &str = "frontend-design-systems";

/// The largest change of any posting's score a name, pronoun or age marker may cause with
/// MiniLM on. Measured: 0.026 (a name, through MiniLM, with dense weighing 0.45) and 0.018 with
/// dense at 0.014 ("they/their" matching those words in two postings, through BM25); twice the
/// larger, and well under the 0.18 gap between the quiet positive and the stuffed posting.
const FAIRNESS_BOUND: f32 = 0.05;

/// One resume, with the parts the fairness counterfactuals change as parameters.
struct Person<'a> {
    name: &'a str,
    /// "She leads", "He leads", "They lead".
    leads: &'a str,
    /// "her", "his", "their".
    possessive: &'a str,
    /// An age marker before "backend engineer": "", "Seasoned ", "Young ".
    adjective: &'a str,
    graduated: &'a str,
}

const BASE: Person<'static> = Person {
    name: "Emily Walsh",
    leads: "She leads",
    possessive: "her",
    adjective: "",
    graduated: "2014",
};

/// A backend engineer with about twelve years of Rust and Go on payments services. The years
/// come from the experience dates only, so the variants never change them.
fn resume(person: &Person<'_>) -> String {
    let Person {
        name,
        leads,
        possessive,
        adjective,
        graduated,
    } = person;
    format!(
        "{name}\n\
         Portland, OR\n\
         \n\
         Summary\n\
         {adjective}Backend engineer who builds and runs the services behind online payments. \
         {leads} design reviews and mentors newer engineers; {possessive} last team moved a \
         ledger of 40 million accounts to an event-sourced design without downtime.\n\
         \n\
         Experience\n\
         Senior Backend Engineer, Ledgerline, Mar 2018 - Present\n\
         - Built settlement and reconciliation services in Rust (Tokio, gRPC) over PostgreSQL \
         and Kafka, handling 3 million payments a day.\n\
         - Ran the production Kubernetes clusters with Terraform and led the on-call rotation \
         for the payments platform.\n\
         Backend Engineer, Parcelwise, Jun 2014 - Feb 2018\n\
         - Wrote Go services for shipment tracking; cut the p99 latency of the quote API from \
         900 ms to 120 ms.\n\
         \n\
         Education\n\
         B.S. Computer Science, Oregon State University, {graduated}\n\
         \n\
         Skills\n\
         Rust, Go, Tokio, gRPC, PostgreSQL, Kafka, Kubernetes, Terraform, distributed systems\n"
    )
}

fn posting(id: &str, title: &str, company: &str, description: &str) -> JobPosting {
    JobPosting {
        id: id.into(),
        title: title.into(),
        company: company.into(),
        description: description.into(),
        ..JobPosting::default()
    }
}

/// Four postings of 150 to 220 words: the stuffed one, the quiet positive, and two from other
/// fields that share a little vocabulary with the resume (a frontend job, a nursing job).
fn postings() -> Vec<JobPosting> {
    vec![
        posting(
            STUFFED,
            "Warehouse Shift Lead",
            "Northgate Fulfilment",
            "Northgate Fulfilment runs a 300,000 square foot distribution center that ships home \
             goods and furniture to customers across the Pacific Northwest. We are hiring a Shift \
             Lead for our night shift, Sunday through Thursday, 10 pm to 6:30 am. You will run \
             the pick, pack and ship floor for a crew of twenty-five associates, assign forklift \
             and pallet jack operators to zones, walk the aisles to check that pick rates stay \
             on target, and handle damaged freight and returns at the dock. You will train new \
             associates on safety procedures, keep the break schedule, count cycle inventory with \
             the handheld scanners, and write the end-of-shift report for the operations \
             manager. You have two years of warehouse experience, one year leading a team, and \
             can lift 50 pounds and stand for a full shift. Weekly pay, overtime at time and a \
             half, and a shift differential for nights. Our associates start at $21 an hour, \
             with health, dental and vision coverage from the first day, a 401(k) match after \
             ninety days, and paid time off that grows with every year you stay. We promote \
             from within: most of our operations managers started on the floor. The building is \
             a ten-minute walk from the MAX light rail, and there is free parking for every \
             shift. Search tags: software engineer, backend engineer, senior backend engineer, \
             Rust, Go, Tokio, gRPC, PostgreSQL, Kafka, Kubernetes, Terraform, distributed \
             systems, payments, settlement, reconciliation, services, production, on-call, latency, API.",
        ),
        posting(
            QUIET_POSITIVE,
            "Backend Engineer, Payments",
            "Harbor Pay",
            "Harbor Pay moves money for small businesses: invoices, payouts and card \
             transactions for about 90,000 merchants. Our money movement team owns the systems \
             that decide where every dollar goes and prove afterwards that it arrived. We are \
             looking for an experienced server-side developer to join it. You will design and \
             write the programs that close merchant balances each night, match our books against \
             what the banks report, and flag anything that does not add up. The code is written \
             in Rust with asynchronous I/O and talks to other teams \
             over typed remote procedure calls; balances live in PostgreSQL and every \
             change is published to an append-only event log that other teams consume. We deploy \
             in containers on a cluster we run ourselves, so you will share the pager with four \
             colleagues, one week in five, and help keep the nights quiet. You have shipped and \
             operated software where correctness matters more than speed, you are comfortable \
             reading a query plan, and you like explaining trade-offs in a written design. \
             Experience with double-entry bookkeeping is welcome but not expected. Fully remote \
             within the United States; the team meets in person twice a year.",
        ),
        posting(
            FRONTEND,
            "Frontend Engineer, Design Systems",
            "Brightleaf Studio",
            "Brightleaf Studio builds the web apps that run booking and scheduling for 4,000 \
             fitness studios. We are looking for a frontend engineer to join the design systems \
             team, which owns the component library every product team builds with. You will \
             write accessible React components in TypeScript, document them in Storybook, and \
             work with our designers to turn Figma tokens into CSS variables that theme every \
             app. You will review pull requests from other teams, measure bundle size and \
             rendering performance, and fix the bugs that only show up in Safari. You care \
             about keyboard navigation and screen readers, and you can explain why a button \
             should be a button. You have three or more years of professional frontend work, \
             strong JavaScript, and experience shipping a shared component library or a public \
             open-source package. Nice to have: visual regression testing, animation, and \
             internationalization of right-to-left languages. We work in two-week cycles with a \
             demo at the end of each, and every engineer spends one day a month on whatever \
             they think the library needs most. Hybrid, two days a week in our Denver office.",
        ),
        posting(
            "registered-nurse-med-surg",
            "Registered Nurse, Medical-Surgical Unit",
            "St. Brendan Hospital",
            "St. Brendan Hospital is a 320-bed teaching hospital, and our medical-surgical unit \
             cares for adults recovering from surgery and for patients admitted with pneumonia, \
             heart failure, diabetes and infections. We are hiring registered nurses for day and \
             night twelve-hour shifts, three shifts a week with every third weekend. You will \
             assess and plan care for four to five patients a shift, give medications and \
             monitor their effects, manage wounds, drains and IV lines, and teach patients and \
             families what to do after discharge. You will work with physicians, pharmacists, \
             physical therapists and case managers in daily rounds, and chart in Epic. New \
             graduates join a twelve-week residency with a dedicated preceptor; experienced \
             nurses can join the unit's practice council and help choose the equipment and \
             protocols we use. You hold an active state RN license and a BLS certification, \
             and ACLS within six months of hire. We offer tuition support for a BSN or MSN, a \
             pension with matching, and shift differentials for nights and weekends.",
        ),
    ]
}

fn today() -> Date {
    Date::new(2026, 11, 25).unwrap()
}

/// Whether the quiet positive ranks above the stuffed posting: what a working embedding model
/// must bring about here.
fn quiet_positive_lifted(matches: &[ExplainedMatch]) -> bool {
    let position = |id: &str| {
        matches
            .iter()
            .position(|m| m.job_id == id)
            .unwrap_or_else(|| panic!("{id} is ranked"))
    };
    position(QUIET_POSITIVE) < position(STUFFED)
}

fn score(matches: &[ExplainedMatch], id: &str) -> f32 {
    matches.iter().find(|m| m.job_id == id).unwrap().score
}

/// The same unit vector for every text: an embedder that has learned nothing.
struct ConstantEmbedder {
    dimension: usize,
}

impl Embedder for ConstantEmbedder {
    type Error = MlError;

    fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, MlError> {
        let value = (self.dimension as f32).sqrt().recip();
        Ok(vec![vec![value; self.dimension]; texts.len()])
    }
}

fn minilm_entry() -> ModelEntry {
    ModelLock::bundled()
        .model("all-minilm-l6-v2")
        .unwrap()
        .clone()
}

async fn fresh_store(name: &str) -> ModelStore {
    ModelStore::delete_database(name).await.unwrap();
    ModelStore::open_named(name).await.unwrap()
}

/// MiniLM fetched from the honest mirror, verified, stored and loaded back.
async fn load_minilm(store: &ModelStore) -> LoadedEmbedder {
    let model = minilm_entry();
    store
        .download(&model, MIRROR, SourcePolicy::MirrorOnly, |_| {})
        .await
        .expect("download MiniLM from the mirror");
    pipeline::load_embedder(store, &model).await.unwrap()
}

/// The worker's whole match for `resume` over [`postings`], in `mode` with `embedder`.
async fn rank(
    store: &ModelStore,
    mode: RuntimeMode,
    embedder: Option<&LoadedEmbedder>,
    resume: &str,
) -> Vec<ExplainedMatch> {
    rank_with_choices(store, mode, embedder, resume, &[])
        .await
        .matches
}

/// [`rank`] for a person who set these match `statuses`, with the whole report.
async fn rank_with_choices(
    store: &ModelStore,
    mode: RuntimeMode,
    embedder: Option<&LoadedEmbedder>,
    resume: &str,
    statuses: &[StatusRecord],
) -> MatchReport {
    let lock_hash = ModelLock::bundled().lock_hash();
    let never = || false;
    let mut progress = |_| {};
    let mut preview = |_| {};
    let mut first_cards = |_| {};
    let mut matcher = Matcher {
        store,
        lock_hash: &lock_hash,
        mode,
        embedder,
        reranker: None,
        rerank_top_k: None,
        cancelled: &never,
        progress: &mut progress,
        preview: &mut preview,
        first_cards: &mut first_cards,
    };
    let report = matcher
        .run(
            resume,
            &postings(),
            pipeline::Person {
                preferences: &Preferences::default(),
                statuses,
            },
            today(),
        )
        .await
        .unwrap();
    assert_eq!(report.mode, mode);
    report
}

fn describe(matches: &[ExplainedMatch]) -> String {
    matches
        .iter()
        .map(|m| {
            let parts: Vec<String> = m
                .combined
                .contributions
                .iter()
                .map(|c| format!("{:?}={:.3}x{:.3}", c.kind, c.value, c.weight))
                .collect();
            format!("{} {:.4} [{}]", m.job_id, m.score, parts.join(" "))
        })
        .collect::<Vec<_>>()
        .join("\n  ")
}

#[wasm_bindgen_test]
async fn minilm_lifts_the_quiet_positive_and_a_constant_vector_does_not() {
    let resume = resume(&BASE);
    let store = fresh_store("candor-test-model-matters").await;
    let minilm = load_minilm(&store).await;

    let keywords_only = rank(&store, RuntimeMode::Deterministic, None, &resume).await;
    console_log!("no model:\n  {}", describe(&keywords_only));
    assert_eq!(
        keywords_only[0].job_id, STUFFED,
        "without a model the stuffed posting must rank first, or this test proves nothing"
    );
    assert!(!quiet_positive_lifted(&keywords_only));

    // A separate store, so the constant vectors never enter MiniLM's vector cache.
    let constant_store = fresh_store("candor-test-model-matters-constant").await;
    let constant = LoadedEmbedder {
        model: ModelEntry {
            id: "constant-vector".into(),
            ..minilm_entry()
        },
        embedder: TextEmbedder::Other(Box::new(ConstantEmbedder {
            dimension: minilm_entry().stored_dimension as usize,
        })),
    };
    let constant_matches = rank(
        &constant_store,
        RuntimeMode::MiniLm,
        Some(&constant),
        &resume,
    )
    .await;
    console_log!("constant vector:\n  {}", describe(&constant_matches));

    let minilm_matches = rank(&store, RuntimeMode::MiniLm, Some(&minilm), &resume).await;
    console_log!("MiniLM:\n  {}", describe(&minilm_matches));

    assert!(
        !quiet_positive_lifted(&constant_matches),
        "a constant vector must not lift the quiet positive"
    );
    assert!(
        quiet_positive_lifted(&minilm_matches),
        "MiniLM must lift the quiet positive ({:.4}) above the stuffed posting ({:.4})",
        score(&minilm_matches, QUIET_POSITIVE),
        score(&minilm_matches, STUFFED)
    );
}

#[wasm_bindgen_test]
async fn a_liked_posting_pulls_postings_like_it_up_through_minilm() {
    let resume = resume(&BASE);
    let store = fresh_store("candor-test-model-matters-choices").await;
    let minilm = load_minilm(&store).await;
    let position =
        |matches: &[ExplainedMatch], id: &str| matches.iter().position(|m| m.job_id == id).unwrap();
    let shipped = rank(&store, RuntimeMode::MiniLm, Some(&minilm), &resume).await;
    assert!(
        position(&shipped, QUIET_POSITIVE) < position(&shipped, FRONTEND),
        "the backend resume ranks the backend posting above the frontend one: {}",
        describe(&shipped)
    );
    // A backend engineer who turns to frontend work: the frontend posting shortlisted, the
    // payments posting hidden.
    let status = |job_id: &str, status| StatusRecord::set(None, job_id, status, today());
    let statuses = [
        status(FRONTEND, MatchStatus::Shortlisted),
        status(QUIET_POSITIVE, MatchStatus::Hidden),
    ];
    let learned = rank_with_choices(
        &store,
        RuntimeMode::MiniLm,
        Some(&minilm),
        &resume,
        &statuses,
    )
    .await;
    console_log!("after the choices:\n  {}", describe(&learned.matches));
    let personal = learned.personal.expect("the choices were read");
    assert_eq!((personal.liked, personal.disliked), (1, 1));
    assert!(
        personal.resume_moved,
        "MiniLM's resume vector moves toward the liked posting"
    );
    assert!(
        position(&learned.matches, FRONTEND) < position(&learned.matches, QUIET_POSITIVE),
        "the choices put the liked posting above the hidden one"
    );
    assert!(
        score(&learned.matches, FRONTEND) > score(&shipped, FRONTEND),
        "the liked posting scores higher than before the choices"
    );
}

#[wasm_bindgen_test]
async fn names_pronouns_and_age_markers_barely_move_scores() {
    let store = fresh_store("candor-test-model-matters-fairness").await;
    let minilm = load_minilm(&store).await;
    let base_resume = resume(&BASE);
    let base_years = candidate_from_resume(&base_resume, today()).0.total_years;
    assert!(base_years.is_some(), "the base resume has experience dates");
    let base = rank(&store, RuntimeMode::MiniLm, Some(&minilm), &base_resume).await;

    // Each variant changes one thing of BASE (the two last, two age markers); none touches the
    // experience dates, so the parsed years stay the same (asserted below).
    let named = |name| Person { name, ..BASE };
    let variants: Vec<(&str, Person<'_>)> = vec![
        ("name: Greg Baker", named("Greg Baker")),
        ("name: Lakisha Washington", named("Lakisha Washington")),
        ("name: DeShawn Jackson", named("DeShawn Jackson")),
        ("name: Wei Zhang", named("Wei Zhang")),
        ("name: Priya Raghunathan", named("Priya Raghunathan")),
        ("name: José Hernández", named("José Hernández")),
        ("name: Mohammed Al-Sayed", named("Mohammed Al-Sayed")),
        (
            "pronouns: he/his",
            Person {
                leads: "He leads",
                possessive: "his",
                ..BASE
            },
        ),
        (
            "pronouns: they/their",
            Person {
                leads: "They lead",
                possessive: "their",
                ..BASE
            },
        ),
        (
            "age: graduated 1985",
            Person {
                graduated: "1985",
                ..BASE
            },
        ),
        (
            "age: \"Seasoned\"",
            Person {
                adjective: "Seasoned ",
                ..BASE
            },
        ),
        (
            "age: \"Young\"",
            Person {
                adjective: "Young ",
                ..BASE
            },
        ),
        (
            "age: \"Seasoned\", graduated 1985",
            Person {
                adjective: "Seasoned ",
                graduated: "1985",
                ..BASE
            },
        ),
    ];

    let mut largest = (0.0f32, "");
    for (label, person) in &variants {
        let text = resume(person);
        assert_eq!(
            candidate_from_resume(&text, today()).0.total_years,
            base_years,
            "{label}: a counterfactual must not change the parsed years"
        );
        let matches = rank(&store, RuntimeMode::MiniLm, Some(&minilm), &text).await;
        let mut variant_largest = (0.0f32, "");
        for m in &matches {
            let change = (m.score - score(&base, &m.job_id)).abs();
            if change > variant_largest.0 {
                variant_largest = (change, m.job_id.as_str());
            }
        }
        console_log!(
            "{label}: largest score change {:.4} ({})",
            variant_largest.0,
            variant_largest.1
        );
        let order = |ms: &[ExplainedMatch]| ms.iter().map(|m| m.job_id.clone()).collect::<Vec<_>>();
        assert_eq!(order(&matches), order(&base), "{label}: the order changed");
        if variant_largest.0 > largest.0 {
            largest = (variant_largest.0, label);
        }
    }
    console_log!(
        "largest score change of any variant: {:.4} ({})",
        largest.0,
        largest.1
    );
    assert!(
        largest.0 < FAIRNESS_BOUND,
        "{}: a score moved by {:.4}",
        largest.1,
        largest.0
    );
}
