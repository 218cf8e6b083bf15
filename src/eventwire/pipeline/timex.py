"""Time expressions on the Doc and event dating (stub until issue 5)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire.pipeline import extensions  # noqa: F401
from eventwire.records import Time, Why


class TimexTagger:
    """Tags time expressions and writes ``doc.spans["timex"]`` (see extensions.py)."""

    def __init__(self, nlp: Language, name: str = "eventwire_timex") -> None:
        self.lang = nlp.lang

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["timex"] = []
        return doc


def date_event(doc: Doc, trigger: Span, related: list[Span] | None = None) -> tuple[Time, Why]:
    """The event's date: the governing time expression, else the publication date (unknown)."""
    pub = doc._.published
    return Time(raw_text=None, start=pub, end=pub, granularity="unknown"), Why(
        "date", "date.publication_fallback", None
    )


@Language.factory("eventwire_timex")
def make_timex_tagger(nlp: Language, name: str) -> TimexTagger:
    return TimexTagger(nlp, name)
