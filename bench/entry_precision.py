"""Italian record precision by lexicon entry, with each entry's recall value beside it.

The held-out Italian set is Wikinews-like, as are the KIND WN windows that
``precision_audit.py`` and ``recall_audit.py`` draw, so the judged audit records are the best
estimate of each trigger entry's held-out precision. This script groups the judged records of
the precision seeds by the rule or lexicon entry that set their event type (the record's
``why`` for the field ``event_type``, line number dropped), counts right (R) against each wrong
label, and counts for the same entries the required events they match in the recall audits
(all non-locked recall seeds), the Italian dev gold and the probes (true and false positives).

A record right with probability p changes the expected F1 by about (p - F1/2) * 2/(P+G)
(P records, G gold events): keeping an entry is worth ``R - F1/2 * judged`` in units of that
factor. The table is sorted by this figure, the worst entries first (``--f1`` sets the F1,
the held-out estimate by default).

The locked recall seeds 31 and 555 are never run: neither their precision records nor their
recall windows are read. A record key seen under several seeds (windows overlap) counts once.

    python bench/entry_precision.py --shared /work/shared
    python bench/entry_precision.py --shared /work/shared --top 40 --min 5
    python bench/entry_precision.py --shared /work/shared --show invitare   # judged records
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from precision_audit import JUDGEMENTS as PREC_FILE  # noqa: E402
from precision_audit import windows  # noqa: E402
from recall_audit import JUDGEMENTS as RECALL_FILE  # noqa: E402
from recall_audit import matches  # noqa: E402

PREC_SEEDS = [
    41,
    42,
    43,
    44,
    45,
    46,
    47,
    48,
    49,
    50,
    51,
    52,
    53,
    54,
    55,
    56,
    57,
    58,
    21,
    22,
    8,
    12,
    4242,
    2026,
    7,
    99,
    5,
    6,
    13,
]
RECALL_SEEDS = {
    8: 150,
    12: 150,
    7: 60,
    99: 60,
    2026: 80,
    3030: 80,
    5050: 80,
    6060: 80,
    7070: 80,
    8080: 80,
    9090: 80,
    1212: 80,
    1313: 80,
    1414: 80,
}
LOCKED = {31, 555}
WRONG = "TACWN"


def entry_of(why: list[Any]) -> str:
    """The rule or lexicon entry that set the event type, without its line number."""
    for w in why:
        field = w["field"] if isinstance(w, dict) else w.field
        if field != "event_type":
            continue
        rule = w["rule"] if isinstance(w, dict) else w.rule
        entry = w["entry"] if isinstance(w, dict) else w.entry
        if entry:
            return re.sub(r"^(\S+?):\d+ ", r"\1 ", entry)
        return rule
    return "(none)"


def precision_rows(shared: str, seeds: list[int], n: int) -> dict[str, dict[str, Any]]:
    """Unique judged record key -> label, entry, evidence (negated records set apart, as the audit)."""
    from eventwire.api import extract

    judged = json.loads(PREC_FILE.read_text(encoding="utf-8"))
    corpus = Path(shared) / "data" / "kind" / "WN_train.tsv"
    rows: dict[str, dict[str, Any]] = {}
    for seed in seeds:
        if seed in LOCKED:
            continue
        for i, text in windows(corpus, n, seed):
            for r in extract(text, language="it"):
                if r.factuality.polarity == "negative":
                    continue
                actor = sorted({a.country for a in r.actor}, key=str)
                recipient = sorted({a.country for a in r.recipient}, key=str)
                key = f"{i}|{r.evidence.trigger.text}|{r.event_type}|{actor}|{recipient}"
                rows.setdefault(
                    key,
                    {
                        "label": judged.get(key, "?"),
                        "entry": entry_of(r.why),
                        "seed": seed,
                        "text": r.evidence.text[-200:],
                    },
                )
    return rows


def recall_hits(shared: str) -> collections.Counter[str]:
    """Entry -> required recall-audit events it matched (one to one, as recall_audit.score)."""
    from eventwire.api import extract

    gold = json.loads(RECALL_FILE.read_text(encoding="utf-8"))
    corpus = Path(shared) / "data" / "kind" / "WN_train.tsv"
    hits: collections.Counter[str] = collections.Counter()
    seen: set[str] = set()
    for seed, n in RECALL_SEEDS.items():
        if seed in LOCKED:
            continue
        for i, text in windows(corpus, n, seed):
            key = f"{seed}|{i}"
            if key not in gold or key in seen:
                continue
            seen.add(key)
            preds = []
            for r in extract(text, language="it"):
                actor = frozenset(a.country for a in r.actor if a.country)
                recipient = frozenset(a.country for a in r.recipient if a.country)
                preds.append(((r.event_type, actor, recipient), entry_of(r.why)))
            used: set[int] = set()
            events = gold[key]
            for ev in sorted(events, key=lambda e: bool(e.get("optional"))):
                hit = next(
                    (j for j, (p, _) in enumerate(preds) if j not in used and matches(ev, p)), None
                )
                if hit is not None:
                    used.add(hit)
                    if not ev.get("optional"):
                        hits[preds[hit][1]] += 1
    return hits


def gold_hits(paths: list[str]) -> tuple[collections.Counter[str], collections.Counter[str]]:
    """Entry -> (required gold events matched, false positives) over eval gold files."""
    from eventwire.api import extract_articles
    from eventwire.article import Article
    from eventwire.evaluate import load_gold, score_item

    tp: collections.Counter[str] = collections.Counter()
    fp: collections.Counter[str] = collections.Counter()
    items = [it for p in paths for it in load_gold(p)]
    arts = [
        Article(
            text=it.text, id=it.id, language=it.language, published=it.published, source=it.source
        )
        for it in items
    ]
    preds = {a.id: [r.to_dict() for r in recs] for a, recs in extract_articles(arts)}
    for it in items:
        ps = preds.get(it.id, [])
        res = score_item(it.events, it.forbidden, ps, item_id=it.id)
        for pair in res.pairs:
            if pair.required:
                tp[entry_of(ps[pair.pred]["why"])] += 1
        for pi in res.false_positives:
            fp[entry_of(ps[pi]["why"])] += 1
    return tp, fp


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--windows", type=int, default=300)
    ap.add_argument("--seeds", type=int, nargs="+", default=PREC_SEEDS)
    ap.add_argument("--f1", type=float, default=0.45, help="held-out F1 for the expected effect")
    ap.add_argument("--min", type=int, default=1, help="only entries with this many judged records")
    ap.add_argument("--top", type=int, default=0, help="print only the first N rows")
    ap.add_argument("--show", help="print the judged records of entries matching this regex")
    ap.add_argument("--no-gold", action="store_true", help="skip recall audits, dev and probes")
    args = ap.parse_args()
    if LOCKED & set(args.seeds):
        ap.error("seeds 31 and 555 are locked")

    rows = precision_rows(args.shared, args.seeds, args.windows)
    if args.show:
        for key, row in sorted(rows.items(), key=lambda kv: (kv[1]["entry"], kv[1]["label"])):
            if re.search(args.show, row["entry"]):
                print(f"{row['label']} {row['entry']} | {key} | {row['text']}")
        return
    by_entry: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for row in rows.values():
        by_entry[row["entry"]][row["label"]] += 1
    recall: collections.Counter[str] = collections.Counter()
    dev_tp = dev_fp = probe_tp = probe_fp = collections.Counter()
    if not args.no_gold:
        recall = recall_hits(args.shared)
        dev_tp, dev_fp = gold_hits([f"{args.shared}/gold/dev/it_wikinews_dev.jsonl"])
        probes = sorted(str(p) for p in Path(__file__).with_name("probes").glob("*.json"))
        probe_tp, probe_fp = gold_hits(probes)
    half = args.f1 / 2
    table = []
    for entry in set(by_entry) | set(recall) | set(dev_tp) | set(probe_tp):
        c = by_entry.get(entry, collections.Counter())
        judged = sum(v for k, v in c.items() if k != "?")
        if judged < args.min:
            continue
        table.append((c["R"] - half * judged, entry, c, judged))
    table.sort()
    total = collections.Counter()
    for c in by_entry.values():
        total.update(c)
    tj = sum(v for k, v in total.items() if k != "?")
    print(
        f"{len(rows)} unique records of seeds {args.seeds} ({args.windows} windows), "
        f"{tj} judged, R {total['R']} = {total['R'] / (tj or 1):.3f}, unjudged {total['?']}"
    )
    print(
        f"effect = R - {half:.3f} * judged (F1 {args.f1}); recall = required audit events matched"
    )
    print(
        f"{'effect':>7} {'R/judged':>9} {'prec':>5}  T  A  C  W  N  ? recall dev+/- probe+/-  entry"
    )
    for n, (eff, entry, c, judged) in enumerate(table):
        if args.top and n >= args.top:
            break
        p = c["R"] / judged if judged else 0.0
        wrong = " ".join(f"{c[k]:2}" for k in WRONG)
        print(
            f"{eff:7.2f} {c['R']:4}/{judged:<4} {p:5.2f} {wrong} {c['?']:2} {recall[entry]:6} "
            f"{dev_tp[entry]:4}/{dev_fp[entry]:<3} {probe_tp[entry]:5}/{probe_fp[entry]:<3}  {entry}"
        )


if __name__ == "__main__":
    main()
