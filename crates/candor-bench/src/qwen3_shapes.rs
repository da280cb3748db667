//! Qwen3-0.6B's real shapes with pseudo-random weights: its `config.json`, its tensors, and a
//! bf16 safetensors checkpoint of them. The real weights cannot be fetched where these
//! benchmarks were written, and speed and memory depend only on the shapes. Used by the wasm
//! benchmarks (`inference`) and natively (`examples/index_embed_bench.rs`).

/// Qwen3-0.6B's `config.json` (the embedding and reranker models share it), with
/// `num_hidden_layers` replaceable for quicker runs.
pub fn qwen3_config_json(num_hidden_layers: usize) -> String {
    format!(
        r#"{{"vocab_size": 151669, "hidden_size": 1024, "intermediate_size": 3072,
            "num_hidden_layers": {num_hidden_layers}, "num_attention_heads": 16,
            "num_key_value_heads": 8, "head_dim": 128, "max_position_embeddings": 40960,
            "rms_norm_eps": 1e-6, "rope_theta": 1000000, "tie_word_embeddings": true,
            "hidden_act": "silu", "attention_bias": false, "use_sliding_window": false}}"#
    )
}

/// Tensor names and shapes of a Qwen3-0.6B causal-LM checkpoint (`model.` prefix, tied
/// embeddings: no `lm_head.weight`), in file order.
pub fn qwen3_tensors(num_hidden_layers: usize) -> Vec<(String, Vec<usize>)> {
    let (vocab, hidden, intermediate, heads, kv_heads, head_dim) =
        (151_669, 1024, 3072, 16, 8, 128);
    let mut tensors = vec![
        ("model.embed_tokens.weight".to_owned(), vec![vocab, hidden]),
        ("model.norm.weight".to_owned(), vec![hidden]),
    ];
    for layer in 0..num_hidden_layers {
        let at = |name: &str| format!("model.layers.{layer}.{name}");
        tensors.extend([
            (
                at("self_attn.q_proj.weight"),
                vec![heads * head_dim, hidden],
            ),
            (
                at("self_attn.k_proj.weight"),
                vec![kv_heads * head_dim, hidden],
            ),
            (
                at("self_attn.v_proj.weight"),
                vec![kv_heads * head_dim, hidden],
            ),
            (
                at("self_attn.o_proj.weight"),
                vec![hidden, heads * head_dim],
            ),
            (at("self_attn.q_norm.weight"), vec![head_dim]),
            (at("self_attn.k_norm.weight"), vec![head_dim]),
            (at("mlp.gate_proj.weight"), vec![intermediate, hidden]),
            (at("mlp.up_proj.weight"), vec![intermediate, hidden]),
            (at("mlp.down_proj.weight"), vec![hidden, intermediate]),
            (at("input_layernorm.weight"), vec![hidden]),
            (at("post_attention_layernorm.weight"), vec![hidden]),
        ]);
    }
    tensors
}

/// A bf16 safetensors file of `tensors`: norm scales 1, matrices pseudo-random in ±0.05.
pub fn random_bf16_safetensors(tensors: &[(String, Vec<usize>)]) -> Vec<u8> {
    let mut header = String::from("{");
    let mut offset = 0usize;
    for (index, (name, shape)) in tensors.iter().enumerate() {
        let bytes = 2 * shape.iter().product::<usize>();
        let comma = if index == 0 { "" } else { "," };
        let dims = shape
            .iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join(",");
        header.push_str(&format!(
            "{comma}\"{name}\":{{\"dtype\":\"BF16\",\"shape\":[{dims}],\"data_offsets\":[{offset},{}]}}",
            offset + bytes
        ));
        offset += bytes;
    }
    header.push('}');
    while header.len() % 8 != 0 {
        header.push(' ');
    }
    let mut file = Vec::with_capacity(8 + header.len() + offset);
    file.extend_from_slice(&(header.len() as u64).to_le_bytes());
    file.extend_from_slice(header.as_bytes());
    let mut state = RANDOM_SEED;
    for (_, shape) in tensors {
        random_bf16_tensor(shape, &mut state, &mut file);
    }
    file
}

pub const RANDOM_SEED: u32 = 0x9e37_79b9;

/// Appends one tensor's bf16 bytes: norm scales (1-D) are 1, matrices pseudo-random in ±0.05.
pub fn random_bf16_tensor(shape: &[usize], state: &mut u32, out: &mut Vec<u8>) {
    let n_values = shape.iter().product::<usize>();
    if shape.len() == 1 {
        let one = (1.0f32.to_bits() >> 16) as u16;
        out.extend(std::iter::repeat_n(one.to_le_bytes(), n_values).flatten());
        return;
    }
    out.extend((0..n_values).flat_map(|_| {
        *state ^= *state << 13;
        *state ^= *state >> 17;
        *state ^= *state << 5;
        let value = ((*state >> 8) as f32 / (1u32 << 23) as f32 - 1.0) * 0.05;
        ((value.to_bits() >> 16) as u16).to_le_bytes()
    }));
}
