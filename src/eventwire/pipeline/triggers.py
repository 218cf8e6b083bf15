"""Event triggers from the per-language lexicons (work in progress)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.pipeline import extensions  # noqa: F401


class TriggerMatcher:
    def __init__(self, nlp: Language, name: str = "eventwire_triggers") -> None:
        self.lang = nlp.lang

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["triggers"] = []
        return doc


@Language.factory("eventwire_triggers")
def make_trigger_matcher(nlp: Language, name: str) -> TriggerMatcher:
    return TriggerMatcher(nlp, name)
