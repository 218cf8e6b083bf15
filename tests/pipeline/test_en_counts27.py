"""A count phrase before counted people (h-en27): "a total of" / "a handful of" is part of
the count, so the people are the bare subject or object, not the complement of "of". The
sentences are inventions; expected values written by hand."""

from __future__ import annotations

import pytest

from tests.pipeline.extracted import dyads


@pytest.mark.parametrize(
    ("text", "event_type", "recipient"),
    [
        (
            "A total of seven Canadian nationals died in Iraq fighting for the militia.",
            "ASSAULT",
            ("CAN",),
        ),
        (
            "Rebels ambushed a total of 14 Burundian soldiers near Bukavu on Tuesday.",
            "ASSAULT",
            ("BDI",),
        ),
        (
            "Militiamen abducted a handful of Turkish engineers in Libya last week.",
            "ASSAULT",
            ("TUR",),
        ),
    ],
)
def test_total_of_count_keeps_the_counted_people(
    text: str, event_type: str, recipient: tuple[str, ...]
) -> None:
    got = [d for d in dyads(text, language="en") if d[0] == event_type]
    assert any(d[2] == recipient for d in got), got
