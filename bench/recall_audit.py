"""Record recall on held-out-like Italian text, against blind hand annotations.

The companion of ``precision_audit.py``: the same seeded windows of KIND's Wikinews training
sentences (``shared/data/kind/WN_train.tsv``, CC BY-NC: test only, never copied here), drawn by
its ``windows()``, so that both audits see the same text. ``recall_judgements.json`` maps
``"seed|window index"`` (the index of the window's first sentence, as in the precision file)
to the events a careful analyst codes in that window by the dev gold conventions
(``gold/dev/it_wikinews_dev.README.md``), ``[]`` for a window with none:

    {"event_type": "ASSAULT", "actor": ["ITA"], "recipient": [], "optional": false,
     "trigger": "uccisi"}

with ``event_type_alt`` (a list) and ``symmetric`` (true) where they apply. Countries are
ISO3 codes (or IGO / NGO); an unidentified party is ``[]``. ``trigger`` is a hint for the
reader, the only corpus text the file holds.

Scoring follows ``spec/event-record.md``: a gold event is found when a record has its type
(or an alternative) and the same actor-country and recipient-country sets (for a symmetric
event the union of both sides); matching is one to one; optional events count only when
found (neither missed nor required otherwise).

    python bench/recall_audit.py --shared /work/shared --annotate --seed 8 --first 0 --last 99
    python bench/recall_audit.py --shared /work/shared --seeds 8 12 --windows 150
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from precision_audit import windows  # noqa: E402

JUDGEMENTS = Path(__file__).with_name("recall_judgements.json")

#: A prediction as the scorer sees it: type, actor countries, recipient countries.
Pred = tuple[str, frozenset[str], frozenset[str]]


def matches(gold: dict[str, Any], pred: Pred) -> bool:
    """Spec scoring rule 1 at country level."""
    etype, actor, recipient = pred
    if etype != gold["event_type"] and etype not in gold.get("event_type_alt", []):
        return False
    g_actor, g_recipient = frozenset(gold["actor"]), frozenset(gold["recipient"])
    if gold.get("symmetric"):
        return actor | recipient == g_actor | g_recipient
    return actor == g_actor and recipient == g_recipient


def score(gold: Sequence[dict[str, Any]], preds: Sequence[Pred]) -> tuple[list[int], list[int]]:
    """Indices of the gold events (found, missed); optional events appear only when found.

    One to one and greedy: required events first, each takes the first free matching record.
    """
    used: set[int] = set()
    found, missed = [], []
    order = sorted(range(len(gold)), key=lambda k: bool(gold[k].get("optional")))
    for k in order:
        hit = next((j for j, p in enumerate(preds) if j not in used and matches(gold[k], p)), None)
        if hit is not None:
            used.add(hit)
            found.append(k)
        elif not gold[k].get("optional"):
            missed.append(k)
    return sorted(found), sorted(missed)


def predictions(text: str) -> list[tuple[Pred, str]]:
    """The records of one window as (scored tuple, short description)."""
    from eventwire.api import extract

    out = []
    for r in extract(text, language="it"):
        actor = frozenset(a.country for a in r.actor if a.country)
        recipient = frozenset(a.country for a in r.recipient if a.country)
        neg = " NEG" if r.factuality.polarity == "negative" else ""
        desc = (
            f"{r.event_type} {sorted(actor)}->{sorted(recipient)} '{r.evidence.trigger.text}'{neg}"
        )
        out.append(((r.event_type, actor, recipient), desc))
    return out


def describe(ev: dict[str, Any]) -> str:
    arrow = "<->" if ev.get("symmetric") else "->"
    alt = f"/{'/'.join(ev['event_type_alt'])}" if ev.get("event_type_alt") else ""
    opt = " (optional)" if ev.get("optional") else ""
    return f"{ev['event_type']}{alt} {ev['actor']}{arrow}{ev['recipient']} '{ev.get('trigger', '')}'{opt}"


def drawn(shared: str, seed: int, first: int, last: int) -> Iterable[tuple[int, int, str]]:
    corpus = Path(shared) / "data" / "kind" / "WN_train.tsv"
    for n, (i, text) in enumerate(windows(corpus, last + 1, seed)):
        if n >= first:
            yield n, i, text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--seeds", type=int, nargs="+", default=[8, 12])
    ap.add_argument("--seed", type=int, help="one seed (same as --seeds S)")
    ap.add_argument("--windows", type=int, default=150, help="windows 0..N-1 of each seed")
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--last", type=int, help="last window (default: --windows - 1)")
    ap.add_argument("--annotate", action="store_true", help="print unannotated windows, text only")
    args = ap.parse_args()
    seeds = [args.seed] if args.seed is not None else args.seeds
    last = args.windows - 1 if args.last is None else args.last
    gold = json.loads(JUDGEMENTS.read_text(encoding="utf-8")) if JUDGEMENTS.exists() else {}

    if args.annotate:
        for seed in seeds:
            for n, i, text in drawn(args.shared, seed, args.first, last):
                if f"{seed}|{i}" not in gold:
                    print(f"== {seed}|{i}  (window {n})\n{text}\n")
        return

    total = found_n = 0
    windows_n = records_n = records_hit = 0
    by_type: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    misses = []
    seen: set[str] = set()
    for seed in seeds:
        for _n, i, text in drawn(args.shared, seed, args.first, last):
            key = f"{seed}|{i}"
            if key not in gold or key in seen:
                continue
            seen.add(key)
            windows_n += 1
            events = gold[key]
            preds = predictions(text)
            found, missed = score(events, [p for p, _ in preds])
            positive = [p for p, d in preds if not d.endswith(" NEG")]
            records_n += len(positive)
            records_hit += sum(1 for p in positive if any(matches(e, p) for e in events))
            for k in found:
                if not events[k].get("optional"):
                    by_type[events[k]["event_type"]][0] += 1
            for k in found + missed:
                if not events[k].get("optional"):
                    by_type[events[k]["event_type"]][1] += 1
            req_found = sum(1 for k in found if not events[k].get("optional"))
            found_n += req_found
            total += req_found + len(missed)
            for k in missed:
                misses.append((key, events[k], text, [d for _, d in preds]))
    print(f"seeds {seeds}, windows {args.first}-{last}: {windows_n} annotated windows")
    print(f"recall (required gold events found): {found_n}/{total} = {found_n / (total or 1):.3f}")
    print(
        f"records (negated set apart) matching an annotated event, required or optional: "
        f"{records_hit}/{records_n} (a cross-check of precision_audit.py on these windows)"
    )
    for t, (f, n) in sorted(by_type.items(), key=lambda x: -x[1][1]):
        print(f"  {t:10} {f:3}/{n:3}")
    for key, ev, text, descs in misses:
        print(f"\nMISS {key}: {describe(ev)}\n  {text}")
        for d in descs or ["(no record)"]:
            print(f"    got: {d}")


if __name__ == "__main__":
    main()
