"""Italian agents the text calls foreign ("le forze straniere") take no country from their
article (the ``foreign`` row of ``it/actors_grammar.tsv``); the same agents without that word
still do. English has no such row: the PLOVER GSR codes unnamed agents by the place of the
act ("a convoy of foreign troops" near Kabul: AFG). Sentences written for these tests;
expected values by hand."""

from __future__ import annotations

import pytest

from tests.pipeline.extracted import records

DAY = "2024-06-25"


def _accusations(text: str, language: str):
    return [r for r in records(text, DAY, language) if r.event_type == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Il Niger ha accusato le truppe straniere di aver ucciso dei pastori.", "it"),
        ("Il Niger ha accusato i militari stranieri di aver ucciso dei pastori.", "it"),
    ],
)
def test_a_foreign_agent_is_not_of_the_article_country(text: str, language: str) -> None:
    (r,) = _accusations(text, language)
    assert {a.country for a in r.actor} == {"NER"}
    assert r.recipient and all(a.country != "NER" for a in r.recipient)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Il Niger ha accusato le truppe di aver ucciso dei pastori.", "it"),
        ("Il Niger ha accusato le sue truppe straniere di aver ucciso dei pastori.", "it"),
    ],
)
def test_the_same_agent_without_the_word_or_made_its_own_still_takes_it(
    text: str, language: str
) -> None:
    (r,) = _accusations(text, language)
    assert {a.country for a in r.recipient} == {"NER"}
