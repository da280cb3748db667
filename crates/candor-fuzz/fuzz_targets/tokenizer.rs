//! The embedding model's tokenizer input path: MiniLM's tokenizer.json as staged in the mirror
//! (`dist/`, checked against the lock by setup; `.ci/fuzz.sh` passes its path in
//! `CANDOR_TOKENIZER`) on any text, very long, empty, with control characters or mixed scripts,
//! then the windows `embed_long` would cut the ids into.
#![no_main]

use std::sync::OnceLock;

use candor_ml::chunk::token_windows;
use libfuzzer_sys::fuzz_target;
use tokenizers::Tokenizer;

fn tokenizer() -> &'static Tokenizer {
    static TOKENIZER: OnceLock<Tokenizer> = OnceLock::new();
    TOKENIZER.get_or_init(|| {
        let path = std::env::var("CANDOR_TOKENIZER")
            .expect("CANDOR_TOKENIZER names MiniLM's staged tokenizer.json");
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
        Tokenizer::from_bytes(bytes).expect("the staged tokenizer.json loads")
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(encoding) = tokenizer().encode(text.as_ref(), false) else {
        return;
    };
    let n_tokens = encoding.get_ids().len();
    let windows = token_windows(n_tokens, 254, 32);
    // The windows cover every token, each at most the model's window.
    assert!(windows.iter().all(|window| window.len() <= 254));
    if n_tokens > 0 {
        assert_eq!(windows.first().map(|w| w.start), Some(0));
        assert_eq!(windows.last().map(|w| w.end), Some(n_tokens));
    }
});
