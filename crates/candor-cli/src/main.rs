use std::num::NonZeroU64;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use candor_cli::{
    find_model, job_index, rank, read_job, read_jobs, read_resumes, read_text, verify,
};
use candor_core::domain::{Date, JobPosting};
use candor_core::samples::SAMPLE_JOBS_JSON;
use candor_job_index::VectorKind;
use candor_lock::ModelLock;
use clap::{Parser, Subcommand};

/// Candor's matching pipeline on the command line. Model files are read from a site directory
/// laid out like the app's same-origin mirror and checked against models.lock.toml first.
#[derive(Parser)]
#[command(name = "candor", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Rank job postings for a resume and print the report as JSON.
    Rank {
        /// Site root holding `models/{repo}/resolve/{revision}/{path}`.
        #[arg(long, default_value = "dist")]
        site: PathBuf,
        /// Model id from models.lock.toml; defaults to the lock's fallback (runnable) model.
        #[arg(long)]
        model: Option<String>,
        /// Plain-text resume.
        #[arg(long)]
        resume: PathBuf,
        /// JSON array of job postings; the bundled sample jobs when omitted.
        #[arg(long)]
        jobs: Option<PathBuf>,
    },
    /// Rank resumes for one job posting (the recruiter's direction) and print the report as
    /// JSON, with the same signals and explanations as `candor rank`.
    Recruit {
        /// Site root holding `models/{repo}/resolve/{revision}/{path}`.
        #[arg(long, default_value = "dist")]
        site: PathBuf,
        /// Model id from models.lock.toml; defaults to the lock's fallback (runnable) model.
        #[arg(long)]
        model: Option<String>,
        /// One job posting as a JSON object.
        #[arg(long)]
        job: PathBuf,
        /// Plain-text resumes: files, or directories whose `.txt` files are read; each file
        /// name (without extension) is the candidate's id.
        #[arg(long, num_args = 1.., required = true)]
        candidates: Vec<PathBuf>,
    },
    /// Search job postings for a free-text query and print the hits as JSON: BM25 and skills,
    /// plus MiniLM similarity with `--models`.
    Search {
        /// What to look for, such as "rust kubernetes remote".
        query: String,
        /// JSON array of job postings; the bundled sample jobs when omitted.
        #[arg(long)]
        jobs: Option<PathBuf>,
        /// Site root holding all-MiniLM-L6-v2 (as for `candor eval`); enables the dense signal.
        #[arg(long)]
        models: Option<PathBuf>,
        /// The most hits to print.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Score rankers on a JSONL dev set and print one JSON object of nDCG@10, MRR and Recall@10
    /// per ranker: `bm25` always, `dense`, `hybrid` and `rrf` when `--models` is given.
    Eval {
        /// JSONL dev set of `{"type":"doc",...}` and `{"type":"query",...,"qrels":{...}}` lines.
        #[arg(long)]
        input: PathBuf,
        /// Site root holding `models/{repo}/resolve/{revision}/{path}` with all-MiniLM-L6-v2;
        /// enables the dense, hybrid and rrf rankers.
        #[arg(long)]
        models: Option<PathBuf>,
        /// Also print each ranker's top 10 documents (id and grade) for every query, under
        /// `per_query`, to see where a ranker goes wrong.
        #[arg(long)]
        per_query: bool,
        /// Also run the app's ranking with this reranker (e.g. qwen3-reranker-0.6b), its files
        /// read from the --models mirror and checked against the lock: adds `hybrid+rerank`,
        /// the hybrid ranking's best K reranked at the lock entry's `score.weight`.
        #[arg(long, requires = "models")]
        reranker: Option<String>,
        /// How many of the best postings the reranker reads; default its lock `score.rerank_top_k`.
        #[arg(long, requires = "reranker")]
        rerank_top_k: Option<usize>,
        /// Also add `hybrid+rerank@W` for W = 0, 0.1, …, 1, to choose the lock's `score.weight`.
        #[arg(long, requires = "reranker")]
        rerank_sweep: bool,
        /// Also embed every text window by window (needs --models) and print the
        /// `dense_trunc`, `dense_chunk_*` rankers and the embedding times under `dense_chunks`;
        /// see `crates/candor-cli/src/dense_chunks.rs`.
        #[arg(long, requires = "models")]
        dense_chunks: bool,
        /// Tokens neighbouring windows share with --dense-chunks.
        #[arg(long, default_value_t = candor_ml::minilm::Config::default().window_overlap)]
        window_overlap: usize,
    },
    /// Learn how the signals combine on train splits, compare the ways of learning on dev
    /// splits, and write the best as a weights file (see `candor_cli::eval::learn`). Test splits
    /// must not be given.
    Learn {
        /// Site root holding all-MiniLM-L6-v2, as for `candor eval`.
        #[arg(long)]
        models: PathBuf,
        /// A train split (JSONL, as for `candor eval`); give one per set.
        #[arg(long, required = true)]
        train: Vec<PathBuf>,
        /// A dev split; give one per set.
        #[arg(long, required = true)]
        dev: Vec<PathBuf>,
        /// The train splits whose grades judge fit with a posting (a rubric, not an occupation
        /// taxonomy): the grades' floors are set from their scores. Each must also be a --train.
        #[arg(long, required = true)]
        grades_from: Vec<PathBuf>,
        /// Where to write the weights (the app's: `crates/candor-core/data/hybrid_weights.json`).
        #[arg(long)]
        out: PathBuf,
    },
    /// Evaluate every ranker on test splits under the committed weights and write the figures
    /// (`tests/eval/RESULTS.json`; a test regenerates and compares it).
    Results {
        /// Site root holding all-MiniLM-L6-v2, as for `candor eval`.
        #[arg(long)]
        models: PathBuf,
        /// A test split; give one per set.
        #[arg(long, required = true)]
        test: Vec<PathBuf>,
        /// Where to write the figures.
        #[arg(long)]
        out: PathBuf,
    },
    /// Simulate a person's feedback (10 rated matches) on evaluation splits and report nDCG@10
    /// of their unrated postings before and after learning from it (see
    /// `candor_cli::eval::feedback`); writes `tests/eval/FEEDBACK.json` with --out.
    Feedback {
        /// Site root holding all-MiniLM-L6-v2, as for `candor eval`.
        #[arg(long)]
        models: PathBuf,
        /// A split (JSONL, as for `candor eval`); give one per split.
        #[arg(long = "set", required = true)]
        sets: Vec<PathBuf>,
        /// Print the mean gain of each setting on a small grid instead (how the app's setting
        /// was chosen); refuses test splits.
        #[arg(long)]
        sweep: bool,
        /// Where to write the figures.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Published job indexes: postings embedded once, written as static pinned files that a
    /// browser verifies and ranks without embedding a posting (format: docs/job-index.md).
    Index {
        #[command(subcommand)]
        command: IndexCommand,
    },
    /// Lockfile helpers.
    Lock {
        #[command(subcommand)]
        command: LockCommand,
    },
    /// Check mirrored model files against their SHA-256 and size pins.
    Verify {
        #[arg(long, default_value = "dist")]
        site: PathBuf,
        /// Check one model and require all its required files; otherwise check every model and
        /// only report what is present.
        #[arg(long)]
        model: Option<String>,
    },
}

#[derive(Subcommand)]
enum IndexCommand {
    /// Embed every posting and write the index's shards and manifest; prints the manifest's
    /// SHA-256 (the pin users give with its URL) as JSON.
    Build {
        /// Postings files (JSON, JSON Lines, CSV, JSON-LD, as the page imports them), or
        /// directories whose files are read in name order.
        #[arg(long, num_args = 1.., required = true)]
        jobs: Vec<PathBuf>,
        /// Site root holding `models/{repo}/resolve/{revision}/{path}`.
        #[arg(long, default_value = "dist")]
        site: PathBuf,
        /// Model id from models.lock.toml; defaults to the lock's fallback (runnable) model.
        #[arg(long)]
        model: Option<String>,
        /// What the index is called where it is offered.
        #[arg(long)]
        name: String,
        /// Higher than every version of this index published before (readers refuse a lower
        /// one than they hold).
        #[arg(long)]
        version: u64,
        /// The build day (YYYY-MM-DD), also "today" for relative posted dates; defaults to
        /// today in UTC. Give it to rebuild byte for byte.
        #[arg(long)]
        created: Option<String>,
        /// Postings per shard.
        #[arg(long)]
        postings_per_shard: Option<usize>,
        /// The directory to write `manifest.json` and the shards to.
        #[arg(long)]
        out: PathBuf,
    },
    /// Check an index directory against its pin and the lock, as the browser does, and print
    /// what it holds.
    Check {
        /// The directory holding `manifest.json`.
        #[arg(long)]
        index: PathBuf,
        /// The manifest's SHA-256.
        #[arg(long)]
        pin: String,
        /// The model the resume would be embedded with; defaults to the lock's fallback.
        #[arg(long)]
        model: Option<String>,
    },
    /// Rank a checked index for a resume and print the report as JSON (as `candor rank`).
    Rank {
        #[arg(long)]
        index: PathBuf,
        #[arg(long)]
        pin: String,
        /// Plain-text resume.
        #[arg(long)]
        resume: PathBuf,
        #[arg(long, default_value = "dist")]
        site: PathBuf,
        #[arg(long)]
        model: Option<String>,
        /// Read the int8 vectors instead of the f32 ones.
        #[arg(long)]
        int8: bool,
        /// How many postings each of BM25 and the embedding shortlist for full scoring.
        #[arg(long, default_value_t = 200)]
        shortlist: usize,
    },
}

#[derive(Subcommand)]
enum LockCommand {
    /// Print the per-shard SHA-256 pins of a mirrored file as a `[models.files.shards]` TOML
    /// table, to paste into models.lock.toml. The file is verified against its pin first.
    Shards {
        #[arg(long, default_value = "dist")]
        site: PathBuf,
        #[arg(long)]
        model: String,
        /// The file's lock path, e.g. model.safetensors.
        #[arg(long)]
        file: String,
        #[arg(long, default_value_t = candor_store::shards::DEFAULT_SHARD_BYTES)]
        shard_bytes: u64,
    },
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("candor: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// The postings in `path`, or the bundled samples.
fn jobs_or_samples(path: Option<&std::path::Path>) -> Result<Vec<JobPosting>> {
    Ok(match path {
        Some(path) => read_jobs(path)?,
        None => serde_json::from_str(SAMPLE_JOBS_JSON)?,
    })
}

fn run(cli: Cli) -> Result<()> {
    let lock = ModelLock::bundled();
    match cli.command {
        Command::Rank {
            site,
            model,
            resume,
            jobs,
        } => {
            let model_id = model.unwrap_or_else(|| lock.defaults.fallback.clone());
            let resume = read_text(&resume)?;
            let jobs = jobs_or_samples(jobs.as_deref())?;
            let report = rank(&lock, &site, &model_id, &resume, &jobs)?;
            println!("{}", serde_json::to_string_pretty(&report)?);
        }
        Command::Recruit {
            site,
            model,
            job,
            candidates,
        } => {
            let model_id = model.unwrap_or_else(|| lock.defaults.fallback.clone());
            let job = read_job(&job)?;
            let resumes = read_resumes(&candidates)?;
            let report = candor_cli::recruit(&lock, &site, &model_id, &job, &resumes)?;
            println!("{}", serde_json::to_string_pretty(&report)?);
        }
        Command::Search {
            query,
            jobs,
            models,
            limit,
        } => {
            let jobs = jobs_or_samples(jobs.as_deref())?;
            let hits = candor_cli::search(&lock, models.as_deref(), &query, &jobs, limit)?;
            println!("{}", serde_json::to_string_pretty(&hits)?);
        }
        Command::Learn {
            models,
            train,
            dev,
            grades_from,
            out,
        } => {
            let learned = candor_cli::eval::learn_files(&models, &train, &dev, &grades_from)?;
            let names = |paths: &[PathBuf]| {
                paths
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
            };
            let command = std::iter::once("candor".to_owned())
                .chain(std::env::args().skip(1))
                .collect::<Vec<_>>()
                .join(" ");
            let file = candor_cli::eval::learn::weights_file(
                &learned,
                &command,
                &names(&train),
                &names(&dev),
            );
            std::fs::write(&out, serde_json::to_string_pretty(&file)? + "\n")?;
            for candidate in learned.candidates.iter().chain([&learned.without_model]) {
                eprintln!(
                    "{:32} train {:.4}  dev mean {:.4}  {:?}",
                    candidate.method, candidate.train, candidate.dev_mean, candidate.dev
                );
            }
            eprintln!(
                "kept {}; written to {}",
                learned.candidates[learned.best].method,
                out.display()
            );
        }
        Command::Feedback {
            models,
            sets,
            sweep,
            out,
        } => {
            let figures = candor_cli::eval::feedback_files(&models, &sets, sweep)?;
            let text = serde_json::to_string_pretty(&figures)? + "\n";
            match out {
                Some(out) => {
                    std::fs::write(&out, text)?;
                    eprintln!("written to {}", out.display());
                }
                None => print!("{text}"),
            }
        }
        Command::Results { models, test, out } => {
            let results = candor_cli::eval::results(&models, &test)?;
            std::fs::write(&out, serde_json::to_string_pretty(&results)? + "\n")?;
            eprintln!("written to {}", out.display());
        }
        Command::Eval {
            input,
            models,
            per_query,
            reranker,
            rerank_top_k,
            rerank_sweep,
            dense_chunks,
            window_overlap,
        } => {
            let mut report = match (reranker, &models) {
                (Some(reranker_id), Some(site)) => {
                    let options = candor_cli::rerank_eval::RerankOptions {
                        reranker_id,
                        rerank_top_k,
                        sweep: rerank_sweep,
                    };
                    candor_cli::rerank_eval::eval_file_reranked(
                        &input, site, &lock, &options, per_query,
                    )?
                }
                (_, models) => candor_cli::eval::eval_file(&input, models.as_deref(), per_query)?,
            };
            match models.filter(|_| dense_chunks) {
                Some(site) => {
                    let stats = candor_cli::dense_chunks::add_rankers_for_file(
                        &mut report,
                        &input,
                        &site,
                        window_overlap,
                        per_query,
                    )?;
                    let mut json = serde_json::to_value(&report)?;
                    json["dense_chunks"] = serde_json::to_value(&stats)?;
                    println!("{}", serde_json::to_string(&json)?);
                }
                None => println!("{}", serde_json::to_string(&report)?),
            }
        }
        Command::Index { command } => run_index(&lock, command)?,
        Command::Lock {
            command:
                LockCommand::Shards {
                    site,
                    model,
                    file,
                    shard_bytes,
                },
        } => {
            let model = find_model(&lock, &model)?;
            let Some(locked) = model.file(&file) else {
                bail!("{} has no file {file:?} in models.lock.toml", model.id);
            };
            let size = NonZeroU64::new(shard_bytes).context("--shard-bytes must be above zero")?;
            let pins = candor_store::mirror::shard_pins(&site, model, locked, size)?;
            print!("{}", candor_store::mirror::shard_pins_toml(&pins));
        }
        Command::Verify { site, model } => {
            let models = match &model {
                Some(id) => vec![find_model(&lock, id)?],
                None => lock.models.iter().collect(),
            };
            let report = verify(&site, &models);
            for line in &report.lines {
                println!("{line}");
            }
            if report.rejected > 0 {
                bail!("{} file(s) do not match models.lock.toml", report.rejected);
            }
            if model.is_some() && report.missing_required > 0 {
                bail!("{} required file(s) are missing", report.missing_required);
            }
        }
    }
    Ok(())
}

fn run_index(lock: &ModelLock, command: IndexCommand) -> Result<()> {
    let fallback = || lock.defaults.fallback.clone();
    match command {
        IndexCommand::Build {
            jobs,
            site,
            model,
            name,
            version,
            created,
            postings_per_shard,
            out,
        } => {
            let created = match created {
                Some(day) => Date::parse_iso(&day).context("--created must be YYYY-MM-DD")?,
                None => candor_cli::today_utc(),
            };
            let model_id = model.unwrap_or_else(fallback);
            let request = job_index::BuildRequest {
                site: &site,
                model_id: &model_id,
                jobs: &jobs,
                name: &name,
                version,
                created,
                postings_per_shard,
                out: &out,
            };
            let report = job_index::build(lock, &request)?;
            println!("{}", serde_json::to_string_pretty(&report)?);
        }
        IndexCommand::Check { index, pin, model } => {
            let model_id = model.unwrap_or_else(fallback);
            let opened = job_index::open(lock, &model_id, &index, &pin, VectorKind::F32)?;
            let manifest = &opened.manifest;
            println!(
                "{}",
                serde_json::to_string_pretty(&serde_json::json!({
                    "name": manifest.name,
                    "version": manifest.version,
                    "created": manifest.created,
                    "model_id": manifest.model.model_id,
                    "postings": opened.jobs.len(),
                    "shards": manifest.shards.len(),
                    "verified": true,
                }))?
            );
        }
        IndexCommand::Rank {
            index,
            pin,
            resume,
            site,
            model,
            int8,
            shortlist,
        } => {
            let model_id = model.unwrap_or_else(fallback);
            let vectors = if int8 {
                VectorKind::Int8
            } else {
                VectorKind::F32
            };
            let opened = job_index::open(lock, &model_id, &index, &pin, vectors)?;
            let resume = read_text(&resume)?;
            let report = job_index::rank(
                lock,
                &site,
                &model_id,
                &opened,
                &resume,
                shortlist,
                candor_cli::today_utc(),
            )?;
            println!("{}", serde_json::to_string_pretty(&report)?);
        }
    }
    Ok(())
}
