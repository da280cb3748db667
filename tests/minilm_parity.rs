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
