"""Pairwise precision / recall of article-level duplicate detection on DICE.

Usage:
    python bench/bench_duplicates.py [--shared ../shared]

Gold: ``data/dice_it/duplicate.csv`` (pairs of Gazzetta di Modena articles that report the same
crime, found by the DICE authors with shingle cosine similarity plus date/municipality bonuses
and checked). The detector is the one ingest uses (:mod:`eventwire.cluster`: MinHash over word
3-shingles, LSH bands for candidates, estimated Jaccard >= threshold).

Two universes are reported: all pairs of the 10,371 articles (the gold lists only pairs the
authors' date window let them compare, so some "false positives" here are unlisted true
duplicates), and pairs among the articles that appear in at least one gold pair.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import time
from collections import defaultdict
from pathlib import Path

from eventwire import cluster

ROOT = Path(__file__).resolve().parent.parent


def load(shared: Path) -> tuple[dict[str, str], set[frozenset[str]]]:
    base = shared / "data" / "dice_it"
    texts = {}
    with (base / "dice_articles.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            texts[row["id"]] = row["text"]
    gold = set()
    with (base / "duplicate.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            a, b = f"dice-{row['id_news1']}", f"dice-{row['id_news2']}"
            if a in texts and b in texts and a != b:
                gold.add(frozenset((a, b)))
    return texts, gold


def candidates(sigs: dict[str, tuple[int, ...]]) -> set[frozenset[str]]:
    buckets: dict[str, list[str]] = defaultdict(list)
    for aid, sig in sigs.items():
        for band in cluster.bands(sig):
            buckets[band].append(aid)
    pairs = set()
    for members in buckets.values():
        if 1 < len(members) < 200:
            pairs.update(frozenset(p) for p in itertools.combinations(sorted(members), 2))
    return pairs


def prf(pred: set[frozenset[str]], gold: set[frozenset[str]]) -> tuple[float, float, float]:
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument(
        "--show", type=int, default=0, help="print N predicted pairs the gold does not list"
    )
    args = ap.parse_args()
    texts, gold = load(args.shared)
    in_gold = {a for pair in gold for a in pair}
    t0 = time.perf_counter()
    sigs = {aid: cluster.minhash(t) for aid, t in texts.items()}
    t1 = time.perf_counter()
    cands = candidates(sigs)
    scored = {
        pair: cluster.signature_similarity(*(sigs[a] for a in sorted(pair))) for pair in cands
    }
    t2 = time.perf_counter()
    print(f"{len(texts):,} articles, {len(gold):,} gold pairs over {len(in_gold):,} articles")
    print(
        f"minhash {t1 - t0:.1f} s ({len(texts) / (t1 - t0):,.0f} articles/s); "
        f"{len(cands):,} LSH candidate pairs, scored in {t2 - t1:.1f} s"
    )
    print(f"candidate recall (upper bound): {len(cands & gold) / len(gold):.3f}")
    print(
        f"{'threshold':>9s} | {'all articles P / R / F1':>25s} | {'gold articles P / R / F1':>25s}"
    )
    for th in sorted({0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, cluster.NEAR_DUP_THRESHOLD}):
        pred = {p for p, s in scored.items() if s >= th}
        sub = {p for p in pred if p <= in_gold}
        a, b = prf(pred, gold), prf(sub, gold)
        mark = " (ingest default)" if th == cluster.NEAR_DUP_THRESHOLD else ""
        print(
            f"{th:9.2f} | {a[0]:7.3f} {a[1]:7.3f} {a[2]:7.3f}   | {b[0]:7.3f} {b[1]:7.3f} {b[2]:7.3f}{mark}"
        )
    if args.show:
        import random

        unlisted = sorted(
            p for p, sc in scored.items() if sc >= cluster.NEAR_DUP_THRESHOLD and p not in gold
        )
        random.Random(3).shuffle(unlisted)
        for pair in unlisted[: args.show]:
            a, b = sorted(pair)
            print(f"\n== {a} / {b} (estimated Jaccard {scored[pair]:.2f})")
            print("  " + texts[a][:240].replace("\n", " "))
            print("  " + texts[b][:240].replace("\n", " "))


if __name__ == "__main__":
    main()
