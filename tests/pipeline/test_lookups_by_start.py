"""Per-Doc look-ups by start (ninth speed round) give what the scans they replace gave: the
actor mentions starting in a range, attribution's mentions inside a range, the factuality
cue hits inside a range, the mode/context matches starting in a range, and the tokens the
person-noun rules visit."""

from __future__ import annotations

import pytest

from eventwire.pipeline.actors import _person_anaphors, _person_word_tokens
from eventwire.pipeline.arguments import _actors_starting_in
from eventwire.pipeline.attribution import AttributionReader
from eventwire.pipeline.events import _context_cues, _mode_cues, _starting_within
from eventwire.pipeline.extensions import spans_of
from eventwire.pipeline.factuality import CueHits, find_cues
from eventwire.pipeline.syntax import Syntax
from eventwire.pipeline.tokens import tokens
from tests.pipeline.markup import doc_until

TEXTS = {
    "it": "Il ministro degli Esteri italiano ha incontrato a Parigi il presidente francese e "
    "il cancelliere tedesco; secondo l'agenzia Ansa non avrebbero firmato l'accordo, ma "
    "potrebbero farlo domani. Un 45enne e un uomo di 30 anni sono stati arrestati dalla "
    "polizia di Milano, che ha sequestrato armi russe.",
    "en": "Russian troops shelled Kharkiv on Monday and Ukrainian forces struck back, officials "
    "said. The United Nations and the European Union (EU) urged Moscow and Kyiv to talk; "
    "China may not send envoys, Reuters reported, but Japan could host a meeting.",
}


def _doc(lang: str, until: str = "eventwire_triggers"):  # noqa: ANN202
    return doc_until(lang, TEXTS[lang], until)


@pytest.mark.parametrize("lang", ["it", "en"])
def test_actors_starting_in_a_range_are_the_scan_of_the_group(lang: str) -> None:
    doc = _doc(lang)
    group = spans_of(doc, "actors")
    assert len(group) >= 5  # the texts name several parties
    n = len(doc)
    for lo in range(n + 1):
        for hi in range(lo, min(n, lo + 12) + 1):
            want = [m for m in group if lo <= m.start < hi]
            assert _actors_starting_in(doc, lo, hi) == want, (lo, hi)


@pytest.mark.parametrize("lang", ["it", "en"])
def test_attribution_mentions_in_a_range_are_the_sorted_scan(lang: str) -> None:
    doc = _doc(lang)
    reader = AttributionReader(Syntax(lang))
    group = spans_of(doc, "actors")
    n = len(doc)
    for start in range(n + 1):
        for end in range(start, min(n, start + 15) + 1):
            want = sorted(
                (m for m in group if m.start >= start and m.end <= end), key=lambda m: m.start
            )
            assert reader._mentions(doc, start, end) == want, (start, end)


@pytest.mark.parametrize("lang", ["it", "en"])
def test_cue_hits_within_a_range_are_the_scan_of_the_hits(lang: str) -> None:
    doc = _doc(lang)
    hits = find_cues(doc, lang)
    assert hits.by_kind  # the texts hold modal, negation and source cues
    n = len(doc)
    for kind, found in hits.by_kind.items():
        for start in range(n + 1):
            for end in range(start, n + 1, 3):
                want = [h for h in found if h[0] >= start and h[1] <= end]
                assert hits.within(kind, start, end) == want, (kind, start, end)
    kinds = ("possible", "power", "probable", "planned", "future")
    assert hits.tokens_of(kinds) == {
        k for kind in kinds for s, e, *_ in hits.by_kind.get(kind, []) for k in range(s, e)
    }


def test_cue_hits_out_of_order_are_still_all_found() -> None:
    hits = CueHits({"negation": [(9, 10, "non", "a"), (2, 3, "non", "b"), (5, 7, "mai", "c")]})
    assert hits.within("negation", 0, 8) == [(2, 3, "non", "b"), (5, 7, "mai", "c")]
    assert hits.within("negation", 4, 12) == [(9, 10, "non", "a"), (5, 7, "mai", "c")]
    assert hits.within("negation", 3, 4) == []
    assert hits.within("future", 0, 12) == []


@pytest.mark.parametrize("lang", ["it", "en"])
def test_matches_starting_within_a_range_are_the_filter_of_the_matches(lang: str) -> None:
    doc = _doc(lang)
    for matches in (_mode_cues(lang)[0].match(doc), _context_cues(lang).match(doc)):
        n = len(doc)
        for lo in range(n + 1):
            for hi in range(lo, min(n, lo + 10) + 1):
                want = [m for m in matches if m[0] >= lo and m[1] <= hi]
                got = [m for m in _starting_within(doc, matches, lo, hi) if m[1] <= hi]
                assert got == want, (lo, hi)


def test_person_word_tokens_are_the_person_nouns_and_aged_numbers() -> None:
    table = _person_anaphors("it")
    low = tokens(_doc("it", "eventwire_sentences")).lower
    got = _person_word_tokens(low, table)
    suffixes = table["number_suffix"]
    want = [
        k
        for k in range(1, len(low))
        if low[k] in table["noun"]
        or any(low[k].endswith(x) and low[k][: -len(x)].isdigit() for x in suffixes)
    ]
    assert got == want
    assert low.index("45enne") in got and low.index("uomo") in got
    assert low.index("30") not in got  # a bare number is no person
