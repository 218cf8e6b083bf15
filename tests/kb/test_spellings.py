"""British and American spellings of names of bodies (en/actors_spellings.tsv)."""

from __future__ import annotations

from eventwire.pipeline.nlp import get_nlp


def _orgs(text: str) -> list[tuple[str, str | None]]:
    nlp = get_nlp("en")
    doc = nlp(text)
    return [(s.text, s._.actors[0].country) for s in doc.spans["actors"] if s._.actors]


def test_a_name_is_found_in_either_spelling():
    # the table writes "Organization of American States"; wire copy often "Organisation"
    assert ("Organisation of American States", "IGO") in _orgs(
        "The Organisation of American States sent observers."
    )
    assert ("World Health Organisation", "IGO") in _orgs("The World Health Organisation warned.")
