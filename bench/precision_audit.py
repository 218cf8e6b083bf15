"""Record precision on held-out-like Italian text, judged by hand.

KIND's Wikinews training sentences (``../shared/data/kind/WN_train.tsv``, CC BY-NC: test
only, never copied here) are Italian Wikinews passages outside the dev gold: the nearest
stand-in for the held-out set. This script draws seeded windows of 2-3 sentences, extracts
their events and scores each record against ``precision_judgements.json``: a record key
(window index | trigger | type | actor countries | recipient countries) -> a hand judgement,
following the dev gold conventions at country level:

    R right, T wrong type, A wrong actor, C wrong recipient, W wrong actor and recipient,
    N not an event

Records the file does not know are listed as UNJUDGED with their sentence: judge them and
add them to the file (the judgements hold no text of the corpus, only the trigger word).

    .venv/bin/python bench/precision_audit.py --seed 2026 --windows 300
    .venv/bin/python bench/precision_audit.py --seed 7 --windows 300
"""

from __future__ import annotations

import argparse
import collections
import json
import random
from pathlib import Path

from eventwire.api import extract

NOSP_BEFORE = set(".,;:!?)]»”%")
NOSP_AFTER = set("([«“")
JUDGEMENTS = Path(__file__).with_name("precision_judgements.json")
LABELS = {
    "R": "right",
    "T": "wrong type",
    "A": "wrong actor",
    "C": "wrong recipient",
    "W": "wrong actor and recipient",
    "N": "not an event",
    "?": "unjudged",
}


def sentences(path: Path) -> list[list[str]]:
    """The token lists of a KIND token-per-line file (blank line between sentences)."""
    out: list[list[str]] = []
    cur: list[str] = []
    for line in path.open(encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            if cur:
                out.append(cur)
                cur = []
            continue
        cur.append(line.split("\t")[0])
    if cur:
        out.append(cur)
    return out


def detok(toks: list[str]) -> str:
    """Re-join tokens as running text (no space before punctuation, after an elision)."""
    s, prev, dq = "", None, False
    for t in toks:
        sp = prev is not None
        if prev is None or t in NOSP_BEFORE or prev in NOSP_AFTER:
            sp = False
        elif prev.endswith("'") and len(prev) > 1:
            sp = False
        elif (t == '"' and dq) or (prev == '"' and dq):
            sp = False
        if t == '"':
            dq = not dq
        s += (" " if sp else "") + t
        prev = t
    return s


def windows(path: Path, n: int, seed: int) -> list[tuple[int, str]]:
    ss = sentences(path)
    rnd = random.Random(seed)
    res = []
    for _ in range(n):
        k = rnd.choice([2, 3])
        i = rnd.randrange(0, len(ss) - k)
        res.append((i, " ".join(detok(s) for s in ss[i : i + k])))
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--windows", type=int, default=300)
    args = ap.parse_args()
    judged = json.loads(JUDGEMENTS.read_text(encoding="utf-8"))
    counts: collections.Counter[str] = collections.Counter()
    negated: collections.Counter[str] = collections.Counter()
    unjudged = []
    corpus = Path(args.shared) / "data" / "kind" / "WN_train.tsv"
    for i, text in windows(corpus, args.windows, args.seed):
        for r in extract(text, language="it"):
            actor = sorted({a.country for a in r.actor}, key=str)
            recipient = sorted({a.country for a in r.recipient}, key=str)
            key = f"{i}|{r.evidence.trigger.text}|{r.event_type}|{actor}|{recipient}"
            label = judged.get(key, "?")
            counts[label] += 1
            if r.factuality.polarity == "negative":
                negated[label] += 1
            if label == "?":
                unjudged.append((key, r.evidence.text[-160:]))
    n = sum(counts.values()) or 1
    print(f"seed {args.seed}, {args.windows} windows: {n} records")
    for code, name in LABELS.items():
        print(f"  {name:27} {counts[code]:4}  {counts[code] / n:6.1%}")
    if negated:
        # counted above as any record; the scorer counts negated records apart (no false
        # positive when no gold event matches: event-record.md, scoring rule 4)
        by_label = ", ".join(f"{code} {negated[code]}" for code in LABELS if negated[code])
        print(f"  of which negative polarity  {sum(negated.values()):4}  ({by_label})")
    for key, sent in unjudged:
        print("UNJUDGED", key, "|", sent)


if __name__ == "__main__":
    main()
