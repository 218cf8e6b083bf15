"""Speed of the temporal tagger against a bare spaCy blank tokenizer pass (and extraction).

Reads the first 2,000 DICE articles (Italian) and the Guardian sample (English) from
``../shared/data`` and prints, per corpus: characters, tokenizer seconds, tagging seconds,
tagging as a share of the tokenizer pass, expressions found; with ``--extract N`` also the
share of the full extraction pipeline that the timex component takes on the first N
articles. Usage::

    .venv/bin/python bench/bench_timex.py [--extract 200]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

import spacy

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
DICE = DATA / "dice_it" / "dice_articles.jsonl"
GUARDIAN = DATA / "ngec" / "Guardian_SDF_sample.csv"


def dice(n: int = 2000) -> list[tuple[str, str | None]]:
    out = []
    with DICE.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            out.append((row["text"], row.get("date") or row.get("published")))
            if len(out) == n:
                break
    return out


def guardian() -> list[tuple[str, str | None]]:
    csv.field_size_limit(sys.maxsize)
    with GUARDIAN.open(encoding="utf-8", newline="") as fh:
        return [(r["text"], r.get("date") or None) for r in csv.DictReader(fh)]


def best_of(fn, repeat: int = 3) -> float:  # noqa: ANN001
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def bench(lang: str, name: str, docs: list[tuple[str, str | None]], extract: int) -> None:
    from eventwire.timex import get_tagger

    nlp = spacy.blank(lang)
    tagger = get_tagger(lang)
    texts = [t for t, _ in docs]
    chars = sum(map(len, texts))
    found = sum(len(tagger.tag(t, p)) for t, p in docs)  # warm up, count
    tok = best_of(lambda: [nlp.make_doc(t) for t in texts])
    tag = best_of(lambda: [tagger.tag(t, p) for t, p in docs])
    print(
        f"{name:9} {len(docs):5} docs {chars / 1e6:6.2f} M chars | tokenizer {tok:6.2f} s | "
        f"tagging {tag:6.2f} s = {100 * tag / tok:5.1f}% of tokenizer | {found} expressions "
        f"({chars / tag / 1e6:.1f} M chars/s)"
    )
    if extract:
        from eventwire.pipeline.nlp import get_nlp

        full = get_nlp(lang)
        spent: dict[str, float] = {}
        total = 0.0
        for text, published in docs[:extract]:
            t0 = time.perf_counter()
            doc = full.make_doc(text)
            doc._.published = published
            spent["tokenizer"] = spent.get("tokenizer", 0.0) + time.perf_counter() - t0
            for pname, proc in full.pipeline:
                t = time.perf_counter()
                doc = proc(doc)
                spent[pname] = spent.get(pname, 0.0) + time.perf_counter() - t
            total += time.perf_counter() - t0
        share = spent.get("eventwire_timex", 0.0) / (total - spent.get("eventwire_timex", 0.0))
        print(
            f"{'':9} extraction of {extract} docs {total:6.2f} s; the timex component adds "
            f"{100 * share:4.1f}% to the rest of the pipeline"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--extract", type=int, default=0, help="also time full extraction of N docs")
    args = ap.parse_args()
    if not DICE.exists() or not GUARDIAN.exists():
        sys.exit(f"bench_timex: needs {DICE} and {GUARDIAN}")
    bench("it", "DICE", dice(), args.extract)
    bench("en", "Guardian", guardian(), args.extract)


if __name__ == "__main__":
    main()
