"""Where an event's trigger, actors, place, date and sources are in the article text.

A record carries character offsets for its evidence sentence and trigger only; actors,
place, date and sources carry the words as written (``raw_text``). They are looked up in the
evidence sentence (nearest to the trigger) and, when the article text is at hand and the
words are not in that sentence, in the whole article (nearest to the sentence). Overlapping
spans keep the more specific kind (trigger, then actor, recipient, place, date, source).
"""

from __future__ import annotations

import re
from typing import Any

KINDS = ("trigger", "actor", "recipient", "place", "date", "source")
_PRIORITY = {k: i for i, k in enumerate(KINDS)}
#: Longest run of words looked up (longer raw texts are not highlighted).
MAX_NEEDLE = 300


def _pattern(needle: str) -> re.Pattern[str] | None:
    words = needle.split()
    if not words or len(needle) > MAX_NEEDLE:
        return None
    body = r"\s+".join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def _nearest(
    text: str, pat: re.Pattern[str], lo: int, hi: int, anchor: int
) -> tuple[int, int] | None:
    best: tuple[int, int, int] | None = None
    for m in pat.finditer(text, lo, hi):
        dist = abs(m.start() - anchor)
        if best is None or dist < best[0]:
            best = (dist, m.start(), m.end())
    return (best[1], best[2]) if best else None


def evidence_range(record: dict[str, Any], text: str | None) -> tuple[int, int] | None:
    """The evidence sentence's offsets in ``text`` (checked; looked up if they disagree)."""
    ev = record.get("evidence") or {}
    s, e, t = ev.get("start"), ev.get("end"), ev.get("text") or ""
    if not isinstance(s, int) or not isinstance(e, int):
        return None
    if text is None or text[s:e] == t:
        return s, e
    i = text.find(t) if t else -1
    return (i, i + len(t)) if i >= 0 else None


def _label(kind: str, item: dict[str, Any]) -> str:
    if kind in ("actor", "recipient", "source"):
        bits = [b for b in (item.get("country"), item.get("sector"), item.get("title")) if b]
        name = item.get("name") or item.get("raw_text") or "?"
        return f"{kind}: {name}" + (f" ({', '.join(bits)})" if bits else "")
    if kind == "place":
        bits = [b for b in (item.get("admin1"), item.get("country")) if b]
        return f"place: {item.get('name') or item.get('raw_text')}" + (
            f" ({', '.join(bits)})" if bits else ""
        )
    if kind == "date":
        start, end = item.get("start"), item.get("end")
        span = start if not end or end == start else f"{start} – {end}"
        return f"date: {span} ({item.get('granularity')})"
    return kind


def highlights(record: dict[str, Any], text: str | None = None) -> dict[str, Any]:
    """``{"evidence": {start, end} | None, "spans": [{kind, start, end, text, label,
    in_sentence}]}`` in article offsets, sorted and non-overlapping.

    Without ``text`` the search is limited to the evidence sentence stored in the record.
    """
    ev = record.get("evidence") or {}
    rng = evidence_range(record, text)
    if rng is None:
        return {"evidence": None, "spans": []}
    s0, e0 = rng
    if text is None:
        hay, base = ev.get("text") or "", s0
    else:
        hay, base = text, 0
    lo, hi = s0 - base, e0 - base
    found: list[dict[str, Any]] = []
    trig = ev.get("trigger") or {}
    anchor = lo
    t_text = trig.get("text") or ""
    ts, te = trig.get("start"), trig.get("end")
    if isinstance(ts, int) and isinstance(te, int) and t_text:
        if hay[ts - base : te - base] == t_text:
            got: tuple[int, int] | None = (ts - base, te - base)
        else:
            pat = _pattern(t_text)
            got = _nearest(hay, pat, lo, hi, lo) if pat else None
        if got:
            anchor = got[0]
            found.append({"kind": "trigger", "at": got, "item": {}, "in": True, "text": t_text})
    wanted: list[tuple[str, dict[str, Any], list[str]]] = []
    for kind, key in (("actor", "actor"), ("recipient", "recipient"), ("source", "attribution")):
        for a in record.get(key) or []:
            wanted.append((kind, a, [a.get("raw_text") or "", a.get("name") or ""]))
    loc = record.get("location")
    if loc:
        wanted.append(("place", loc, [loc.get("raw_text") or "", loc.get("name") or ""]))
    date = record.get("date") or {}
    if date.get("raw_text"):
        wanted.append(("date", date, [date["raw_text"]]))
    for kind, item, needles in wanted:
        for needle in needles:
            pat = _pattern(needle)
            if pat is None:
                continue
            got = _nearest(hay, pat, lo, hi, anchor)
            inside = got is not None
            if got is None and text is not None:
                got = _nearest(hay, pat, 0, len(hay), (lo + hi) // 2)
            if got:
                found.append({"kind": kind, "at": got, "item": item, "in": inside})
                break
    found.sort(key=lambda f: (_PRIORITY[f["kind"]], f["at"][0]))
    kept: list[dict[str, Any]] = []
    for f in found:
        a, b = f["at"]
        if any(a < k["at"][1] and k["at"][0] < b for k in kept):
            continue
        kept.append(f)
    kept.sort(key=lambda f: f["at"])
    spans = [
        {
            "kind": f["kind"],
            "start": f["at"][0] + base,
            "end": f["at"][1] + base,
            "text": hay[f["at"][0] : f["at"][1]],
            "label": _label(f["kind"], f["item"]) if f["kind"] != "trigger" else "trigger",
            "in_sentence": f["in"],
        }
        for f in kept
    ]
    return {"evidence": {"start": s0, "end": e0}, "spans": spans}
