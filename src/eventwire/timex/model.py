"""Timex: one normalized time expression (TIMEX3 type and value) with its resolved interval."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass
class Timex:
    """A time expression found in text.

    ``start``/``end`` are character offsets in the text; ``type`` and ``value`` follow TIMEX3
    (DATE ``2023-09-10``, ``XXXX-07-27``, DURATION ``P3D``, ``PAST_REF`` ...). ``begin`` and
    ``finish`` are the resolved ISO interval (partial ISO allowed: ``2023-09``) when the
    expression denotes a date or a range, else None; ``granularity`` is one of the record's
    values (day, month, year, range, unknown); ``anchored`` says whether the value was
    resolved against the publication date; ``rule`` names the rule that produced it.
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

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
