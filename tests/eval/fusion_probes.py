#!/usr/bin/env python3
"""Probes of ways the dense and keyword rankers might combine better, on the train and dev
splits only (never a test split): dense pseudo-relevance feedback (Rocchio on MiniLM's
vectors), a stemmed BM25, and per-query z-score fusion. Each prints nDCG@10 per split; the
figures and what was kept are in the closing notes of issue #12 (none beat the committed
fusion by 0.02 on ESCO).

It reads MiniLM's vectors from the cache `candor` keeps with CANDOR_EMBED_CACHE set, so run
`CANDOR_EMBED_CACHE=<dir> make learn` first, then:

    pip install numpy snowballstemmer
    CANDOR_EMBED_CACHE=<dir> python3 tests/eval/fusion_probes.py

The BM25 here is a plain re-implementation (letters and digits, Lucene's idf, k1 1.2, b 0.75)
so that stemming can be switched on; its unstemmed figures are close to `candor eval`'s bm25.
"""

import hashlib
import json
import math
import os
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import snowballstemmer

SPLITS = ["long/long_train", "long/long_dev", "esco/esco_train", "esco/esco_dev"]
HERE = Path(__file__).resolve().parent
CACHE = Path(os.environ.get("CANDOR_EMBED_CACHE", ""))
STEMMER = snowballstemmer.stemmer("english")
TOKEN = re.compile(r"[^\W_]+", re.U)


def doc_text(doc):
    """The text `candor eval` ranks (`DevDoc::text`)."""
    if doc.get("text") is not None:
        return doc["text"]
    listed = lambda value: [value] if isinstance(value, str) else (value or [])
    parts = [doc.get(field) for field in ("title", "company", "location", "description")]
    parts = [part for part in parts if part] + listed(doc.get("requirements"))
    if listed(doc.get("skills")):
        parts.append("Skills: " + ", ".join(listed(doc.get("skills"))))
    return "\n".join(part for part in parts if part.strip())


def cached_vectors(texts):
    """MiniLM's vectors of `texts`, as `candor`'s embedding cache keeps them."""
    key = "all-minilm-l6-v2 embed_long" + "".join("\0" + text for text in texts)
    path = CACHE / (hashlib.sha256(key.encode()).hexdigest() + ".f32")
    if not path.exists():
        sys.exit(f"no cached vectors for {len(texts)} texts: run `CANDOR_EMBED_CACHE={CACHE} make learn`")
    return np.fromfile(path, dtype="<f4").reshape(len(texts), -1)


def load(split):
    lines = [json.loads(line) for line in open(HERE / f"{split}.jsonl")]
    docs = [line for line in lines if line.get("type") == "doc"]
    queries = [line for line in lines if line.get("type") == "query"]
    doc_idx = {doc["doc_id"]: idx for idx, doc in enumerate(docs)}
    grades = np.zeros((len(queries), len(docs)))
    for query_idx, query in enumerate(queries):
        for doc_id, grade in (query.get("qrels") or {}).items():
            grades[query_idx, doc_idx[doc_id]] = grade
    doc_texts = [doc_text(doc) for doc in docs]
    query_texts = [query["text"] for query in queries]
    return doc_texts, query_texts, cached_vectors(doc_texts), cached_vectors(query_texts), grades


def ndcg_at_10(scores, grades):
    """Mean nDCG@10, exponential gain, ties by document order (as `candor eval`)."""
    discount = 1 / np.log2(np.arange(2, 12))
    values = []
    for row, judged in zip(scores, grades):
        top = np.lexsort((np.arange(len(row)), -row))[:10]
        ideal = np.sort(judged)[::-1][:10]
        ideal_dcg = ((2 ** ideal - 1) * discount[: len(ideal)]).sum()
        dcg = ((2 ** judged[top] - 1) * discount[: len(top)]).sum()
        values.append(dcg / ideal_dcg if ideal_dcg > 0 else 0.0)
    return float(np.mean(values))


def bm25(doc_texts, query_texts, stem, k1=1.2, b=0.75):
    tokens = lambda text: (STEMMER.stemWords if stem else list)([t.lower() for t in TOKEN.findall(text)])
    docs = [Counter(tokens(text)) for text in doc_texts]
    lengths = np.array([sum(doc.values()) for doc in docs])
    average = lengths.mean()
    frequency = Counter(term for doc in docs for term in doc)
    scores = np.zeros((len(query_texts), len(docs)))
    for query_idx, text in enumerate(query_texts):
        for term, count in Counter(tokens(text)).items():
            if term not in frequency:
                continue
            idf = math.log(1 + (len(docs) - frequency[term] + 0.5) / (frequency[term] + 0.5))
            for doc_idx, doc in enumerate(docs):
                tf = doc.get(term, 0)
                if tf:
                    norm = k1 * (1 - b + b * lengths[doc_idx] / average)
                    scores[query_idx, doc_idx] += count * idf * tf * (k1 + 1) / (tf + norm)
    return scores


def zscore(scores):
    return (scores - scores.mean(axis=1, keepdims=True)) / np.maximum(scores.std(axis=1, keepdims=True), 1e-9)


def main():
    for split in SPLITS:
        doc_texts, query_texts, docs, queries, grades = load(split)
        cosines = queries @ docs.T
        rows = [f"dense {ndcg_at_10(cosines, grades):.4f}"]
        # Rocchio: the query moved towards the mean of its k nearest postings.
        for k in (3, 10):
            for beta in (0.3, 1.0):
                nearest = np.argsort(-cosines, axis=1)[:, :k]
                moved = queries + beta * docs[nearest].mean(axis=1)
                moved /= np.linalg.norm(moved, axis=1, keepdims=True)
                rows.append(f"prf k={k} β={beta} {ndcg_at_10(moved @ docs.T, grades):.4f}")
        for stem in (False, True):
            keyword = bm25(doc_texts, query_texts, stem)
            name = "bm25_stemmed" if stem else "bm25"
            rows.append(f"{name} {ndcg_at_10(keyword, grades):.4f}")
            for weight in (0.7, 0.8, 0.9):
                fused = weight * zscore(cosines) + (1 - weight) * zscore(keyword)
                rows.append(f"z({weight} dense + {name}) {ndcg_at_10(fused, grades):.4f}")
        print(f"{split}: " + " | ".join(rows))


if __name__ == "__main__":
    main()
