//! Checks of the bundled data and of the loader's rules.

use std::collections::{HashMap, HashSet};

use super::extract::MatchPolicy;
use super::tokenize::form_key;
use super::*;

fn id(name: &str) -> SkillId {
    let id = bundled()
        .lookup(name)
        .unwrap_or_else(|| panic!("{name:?} resolves"));
    assert_eq!(
        bundled().skill(id).name,
        name,
        "{name:?} is a canonical name"
    );
    id
}

#[test]
fn bundled_has_enough_skills_across_tech_and_non_tech_work() {
    let taxonomy = bundled();
    assert!(
        taxonomy.skills().len() >= 1500,
        "{} skills",
        taxonomy.skills().len()
    );
    let mut per_category: HashMap<&str, usize> = HashMap::new();
    for skill in taxonomy.skills() {
        *per_category.entry(skill.category.as_str()).or_default() += 1;
    }
    let required = [
        "healthcare",
        "nursing",
        "pharmacy",
        "retail",
        "hospitality",
        "logistics",
        "finance",
        "trades",
        "construction",
        "manufacturing",
        "customer_support",
        "sales",
        "marketing",
        "hr",
        "legal",
        "education",
        "design",
        "data",
        "security",
        "cloud",
        "spoken_languages",
        "office",
        "facilities",
        "social_care",
    ];
    for key in required {
        let n = per_category.get(key).copied().unwrap_or(0);
        assert!(n >= 25, "category {key} has only {n} skills");
    }
    let keys: HashSet<&str> = taxonomy
        .categories()
        .iter()
        .map(|c| c.key.as_str())
        .collect();
    assert_eq!(keys.len(), taxonomy.categories().len());
    assert!(per_category.keys().all(|key| keys.contains(key)));
}

#[test]
fn names_and_aliases_are_unique_after_normalization() {
    // Contextual forms may share their tokens with a form of another kind ("Chef").
    let mut seen: HashMap<(String, bool), &str> = HashMap::new();
    let taxonomy = bundled();
    for (surface_idx, surface) in taxonomy.surfaces.iter().enumerate() {
        let (form, skill) = (&surface.text, &taxonomy.skill(surface.skill).name);
        let key = form_key(form).unwrap_or_else(|| panic!("{form:?} tokenizes"));
        let contextual = taxonomy.index.policy(surface_idx as u32) == MatchPolicy::Contextual;
        if let Some(other) = seen.insert((key, contextual), skill) {
            panic!("{form:?} of {skill:?} collides with a form of {other:?}");
        }
    }
}

#[test]
fn edges_resolve_and_reverse_edges_agree() {
    let taxonomy = bundled();
    let n = taxonomy.skills().len();
    for (i, skill) in taxonomy.skills().iter().enumerate() {
        assert_eq!(skill.id, SkillId(i as u32));
        let edges = [
            &skill.broader,
            &skill.narrower,
            &skill.related,
            &skill.implies,
        ];
        for target in edges.into_iter().flatten() {
            assert!(
                target.index() < n && *target != skill.id,
                "{}: bad edge",
                skill.name
            );
        }
        for broader in &skill.broader {
            assert!(taxonomy.skill(*broader).narrower.contains(&skill.id));
        }
        for related in &skill.related {
            assert!(
                taxonomy.skill(*related).related.contains(&skill.id),
                "{}",
                skill.name
            );
        }
        for implied in &skill.implies {
            assert!(skill.kind.is_credential() && taxonomy.skill(*implied).kind.is_credential());
        }
    }
}

#[test]
fn credentials_are_marked_with_their_kind() {
    let kind = |name: &str| bundled().skill(id(name)).kind;
    for name in [
        "CDL Class A",
        "Registered Nurse licence",
        "Licensed Practical Nurse licence",
        "Certified Public Accountant",
        "Journeyman electrician licence",
        "Master plumber licence",
        "Bar admission",
        "Teaching licence",
        "Real estate licence",
        "Series 7",
    ] {
        assert_eq!(kind(name), SkillKind::Licence, "{name}");
    }
    for name in [
        "BLS",
        "ACLS",
        "Forklift certification",
        "PMP",
        "AWS Certified Solutions Architect Associate",
        "ServSafe Food Protection Manager",
        "OSHA 10",
        "OSHA 30",
        "CompTIA Security+",
        "Certified Nursing Assistant",
        "EPA Section 608 certification",
    ] {
        assert_eq!(kind(name), SkillKind::Certification, "{name}");
    }
    for name in [
        "Secret clearance",
        "Top Secret clearance",
        "TS/SCI clearance",
        "Public Trust clearance",
    ] {
        assert_eq!(kind(name), SkillKind::Clearance, "{name}");
    }
    let mut per_kind: HashMap<SkillKind, usize> = HashMap::new();
    for skill in bundled().skills() {
        *per_kind.entry(skill.kind).or_default() += 1;
    }
    assert!(per_kind[&SkillKind::Licence] >= 50);
    assert!(per_kind[&SkillKind::Certification] >= 100);
    assert!(per_kind[&SkillKind::Clearance] >= 8);
}

#[test]
fn aliases_resolve_to_canonical_skills() {
    let taxonomy = bundled();
    for (written, name) in [
        ("k8s", "Kubernetes"),
        ("JS", "JavaScript"),
        ("Postgres", "PostgreSQL"),
        ("postgresql", "PostgreSQL"),
        ("psql", "PostgreSQL"),
        ("ReactJS", "React"),
        ("React.js", "React"),
        ("Node-JS", "Node.js"),
        ("golang", "Go"),
        ("go", "Go"),
        ("c#", "C#"),
        ("CI-CD", "CI/CD"),
        ("forklift certified", "Forklift certification"),
        ("TS/SCI", "TS/SCI clearance"),
        ("RN", "Registered Nurse licence"),
        ("LVN", "Licensed Practical Nurse licence"),
        ("ServSafe", "ServSafe Food Protection Manager"),
        ("10-key", "Ten-key"),
        ("CNA", "Certified Nursing Assistant"),
    ] {
        let resolved = taxonomy
            .lookup(written)
            .map(|id| taxonomy.skill(id).name.as_str());
        assert_eq!(resolved, Some(name), "{written:?}");
    }
    assert_eq!(taxonomy.lookup("C+"), None);
    assert_eq!(taxonomy.lookup("underwater basket weaving"), None);
}

#[test]
fn resolve_says_how() {
    let taxonomy = bundled();
    let via = |written: &str| taxonomy.resolve(written).map(|r| r.via);
    assert_eq!(via("Kubernetes"), Some(ResolvedVia::Name));
    assert_eq!(via("KUBERNETES"), Some(ResolvedVia::Name));
    assert_eq!(via("kube"), Some(ResolvedVia::Alias));
    assert!(
        matches!(via("Kubernetse"), Some(ResolvedVia::Fuzzy { similarity }) if similarity >= FUZZY_THRESHOLD)
    );
    assert_eq!(via("xyzzy plugh"), None);
    let extracted = taxonomy.extract("Kubernetes and k8s; Terraform");
    let refs = taxonomy.skill_refs_of(&extracted);
    let vias: Vec<(&str, ResolvedVia)> = refs
        .iter()
        .map(|r| (r.written.as_str(), r.resolved.unwrap().via))
        .collect();
    assert_eq!(
        vias,
        [
            ("Kubernetes", ResolvedVia::Name),
            ("Terraform", ResolvedVia::Name)
        ]
    );
    let refs = taxonomy.skill_refs_of(&taxonomy.extract("k8s"));
    assert_eq!(refs[0].resolved.unwrap().via, ResolvedVia::Alias);
}

#[test]
fn graph_edges_from_the_brief() {
    let taxonomy = bundled();
    let broader = |from: &str, to: &str| taxonomy.skill(id(from)).broader.contains(&id(to));
    let related = |a: &str, b: &str| taxonomy.skill(id(a)).related.contains(&id(b));
    assert!(broader("Django", "Python"));
    assert!(broader("FastAPI", "Python"));
    assert!(broader("Python", "Backend development"));
    assert!(broader("Kubernetes", "Container orchestration"));
    assert!(related("Docker", "Kubernetes") && related("Kubernetes", "Docker"));
    assert!(related("Terraform", "Ansible") && related("Ansible", "Terraform"));
    let implies = |from: &str, to: &str| taxonomy.skill(id(from)).implies.contains(&id(to));
    assert!(implies("Top Secret clearance", "Secret clearance"));
    assert!(implies("OSHA 30", "OSHA 10"));
    assert!(implies(
        "Master electrician licence",
        "Journeyman electrician licence"
    ));
}

#[test]
fn ambiguous_words_never_match_free_text_in_any_case() {
    let taxonomy = bundled();
    let words = [
        "go",
        "c",
        "r",
        "rust",
        "swift",
        "ruby",
        "julia",
        "spring",
        "express",
        "word",
        "access",
        "teams",
        "excel",
        "outlook",
        "react",
        "angular",
        "helm",
        "slack",
        "zoom",
        "secret",
        "salt",
        "make",
        "ant",
        "jenkins",
        "mocha",
        "jasmine",
        "cypress",
        "playwright",
        "postman",
        "bootstrap",
        "hibernate",
        "maven",
        "yarn",
        "flutter",
        "unity",
        "blender",
        "keynote",
        "lean",
        "oracle",
        "spark",
        "hive",
        "airflow",
        "elixir",
        "scheme",
        "pascal",
        "ada",
        "dart",
        "elm",
        "delphi",
        "racket",
        "sketch",
        "notion",
        "basecamp",
        "workday",
        "gusto",
        "epic",
        "premiere",
        "avid",
        "intercom",
        "braze",
        "relativity",
        "sentry",
        "prometheus",
        "vagrant",
        "rancher",
        "envoy",
        "snort",
        "puppet",
        "ember",
        "node",
        "vite",
        "babel",
        "gatsby",
        "apollo",
        "electron",
        "storybook",
        "ionic",
        "cucumber",
        "pinecone",
        "looker",
        "prefect",
        "amplitude",
        "snowflake",
        "redshift",
        "confluence",
        "asana",
        "pals",
        "rest",
        "soap",
        "sap",
        "polish",
        "nate",
        "bobcat",
        "blackboard",
        "gate",
        "hr",
        "ml",
        "ai",
        "bi",
        "spa",
        "rag",
        "jax",
        "bert",
        "cam",
        "sox",
        "ts",
        "np",
        "plc",
        "d3",
        "top secret",
    ];
    for word in words {
        let surface = taxonomy
            .index
            .lookup(word)
            .unwrap_or_else(|| panic!("{word:?} is a form"));
        let policy = taxonomy.index.policy(surface);
        let text = &taxonomy.surfaces[surface as usize].text;
        assert_ne!(policy, MatchPolicy::AnyCase, "{word:?} ({text})");
    }
    for (i, surface) in taxonomy.surfaces.iter().enumerate() {
        if surface.n_compact_chars == 1 {
            assert_eq!(
                taxonomy.index.policy(i as u32),
                MatchPolicy::Strict,
                "{}",
                surface.text
            );
        }
    }
}

fn load_error(skills: &str) -> TaxonomyError {
    let text = format!(
        r#"{{"version": 1, "categories": [{{"key": "t", "label": "T", "skills": [{skills}]}}]}}"#
    );
    Taxonomy::from_json(&text).expect_err("invalid")
}

#[test]
fn loader_rejects_broken_files() {
    assert_eq!(
        load_error(r#"{ "name": "Kubernetes", "aliases": ["k8s"] }, { "name": "K8S" }"#),
        TaxonomyError::DuplicateForm {
            skill: "K8S".into(),
            form: "K8S".into(),
            other_skill: "Kubernetes".into(),
            other_form: "k8s".into(),
        }
    );
    assert_eq!(
        load_error(r#"{ "name": "Full-stack", "aliases": ["full stack"] }"#),
        TaxonomyError::DuplicateForm {
            skill: "Full-stack".into(),
            form: "full stack".into(),
            other_skill: "Full-stack".into(),
            other_form: "Full-stack".into(),
        }
    );
    assert_eq!(
        load_error(r#"{ "name": "Django", "broader": ["Pyhton"] }"#),
        TaxonomyError::UnknownEdgeTarget {
            skill: "Django".into(),
            edge: "broader",
            target: "Pyhton".into()
        }
    );
    assert_eq!(
        load_error(
            r#"{ "name": "Python", "aliases": ["py3"] }, { "name": "Django", "broader": ["py3"] }"#
        ),
        TaxonomyError::UnknownEdgeTarget {
            skill: "Django".into(),
            edge: "broader",
            target: "py3".into()
        }
    );
    assert_eq!(
        load_error(r#"{ "name": "Go", "related": ["go"] }"#),
        TaxonomyError::SelfEdge {
            skill: "Go".into(),
            edge: "related"
        }
    );
    assert_eq!(
        load_error(r#"{ "name": "Radiography", "aliases": ["RT(R)"] }"#),
        TaxonomyError::MalformedForm {
            skill: "Radiography".into(),
            form: "RT(R)".into()
        }
    );
    assert_eq!(
        load_error(r#"{ "name": "Go", "strict": ["Golang"] }"#),
        TaxonomyError::UnknownMarkedForm {
            skill: "Go".into(),
            field: "strict",
            form: "Golang".into()
        }
    );
    assert!(matches!(
        load_error(r#"{ "name": "Go", "kind": "degree" }"#),
        TaxonomyError::Json { .. }
    ));
    assert!(matches!(
        load_error(r#"{ "name": "Go", "alias": ["Golang"] }"#),
        TaxonomyError::Json { .. }
    ));
    let two_categories = r#"{"version": 1, "categories": [
        {"key": "t", "label": "T", "skills": []}, {"key": "t", "label": "U", "skills": []}]}"#;
    assert_eq!(
        Taxonomy::from_json(two_categories).unwrap_err(),
        TaxonomyError::DuplicateCategory { key: "t".into() }
    );
    assert_eq!(
        Taxonomy::from_json(r#"{"version": 2, "categories": []}"#).unwrap_err(),
        TaxonomyError::UnsupportedVersion { found: 2 }
    );
    assert!(matches!(
        Taxonomy::from_json("version = 1").unwrap_err(),
        TaxonomyError::Json { .. }
    ));
}

#[test]
fn compact_lookup_is_dropped_where_two_skills_share_a_compact_form() {
    let text = r#"{"version": 1, "categories": [{"key": "t", "label": "T", "skills": [
        {"name": "A/B testing"}, {"name": "AB testing tool", "aliases": ["A-B testing"]}]}]}"#;
    let taxonomy = Taxonomy::from_json(text).expect("valid: the token keys differ");
    assert_eq!(taxonomy.lookup("A/B testing").map(|id| id.0), Some(0));
    assert_eq!(taxonomy.lookup("A-B testing").map(|id| id.0), Some(1));
    // "AB-testing" has neither token key, and its compact form "abtesting" names both.
    assert_eq!(taxonomy.lookup("AB-testing"), None);
}
