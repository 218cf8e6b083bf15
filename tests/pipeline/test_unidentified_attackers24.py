"""An attacker the passage describes but does not identify (h-conv24, docs/conventions.md "an
unidentified attacker"): Italian no actor for "un uomo", "un 45enne"; English no actor for a lone
"a man"; a doer tied to the victim or given a nationality keeps a country; unidentified gunmen
in English keep the place's country. Sentences invented; expected values written by hand."""

from __future__ import annotations

import pytest

from tests.pipeline.extracted import records


def _assaults(text: str, language: str) -> list:
    return [r for r in records(text, language=language) if r.event_type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Un uomo ha accoltellato due turisti a Salisburgo.", "it"),
        ("Un uomo di 52 anni ha accoltellato il suo vicino a Salisburgo.", "it"),
        ("Una donna ha sparato a un commerciante a Salisburgo.", "it"),
        ("A man stabbed two tourists in Salzburg.", "en"),
        ("An unidentified man shot a shopkeeper in Salzburg.", "en"),
    ],
)
def test_described_lone_attacker_has_no_country(text: str, language: str) -> None:
    got = _assaults(text, language)
    assert got
    assert all(a.country is None for r in got for a in r.actor)


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        ("Una donna è stata accoltellata a Salisburgo dal marito.", "it", "AUT"),
        ("An Austrian man stabbed two tourists in Lyon.", "en", "AUT"),
        ("Gunmen shot dead a judge outside his home in Salzburg.", "en", "AUT"),
    ],
)
def test_identified_or_armed_group_keeps_country(text: str, language: str, country: str) -> None:
    got = _assaults(text, language)
    assert any(a.country == country for r in got for a in r.actor)
