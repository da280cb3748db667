#!/usr/bin/env python3
"""Runs `candor eval --dense-chunks` on the train and dev splits of the long and ESCO sets and
writes the figures table of tests/eval/DENSE_CHUNKS.md (between the `figures` markers).

Never reads a *_test.jsonl split. Standard library only.

    cargo build --release -p candor-cli
    python3 tests/eval/dense_chunks.py --candor target/release/candor --models dist
"""

import argparse
import concurrent.futures
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
SETS = [
    "tests/eval/long/long_train.jsonl",
    "tests/eval/long/long_dev.jsonl",
    "tests/eval/esco/esco_train.jsonl",
    "tests/eval/esco/esco_dev.jsonl",
]
RANKERS = [
    "dense_trunc",
    "dense_chunk_mean_vec",
    "dense_chunk_max",
    "dense_chunk_maxsim",
    "dense_chunk_mean_sim",
]
BEGIN = "<!-- figures: written by tests/eval/dense_chunks.py -->"
END = "<!-- end figures -->"


def run(candor, models, path, overlap):
    assert "_test" not in path, "test splits are reserved"
    command = [
        candor, "eval", "--input", path, "--models", models,
        "--dense-chunks", "--window-overlap", str(overlap),
    ]
    print("running", " ".join(command), file=sys.stderr)
    out = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout)


def table(results, overlap):
    names = [pathlib.Path(p).stem for p in SETS]
    lines = [
        f"Windows of 254 content tokens, {overlap} shared by neighbours. "
        "nDCG@10 / MRR per set.",
        "",
        "| ranker | " + " | ".join(names) + " |",
        "|---" * (len(names) + 1) + "|",
    ]
    for ranker in RANKERS:
        cells = []
        for report in results:
            m = report["rankers"][ranker]
            cells.append(f"{m['ndcg@10']:.4f} / {m['mrr']:.4f}")
        lines.append(f"| `{ranker}` | " + " | ".join(cells) + " |")
    lines += [
        "",
        "| set | docs | queries | doc windows | query windows | truncated (s) | windowed (s) | ratio |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, report in zip(names, results):
        s = report["dense_chunks"]
        lines.append(
            f"| {name} | {report['docs']} | {report['queries']} | {s['doc_windows']} | "
            f"{s['query_windows']} | {s['trunc_seconds']:.1f} | {s['windows_seconds']:.1f} | "
            f"{s['windows_seconds'] / s['trunc_seconds']:.2f} |"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candor", default="target/release/candor")
    parser.add_argument("--models", default="dist")
    parser.add_argument("--overlap", type=int, nargs="+", default=[32])
    parser.add_argument("--jobs", type=int, default=2, help="evals run at once")
    parser.add_argument("--out", default="tests/eval/DENSE_CHUNKS.md")
    args = parser.parse_args()
    # Two runs at a time: each run's two embedding passes are timed in the same process, so the
    # ratio stays fair even when the machine is shared.
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        figures = "\n\n".join(
            table(
                list(pool.map(lambda path: run(args.candor, args.models, path, overlap), SETS)),
                overlap,
            )
            for overlap in args.overlap
        )
    out = ROOT / args.out
    text = out.read_text() if out.exists() else f"{BEGIN}\n{END}\n"
    head, rest = text.split(BEGIN)
    _, tail = rest.split(END)
    out.write_text(f"{head}{BEGIN}\n{figures}\n{END}{tail}")
    print(figures)


if __name__ == "__main__":
    main()
