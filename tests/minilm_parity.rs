//! The real all-MiniLM-L6-v2 weights in Candle against sentence-transformers' own vectors.

use candor_core::rank::cosine;
use candor_tests::{minilm_entry, minilm_reference, site};

#[test]
fn candle_minilm_matches_sentence_transformers() {
    let model = candor_cli::load_minilm(&site(), &minilm_entry()).unwrap();
    let reference = minilm_reference();
    assert!(
        reference.model.ends_with(&minilm_entry().revision),
        "fixture is for the pinned revision"
    );
    let texts: Vec<&str> = reference
        .cases
        .iter()
        .map(|case| case.text.as_str())
        .collect();
    let vectors = model.embed(&texts).unwrap();

    let mut worst = 1.0f32;
    for (case, vector) in reference.cases.iter().zip(&vectors) {
        assert_eq!(vector.len(), 384);
        let similarity = cosine(vector, &case.vector);
        assert!(
            similarity > 0.9999,
            "{:?}: cosine {similarity} to the reference",
            case.text
        );
        worst = worst.min(similarity);
    }
    eprintln!(
        "worst cosine to sentence-transformers over {} texts: {worst:.6}",
        texts.len()
    );
}

#[test]
fn published_similarities_are_reproduced() {
    let model = candor_cli::load_minilm(&site(), &minilm_entry()).unwrap();
    let v = model
        .embed(&[
            "Senior Rust engineer with Kubernetes",
            "Backend developer, Rust, k8s",
            "Pastry chef",
        ])
        .unwrap();
    assert!(
        (cosine(&v[0], &v[1]) - 0.6968).abs() < 5e-4,
        "{}",
        cosine(&v[0], &v[1])
    );
    assert!(
        (cosine(&v[0], &v[2]) - 0.1315).abs() < 5e-4,
        "{}",
        cosine(&v[0], &v[2])
    );
}

#[test]
fn batching_does_not_change_vectors() {
    let model = candor_cli::load_minilm(&site(), &minilm_entry()).unwrap();
    let reference = minilm_reference();
    let texts: Vec<&str> = reference
        .cases
        .iter()
        .map(|case| case.text.as_str())
        .collect();
    let batched = model.embed(&texts).unwrap();
    for (text, in_batch) in texts.iter().zip(&batched) {
        let alone = &model.embed(&[text]).unwrap()[0];
        assert!(
            cosine(alone, in_batch) > 0.99999,
            "padding changed the vector of {text:?}"
        );
    }
}

#[test]
fn a_text_within_the_window_is_one_window_equal_to_its_embedding() {
    let model = candor_cli::load_minilm(&site(), &minilm_entry()).unwrap();
    let text = "Senior Rust engineer with Kubernetes";
    let windows = &model.embed_windows(&[text]).unwrap()[0];
    assert_eq!(windows.len(), 1);
    assert_eq!(windows[0], model.embed(&[text]).unwrap()[0]);
}

#[test]
fn a_long_text_is_several_windows_the_first_being_the_truncated_embedding() {
    let model = candor_cli::load_minilm(&site(), &minilm_entry()).unwrap();
    // About 60 words per paragraph, 12 paragraphs: roughly 900 tokens, four windows or more.
    let paragraph = "We are hiring a registered nurse for the night shift on a busy surgical \
        ward. You will assess patients, give medication, keep charts current and hand over to \
        the day team. Two years of acute care experience, a current licence and basic life \
        support are required. We offer a shift differential, paid training and a pension.";
    let long: String = (0..12)
        .map(|n| format!("Part {n}. {paragraph}\n\n"))
        .collect();
    let short = "Pastry chef";
    let windows = model.embed_windows(&[&long, short]).unwrap();
    assert!(windows[0].len() >= 4, "{} windows", windows[0].len());
    assert_eq!(windows[1].len(), 1);
    let truncated = model.embed(&[&long]).unwrap();
    assert!(cosine(&windows[0][0], &truncated[0]) > 0.99999);
    for vector in windows.iter().flatten() {
        assert_eq!(vector.len(), 384);
        let norm = vector.iter().map(|v| v * v).sum::<f32>().sqrt();
        assert!((norm - 1.0).abs() < 1e-4);
    }
}

#[test]
fn embed_long_is_the_unit_mean_of_the_windows() {
    let model = candor_cli::load_minilm(&site(), &minilm_entry()).unwrap();
    let short = "Senior Rust engineer with Kubernetes";
    let long = "Forklift operator for a cold-storage warehouse, nights. ".repeat(60);
    let vectors = model.embed_long(&[short, &long]).unwrap();
    assert!(cosine(&vectors[0], &model.embed(&[short]).unwrap()[0]) > 0.99999);
    let windows = &model.embed_windows(&[&long]).unwrap()[0];
    assert!(windows.len() >= 2);
    let mean = candor_ml::chunk::mean_normalized(windows, 384);
    assert!(cosine(&vectors[1], &mean) > 0.99999);
}
