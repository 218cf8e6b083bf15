"""Italian actor lexicons: headers, format, valid codes, and the words that matter."""

from __future__ import annotations

import pytest

from eventwire.kb.actors import LANG_DIR, get_kb
from eventwire.kb.normalize import norm
from tests.lang.actor_lexicon_checks import check_file

FILES = sorted((LANG_DIR / "it").glob("actors_*.tsv")) + sorted(
    (LANG_DIR / "xx").glob("actors_*.tsv")
)


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_lexicon_file(path) -> None:  # noqa: ANN001
    check_file(path)


def _countries(word: str) -> set[str]:
    kb = get_kb("it")
    out = set()
    for idx, _rule in kb.index.get(norm(word), []):
        e = kb.entries[idx]
        if e.kind == "GPE":
            out.update(r.country for r in e.roles if r.country)
    return out


@pytest.mark.parametrize(
    "word,country",
    [
        ("russo", "RUS"),
        ("russa", "RUS"),
        ("russi", "RUS"),
        ("russe", "RUS"),
        ("nordcoreano", "PRK"),
        ("statunitense", "USA"),
        ("americani", "USA"),
        ("tedesche", "DEU"),
        ("greci", "GRC"),
        ("belgi", "BEL"),
        ("britannico", "GBR"),
        ("ivoriani", "CIV"),
    ],
)
def test_demonym_forms(word: str, country: str) -> None:
    assert country in _countries(word)


def test_ambiguous_demonym_is_left_out() -> None:
    assert _countries("congolese") == set()


@pytest.mark.parametrize(
    "words,sector",
    [
        ("ministro della Difesa", "GOV"),
        ("ministro degli Esteri", "GOV"),
        ("carabinieri", "COP"),
        ("guardia di finanza", "COP"),
        ("procura", "JUD"),
        ("manifestanti", "CVL"),
        ("ribelli", "REB"),
        ("sindacati", "LAB"),
        ("esercito", "MIL"),
        ("servizi segreti", "SPY"),
        # "forze" alone are armed forces; political ones are parties
        ("forze politiche", "PTY"),
        ("forze di opposizione", "OPP"),
        ("cooperanti", "NGO"),
        ("operatori umanitari", "NGO"),
    ],
)
def test_agent_sectors(words: str, sector: str) -> None:
    kb = get_kb("it")
    sectors = {
        kb.entries[i].roles[0].sector
        for i, _r in kb.index.get(norm(words), [])
        if kb.entries[i].kind == "AGENT" and kb.entries[i].source.startswith("it/")
    }
    assert sectors == {sector}
