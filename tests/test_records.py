"""The record classes' plain forms."""

from __future__ import annotations

from dataclasses import asdict

from eventwire.records import Actor, ArticleRef, Factuality, Place, Time, Why


def test_flat_parts_convert_as_asdict_does() -> None:
    """``to_dict`` of the flat record parts gives what ``dataclasses.asdict`` gives (same
    keys in the same order), also for a value that is not a plain string or number (which
    ``asdict`` copies: the dict must not share it)."""
    parts = [
        Actor(raw_text="il prefetto", name="Prefetto", country="ITA", sector="GOV"),
        Place(raw_text="a Bari", name="Bari", geonameid=3182351, country="ITA", lat=41.1),
        Time(raw_text="ieri", start="2024-03-04", end="2024-03-04", granularity="day"),
        Factuality(),
        Why("actor", "actor.kb", None),
        ArticleRef(id="a1", language="it"),
    ]
    for part in parts:
        got = part.to_dict()
        assert got == asdict(part) and list(got) == list(asdict(part))
    odd = Actor(raw_text="x", title=["sindaco"])  # type: ignore[arg-type]
    got = odd.to_dict()
    assert got == asdict(odd) and got["title"] is not odd.title
