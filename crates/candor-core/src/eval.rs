//! Offline ranking evaluation: graded-relevance metrics and the JSONL dev-set format.
//!
//! Metrics follow trec_eval's definitions (<https://github.com/usnistgov/trec_eval>), with
//! graded gains as in Järvelin and Kekäläinen, "Cumulated gain-based evaluation of IR
//! techniques" (2002) and Burges et al. (2005):
//!
//! - nDCG@k: `DCG@k = sum over ranks i = 1..k of (2^grade_i - 1) / log2(i + 1)`, divided by the
//!   DCG@k of the ideal ordering of all the query's judged grades.
//! - MRR: the reciprocal rank of the first document holding the query's top grade, averaged over
//!   queries (for binary judgments this is ordinary MRR).
//! - Recall@k: the fraction of relevant documents (grade >= 1) ranked in the top k.
//!
//! A query with no relevant document scores 0 on all three; the dev sets have none.
//!
//! A dev set is JSON Lines, one object per line:
//!
//! ```text
//! {"type":"doc","doc_id":"d1","text":"Registered Nurse, ICU ..."}
//! {"type":"doc","doc_id":"d2","title":"CDL-A Driver","description":"...","skills":["CDL-A"]}
//! {"type":"query","query_id":"q1","text":"<resume>","qrels":{"d1":3,"d2":0}}
//! ```
//!
//! Grades are 0 to 3 and unlisted documents are 0. Blank lines and lines of any other `type` are
//! ignored, so a file can carry comments as `{"type":"comment",...}`.

use std::collections::BTreeMap;
use std::collections::HashMap;

use serde::{Deserialize, Serialize, Serializer};

/// The rank cutoff of the reported nDCG and recall.
pub const CUTOFF: usize = 10;

/// The highest relevance grade a qrel may hold.
pub const MAX_GRADE: u8 = 3;

/// Discounted cumulative gain of the first `k` grades: `sum (2^g - 1) / log2(rank + 1)`.
pub fn dcg_at_k(grades: &[u8], k: usize) -> f64 {
    grades
        .iter()
        .take(k)
        .enumerate()
        .map(|(rank_idx, &grade)| gain(grade) / ((rank_idx + 2) as f64).log2())
        .sum()
}

fn gain(grade: u8) -> f64 {
    2f64.powi(i32::from(grade)) - 1.0
}

/// nDCG@k of a ranking. `ranked_grades` holds the grade of each ranked document in rank order
/// (0 for unjudged ones); `judged_grades` holds every grade in the query's qrels, in any order,
/// from which the ideal DCG is computed. 0 when no judged grade is above 0.
pub fn ndcg_at_k(ranked_grades: &[u8], judged_grades: &[u8], k: usize) -> f64 {
    let mut ideal = judged_grades.to_vec();
    ideal.sort_unstable_by(|a, b| b.cmp(a));
    let ideal_dcg = dcg_at_k(&ideal, k);
    if ideal_dcg == 0.0 {
        0.0
    } else {
        dcg_at_k(ranked_grades, k) / ideal_dcg
    }
}

/// 1 / the 1-based rank of the first document graded `top_grade` (the query's highest grade);
/// 0 when `top_grade` is 0 or no such document is ranked.
pub fn reciprocal_rank(ranked_grades: &[u8], top_grade: u8) -> f64 {
    if top_grade == 0 {
        return 0.0;
    }
    ranked_grades
        .iter()
        .position(|&grade| grade >= top_grade)
        .map_or(0.0, |rank_idx| 1.0 / (rank_idx + 1) as f64)
}

/// The fraction of the query's `n_relevant` relevant documents (grade >= 1) found among the
/// first `k` ranked; 0 when the query has none.
pub fn recall_at_k(ranked_grades: &[u8], n_relevant: usize, k: usize) -> f64 {
    if n_relevant == 0 {
        return 0.0;
    }
    let found = ranked_grades.iter().take(k).filter(|&&g| g >= 1).count();
    found as f64 / n_relevant as f64
}

/// Replaces `ranked` with document indices ordered by `scores`, highest first; equal scores keep
/// index order so a ranking is reproducible.
pub fn rank_by_score(scores: &[f32], ranked: &mut Vec<usize>) {
    ranked.clear();
    ranked.extend(0..scores.len());
    ranked.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
}

/// The `k` of reciprocal rank fusion, as in the paper.
pub const RRF_K: f32 = 60.0;

/// Reciprocal rank fusion (Cormack, Clarke and Büttcher, "Reciprocal rank fusion outperforms
/// Condorcet and individual rank learning methods", SIGIR 2009): each document scores
/// `sum over rankers of 1 / (k + rank)`, its 1-based rank in each ranker's order (ties in index
/// order, as [`rank_by_score`]). Only ranks count, so rankers on any scale combine.
///
/// # Panics
/// When the rankers' score lists differ in length.
pub fn reciprocal_rank_fusion_into(rankers: &[&[f32]], k: f32, fused: &mut Vec<f32>) {
    let n_docs = rankers.first().map_or(0, |scores| scores.len());
    fused.clear();
    fused.resize(n_docs, 0.0);
    let mut ranked = Vec::with_capacity(n_docs);
    for scores in rankers {
        assert_eq!(scores.len(), n_docs, "every ranker scores every document");
        rank_by_score(scores, &mut ranked);
        for (rank_idx, &doc_idx) in ranked.iter().enumerate() {
            fused[doc_idx] += 1.0 / (k + (rank_idx + 1) as f32);
        }
    }
}

/// The three reported metrics for one query, or their means over a set.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Metrics {
    /// nDCG at [`CUTOFF`].
    #[serde(rename = "ndcg@10")]
    pub ndcg_at_10: f64,
    /// Reciprocal rank of the first top-grade document.
    pub mrr: f64,
    /// Recall at [`CUTOFF`].
    #[serde(rename = "recall@10")]
    pub recall_at_10: f64,
}

/// How many of a set's hard negatives ([`DevQuery::hard_negatives`]) a ranker put above a
/// document graded 2 or more, out of how many could be (those of queries with such a document).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct HardNegatives {
    pub above_fit: usize,
    pub judged: usize,
}

impl HardNegatives {
    /// The hard negatives of `query` ranked above at least one of its documents graded 2 or
    /// more, in a ranking given as document indices, best first.
    pub fn of_query(query: &DevQuery, ranked_doc_idxs: &[usize]) -> HardNegatives {
        let mut rank_of = vec![usize::MAX; ranked_doc_idxs.len()];
        for (rank_idx, &doc_idx) in ranked_doc_idxs.iter().enumerate() {
            rank_of[doc_idx] = rank_idx;
        }
        let lowest_fit = query
            .qrels
            .iter()
            .filter(|qrel| qrel.grade >= 2)
            .map(|qrel| rank_of[qrel.doc_idx])
            .max();
        let Some(lowest_fit) = lowest_fit else {
            return HardNegatives::default();
        };
        HardNegatives {
            above_fit: query
                .hard_negatives
                .iter()
                .filter(|&&doc_idx| rank_of[doc_idx] < lowest_fit)
                .count(),
            judged: query.hard_negatives.len(),
        }
    }

    fn add(&mut self, other: HardNegatives) {
        self.above_fit += other.above_fit;
        self.judged += other.judged;
    }
}

/// The metrics of one query for a ranking given as document indices, best first.
pub fn query_metrics(query: &DevQuery, ranked_doc_idxs: &[usize]) -> Metrics {
    let ranked_grades: Vec<u8> = ranked_doc_idxs
        .iter()
        .map(|&doc_idx| query.grade(doc_idx))
        .collect();
    let judged_grades: Vec<u8> = query.qrels.iter().map(|qrel| qrel.grade).collect();
    Metrics {
        ndcg_at_10: ndcg_at_k(&ranked_grades, &judged_grades, CUTOFF),
        mrr: reciprocal_rank(&ranked_grades, query.top_grade()),
        recall_at_10: recall_at_k(&ranked_grades, query.n_relevant(), CUTOFF),
    }
}

/// Ranks every document for every query of `set` and averages the metrics over queries.
/// `score_query(query_idx, scores)` must fill `scores` (handed over empty) with one score per
/// document of the set, higher meaning more relevant.
///
/// # Panics
/// When `score_query` writes a number of scores other than the number of documents.
pub fn evaluate(set: &DevSet, score_query: impl FnMut(usize, &mut Vec<f32>)) -> Metrics {
    evaluate_with(set, score_query, |_, _| {}).0
}

/// [`evaluate`], also counting [`HardNegatives`] and handing each query's ranking (document
/// indices, best first) to `on_ranking(query_idx, ranked)`.
pub fn evaluate_with(
    set: &DevSet,
    mut score_query: impl FnMut(usize, &mut Vec<f32>),
    mut on_ranking: impl FnMut(usize, &[usize]),
) -> (Metrics, HardNegatives) {
    let mut scores = Vec::with_capacity(set.docs.len());
    let mut ranked = Vec::with_capacity(set.docs.len());
    let mut sum = Metrics::default();
    let mut hard_negatives = HardNegatives::default();
    for (query_idx, query) in set.queries.iter().enumerate() {
        scores.clear();
        score_query(query_idx, &mut scores);
        assert_eq!(
            scores.len(),
            set.docs.len(),
            "a ranker scored {} documents for query {:?}; the set has {}",
            scores.len(),
            query.query_id,
            set.docs.len()
        );
        rank_by_score(&scores, &mut ranked);
        on_ranking(query_idx, &ranked);
        hard_negatives.add(HardNegatives::of_query(query, &ranked));
        let metrics = query_metrics(query, &ranked);
        sum.ndcg_at_10 += metrics.ndcg_at_10;
        sum.mrr += metrics.mrr;
        sum.recall_at_10 += metrics.recall_at_10;
    }
    let n_queries = set.queries.len().max(1) as f64;
    let means = Metrics {
        ndcg_at_10: sum.ndcg_at_10 / n_queries,
        mrr: sum.mrr / n_queries,
        recall_at_10: sum.recall_at_10 / n_queries,
    };
    (means, hard_negatives)
}

/// One ranker's name, mean metrics and hard-negative count, serialized as its metrics with
/// `"hard_negatives_above_fit":{"above_fit":k,"judged":n}` when the set lists hard negatives.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RankerMetrics {
    /// The ranker's name, such as `bm25`.
    #[serde(skip)]
    pub name: String,
    /// Its mean metrics over the set's queries.
    #[serde(flatten)]
    pub metrics: Metrics,
    #[serde(
        rename = "hard_negatives_above_fit",
        skip_serializing_if = "no_hard_negatives"
    )]
    pub hard_negatives: HardNegatives,
}

fn no_hard_negatives(hard_negatives: &HardNegatives) -> bool {
    hard_negatives.judged == 0
}

/// What `candor eval` prints: set sizes and each ranker's metrics, serialized as
/// `{"queries":N,"docs":M,"rankers":{"bm25":{"ndcg@10":x,"mrr":x,"recall@10":x},...}}` with
/// rankers in the order they were added.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvalReport {
    /// The number of queries evaluated.
    pub queries: usize,
    /// The number of documents each query ranked.
    pub docs: usize,
    /// Each ranker's metrics, in evaluation order.
    #[serde(serialize_with = "serialize_rankers")]
    pub rankers: Vec<RankerMetrics>,
    /// With `candor eval --per-query`: each ranker's top documents for every query, serialized as
    /// `{"bm25":[{"query_id":..,"ranked":[{"doc_id":..,"grade":..},..]},..],..}`; left out when
    /// empty.
    #[serde(
        skip_serializing_if = "Vec::is_empty",
        serialize_with = "serialize_per_query"
    )]
    pub per_query: Vec<(String, Vec<RankedQuery>)>,
}

/// One query's best [`CUTOFF`] documents under one ranker, with their grades.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RankedQuery {
    pub query_id: String,
    pub ranked: Vec<RankedDoc>,
}

/// A ranked document and its grade for the query (0 when unjudged).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RankedDoc {
    pub doc_id: String,
    pub grade: u8,
}

impl EvalReport {
    /// An empty report for `set`.
    pub fn for_set(set: &DevSet) -> Self {
        EvalReport {
            queries: set.queries.len(),
            docs: set.docs.len(),
            rankers: Vec::new(),
            per_query: Vec::new(),
        }
    }

    /// Evaluates one ranker on `set` (see [`evaluate`]) and appends its metrics as `name`.
    pub fn add_ranker(
        &mut self,
        name: &str,
        set: &DevSet,
        score_query: impl FnMut(usize, &mut Vec<f32>),
    ) {
        let (metrics, hard_negatives) = evaluate_with(set, score_query, |_, _| {});
        self.rankers.push(RankerMetrics {
            name: name.to_owned(),
            metrics,
            hard_negatives,
        });
    }

    /// [`EvalReport::add_ranker`], also keeping each query's best [`CUTOFF`] documents with
    /// their grades in [`EvalReport::per_query`], for inspection.
    pub fn add_ranker_per_query(
        &mut self,
        name: &str,
        set: &DevSet,
        score_query: impl FnMut(usize, &mut Vec<f32>),
    ) {
        let mut rankings = Vec::with_capacity(set.queries.len());
        let (metrics, hard_negatives) = evaluate_with(set, score_query, |query_idx, ranked| {
            let query = &set.queries[query_idx];
            rankings.push(RankedQuery {
                query_id: query.query_id.clone(),
                ranked: ranked
                    .iter()
                    .take(CUTOFF)
                    .map(|&doc_idx| RankedDoc {
                        doc_id: set.docs[doc_idx].doc_id.clone(),
                        grade: query.grade(doc_idx),
                    })
                    .collect(),
            });
        });
        self.rankers.push(RankerMetrics {
            name: name.to_owned(),
            metrics,
            hard_negatives,
        });
        self.per_query.push((name.to_owned(), rankings));
    }

    /// The metrics of the ranker called `name`.
    pub fn metrics(&self, name: &str) -> Option<&Metrics> {
        self.rankers
            .iter()
            .find(|ranker| ranker.name == name)
            .map(|ranker| &ranker.metrics)
    }
}

fn serialize_per_query<S: Serializer>(
    per_query: &[(String, Vec<RankedQuery>)],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_map(per_query.iter().map(|(name, rankings)| (name, rankings)))
}

fn serialize_rankers<S: Serializer>(
    rankers: &[RankerMetrics],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_map(rankers.iter().map(|ranker| (&ranker.name, ranker)))
}

/// One document of a dev set.
#[derive(Debug, Clone, PartialEq)]
pub struct DevDoc {
    /// Unique within the set.
    pub doc_id: String,
    /// The text rankers see: the line's `text` when given, otherwise the structured fields
    /// (title, company, location, description, requirements, skills) one per line.
    pub text: String,
    pub title: Option<String>,
    pub company: Option<String>,
    pub location: Option<String>,
    pub description: Option<String>,
    /// Free-form pay, as written; not part of the composed text.
    pub salary: Option<String>,
    pub requirements: Vec<String>,
    pub skills: Vec<String>,
}

/// One judged document of a query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Qrel {
    /// Index into [`DevSet::docs`].
    pub doc_idx: usize,
    /// 0 (not a fit) to [`MAX_GRADE`] (strong fit).
    pub grade: u8,
}

/// One query (a resume) with its judgments.
#[derive(Debug, Clone, PartialEq)]
pub struct DevQuery {
    /// Unique within the set.
    pub query_id: String,
    /// The resume text.
    pub text: String,
    /// The judged documents, sorted by `doc_idx`; unjudged documents have grade 0.
    pub qrels: Vec<Qrel>,
    /// Documents written to look like a fit that are not (grade 0): a licence the person lacks,
    /// seniority two levels off, keyword stuffing… From the line's optional `hard_negatives`.
    pub hard_negatives: Vec<usize>,
}

impl DevQuery {
    /// The grade of document `doc_idx`, 0 when unjudged.
    pub fn grade(&self, doc_idx: usize) -> u8 {
        self.qrels
            .binary_search_by_key(&doc_idx, |qrel| qrel.doc_idx)
            .map_or(0, |found| self.qrels[found].grade)
    }

    /// The highest grade in the qrels; 0 when nothing is relevant.
    pub fn top_grade(&self) -> u8 {
        self.qrels.iter().map(|qrel| qrel.grade).max().unwrap_or(0)
    }

    /// How many documents are relevant (grade >= 1).
    pub fn n_relevant(&self) -> usize {
        self.qrels.iter().filter(|qrel| qrel.grade >= 1).count()
    }
}

/// A parsed dev set: documents and queries in file order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DevSet {
    pub docs: Vec<DevDoc>,
    pub queries: Vec<DevQuery>,
}

/// An error in a dev-set file, at the 1-based line of the offending object.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("line {line}: {kind}")]
pub struct DevSetError {
    /// The 1-based line number.
    pub line: usize,
    /// What is wrong, with the offending input.
    pub kind: DevSetErrorKind,
}

/// What is wrong with a dev-set line. Each variant holds the offending input.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum DevSetErrorKind {
    /// The line is not a JSON object, or a doc or query line does not match its schema.
    #[error("{message}")]
    Json {
        /// The parser's message.
        message: String,
    },
    /// The object has no string `type`.
    #[error("missing string field \"type\"")]
    MissingType,
    /// A doc line has neither `text` nor any structured text field.
    #[error("doc {doc_id:?} has no text")]
    EmptyDoc {
        /// The document's id.
        doc_id: String,
    },
    /// A document id was used before.
    #[error("duplicate doc_id {doc_id:?} (first on line {first_line})")]
    DuplicateDoc {
        /// The repeated id.
        doc_id: String,
        /// Where it first appeared.
        first_line: usize,
    },
    /// A query id was used before.
    #[error("duplicate query_id {query_id:?} (first on line {first_line})")]
    DuplicateQuery {
        /// The repeated id.
        query_id: String,
        /// Where it first appeared.
        first_line: usize,
    },
    /// A qrel grade is outside 0 to [`MAX_GRADE`].
    #[error("query {query_id:?} grades doc {doc_id:?} {grade}; grades are 0 to 3")]
    GradeOutOfRange {
        /// The query's id.
        query_id: String,
        /// The judged document's id.
        doc_id: String,
        /// The grade as written.
        grade: i64,
    },
    /// A qrel names a document the set does not have.
    #[error("query {query_id:?} grades unknown doc {doc_id:?}")]
    UnknownDoc {
        /// The query's id.
        query_id: String,
        /// The unknown document id.
        doc_id: String,
    },
}

/// A field given as one string or a list of strings.
#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl From<OneOrMany> for Vec<String> {
    fn from(value: OneOrMany) -> Self {
        match value {
            OneOrMany::One(one) => vec![one],
            OneOrMany::Many(many) => many,
        }
    }
}

/// Pay written as text or as a bare number.
#[derive(Deserialize)]
#[serde(untagged)]
enum Salary {
    Text(String),
    Number(serde_json::Number),
}

#[derive(Deserialize)]
struct DocLine {
    doc_id: String,
    text: Option<String>,
    title: Option<String>,
    company: Option<String>,
    location: Option<String>,
    description: Option<String>,
    salary: Option<Salary>,
    requirements: Option<OneOrMany>,
    skills: Option<OneOrMany>,
}

#[derive(Deserialize)]
struct QueryLine {
    query_id: String,
    text: String,
    #[serde(default)]
    qrels: BTreeMap<String, i64>,
    #[serde(default)]
    hard_negatives: Vec<String>,
}

/// A query line whose qrels still name documents by id: documents may come after queries.
struct PendingQuery {
    line: usize,
    query_id: String,
    text: String,
    qrels: BTreeMap<String, i64>,
    hard_negatives: Vec<String>,
}

impl DevSet {
    /// Parses a JSONL dev set (see the module docs). Fails on the first malformed line, a
    /// duplicate id, a grade outside 0 to 3, or a qrel naming a document not in the file.
    pub fn parse_jsonl(text: &str) -> Result<DevSet, DevSetError> {
        let mut set = DevSet::default();
        let mut doc_lines: HashMap<String, (usize, usize)> = HashMap::new();
        let mut query_lines: HashMap<String, usize> = HashMap::new();
        let mut pending: Vec<PendingQuery> = Vec::new();
        for (line_idx, line_text) in text.lines().enumerate() {
            let line = line_idx + 1;
            if line_text.trim().is_empty() {
                continue;
            }
            let error = |kind| DevSetError { line, kind };
            let json_error = |e: serde_json::Error| {
                error(DevSetErrorKind::Json {
                    message: e.to_string(),
                })
            };
            let value: serde_json::Value = serde_json::from_str(line_text).map_err(json_error)?;
            if !value.is_object() {
                return Err(error(DevSetErrorKind::Json {
                    message: "expected a JSON object".into(),
                }));
            }
            let kind = value
                .get("type")
                .and_then(serde_json::Value::as_str)
                .ok_or_else(|| error(DevSetErrorKind::MissingType))?;
            match kind {
                "doc" => {
                    let doc_line: DocLine = serde_json::from_value(value).map_err(json_error)?;
                    let doc = DevDoc::from_line(doc_line);
                    if doc.text.trim().is_empty() {
                        return Err(error(DevSetErrorKind::EmptyDoc { doc_id: doc.doc_id }));
                    }
                    if let Some(&(first_line, _)) = doc_lines.get(&doc.doc_id) {
                        return Err(error(DevSetErrorKind::DuplicateDoc {
                            doc_id: doc.doc_id,
                            first_line,
                        }));
                    }
                    doc_lines.insert(doc.doc_id.clone(), (line, set.docs.len()));
                    set.docs.push(doc);
                }
                "query" => {
                    let query_line: QueryLine =
                        serde_json::from_value(value).map_err(json_error)?;
                    if let Some(&first_line) = query_lines.get(&query_line.query_id) {
                        return Err(error(DevSetErrorKind::DuplicateQuery {
                            query_id: query_line.query_id,
                            first_line,
                        }));
                    }
                    query_lines.insert(query_line.query_id.clone(), line);
                    pending.push(PendingQuery {
                        line,
                        query_id: query_line.query_id,
                        text: query_line.text,
                        qrels: query_line.qrels,
                        hard_negatives: query_line.hard_negatives,
                    });
                }
                _ => {}
            }
        }
        for query in pending {
            let error = |kind| DevSetError {
                line: query.line,
                kind,
            };
            let find_doc = |doc_id: &String| {
                doc_lines
                    .get(doc_id)
                    .map(|&(_, doc_idx)| doc_idx)
                    .ok_or_else(|| {
                        error(DevSetErrorKind::UnknownDoc {
                            query_id: query.query_id.clone(),
                            doc_id: doc_id.clone(),
                        })
                    })
            };
            let mut qrels = Vec::with_capacity(query.qrels.len());
            for (doc_id, grade) in &query.qrels {
                let doc_idx = find_doc(doc_id)?;
                let grade = u8::try_from(*grade)
                    .ok()
                    .filter(|&g| g <= MAX_GRADE)
                    .ok_or_else(|| {
                        error(DevSetErrorKind::GradeOutOfRange {
                            query_id: query.query_id.clone(),
                            doc_id: doc_id.clone(),
                            grade: *grade,
                        })
                    })?;
                qrels.push(Qrel { doc_idx, grade });
            }
            qrels.sort_unstable_by_key(|qrel| qrel.doc_idx);
            let hard_negatives = query
                .hard_negatives
                .iter()
                .map(find_doc)
                .collect::<Result<_, _>>()?;
            set.queries.push(DevQuery {
                query_id: query.query_id,
                text: query.text,
                qrels,
                hard_negatives,
            });
        }
        Ok(set)
    }

    /// The index of the document with `doc_id`.
    pub fn doc_idx(&self, doc_id: &str) -> Option<usize> {
        self.docs.iter().position(|doc| doc.doc_id == doc_id)
    }
}

impl DevDoc {
    fn from_line(line: DocLine) -> Self {
        let requirements: Vec<String> = line.requirements.map(Vec::from).unwrap_or_default();
        let skills: Vec<String> = line.skills.map(Vec::from).unwrap_or_default();
        let text = match line.text {
            Some(text) => text,
            None => {
                let mut parts: Vec<String> = [&line.title, &line.company, &line.location]
                    .into_iter()
                    .flatten()
                    .cloned()
                    .collect();
                parts.extend(line.description.clone());
                parts.extend(requirements.iter().cloned());
                if !skills.is_empty() {
                    parts.push(format!("Skills: {}", skills.join(", ")));
                }
                parts.retain(|part| !part.trim().is_empty());
                parts.join("\n")
            }
        };
        DevDoc {
            doc_id: line.doc_id,
            text,
            title: line.title,
            company: line.company,
            location: line.location,
            description: line.description,
            salary: line.salary.map(|salary| match salary {
                Salary::Text(text) => text,
                Salary::Number(number) => number.to_string(),
            }),
            requirements,
            skills,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_close(actual: f64, expected: f64) {
        assert!((actual - expected).abs() < 1e-9, "{actual} != {expected}");
    }

    #[test]
    fn dcg_uses_exponential_gain_and_log2_discount() {
        // (2^3 - 1) / log2 2 + (2^0 - 1) / log2 3 + (2^2 - 1) / log2 4 = 7 + 0 + 1.5.
        assert_close(dcg_at_k(&[3, 0, 2], 10), 8.5);
        assert_close(dcg_at_k(&[3, 0, 2], 1), 7.0);
        assert_close(dcg_at_k(&[], 10), 0.0);
    }

    #[test]
    fn ndcg_divides_by_the_ideal_of_all_judged_grades() {
        // Ranked grades 0, 3, 1; judged grades {1, 3, 2} (the 2 is ranked below the cutoff).
        // DCG@3 = 0 + 7 / log2 3 + 1 / 2; ideal 3, 2, 1: 7 + 3 / log2 3 + 1 / 2.
        let log2_3 = 3f64.log2();
        let expected = (7.0 / log2_3 + 0.5) / (7.0 + 3.0 / log2_3 + 0.5);
        assert_close(ndcg_at_k(&[0, 3, 1, 2], &[1, 3, 2], 3), expected);
        assert_close(ndcg_at_k(&[3, 2, 1], &[1, 2, 3], 10), 1.0);
        assert_close(ndcg_at_k(&[0, 0], &[0, 0], 10), 0.0);
        // A cutoff of 1 with the best document second: nothing gained.
        assert_close(ndcg_at_k(&[1, 3], &[3, 1], 1), 1.0 / 7.0);
    }

    #[test]
    fn reciprocal_rank_looks_for_the_top_grade() {
        assert_close(reciprocal_rank(&[1, 2, 3], 3), 1.0 / 3.0);
        assert_close(reciprocal_rank(&[1, 2, 0], 1), 1.0);
        assert_close(reciprocal_rank(&[0, 0], 2), 0.0);
        assert_close(reciprocal_rank(&[0, 0], 0), 0.0);
    }

    #[test]
    fn recall_counts_grades_of_one_and_up() {
        assert_close(recall_at_k(&[0, 1, 0, 3], 3, 2), 1.0 / 3.0);
        assert_close(recall_at_k(&[0, 1, 0, 3], 3, 10), 2.0 / 3.0);
        assert_close(recall_at_k(&[0, 0], 0, 10), 0.0);
    }

    #[test]
    fn rank_by_score_breaks_ties_by_index() {
        let mut ranked = vec![9];
        rank_by_score(&[0.5, 2.0, 0.5, -1.0, 2.0], &mut ranked);
        assert_eq!(ranked, [1, 4, 0, 2, 3]);
    }

    #[test]
    fn reciprocal_rank_fusion_adds_one_over_k_plus_rank() {
        // Ranker a orders 0, 1, 2; ranker b orders 2, 0, 1. With k = 1:
        // doc 0: 1/2 + 1/3; doc 1: 1/3 + 1/4; doc 2: 1/4 + 1/2.
        let mut fused = vec![9.0];
        reciprocal_rank_fusion_into(&[&[3.0, 2.0, 1.0], &[0.5, 0.1, 0.9]], 1.0, &mut fused);
        let expected = [
            1.0 / 2.0 + 1.0 / 3.0,
            1.0 / 3.0 + 1.0 / 4.0,
            1.0 / 4.0 + 1.0 / 2.0,
        ];
        for (got, want) in fused.iter().zip(expected) {
            assert!((got - want).abs() < 1e-6, "{fused:?}");
        }
        reciprocal_rank_fusion_into(&[], RRF_K, &mut fused);
        assert!(fused.is_empty());
    }

    const TINY: &str = r#"
{"type":"doc","doc_id":"rust","text":"Rust backend engineer"}
{"type":"comment","text":"ignored"}

{"type":"query","query_id":"q1","text":"I write Rust","qrels":{"nurse":0,"rust":3,"go":1}}
{"type":"doc","doc_id":"nurse","title":"ICU Nurse","company":"St. Mary","salary":52000,"requirements":["BLS","ACLS"],"skills":"triage","extra":true}
{"type":"doc","doc_id":"go","text":"Go engineer"}
{"type":"query","query_id":"q2","text":"Nurse","qrels":{"nurse":2}}
"#;

    #[test]
    fn parses_docs_queries_and_qrels_in_any_order() {
        let set = DevSet::parse_jsonl(TINY).unwrap();
        let doc_ids: Vec<&str> = set.docs.iter().map(|d| d.doc_id.as_str()).collect();
        assert_eq!(doc_ids, ["rust", "nurse", "go"]);
        let nurse = &set.docs[1];
        assert_eq!(nurse.text, "ICU Nurse\nSt. Mary\nBLS\nACLS\nSkills: triage");
        assert_eq!(nurse.salary.as_deref(), Some("52000"));
        assert_eq!(nurse.skills, ["triage"]);

        let q1 = &set.queries[0];
        assert_eq!(q1.query_id, "q1");
        assert_eq!(
            q1.qrels,
            [
                Qrel {
                    doc_idx: 0,
                    grade: 3
                },
                Qrel {
                    doc_idx: 1,
                    grade: 0
                },
                Qrel {
                    doc_idx: 2,
                    grade: 1
                },
            ]
        );
        assert_eq!((q1.grade(0), q1.grade(1), q1.grade(2)), (3, 0, 1));
        assert_eq!((q1.top_grade(), q1.n_relevant()), (3, 2));
        assert_eq!(set.queries[1].grade(0), 0, "unjudged is 0");
        assert_eq!(set.doc_idx("go"), Some(2));
    }

    fn error_of(text: &str) -> DevSetError {
        DevSet::parse_jsonl(text).unwrap_err()
    }

    #[test]
    fn malformed_lines_are_errors_naming_the_line() {
        let error = error_of("{\"type\":\"doc\",\"doc_id\":\"a\",\"text\":\"x\"}\n\n{not json\n");
        assert_eq!(error.line, 3);
        assert!(matches!(error.kind, DevSetErrorKind::Json { .. }));
        assert!(error.to_string().starts_with("line 3: "), "{error}");

        assert_eq!(
            error_of("[1]").kind,
            DevSetErrorKind::Json {
                message: "expected a JSON object".into()
            }
        );
        assert_eq!(
            error_of("{\"doc_id\":\"a\"}").kind,
            DevSetErrorKind::MissingType
        );
        let missing_text = error_of("{\"type\":\"query\",\"query_id\":\"q\"}");
        assert!(
            missing_text.to_string().contains("missing field `text`"),
            "{missing_text}"
        );
        assert_eq!(
            error_of("{\"type\":\"doc\",\"doc_id\":\"a\",\"salary\":\"$1\"}").kind,
            DevSetErrorKind::EmptyDoc { doc_id: "a".into() }
        );
    }

    #[test]
    fn duplicate_ids_unknown_docs_and_bad_grades_are_errors() {
        let doc = "{\"type\":\"doc\",\"doc_id\":\"a\",\"text\":\"x\"}";
        let error = error_of(&format!("{doc}\n{doc}"));
        assert_eq!(
            error,
            DevSetError {
                line: 2,
                kind: DevSetErrorKind::DuplicateDoc {
                    doc_id: "a".into(),
                    first_line: 1
                }
            }
        );

        let query = |qrels: &str| {
            format!("{{\"type\":\"query\",\"query_id\":\"q\",\"text\":\"t\",\"qrels\":{qrels}}}")
        };
        let error = error_of(&format!("{}\n{}", query("{}"), query("{}")));
        assert!(matches!(
            error.kind,
            DevSetErrorKind::DuplicateQuery { first_line: 1, .. }
        ));

        let error = error_of(&format!("{}\n{doc}", query("{\"b\":1}")));
        assert_eq!(
            error,
            DevSetError {
                line: 1,
                kind: DevSetErrorKind::UnknownDoc {
                    query_id: "q".into(),
                    doc_id: "b".into()
                }
            }
        );

        for bad in ["4", "-1", "300"] {
            let error = error_of(&format!("{doc}\n{}", query(&format!("{{\"a\":{bad}}}"))));
            assert_eq!(error.line, 2);
            assert!(
                matches!(error.kind, DevSetErrorKind::GradeOutOfRange { .. }),
                "{error}"
            );
        }
        let fractional = error_of(&format!("{doc}\n{}", query("{\"a\":1.5}")));
        assert!(matches!(fractional.kind, DevSetErrorKind::Json { .. }));
    }

    #[test]
    fn evaluate_averages_hand_computed_query_metrics() {
        let set = DevSet::parse_jsonl(TINY).unwrap();
        // Rank go, nurse, rust for every query.
        let metrics = evaluate(&set, |_, scores| scores.extend([0.0, 1.0, 2.0]));
        // q1 ranked grades 1, 0, 3: DCG = 1 + 7 / 2 = 4.5; ideal 3, 1, 0: 7 + 1 / log2 3.
        let q1_ndcg = 4.5 / (7.0 + 1.0 / 3f64.log2());
        // q2 ranked grades 0, 2, 0: DCG = 3 / log2 3; ideal 3.
        let q2_ndcg = 1.0 / 3f64.log2();
        assert_close(metrics.ndcg_at_10, (q1_ndcg + q2_ndcg) / 2.0);
        assert_close(metrics.mrr, (1.0 / 3.0 + 1.0 / 2.0) / 2.0);
        assert_close(metrics.recall_at_10, 1.0);
    }

    #[test]
    fn hard_negatives_count_when_ranked_above_any_document_graded_two_or_more() {
        let text = r#"
{"type":"doc","doc_id":"fit","text":"a"}
{"type":"doc","doc_id":"stuffed","text":"b"}
{"type":"doc","doc_id":"intern","text":"c"}
{"type":"doc","doc_id":"good","text":"d"}
{"type":"query","query_id":"q","text":"x","qrels":{"fit":3,"good":2},"hard_negatives":["stuffed","intern"]}
{"type":"query","query_id":"no-fit","text":"x","qrels":{"fit":1},"hard_negatives":["stuffed"]}
"#;
        let set = DevSet::parse_jsonl(text).unwrap();
        assert_eq!(set.queries[0].hard_negatives, [1, 2]);
        // Ranked fit, stuffed, good, intern: stuffed is above "good" (grade 2), intern below all.
        let q = &set.queries[0];
        assert_eq!(
            HardNegatives::of_query(q, &[0, 1, 3, 2]),
            HardNegatives {
                above_fit: 1,
                judged: 2
            }
        );
        assert_eq!(
            HardNegatives::of_query(q, &[2, 1, 0, 3]),
            HardNegatives {
                above_fit: 2,
                judged: 2
            }
        );
        // A query with no document graded 2 or more has nothing to be ranked above.
        assert_eq!(
            HardNegatives::of_query(&set.queries[1], &[1, 0, 2, 3]),
            HardNegatives::default()
        );
        let mut report = EvalReport::for_set(&set);
        report.add_ranker("r", &set, |_, scores| scores.extend([4.0, 3.0, 1.0, 2.0]));
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(
            json["rankers"]["r"]["hard_negatives_above_fit"],
            serde_json::json!({"above_fit": 1, "judged": 2})
        );
        let unknown = text.replace(r#""intern"]"#, r#""nope"]"#);
        assert!(matches!(
            DevSet::parse_jsonl(&unknown).unwrap_err().kind,
            DevSetErrorKind::UnknownDoc { .. }
        ));
    }

    #[test]
    fn report_serializes_rankers_in_order_under_metric_names() {
        let set = DevSet::parse_jsonl(TINY).unwrap();
        let mut report = EvalReport::for_set(&set);
        report.add_ranker("zeta", &set, |_, scores| scores.extend([2.0, 1.0, 0.0]));
        report.add_ranker("alpha", &set, |_, scores| scores.extend([0.0, 1.0, 2.0]));
        let json = serde_json::to_string(&report).unwrap();
        assert!(
            json.starts_with(r#"{"queries":2,"docs":3,"rankers":{"zeta":{"ndcg@10":"#),
            "{json}"
        );
        assert!(json.contains(r#""alpha":{"ndcg@10":"#), "{json}");
        assert!(json.contains(r#","mrr":"#) && json.contains(r#","recall@10":"#));
        // Zeta ranks rust, nurse, go: q1's grade-3 doc first, q2's grade-2 doc second.
        assert_eq!(report.metrics("zeta").unwrap().mrr, 0.75);
        assert_eq!(report.metrics("missing"), None);
    }

    #[test]
    fn per_query_rankings_name_each_query_s_documents_with_their_grades() {
        let set = DevSet::parse_jsonl(TINY).unwrap();
        let mut report = EvalReport::for_set(&set);
        report.add_ranker("plain", &set, |_, scores| scores.extend([2.0, 1.0, 0.0]));
        assert!(
            !serde_json::to_string(&report)
                .unwrap()
                .contains("per_query")
        );
        report.add_ranker_per_query("zeta", &set, |_, scores| scores.extend([2.0, 1.0, 0.0]));
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(
            json["per_query"]["zeta"][0],
            serde_json::json!({"query_id": "q1", "ranked": [
                {"doc_id": "rust", "grade": 3},
                {"doc_id": "nurse", "grade": 0},
                {"doc_id": "go", "grade": 1},
            ]})
        );
        assert_eq!(json["per_query"]["zeta"][1]["query_id"], "q2");
        assert_eq!(report.metrics("zeta"), report.metrics("plain"));
    }
}
