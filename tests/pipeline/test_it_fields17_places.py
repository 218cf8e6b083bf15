"""Places of seed-like news (session 13, issue 2): where a ship or convoy was heading
("diretta a", "bound for") is no place of an attack on it, while a journey still goes
there (sentences written for these tests; the expected values written by hand)."""

from __future__ import annotations

from tests.pipeline.extracted import records


def _loc(text: str, etype: str, language: str = "it") -> str | None:
    recs = [r for r in records(text, "2024-05-10", language) if r.event_type == etype]
    assert len(recs) == 1, [(r.event_type, r.evidence.text) for r in recs]
    return recs[0].location.name if recs[0].location else None


def test_a_ships_destination_is_not_where_it_was_attacked() -> None:
    assert _loc("Ieri i ribelli hanno attaccato una nave diretta a Genova.", "ASSAULT") is None


def test_an_attack_in_a_port_is_placed_there() -> None:
    assert _loc("Ieri i ribelli hanno attaccato una nave a Genova.", "ASSAULT") == "Genoa"


def test_an_english_tankers_destination_is_not_the_place() -> None:
    text = "Rebels attacked a tanker bound for Genoa on Monday."
    assert _loc(text, "ASSAULT", "en") is None
