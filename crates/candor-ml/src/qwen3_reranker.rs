//! Qwen3-Reranker-0.6B: scores a (query, document) pair as the probability that the model
//! answers "yes" to "does the Document meet the requirements of the Query and Instruct?".
//!
//! Follows the model card's transformers usage (<https://huggingface.co/Qwen/Qwen3-Reranker-0.6B>):
//! a fixed chat prefix, the body `<Instruct>: ..\n<Query>: ..\n<Document>: ..` (the only part
//! that is truncated), a fixed suffix that opens an empty `<think>` block, left padding, and
//! P(yes) = softmax over the "no"/"yes" logits at the last position = sigmoid(yes - no).
//! The two logits are the last hidden state dotted with the two LM-head rows (the 0.6B model
//! ties them to the token embeddings), so the 151669-way vocabulary projection is never run.
//! Scores are comparable only under one instruction.

use candle_core::{DType, Tensor};
use tokenizers::Tokenizer;

use crate::MlError;
use crate::qwen3::{self, Checkpoint, ModelBytes, PaddedBatch, Precision, Qwen3, WeightSource};

/// The chat prefix before the body, verbatim from the model card.
pub const PROMPT_PREFIX: &str = "<|im_start|>system\nJudge whether the Document meets the requirements based on the Query and the Instruct provided. Note that the answer can only be \"yes\" or \"no\".<|im_end|>\n<|im_start|>user\n";

/// The chat suffix after the body: the assistant turn with an empty thinking block, so the
/// next token is the answer.
pub const PROMPT_SUFFIX: &str = "<|im_end|>\n<|im_start|>assistant\n<think>\n\n</think>\n\n";

/// The model card's instruction when the caller has none.
pub const DEFAULT_INSTRUCTION: &str =
    "Given a web search query, retrieve relevant passages that answer the query";

/// The body of the prompt, the part that is truncated to fit.
pub fn format_body(instruction: &str, query: &str, document: &str) -> String {
    format!("<Instruct>: {instruction}\n<Query>: {query}\n<Document>: {document}")
}

/// Runtime settings for Qwen3-Reranker.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Longest prompt in tokens, prefix and suffix included; the body is cut to the rest.
    /// Default 1024 (attention memory grows with the square of this, see
    /// [`crate::qwen3_embedding::Config::max_tokens`]).
    pub max_tokens: usize,
    /// Pairs per forward pass, grouped by length. Default 4.
    pub batch_size: usize,
    /// Weight storage. Default [`Precision::Q8_0`].
    pub precision: Precision,
    /// Id of the token "yes": 9693 in the pinned tokenizer. Checked against the tokenizer.
    pub yes_token_id: u32,
    /// Id of the token "no": 2152 in the pinned tokenizer. Checked against the tokenizer.
    pub no_token_id: u32,
}

impl Config {
    /// This config with the "yes" and "no" ids `encoder`'s tokenizer has (the worker runs
    /// whatever verified checkpoint the lock pins; the pinned ids are checked by the parity
    /// tests).
    pub fn with_answers_of(self, encoder: &PromptEncoder) -> Result<Config, MlError> {
        let id_of = |token: &str| {
            encoder.token_id(token).ok_or_else(|| {
                MlError::Tokenizer(format!("the tokenizer has no single token {token:?}"))
            })
        };
        Ok(Config {
            yes_token_id: id_of("yes")?,
            no_token_id: id_of("no")?,
            ..self
        })
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            max_tokens: 1024,
            batch_size: 4,
            precision: Precision::Q8_0,
            yes_token_id: 9693,
            no_token_id: 2152,
        }
    }
}

/// One document's score, P(yes) in [0, 1].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RerankScore {
    /// Position of the document in the `documents` passed to [`Qwen3Reranker::rerank`].
    pub index: usize,
    pub score: f32,
}

/// The two next-token logits the score is made of.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct YesNoLogits {
    pub yes: f32,
    pub no: f32,
}

impl YesNoLogits {
    /// P(yes) among {yes, no}: `softmax([no, yes])[1]` = `sigmoid(yes - no)`. Never the raw
    /// difference clamped to [0, 1].
    pub fn p_yes(&self) -> f32 {
        1.0 / (1.0 + (self.no - self.yes).exp())
    }
}

/// The LM head restricted to the "yes" and "no" rows.
struct YesNoHead {
    /// `(2, H)`: the "yes" row, then the "no" row, in f32.
    rows: Tensor,
}

impl YesNoHead {
    /// `last_hidden` is `(B, H)`; returns the `(B, 2)` yes/no logits.
    fn forward(&self, last_hidden: &Tensor) -> Result<Tensor, MlError> {
        Ok(last_hidden.matmul(&self.rows.t()?)?)
    }
}

/// Builds the reranker's prompt token ids: prefix, body cut to the token budget, suffix.
///
/// The three parts are tokenized separately, exactly as the model card's `process_inputs`
/// does, so truncation never cuts into the prefix or suffix.
pub struct PromptEncoder {
    tokenizer: Tokenizer,
    prefix_ids: Vec<u32>,
    suffix_ids: Vec<u32>,
    /// Tokens left for the body: `max_tokens` minus the prefix and suffix.
    body_budget: usize,
}

impl PromptEncoder {
    /// Loads `tokenizer.json`; `max_tokens` bounds the whole prompt.
    pub fn new(tokenizer_json: &[u8], max_tokens: usize) -> Result<Self, MlError> {
        let tokenizer = qwen3::load_tokenizer(tokenizer_json)?;
        let encode_fixed = |text: &str| -> Result<Vec<u32>, MlError> {
            Ok(tokenizer
                .encode(text, false)
                .map_err(|e| MlError::Tokenizer(e.to_string()))?
                .get_ids()
                .to_vec())
        };
        let prefix_ids = encode_fixed(PROMPT_PREFIX)?;
        let suffix_ids = encode_fixed(PROMPT_SUFFIX)?;
        let fixed = prefix_ids.len() + suffix_ids.len();
        if max_tokens <= fixed {
            qwen3::unsupported!(
                "max_tokens {max_tokens} leaves no room for a body after the {fixed}-token prefix and suffix"
            )
        }
        Ok(PromptEncoder {
            tokenizer,
            prefix_ids,
            suffix_ids,
            body_budget: max_tokens - fixed,
        })
    }

    /// The id of `token` in the vocabulary, if it is one token.
    pub fn token_id(&self, token: &str) -> Option<u32> {
        self.tokenizer.token_to_id(token)
    }

    /// The prompt ids for each document, in order.
    pub fn encode(
        &self,
        query: &str,
        instruction: &str,
        documents: &[&str],
    ) -> Result<Vec<Vec<u32>>, MlError> {
        let bodies: Vec<String> = documents
            .iter()
            .map(|document| format_body(instruction, query, document))
            .collect();
        let encodings = self
            .tokenizer
            .encode_batch(bodies, false)
            .map_err(|e| MlError::Tokenizer(e.to_string()))?;
        Ok(encodings
            .iter()
            .map(|encoding| {
                let body = &encoding.get_ids()[..encoding.len().min(self.body_budget)];
                let mut prompt =
                    Vec::with_capacity(self.prefix_ids.len() + body.len() + self.suffix_ids.len());
                prompt.extend_from_slice(&self.prefix_ids);
                prompt.extend_from_slice(body);
                prompt.extend_from_slice(&self.suffix_ids);
                prompt
            })
            .collect())
    }
}

/// A loaded Qwen3-Reranker ready to score documents.
pub struct Qwen3Reranker {
    model: Qwen3,
    head: YesNoHead,
    encoder: PromptEncoder,
    /// Padding is masked out, so any id works; `<|endoftext|>` is the tokenizer's pad token.
    pad_token_id: u32,
    config: Config,
}

impl Qwen3Reranker {
    /// Builds the reranker from verified bytes; the caller may drop `bytes` afterwards.
    pub fn load(bytes: ModelBytes<'_>, config: Config) -> Result<Self, MlError> {
        let encoder = PromptEncoder::new(bytes.tokenizer_json, config.max_tokens)?;
        let checkpoint = Checkpoint::parse(bytes.safetensors)?;
        Self::load_from(bytes.config_json, encoder, &checkpoint, config)
    }

    /// As [`Qwen3Reranker::load`], but the "yes" and "no" ids are read from the tokenizer
    /// instead of `config` (see [`Config::with_answers_of`]).
    pub fn load_with_tokenizer_answers(
        bytes: ModelBytes<'_>,
        config: Config,
    ) -> Result<Self, MlError> {
        let encoder = PromptEncoder::new(bytes.tokenizer_json, config.max_tokens)?;
        let config = config.with_answers_of(&encoder)?;
        let checkpoint = Checkpoint::parse(bytes.safetensors)?;
        Self::load_from(bytes.config_json, encoder, &checkpoint, config)
    }

    /// Builds the reranker from weights in any [`WeightSource`], such as
    /// [`qwen3::StreamedWeights`] that kept the rows of `config`'s yes and no tokens.
    pub fn load_from<W: WeightSource + ?Sized>(
        config_json: &[u8],
        encoder: PromptEncoder,
        weights: &W,
        config: Config,
    ) -> Result<Self, MlError> {
        let model_config = qwen3::Config::from_json(config_json)?;
        for (token, id) in [("yes", config.yes_token_id), ("no", config.no_token_id)] {
            if encoder.token_id(token) != Some(id) {
                return Err(MlError::Tokenizer(format!(
                    "config says {token:?} is token {id}, the tokenizer says {:?}",
                    encoder.token_id(token)
                )));
            }
        }
        let pad_token_id = encoder.token_id("<|endoftext|>").unwrap_or(0);
        let model = Qwen3::load(weights, &model_config, config.precision, config.max_tokens)?;
        let rows =
            weights.output_rows(&model_config, &[config.yes_token_id, config.no_token_id])?;
        Ok(Qwen3Reranker {
            model,
            head: YesNoHead { rows },
            encoder,
            pad_token_id,
            config,
        })
    }

    /// Scores every document for `query` under `instruction` and returns the `top_k` best,
    /// highest P(yes) first; ties keep document order.
    pub fn rerank(
        &self,
        query: &str,
        instruction: &str,
        documents: &[&str],
        top_k: usize,
    ) -> Result<Vec<RerankScore>, MlError> {
        let prompts = self.encoder.encode(query, instruction, documents)?;
        let mut scores: Vec<RerankScore> = self
            .score_token_ids(&prompts)?
            .iter()
            .enumerate()
            .map(|(index, logits)| RerankScore {
                index,
                score: logits.p_yes(),
            })
            .collect();
        scores.sort_by(|a, b| b.score.total_cmp(&a.score));
        scores.truncate(top_k);
        Ok(scores)
    }

    /// The tokenizer side: exactly the ids [`Qwen3Reranker::score_token_ids`] is fed.
    pub fn encoder(&self) -> &PromptEncoder {
        &self.encoder
    }

    /// The yes/no logits for already-encoded prompts (see [`PromptEncoder::encode`]), in order.
    pub fn score_token_ids(&self, prompts: &[Vec<u32>]) -> Result<Vec<YesNoLogits>, MlError> {
        let lengths: Vec<usize> = prompts.iter().map(Vec::len).collect();
        let mut logits = vec![YesNoLogits { yes: 0.0, no: 0.0 }; prompts.len()];
        for batch in qwen3::length_sorted_batches(&lengths, self.config.batch_size) {
            let batch_prompts: Vec<&[u32]> =
                batch.iter().map(|&idx| prompts[idx].as_slice()).collect();
            for (idx, pair) in batch.into_iter().zip(self.score_batch(&batch_prompts)?) {
                logits[idx] = pair;
            }
        }
        Ok(logits)
    }

    fn score_batch(&self, prompts: &[&[u32]]) -> Result<Vec<YesNoLogits>, MlError> {
        // 1. Left-padded ids and mask: (B, L).
        let batch = PaddedBatch::left_padded(prompts, self.pad_token_id)?;
        // 2. Decoder: (B, L) -> (B, L, H).
        let hidden = self
            .model
            .forward(&batch.input_ids, &batch.attention_mask)?;
        // 3. Last position, every row's last real token under left padding: (B, L, H) -> (B, H).
        let n_tokens = hidden.dim(1)?;
        let last = hidden.narrow(1, n_tokens - 1, 1)?.squeeze(1)?;
        // 4. Yes/no logits: (B, H) x (H, 2) -> (B, 2).
        let logits = self.head.forward(&last)?.to_dtype(DType::F32)?;
        Ok(logits
            .to_vec2::<f32>()?
            .into_iter()
            .map(|row| YesNoLogits {
                yes: row[0],
                no: row[1],
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn p_yes_is_the_two_way_softmax() {
        let even = YesNoLogits { yes: 3.0, no: 3.0 };
        assert_eq!(even.p_yes(), 0.5);
        // softmax([no, yes])[1] with yes - no = ln 3 is 3 / (1 + 3).
        let three_to_one = YesNoLogits {
            yes: 1.0 + 3f32.ln(),
            no: 1.0,
        };
        assert!((three_to_one.p_yes() - 0.75).abs() < 1e-6);
        // A large negative difference is a small probability, not a clamp to 0.
        let unlikely = YesNoLogits { yes: -4.0, no: 0.0 };
        assert!((unlikely.p_yes() - 0.017_986_21).abs() < 1e-7);
    }

    #[test]
    fn body_matches_the_model_card() {
        assert_eq!(
            format_body("Judge fit", "Rust engineer", "Pastry chef"),
            "<Instruct>: Judge fit\n<Query>: Rust engineer\n<Document>: Pastry chef"
        );
    }
}
