"""Timex: one normalized time expression (TIMEX3 type and value) with its resolved interval."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass
class Timex:
    """A time expression found in text.

    ``start``/``end`` are character offsets in the text; ``type`` and ``value`` follow TIMEX3
    (DATE ``2023-09-10``, ``XXXX-07-27``, DURATION ``P3D``, ``PAST_REF`` ...; a range is one
    expression with value ``2023-09-10/2023-09-13``). ``begin`` and ``finish`` are the
    resolved ISO interval (partial ISO allowed: ``2023-09``) when the expression denotes a
    date or a range, else None; ``granularity`` is one of the record's values (day, month,
    year, range, unknown); ``anchored`` says whether the value was resolved against the
    publication date; ``rule`` names the rule that produced it. ``mod`` is the TIMEX3 ``mod``
    (START, END, APPROX, MORE_THAN ...); ``role`` says how the text attaches it: ``begin``
    ("dal 2011", "since"), ``end`` ("fino al 19 settembre", "until"), ``of`` (complement of
    a noun: "la firma ... del 27 luglio 1953"), ``premod`` ("the 1988 bombing") or None.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    begin: str | None = None
    finish: str | None = None
    granularity: str = "unknown"
    anchored: bool = False
    rule: str = ""
    mod: str | None = None
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_output(self) -> dict[str, Any]:
        """The ``eventwire timex`` JSON form: offsets, text, type, value (+ interval)."""
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
        }
        if self.begin is not None:
            out["begin"] = self.begin
            out["finish"] = self.finish
        if self.mod:
            out["mod"] = self.mod
        return out
