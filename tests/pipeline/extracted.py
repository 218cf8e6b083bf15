"""Test helper: records of the whole pipeline on an invented sentence, and their dyads."""

from __future__ import annotations

from eventwire.api import extract
from eventwire.records import EventRecord


def records(text: str, published: str | None = None, language: str = "it") -> list[EventRecord]:
    """Every record, the unplaced ones too (what the argument stage attached)."""
    return extract(text, language=language, published=published, keep_unplaced=True)


def dyads(text: str, published: str | None = None, language: str = "it") -> list[tuple]:
    """(type, actor countries, recipient countries) of each record, countries sorted."""
    return [
        (
            r.event_type,
            tuple(sorted({a.country for a in r.actor if a.country})),
            tuple(sorted({a.country for a in r.recipient if a.country})),
        )
        for r in records(text, published, language)
    ]
