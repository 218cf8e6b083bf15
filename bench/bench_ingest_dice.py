"""Ingest DICE (10,371 Italian crime news articles) twice: timings and a checked summary.

Usage:
    python bench/bench_ingest_dice.py [--shared ../shared] [--db /tmp/eventwire-dice.duckdb]
                                      [--limit N]

The first run must store every distinct non-empty text once (duplicates of an earlier line are
``duplicate``); the second run must store nothing new. The expected numbers are computed here
independently from the file (SHA-256 of each text), then compared with the run summaries.
Exit status 1 when a check fails.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

from eventwire.ingest import ingest
from eventwire.store import open_store

ROOT = Path(__file__).resolve().parent.parent


def expected(path: Path, limit: int | None) -> dict[str, int]:
    seen: set[str] = set()
    out = {"lines": 0, "stored": 0, "duplicate": 0, "empty": 0}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and out["lines"] >= limit:
                break
            out["lines"] += 1
            text = json.loads(line).get("text") or ""
            if not text.strip():
                out["empty"] += 1
                continue
            h = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
            if h in seen:
                out["duplicate"] += 1
            else:
                seen.add(h)
                out["stored"] += 1
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--db", default="/tmp/eventwire-dice.duckdb")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = ap.parse_args()
    src = args.shared / "data" / "dice_it" / "dice_articles.jsonl"
    if args.limit:
        part = Path(args.db).with_suffix(".input.jsonl")
        with src.open(encoding="utf-8") as fh, part.open("w", encoding="utf-8") as out:
            for i, line in enumerate(fh):
                if i >= args.limit:
                    break
                out.write(line)
        src = part
    for p in (Path(args.db), Path(args.db + ".wal")):
        p.unlink(missing_ok=True)
    want = expected(src, None)
    print(f"{src}: {want['lines']:,} lines, {want['stored']:,} distinct texts, "
          f"{want['duplicate']:,} repeated, {want['empty']:,} empty")  # fmt: skip
    ok = True
    for attempt in (1, 2):
        store = open_store(args.db)
        t = time.perf_counter()
        s = ingest([src], store)
        secs = time.perf_counter() - t
        counts = store.counts()
        store.close()
        print(
            f"run {attempt}: {s.inputs:,} inputs in {secs:,.1f} s ({s.inputs / secs:,.1f} "
            f"articles/s): stored {s.stored:,}, duplicate {s.duplicate:,}, rejected "
            f"{s.rejected:,} {dict(s.reasons)}, events {s.events:,}, near-duplicates "
            f"{s.near_duplicates:,}; store: {counts}"
        )
        if attempt == 1:
            checks = {
                "stored": (s.stored, want["stored"]),
                "duplicate": (s.duplicate, want["duplicate"]),
                "rejected": (s.rejected, want["empty"]),
                "articles table": (counts["articles"], want["stored"]),
                "mentions table": (counts["mentions"], s.events),
            }
        else:
            checks = {
                "stored": (s.stored, 0),
                "duplicate": (s.duplicate, want["stored"] + want["duplicate"]),
                "events": (s.events, 0),
                "articles table": (counts["articles"], want["stored"]),
            }
        for name, (got, exp) in checks.items():
            if got != exp:
                ok = False
                print(f"  CHECK FAILED run {attempt} {name}: {got:,} != {exp:,}")
    print("all checks passed" if ok else "some checks failed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
