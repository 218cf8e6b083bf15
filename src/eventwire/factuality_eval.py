"""Score mention-level factuality: accuracy and macro-F1 per attribute.

Two kinds of reference are read:

- JSONL rows in the ``eventwire factuality`` format whose mentions carry gold
  ``certainty`` / ``polarity`` / ``time`` (MEANTIME / FactBank values, any case);
- TimeML ``.tml`` files (TimeBank, AQUAINT): each MAKEINSTANCE gives ``polarity``
  (POS/NEG -> positive/negative), ``modality`` (could/may/might/can -> possible;
  would/should/must -> probable; none -> certain) and ``tense`` (FUTURE -> future;
  PAST/PRESENT/PASTPART/PRESPART -> non_future; other tenses are not scored for time).
  This is an approximation of the factuality scheme: TimeML marks modal auxiliaries and
  tense, not the full certainty of an event, so the figures are a development aid.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ATTRIBUTES = ("certainty", "polarity", "time")
_MODAL_CERTAINTY = {
    "could": "possible",
    "may": "possible",
    "might": "possible",
    "can": "possible",
    "possible": "possible",
    "would": "probable",
    "should": "probable",
    "must": "probable",
    "have to": "probable",
    "should have to": "probable",
}
_TENSE_TIME = {
    "FUTURE": "future",
    "PAST": "non_future",
    "PRESENT": "non_future",
    "PASTPART": "non_future",
    "PRESPART": "non_future",
}
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_timeml(path: Path) -> dict[str, Any]:
    """One TimeML file as a factuality row: text, DCT, mentions with gold attributes."""
    raw = path.read_text(encoding="utf-8")
    dct = None
    m = re.search(r"<DCT>(.*?)</DCT>", raw, re.S)
    if m:
        v = _ATTR.findall(m.group(1))
        dct = dict(v).get("value")
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    text_xml = body.group(1) if body else ""
    instances = {}
    for tag in re.findall(r"<MAKEINSTANCE[^>]*>", raw):
        a = dict(_ATTR.findall(tag))
        instances.setdefault(a.get("eventID"), a)
    out: list[str] = []
    pos = 0
    mentions = []
    open_event: tuple[str, int] | None = None
    for tm in _TAG.finditer(text_xml):
        chunk = html.unescape(text_xml[pos : tm.start()])
        out.append(chunk)
        pos = tm.end()
        closing, name, attrs = tm.group(1), tm.group(2), tm.group(3)
        offset = sum(len(c) for c in out)
        if name == "EVENT" and not closing:
            open_event = (dict(_ATTR.findall(attrs)).get("eid", ""), offset)
        elif name == "EVENT" and closing and open_event:
            eid, start = open_event
            open_event = None
            inst = instances.get(eid)
            if inst:
                mentions.append({"start": start, "end": offset, "eid": eid, **_gold(inst)})
    out.append(html.unescape(text_xml[pos:]))
    return {
        "id": path.stem,
        "text": "".join(out),
        "published": dct,
        "language": "en",
        "mentions": mentions,
    }


def _gold(inst: dict[str, str]) -> dict[str, Any]:
    g: dict[str, Any] = {"pos": inst.get("pos")}
    g["gold_polarity"] = "negative" if inst.get("polarity") == "NEG" else "positive"
    modality = (inst.get("modality") or "").lower()
    g["gold_certainty"] = _MODAL_CERTAINTY.get(modality, "certain")
    t = _TENSE_TIME.get(inst.get("tense", ""))
    if t:
        g["gold_time"] = t
    return g


def timeml_rows(folder: Path) -> Iterator[dict[str, Any]]:
    """Factuality rows of every ``.tml`` file below ``folder`` (sorted)."""
    for path in sorted(folder.rglob("*.tml")):
        yield read_timeml(path)


def _norm(v: Any) -> str | None:
    if v is None:
        return None
    v = str(v).strip().lower().replace("-", "_")
    return {"pos": "positive", "neg": "negative", "nonfuture": "non_future"}.get(v, v)


def score(pairs: Iterable[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, Any]:
    """Accuracy and macro-F1 per attribute over (gold mention, predicted mention) pairs.

    Gold values are read from ``gold_<attr>`` or ``<attr>`` keys of the gold mention.
    """
    result: dict[str, Any] = {}
    data: dict[str, list[tuple[str, str]]] = {a: [] for a in ATTRIBUTES}
    for gold, pred in pairs:
        for a in ATTRIBUTES:
            g = _norm(gold.get(f"gold_{a}", gold.get(a)))
            if g is None:
                continue
            data[a].append((g, _norm(pred.get(a)) or "underspecified"))
    for a, items in data.items():
        n = len(items)
        if not n:
            result[a] = {"n": 0, "accuracy": None, "macro_f1": None, "per_class": {}}
            continue
        acc = sum(g == p for g, p in items) / n
        labels = sorted({g for g, _ in items})
        per = {}
        for lab in labels:
            tp = sum(g == lab and p == lab for g, p in items)
            fp = sum(g != lab and p == lab for g, p in items)
            fn = sum(g == lab and p != lab for g, p in items)
            pr = tp / (tp + fp) if tp + fp else 0.0
            rc = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
            per[lab] = {
                "support": tp + fn,
                "precision": round(pr, 4),
                "recall": round(rc, 4),
                "f1": round(f1, 4),
            }
        macro = sum(v["f1"] for v in per.values()) / len(per)
        result[a] = {
            "n": n,
            "accuracy": round(acc, 4),
            "macro_f1": round(macro, 4),
            "majority_baseline": round(Counter(g for g, _ in items).most_common(1)[0][1] / n, 4),
            "per_class": per,
        }
    return result
