"""CPU seconds per pipeline stage, and a check that a speed change keeps every record.

    .venv/bin/python bench/bench_stages.py it 1000 [--dump FILE] [--compare FILE]

Times each spaCy component (CPU time, so that other jobs on the machine matter less) over
the first N DICE (``it``) or Guardian (``en``) articles of ../shared, after warming the
pipeline, and the bare ``spacy.blank`` tokenizer over the same texts. ``--dump`` writes the
records; ``--compare`` reports the articles whose records differ from an earlier dump. To
measure a patch, run the same command on two trees (``PYTHONPATH=/tmp/tree/src``), the
second one with ``--compare`` (and another ``PYTHONHASHSEED`` to check determinism).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"


def articles(lang: str, n: int, shared: Path) -> list:
    from eventwire.article import Article

    out = []
    if lang == "it":
        with (shared / "data" / "dice_it" / "dice_articles.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                if len(out) >= n:
                    break
                row = json.loads(line)
                out.append(Article(text=row["text"], id=row["id"], language="it"))
    else:
        csv.field_size_limit(1 << 30)
        path = shared / "data" / "ngec" / "Guardian_SDF_sample.csv"
        with path.open(encoding="utf-8", newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                if len(out) >= n:
                    break
                out.append(
                    Article(text=row["text"], id=f"g{i}", language="en", published=row["date"])
                )
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lang", choices=["it", "en"])
    ap.add_argument("n", type=int)
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--compare", type=Path)
    args = ap.parse_args()

    import spacy

    import eventwire
    from eventwire.api import records_from_doc
    from eventwire.parallel import warm_up
    from eventwire.pipeline.nlp import get_nlp
    from eventwire.pipeline.tokens import forget

    arts = articles(args.lang, args.n, args.shared)
    warm_up([args.lang])
    nlp = get_nlp(args.lang)
    spent: dict[str, float] = defaultdict(float)
    records = []
    clock = time.process_time
    for art in arts:
        t = clock()
        doc = nlp.make_doc(art.text)
        spent["tokenizer"] += clock() - t
        doc._.published = art.published
        doc._.article = art
        for name, proc in nlp.pipeline:
            t = clock()
            doc = proc(doc)
            spent[name] += clock() - t
        records.append([r.to_dict() for r in records_from_doc(doc, art)])
        forget(doc)  # as extract_articles does (the Doc is then freed at once)
    blank = spacy.blank(args.lang)
    t = clock()
    for art in arts:
        blank.make_doc(art.text)
    floor = clock() - t
    total = sum(spent.values())
    print(
        f"{Path(eventwire.__file__).parent} {args.lang} {len(arts)} articles: {total:.2f} s CPU, "
        f"bare tokenizer {floor:.2f} s, ratio {total / floor:.1f}x"
    )
    for name, sec in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {name:22s} {sec:7.2f} s {100 * sec / total:5.1f} %")
    if args.dump:
        args.dump.write_text(json.dumps(records, ensure_ascii=False))
    if args.compare:
        before = json.loads(args.compare.read_text())
        diff = [arts[i].id for i, (a, b) in enumerate(zip(before, records, strict=True)) if a != b]
        print(f"records differ from {args.compare} in {len(diff)} articles: {diff[:20]}")
        return 1 if diff else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
