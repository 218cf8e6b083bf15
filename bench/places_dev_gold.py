"""Event locations on the dev golds, with triggers picked by hand (until the event stage lands).

For every gold event that has a ``location`` (Italian Wikinews dev set and the seed), the
table below names the trigger word a reader would mark, the event type, and the toponyms
that are the event's actor or recipient (``arguments``). The script runs the pipeline up to
``eventwire_places``, puts the hand-picked triggers of each item in ``doc.spans["triggers"]``
and calls :func:`eventwire.pipeline.places.locate_event`. A location is right when its
GeoNames id equals the gold's, or its country does where the gold gives only a country (the
scoring of ``spec/event-record.md``). It also reports whether the gold place is among the
places found in the text at all (resolver recall). Needs ``../shared``.

    .venv/bin/python bench/places_dev_gold.py [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Span

from eventwire.pipeline.nlp import get_nlp
from eventwire.pipeline.places import locate_event

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold" / "dev"


@dataclass(frozen=True)
class _Entry:
    event_type: str


# item id -> [(gold event index or None, trigger word, occurrence, event type, arguments)]
# Events with index None are other triggers of the item (they may claim a place).
TRIGGERS: dict[str, list[tuple[int | None, str, int, str, list[str]]]] = {
    "putin-kim-2023-09": [
        (None, "ottenere", 1, "AID", ["Mosca"]),
        (2, "incontrerà", 1, "CONSULT", []),
        (5, "visita", 1, "CONSULT", []),
        (9, "esercitazioni", 2, "COOPERATE", ["Russia", "Corea del Nord", "Cina"]),
        (None, "esercitazioni", 1, "COOPERATE", ["Russia", "Corea del Nord", "Cina"]),
        (None, "negoziati", 1, "CONSULT", ["Russia", "Corea del Nord"]),
    ],
    "kind-wn-dev-0072": [(0, "patto", 1, "AGREE", [])],
    "kind-wn-dev-0100": [(0, "sciopero", 1, "PROTEST", [])],
    "kind-wn-dev-0208": [(0, "attentati", 1, "ASSAULT", []), (None, "defilate", 1, "RETREAT", [])],
    "kind-wn-dev-0257": [
        (0, "giustiziato", 1, "ASSAULT", []),
        (None, "stabilito", 1, "SANCTION", []),
        (None, "confermata", 1, "SANCTION", []),
        (None, "esecuzione", 1, "ASSAULT", []),
    ],
    "kind-wn-dev-0275": [
        (0, "attentati", 1, "ASSAULT", []),
        (1, "attentati", 1, "ASSAULT", []),
        (2, "coprifuoco", 1, "COERCE", []),
    ],
    "kind-wn-dev-0308": [(0, "scontri", 1, "ASSAULT", []), (None, "accordo", 1, "SUPPORT", [])],
    "kind-wn-dev-0317": [
        (0, "proteste", 1, "PROTEST", []),
        (None, "assassinato", 1, "ASSAULT", []),
        (None, "sciopero", 1, "PROTEST", []),
    ],
    "kind-wn-dev-0326": [(0, "visita", 1, "CONSULT", []), (None, "annullato", 1, "REJECT", [])],
    "kind-wn-dev-0365": [(0, "vertice", 1, "CONSULT", []), (1, "deciso", 1, "AGREE", [])],
    "kind-wn-dev-0681": [
        (0, "aperto", 1, "AGREE", ["Russia"]),
        (1, "ripetuto", 1, "CONSULT", []),
        (None, "offerta", 1, "AGREE", []),
    ],
    "kind-wn-dev-0688": [
        (None, "invitato", 1, "REQUEST", []),
        (None, "firmato", 1, "SUPPORT", []),
        (2, "detto", 1, "REQUEST", []),
    ],
    "kind-wn-dev-0740": [(0, "proteste", 1, "PROTEST", [])],
    "kind-wn-dev-0817": [(0, "incursione", 1, "ASSAULT", [])],
    "kind-wn-dev-0885": [
        (0, "condannato", 1, "SANCTION", []),
        (3, "strage", 1, "ASSAULT", []),
        (None, "respinta", 1, "REJECT", []),
        (None, "domandato", 1, "REQUEST", []),
    ],
    "kind-wn-dev-1130": [(0, "confermato", 1, "SANCTION", []), (None, "pena", 1, "SANCTION", [])],
    "kind-wn-dev-1143": [(0, "ucciso", 1, "ASSAULT", []), (None, "scontri", 1, "PROTEST", [])],
    "kind-wn-dev-1225": [(0, "anullato", 1, "COERCE", []), (None, "detto", 1, "ACCUSE", [])],
    "kind-wn-dev-1270": [(0, "rotta", 1, "MOBILIZE", [])],
    "kind-wn-dev-1292": [(0, "protestato", 1, "PROTEST", [])],
    "kind-wn-dev-1318": [
        (3, "imbrattata", 1, "PROTEST", []),
        (None, "richiesta", 1, "REQUEST", []),
        (None, "respinto", 1, "REJECT", []),
    ],
    "kind-wn-dev-1369": [
        (None, "sollecitato", 1, "REQUEST", []),
        (4, "Manifestazioni", 1, "PROTEST", []),
        (None, "concedere", 1, "CONCEDE", []),
    ],
    "kind-wn-dev-1400": [(0, "visita", 1, "CONSULT", [])],
    "kind-wn-dev-1421": [(0, "marcia", 1, "PROTEST", [])],
    "kind-wn-dev-1489": [
        (0, "uccisi", 1, "ASSAULT", []),
        (None, "arrestate", 1, "COERCE", []),
        (None, "condannato", 1, "ACCUSE", []),
    ],
    "kind-wn-dev-1619": [(0, "proteste", 1, "PROTEST", [])],
    "kind-wn-dev-1663": [(0, "esplosioni", 1, "ASSAULT", [])],
    "kind-wn-dev-1991": [
        (0, "arrestato", 2, "COERCE", []),
        (1, "arrestato", 1, "COERCE", []),
        (2, "liberato", 1, "RETREAT", []),
        (None, "condannato", 1, "SANCTION", []),
    ],
    "kind-wn-dev-2247": [(0, "coprifuoco", 1, "COERCE", []), (1, "pattugliare", 1, "MOBILIZE", [])],
    "kind-wn-dev-2335": [(0, "attentato", 1, "ASSAULT", [])],
    "kind-wn-dev-2422": [(0, "inviare", 1, "MOBILIZE", []), (None, "invasione", 1, "ASSAULT", [])],
    "kind-wn-dev-2435": [
        (None, "dichiarato", 1, "AGREE", []),
        (1, "assaltarono", 1, "COERCE", ["Stati Uniti"]),
        (None, "sostengono", 1, "ACCUSE", []),
    ],
    "kind-wn-dev-2574": [(0, "conquistata", 1, "COERCE", ["Tripoli"])],
}


def _find(doc, words: str, occurrence: int) -> Span:  # noqa: ANN001
    """The ``occurrence``-th span whose tokens read ``words`` (case-sensitive)."""
    toks = words.split()
    seen = 0
    for i in range(len(doc) - len(toks) + 1):
        if [t.text for t in doc[i : i + len(toks)]] == toks:
            seen += 1
            if seen == occurrence:
                return doc[i : i + len(toks)]
    raise SystemExit(f"bench table: {words!r} #{occurrence} not found")


def _items() -> list[dict]:
    items = []
    seed = json.loads((GOLD / "putin-kim-2023-09.json").read_text(encoding="utf-8"))
    seed["text"] = (GOLD / seed["text_file"]).resolve().read_text(encoding="utf-8")
    items.append(seed)
    with (GOLD / "it_wikinews_dev.jsonl").open(encoding="utf-8") as fh:
        items.extend(json.loads(line) for line in fh if line.strip())
    return items


def _right(pred, gold: dict) -> bool:  # noqa: ANN001
    if pred is None:
        return False
    if gold.get("geonameid"):
        return pred.geonameid == gold["geonameid"]
    return pred.country == gold.get("country")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if not GOLD.exists():
        print(f"{GOLD}: not found (the dev golds live in ../shared)", file=sys.stderr)
        return 2
    nlp = get_nlp("it")
    upto = nlp.pipe_names.index("eventwire_places") + 1
    counts = {"req": [0, 0], "all": [0, 0], "none_ok": [0, 0], "found": [0, 0]}
    for item in _items():
        rows = TRIGGERS.get(item["id"])
        events = item["events"]
        located = [i for i, e in enumerate(events) if e.get("location")]
        if not rows:
            if located:
                print(f"{item['id']}: gold locations but no trigger row", file=sys.stderr)
            continue
        doc = nlp.make_doc(item["text"])
        for _, proc in nlp.pipeline[:upto]:
            doc = proc(doc)
        trig_spans = []
        for _, word, occ, etype, _ in rows:
            span = _find(doc, word, occ)
            span = Span(doc, span.start, span.end, label=etype)
            span._.trigger = _Entry(etype)
            trig_spans.append(span)
        doc.spans["triggers"] = trig_spans
        found = {(s._.place.geonameid, s._.place.country) for s in doc.spans["places"]}
        for (index, word, _occ, _etype, arg_words), trig in zip(rows, trig_spans, strict=True):
            if index is None:
                continue
            gold = events[index].get("location")
            args_spans = [_find(doc, w, 1) for w in arg_words]
            res = locate_event(doc, trig, args_spans)
            pred = res[0] if res else None
            if gold is None:
                counts["none_ok"][1] += 1
                counts["none_ok"][0] += pred is None
                ok = pred is None
            else:
                ok = _right(pred, gold)
                counts["all"][1] += 1
                counts["all"][0] += ok
                if events[index].get("required", True):
                    counts["req"][1] += 1
                    counts["req"][0] += ok
                counts["found"][1] += 1
                counts["found"][0] += any(
                    (gid == gold.get("geonameid"))
                    if gold.get("geonameid")
                    else c == gold["country"]
                    for gid, c in found
                )
            if args.verbose or not ok:
                got = f"{pred.name} {pred.geonameid} {pred.country}" if pred else "None"
                want = (
                    f"{gold.get('name')} {gold.get('geonameid')} {gold.get('country')}"
                    if gold
                    else "None"
                )
                why = res[1].rule if res else ""
                print(
                    f"{'ok ' if ok else 'BAD'} {item['id']} #{index} {word!r}: {got} | gold {want} | {why}"
                )
    for name, label in [
        ("req", "location accuracy, required events with a gold location"),
        ("all", "location accuracy, all events with a gold location"),
        ("none_ok", "no location where the gold has none (seed)"),
        ("found", "gold place among the places found in the text"),
    ]:
        right, total = counts[name]
        print(f"{label}: {right}/{total} = {right / total if total else 0:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
