"""Actor mentions: resolve who is named in the text to canonical actors (stub until issue 3)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.pipeline import extensions  # noqa: F401


class ActorMentions:
    """Finds actor mentions and writes ``doc.spans["actors"]`` (see extensions.py)."""

    def __init__(self, nlp: Language, name: str = "eventwire_actors") -> None:
        self.lang = nlp.lang

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["actors"] = []
        return doc


@Language.factory("eventwire_actors")
def make_actor_mentions(nlp: Language, name: str) -> ActorMentions:
    return ActorMentions(nlp, name)
