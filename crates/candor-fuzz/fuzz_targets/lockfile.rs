//! The model lockfile's parser and validator: a malformed or hostile models.lock.toml gives an
//! error with its place, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(lock) = candor_lock::ModelLock::parse(text) {
        let _ = lock.lock_hash();
        for model in &lock.models {
            let _ = model.required_bytes();
        }
    }
});
