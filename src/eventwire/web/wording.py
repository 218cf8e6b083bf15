"""Factuality, attribution and dates of an event record in plain English words.

``"possible, future — according to The New York Times"`` is what the event view shows next
to the record's ``factuality`` and ``attribution`` fields.
"""

from __future__ import annotations

from typing import Any

CERTAINTY_WORDS = {
    "certain": "certain",
    "probable": "probable",
    "possible": "possible",
    "underspecified": "certainty unknown",
}
POLARITY_WORDS = {"positive": None, "negative": "negated", "underspecified": "polarity unknown"}
TIME_WORDS = {"non_future": "past or present", "future": "future", "underspecified": "time unknown"}
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def factuality_words(fact: dict[str, Any] | None) -> str:
    """``{"certainty": "possible", "time": "future", ...}`` -> ``"possible, future"``."""
    fact = fact or {}
    parts = [CERTAINTY_WORDS.get(fact.get("certainty") or "", fact.get("certainty") or "?")]
    pol = POLARITY_WORDS.get(fact.get("polarity") or "", fact.get("polarity"))
    if pol:
        parts.append(pol)
    parts.append(TIME_WORDS.get(fact.get("time") or "", fact.get("time") or "?"))
    return ", ".join(parts)


def _join(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def actor_name(actor: dict[str, Any]) -> str | None:
    """The best name of an actor: canonical name, else as written, else country."""
    return actor.get("name") or actor.get("raw_text") or actor.get("country")


def attribution_words(attribution: list[dict[str, Any]] | None) -> str:
    """``[{"name": "The New York Times"}]`` -> ``"according to The New York Times"``."""
    names: list[str] = []
    for a in attribution or []:
        n = actor_name(a)
        if n and n not in names:
            names.append(n)
    if not names:
        return "in the article's own voice"
    return "according to " + _join(names)


def _day(iso: str | None) -> str | None:
    if not iso:
        return None
    parts = iso.split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        return iso
    return parts[0]


def date_words(date: dict[str, Any] | None) -> str:
    """A record's ``date`` in words, saying whether the article states it."""
    date = date or {}
    start, end = date.get("start"), date.get("end")
    gran = date.get("granularity") or "unknown"
    if gran == "unknown" or not start:
        when = _day(start)
        return f"not stated (published {when})" if when else "not stated"
    if not end or end == start:
        return _day(start) or start
    a, b = start.split("-"), end.split("-")
    if len(a) == len(b) == 3 and a[:2] == b[:2]:
        return f"{int(a[2])}–{_day(end)}"
    return f"{_day(start)} – {_day(end)}"


def summary(record: dict[str, Any]) -> dict[str, str]:
    """The words the event view shows: factuality, attribution, both together, date."""
    fact = factuality_words(record.get("factuality"))
    attr = attribution_words(record.get("attribution"))
    return {
        "factuality": fact,
        "attribution": attr,
        "status": f"{fact} — {attr}",
        "date": date_words(record.get("date")),
    }
