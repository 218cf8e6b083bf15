"""English actor lexicons: headers, format, valid codes, and the words that matter."""

from __future__ import annotations

import pytest

from eventwire.kb.actors import LANG_DIR, get_kb
from eventwire.kb.normalize import norm
from tests.lang.actor_lexicon_checks import check_file

FILES = sorted((LANG_DIR / "en").glob("actors_*.tsv"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_lexicon_file(path) -> None:  # noqa: ANN001
    check_file(path)


@pytest.mark.parametrize(
    "words,sector",
    [
        ("defense minister", "GOV"),
        ("foreign minister", "GOV"),
        ("police", "COP"),
        ("troops", "MIL"),
        ("protesters", "CVL"),
        ("rebels", "REB"),
        ("prosecutors", "JUD"),
        ("lawmakers", "LEG"),
    ],
)
def test_agent_sectors(words: str, sector: str) -> None:
    kb = get_kb("en")
    sectors = {
        kb.entries[i].roles[0].sector
        for i, _r in kb.index.get(norm(words), [])
        if kb.entries[i].kind == "AGENT" and kb.entries[i].source.startswith("en/")
    }
    assert sectors == {sector}


@pytest.mark.parametrize(
    "word,country", [("Russian", "RUS"), ("North Korean", "PRK"), ("British", "GBR")]
)
def test_english_demonyms(word: str, country: str) -> None:
    kb = get_kb("en")
    found = {
        r.country
        for i, _r in kb.index.get(norm(word), [])
        for r in kb.entries[i].roles
        if kb.entries[i].kind == "GPE"
    }
    assert country in found
