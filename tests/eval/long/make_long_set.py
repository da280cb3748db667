#!/usr/bin/env python3
"""Writes tests/eval/long/long_{train,dev,test}.jsonl from the hand-written sources beside it.

Sources (edit these, then rerun): `postings/*.txt` and `resumes/*.txt` (a header block, a line
`---`, then the text as pasted) and `grades.tsv` (resume_id, posting_id, grade, tag, note).
Every pair not listed in grades.tsv is grade 0 ("different field"). Rubric and split rule:
tests/eval/long/README.md.

The script checks the sources before writing anything: ids unique and equal to file names,
header values from their allowed sets, posting bodies 300-900 words, resume bodies 150-700,
grades 0-3 with known ids and allowed tags, every pair inside a writer group graded, designed
hard negatives graded 0 and quiet positives 2-3, every resume with a grade-3 posting.

The split is by resume and fixed by the ids alone: per field, the five resumes sorted by the
SHA-256 of their id go 3 to train, 1 to dev, 1 to test. Documents are written in SHA-256 order
of their ids, so a document's position (which breaks score ties) says nothing about relevance.

Usage:
  python3 tests/eval/long/make_long_set.py          # check the sources, write the three files
  python3 tests/eval/long/make_long_set.py --check  # fail if the committed files differ
No dependencies; the output is deterministic.
"""

import csv
import hashlib
import json
import pathlib
import sys

SCRIPT = pathlib.Path(__file__).resolve()
HERE = SCRIPT.parent
REPO = HERE.parent.parent.parent

# The four writers' groups. Every resume x posting pair inside a group was graded by its writer;
# pairs across groups were graded in a later pass, which lists only the pairs worth listing.
GROUPS = {
    "g1": ("sw", "data", "it", "fin"),
    "g2": ("health", "edu", "public"),
    "g3": ("retail", "hosp", "support"),
    "g4": ("logi", "trades", "mfg"),
}
GROUP_OF_FIELD = {field: group for group, fields in GROUPS.items() for field in fields}

POSTING_KEYS = (
    "id", "field", "title", "company", "location", "work_mode", "seniority", "employment",
    "salary", "requires",
)
RESUME_KEYS = ("id", "field", "seniority", "years", "location", "wants", "credentials")
ALLOWED = {
    "work_mode": {"onsite", "hybrid", "remote"},
    "posting seniority": {"intern", "entry", "junior", "mid", "senior", "lead", "director"},
    "employment": {"full-time", "part-time", "contract", "internship", "temporary"},
    "resume seniority": {"new-grad", "entry", "junior", "mid", "senior", "lead", "director"},
}
POSTING_WORDS = (300, 900)
RESUME_WORDS = (150, 700)
RESUMES_PER_FIELD = 5
# Per field, resumes in SHA-256 order of their ids: the first three train, then dev, then test.
SPLIT_OF_RANK = ("train", "train", "train", "dev", "test")
SPLITS = ("train", "dev", "test")
HARD_TAGS = {
    "hard:licence", "hard:clearance", "hard:eligibility", "hard:seniority", "hard:location",
    "hard:salary", "hard:stuffing", "hard:internship", "hard:contract", "hard:scam",
}
QUIET_TAG = "quiet"
GRADES_HEADER = ["resume_id", "posting_id", "grade", "tag", "note"]


class SourceError(Exception):
    """A source file breaks a rule; the message names the file and the rule."""


def sha256(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_entry(path, keys):
    """The header fields and the text below `---` of one posting or resume file."""
    head, separator, body = path.read_text(encoding="utf-8").partition("\n---\n")
    if not separator:
        raise SourceError(f"{path.name}: no '---' line after the header")
    header = {}
    for line in head.splitlines():
        key, colon, value = line.partition(":")
        if not colon or key.strip() not in keys or key.strip() in header:
            raise SourceError(f"{path.name}: bad header line {line!r}")
        header[key.strip()] = value.strip()
    missing = [key for key in keys if key not in header]
    if missing:
        raise SourceError(f"{path.name}: header lacks {', '.join(missing)}")
    if header["id"] != path.stem:
        raise SourceError(f"{path.name}: id {header['id']!r} differs from the file name")
    header["body"] = body.strip()
    return header


def check_allowed(entry, key, allowed_key):
    if entry[key] not in ALLOWED[allowed_key]:
        raise SourceError(f"{entry['id']}: {key} {entry[key]!r} is not one of "
                          f"{sorted(ALLOWED[allowed_key])}")


def check_words(entry, bounds, what):
    n_words = len(entry["body"].split())
    if not bounds[0] <= n_words <= bounds[1]:
        raise SourceError(f"{entry['id']}: {what} body has {n_words} words, "
                          f"outside {bounds[0]}-{bounds[1]}")


def read_postings():
    postings = {}
    for path in sorted((HERE / "postings").glob("*.txt")):
        posting = read_entry(path, POSTING_KEYS)
        if posting["field"] not in GROUP_OF_FIELD:
            raise SourceError(f"{path.name}: unknown field {posting['field']!r}")
        if not posting["id"].startswith(posting["field"] + "-"):
            raise SourceError(f"{path.name}: id does not start with its field")
        check_allowed(posting, "work_mode", "work_mode")
        check_allowed(posting, "seniority", "posting seniority")
        check_allowed(posting, "employment", "employment")
        check_words(posting, POSTING_WORDS, "posting")
        postings[posting["id"]] = posting
    return postings


def read_resumes():
    resumes = {}
    for path in sorted((HERE / "resumes").glob("*.txt")):
        resume = read_entry(path, RESUME_KEYS)
        if resume["field"] not in GROUP_OF_FIELD:
            raise SourceError(f"{path.name}: unknown field {resume['field']!r}")
        if not resume["id"].startswith(f"r-{resume['field']}-"):
            raise SourceError(f"{path.name}: id is not r-<field>-<n>")
        check_allowed(resume, "seniority", "resume seniority")
        check_words(resume, RESUME_WORDS, "resume")
        resumes[resume["id"]] = resume
    return resumes


def read_grades(postings, resumes):
    """{(resume_id, posting_id): (grade, tag)} for every listed pair."""
    grades = {}
    with open(HERE / "grades.tsv", newline="", encoding="utf-8") as tsv:
        rows = csv.reader(tsv, delimiter="\t", quoting=csv.QUOTE_NONE)
        if next(rows) != GRADES_HEADER:
            raise SourceError(f"grades.tsv: header is not {GRADES_HEADER}")
        for line_no, row in enumerate(rows, start=2):
            where = f"grades.tsv line {line_no}"
            if len(row) != len(GRADES_HEADER):
                raise SourceError(f"{where}: {len(row)} fields")
            resume_id, posting_id, grade_text, tag, note = row
            if resume_id not in resumes or posting_id not in postings:
                raise SourceError(f"{where}: unknown id in {resume_id} {posting_id}")
            if (resume_id, posting_id) in grades:
                raise SourceError(f"{where}: {resume_id} x {posting_id} graded twice")
            if grade_text not in {"0", "1", "2", "3"}:
                raise SourceError(f"{where}: grade {grade_text!r} is not 0-3")
            grade = int(grade_text)
            if tag and tag not in HARD_TAGS and tag != QUIET_TAG:
                raise SourceError(f"{where}: unknown tag {tag!r}")
            if tag and not note.strip():
                raise SourceError(f"{where}: a tagged line needs a note")
            if tag in HARD_TAGS and grade != 0:
                raise SourceError(f"{where}: hard negative graded {grade}")
            if tag == QUIET_TAG and grade < 2:
                raise SourceError(f"{where}: quiet positive graded {grade}")
            grades[(resume_id, posting_id)] = (grade, tag)
    for resume_id, resume in resumes.items():
        group = GROUP_OF_FIELD[resume["field"]]
        for posting_id, posting in postings.items():
            if GROUP_OF_FIELD[posting["field"]] == group and (resume_id, posting_id) not in grades:
                raise SourceError(f"grades.tsv: same-group pair {resume_id} x {posting_id} "
                                  "is not graded")
        if not any(grades.get((resume_id, posting_id), (0, ""))[0] == 3
                   for posting_id in postings):
            raise SourceError(f"grades.tsv: {resume_id} has no grade-3 posting")
    return grades


def assign_splits(resumes):
    """{split: [resume ids]}: per field, resumes in SHA-256 order of their ids, 3/1/1."""
    by_field = {}
    for resume_id, resume in resumes.items():
        by_field.setdefault(resume["field"], []).append(resume_id)
    splits = {split: [] for split in SPLITS}
    for field, resume_ids in sorted(by_field.items()):
        if len(resume_ids) != RESUMES_PER_FIELD:
            raise SourceError(f"field {field} has {len(resume_ids)} resumes, "
                              f"not {RESUMES_PER_FIELD}")
        for rank, resume_id in enumerate(sorted(resume_ids, key=sha256)):
            splits[SPLIT_OF_RANK[rank]].append(resume_id)
    return {split: sorted(resume_ids) for split, resume_ids in splits.items()}


def doc_line(posting):
    """A posting as rankers see a paste: title, company and location lines above the body; the
    same fields (and the pay as written) also as structured fields."""
    doc = {
        "type": "doc",
        "doc_id": posting["id"],
        "field": posting["field"],
        "title": posting["title"],
        "company": posting["company"],
        "location": posting["location"],
        "text": "\n".join([posting["title"], posting["company"], posting["location"], "",
                           posting["body"]]),
    }
    if posting["salary"] != "none":
        doc["salary"] = posting["salary"]
    return doc


def query_line(resume, grades):
    """A resume and every graded pair of it, plus which of those are designed cases."""
    judged = sorted((posting_id, grade_tag) for (resume_id, posting_id), grade_tag
                    in grades.items() if resume_id == resume["id"])
    return {
        "type": "query",
        "query_id": resume["id"],
        "field": resume["field"],
        "text": resume["body"],
        "qrels": {posting_id: grade for posting_id, (grade, _) in judged},
        "hard_negatives": [posting_id for posting_id, (_, tag) in judged if tag in HARD_TAGS],
        "quiet_positives": [posting_id for posting_id, (_, tag) in judged if tag == QUIET_TAG],
    }


def render(split, splits, postings, resumes, grades):
    meta = {
        "type": "meta",
        "name": f"long_{split}",
        "split": split,
        "generator": "tests/eval/long/make_long_set.py",
        "rubric": "tests/eval/long/README.md",
        "docs": len(postings),
        "queries": len(splits[split]),
        "unlisted_pairs": "grade 0 (different field)",
        "split_rule": "by resume; per field, resumes sorted by SHA-256 of the id: 3 train, "
                      "1 dev, 1 test; test is never used to learn or tune",
        "splits": splits,
    }
    lines = [meta]
    lines += [doc_line(postings[posting_id]) for posting_id in sorted(postings, key=sha256)]
    query_ids = sorted(splits[split], key=sha256)
    lines += [query_line(resumes[resume_id], grades) for resume_id in query_ids]
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)


def main(argv):
    check_only = argv[1:] == ["--check"]
    if argv[1:] and not check_only:
        sys.exit(__doc__)
    try:
        postings = read_postings()
        resumes = read_resumes()
        grades = read_grades(postings, resumes)
        splits = assign_splits(resumes)
    except SourceError as error:
        sys.exit(f"error: {error}")
    stale = []
    for split in SPLITS:
        path = HERE / f"long_{split}.jsonl"
        text = render(split, splits, postings, resumes, grades)
        if check_only:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                stale.append(path.relative_to(REPO))
        else:
            path.write_text(text, encoding="utf-8")
    if stale:
        sys.exit(f"stale: {', '.join(map(str, stale))}; run python3 {SCRIPT.relative_to(REPO)}")
    n_hard = sum(tag in HARD_TAGS for _, tag in grades.values())
    n_quiet = sum(tag == QUIET_TAG for _, tag in grades.values())
    print(f"{len(postings)} postings, {len(resumes)} resumes, {len(grades)} graded pairs "
          f"({n_hard} hard negatives, {n_quiet} quiet positives); "
          + ", ".join(f"{split} {len(splits[split])}" for split in SPLITS)
          + ("; committed files are current" if check_only else ""))


if __name__ == "__main__":
    main(sys.argv)
