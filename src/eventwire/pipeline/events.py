"""Doc -> event records (work in progress)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.pipeline import extensions  # noqa: F401

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)


class EventBuilder:
    def __init__(self, nlp: Language, name: str = "eventwire_events") -> None:
        self.lang = nlp.lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = []
        return doc


@Language.factory("eventwire_events")
def make_event_builder(nlp: Language, name: str) -> EventBuilder:
    return EventBuilder(nlp, name)
