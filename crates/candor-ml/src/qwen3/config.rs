//! The model's `config.json`, and the variants of it this port refuses.

use crate::MlError;

/// The architecture hyperparameters of a Qwen3 `config.json`.
///
/// Both spellings of the RoPE base are accepted: top-level `rope_theta` (the pinned Qwen3
/// checkpoints, written by transformers 4) and `rope_parameters: {rope_theta}` (transformers 5).
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(try_from = "ConfigJson")]
pub struct Config {
    pub vocab_size: usize,
    pub hidden_size: usize,
    pub intermediate_size: usize,
    pub num_hidden_layers: usize,
    pub num_attention_heads: usize,
    pub num_key_value_heads: usize,
    pub head_dim: usize,
    pub max_position_embeddings: usize,
    pub rms_norm_eps: f64,
    /// RoPE base frequency (1,000,000 for Qwen3-0.6B).
    pub rope_theta: f64,
    /// When true the LM head is the token-embedding matrix; the reranker's yes/no rows are read
    /// from `embed_tokens`, otherwise from `lm_head`.
    pub tie_word_embeddings: bool,
    pub hidden_act: String,
    pub attention_bias: bool,
    pub use_sliding_window: bool,
}

/// `config.json` as written; [`Config`] is the resolved form.
#[derive(serde::Deserialize)]
struct ConfigJson {
    vocab_size: usize,
    hidden_size: usize,
    intermediate_size: usize,
    num_hidden_layers: usize,
    num_attention_heads: usize,
    num_key_value_heads: Option<usize>,
    head_dim: Option<usize>,
    max_position_embeddings: usize,
    rms_norm_eps: f64,
    rope_theta: Option<f64>,
    rope_parameters: Option<RopeParameters>,
    rope_scaling: Option<serde_json::Value>,
    #[serde(default)]
    tie_word_embeddings: bool,
    hidden_act: String,
    #[serde(default)]
    attention_bias: bool,
    #[serde(default)]
    use_sliding_window: bool,
}

#[derive(serde::Deserialize)]
struct RopeParameters {
    rope_theta: f64,
    rope_type: Option<String>,
}

impl TryFrom<ConfigJson> for Config {
    type Error = String;

    fn try_from(json: ConfigJson) -> Result<Self, String> {
        // Scaled RoPE variants (YaRN, dynamic NTK, ...) change the tables; only plain RoPE is
        // implemented, so refuse anything else rather than compute subtly wrong positions.
        if json.rope_scaling.as_ref().is_some_and(|v| !v.is_null()) {
            return Err("rope_scaling is not supported".to_owned());
        }
        let rope_theta = match (&json.rope_parameters, json.rope_theta) {
            (Some(parameters), _) => {
                let rope_type = parameters.rope_type.as_deref().unwrap_or("default");
                if rope_type != "default" {
                    return Err(format!("rope_type {rope_type:?} is not supported"));
                }
                parameters.rope_theta
            }
            (None, Some(rope_theta)) => rope_theta,
            (None, None) => return Err("neither rope_theta nor rope_parameters is set".to_owned()),
        };
        Ok(Config {
            vocab_size: json.vocab_size,
            hidden_size: json.hidden_size,
            intermediate_size: json.intermediate_size,
            num_hidden_layers: json.num_hidden_layers,
            num_attention_heads: json.num_attention_heads,
            num_key_value_heads: json.num_key_value_heads.unwrap_or(json.num_attention_heads),
            head_dim: json
                .head_dim
                .unwrap_or(json.hidden_size / json.num_attention_heads.max(1)),
            max_position_embeddings: json.max_position_embeddings,
            rms_norm_eps: json.rms_norm_eps,
            rope_theta,
            tie_word_embeddings: json.tie_word_embeddings,
            hidden_act: json.hidden_act,
            attention_bias: json.attention_bias,
            use_sliding_window: json.use_sliding_window,
        })
    }
}

impl Config {
    /// Parses `config.json` bytes.
    pub fn from_json(bytes: &[u8]) -> Result<Self, MlError> {
        Ok(serde_json::from_slice(bytes)?)
    }

    /// Refuses the variants this port does not implement, before any weight is read.
    pub(super) fn check_supported(&self) -> Result<(), MlError> {
        if self.hidden_act != "silu" {
            unsupported!("hidden_act {:?} is not supported", self.hidden_act)
        }
        if self.attention_bias {
            unsupported!("attention_bias is not supported (Qwen3 has none)")
        }
        if self.use_sliding_window {
            unsupported!("sliding-window attention is not supported")
        }
        if self.num_key_value_heads == 0
            || !self
                .num_attention_heads
                .is_multiple_of(self.num_key_value_heads)
        {
            unsupported!(
                "{} attention heads cannot share {} key/value heads",
                self.num_attention_heads,
                self.num_key_value_heads
            )
        }
        if !self.head_dim.is_multiple_of(2) {
            unsupported!("RoPE needs an even head_dim, got {}", self.head_dim)
        }
        Ok(())
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// A tiny `config.json` with the RoPE fields `rope`.
    pub(in crate::qwen3) fn config_json(rope: &str) -> String {
        format!(
            r#"{{"vocab_size": 8, "hidden_size": 64, "intermediate_size": 128,
                "num_hidden_layers": 1, "num_attention_heads": 4, "num_key_value_heads": 2,
                "head_dim": 16, "max_position_embeddings": 32, "rms_norm_eps": 1e-6,
                "tie_word_embeddings": true, "hidden_act": "silu", {rope}}}"#
        )
    }

    #[test]
    fn both_rope_theta_spellings_parse() {
        let transformers_4 = Config::from_json(
            config_json(r#""rope_theta": 1000000, "rope_scaling": null"#).as_bytes(),
        )
        .unwrap();
        let transformers_5 = Config::from_json(
            config_json(r#""rope_parameters": {"rope_theta": 1000000.0, "rope_type": "default"}"#)
                .as_bytes(),
        )
        .unwrap();
        assert_eq!(transformers_4, transformers_5);
        assert_eq!(transformers_4.rope_theta, 1e6);
    }

    #[test]
    fn scaled_rope_is_refused() {
        let yarn = config_json(r#""rope_parameters": {"rope_theta": 1e6, "rope_type": "yarn"}"#);
        assert!(Config::from_json(yarn.as_bytes()).is_err());
        let scaling = config_json(r#""rope_theta": 1e6, "rope_scaling": {"factor": 4.0}"#);
        assert!(Config::from_json(scaling.as_bytes()).is_err());
        assert!(Config::from_json(config_json(r#""use_cache": true"#).as_bytes()).is_err());
    }
}
