"""PETRARCH's own validation suite run through eventwire (``eventwire eval-petrarch``).

The unit-test records (``petrarch/PETR.UnitTest.records.jsonl``) use fictional actors (Arnor,
Gondor, ...) that only the bundled validation dictionaries (``PETR.Validate.actors.txt``,
``PETR.Validate.agents.txt``) resolve; they are loaded as custom actor dictionaries. For every
expected coding with a source and a target, the report counts:

- ``mentions``: both codes are among the codes of the sentence's actor mentions (the actor
  resolution alone, whatever the event stage does);
- ``actors``: an extracted event has the source among its actors and the target among its
  recipients (either way round for a symmetric event);
- ``actors_and_root``: the same event's CAMEO code also has the expected root (two digits).

Codes are compared as PETRARCH writes them: the actor's code followed by its agent's code
("DAG" + "~GOV" -> ``DAGGOV``), ``---`` standing for an unknown country.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

RECORDS = "petrarch/PETR.UnitTest.records.jsonl"
DICTIONARIES = ("petrarch/PETR.Validate.actors.txt", "petrarch/PETR.Validate.agents.txt")


@dataclass
class PetrarchReport:
    """Counts of :func:`evaluate`; ``cases`` keeps one row per expected coding."""

    records: int = 0
    codings: int = 0
    scored: int = 0
    mentions: int = 0
    actors: int = 0
    actors_and_root: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    by_category: dict[str, Counter[str]] = field(default_factory=dict)
    cases: list[dict[str, Any]] = field(default_factory=list)

    def share(self, key: str) -> float | None:
        return getattr(self, key) / self.scored if self.scored else None

    def to_dict(self, *, cases: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "records": self.records,
            "codings": self.codings,
            "scored": self.scored,
            "skipped": dict(self.skipped),
            "mentions": self.mentions,
            "actors": self.actors,
            "actors_and_root": self.actors_and_root,
            "share_mentions": self.share("mentions"),
            "share_actors": self.share("actors"),
            "share_actors_and_root": self.share("actors_and_root"),
            "by_category": {k: dict(v) for k, v in sorted(self.by_category.items())},
        }
        if cases:
            out["cases"] = self.cases
        return out


def _iso(date: str | None) -> str | None:
    if date and len(date) == 8 and date.isdigit():
        return f"{date[:4]}-{date[4:6]}-{date[6:]}"
    return None


def span_code(span: Any) -> str | None:
    """The PETRARCH-style code of an actor mention (``---`` for an unknown country)."""
    info = span._.actor_info or span._.info or {}
    code = info.get("code")
    if code:
        return str(code)
    actors = span._.actors or []
    if actors and actors[0].sector:
        return "---" + actors[0].sector
    return None


def _codes_by_text(doc: Any) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for span in doc.spans.get("actors", []):
        code = span_code(span)
        if code:
            out.setdefault(span.text, set()).add(_fix(code))
    return out


def _fix(code: str) -> str:
    """Codes without a country start with ``---`` as in PETRARCH's output."""
    from eventwire.kb.dictionaries import PLOVER_DIRECT

    if len(code) == 3 and code in PLOVER_DIRECT:
        return "---" + code
    return code


def evaluate(shared: str | Path, limit: int | None = None) -> PetrarchReport:
    """Run the unit-test records through the English pipeline with the validation
    dictionaries and count reproduced codings (see the module docstring)."""
    from eventwire.pipeline.nlp import get_nlp

    shared = Path(shared)
    path = shared / RECORDS
    if not path.is_file():
        raise FileNotFoundError(f"{path}: PETRARCH unit-test records not found")
    dicts = tuple(str(shared / d) for d in DICTIONARIES)
    for d in dicts:
        if not Path(d).is_file():
            raise FileNotFoundError(f"{d}: PETRARCH validation dictionary not found")
    nlp = get_nlp("en", dicts)
    report = PetrarchReport()
    with path.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip()]
    for line in lines[:limit] if limit else lines:
        rec = json.loads(line)
        report.records += 1
        doc = nlp.make_doc(rec["text"])
        doc._.published = _iso(rec.get("date"))
        for _name, proc in nlp.pipeline:
            doc = proc(doc)
        by_text = _codes_by_text(doc)
        mention_codes = set().union(*by_text.values()) if by_text else set()
        events = list(getattr(doc._, "events", None) or [])
        cat = rec.get("category") or "?"
        stats = report.by_category.setdefault(cat, Counter())
        for coding in rec.get("codings", []):
            report.codings += 1
            src, tgt = coding.get("source"), coding.get("target")
            if not src or not tgt or "#" in src + tgt:
                report.skipped[
                    "noevents"
                    if "noevents" in coding
                    else "error"
                    if "error" in coding
                    else "incomplete"
                ] += 1
                continue
            report.scored += 1
            stats["scored"] += 1
            # "---" alone is PETRARCH's empty target: only the source is required there
            need = {c for c in (src, tgt) if c != "---"}
            ok_m = need <= mention_codes
            ok_a = ok_r = False
            for ev in events:
                a_codes = (
                    set().union(*(by_text.get(a.raw_text or "", set()) for a in ev.actor))
                    if ev.actor
                    else set()
                )
                r_codes = (
                    set().union(*(by_text.get(a.raw_text or "", set()) for a in ev.recipient))
                    if ev.recipient
                    else set()
                )
                t_ok = tgt in r_codes or (tgt == "---" and not ev.recipient)
                hit = (src in a_codes and t_ok) or (
                    ev.symmetric and tgt in a_codes and src in r_codes
                )
                if hit:
                    ok_a = True
                    if (
                        ev.cameo
                        and coding.get("eventcode")
                        and ev.cameo[:2] == coding["eventcode"][:2]
                    ):
                        ok_r = True
                        break
            report.mentions += ok_m
            report.actors += ok_a
            report.actors_and_root += ok_r
            stats["mentions"] += ok_m
            stats["actors"] += ok_a
            stats["actors_and_root"] += ok_r
            report.cases.append(
                {
                    "id": rec.get("id"),
                    "text": rec["text"],
                    "expected": coding,
                    "mention_codes": sorted(mention_codes),
                    "events": [
                        {
                            "cameo": ev.cameo,
                            "actor": [a.raw_text for a in ev.actor],
                            "recipient": [a.raw_text for a in ev.recipient],
                        }
                        for ev in events
                    ],
                    "mentions_ok": ok_m,
                    "actors_ok": ok_a,
                    "root_ok": ok_r,
                }
            )
    return report
