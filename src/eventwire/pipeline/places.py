"""Toponyms: find and geocode places (stub until issue 4)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire.pipeline import extensions  # noqa: F401
from eventwire.records import Place, Why


class PlaceMentions:
    """Finds toponyms and writes ``doc.spans["places"]`` (see extensions.py)."""

    def __init__(self, nlp: Language, name: str = "eventwire_places") -> None:
        self.lang = nlp.lang

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["places"] = []
        return doc


def locate_event(doc: Doc, trigger: Span, arguments: list[Span]) -> tuple[Place, Why] | None:
    """The place where the event of ``trigger`` happens, or None when the text gives none."""
    return None


@Language.factory("eventwire_places")
def make_place_mentions(nlp: Language, name: str) -> PlaceMentions:
    return PlaceMentions(nlp, name)
