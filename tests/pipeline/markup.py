"""Test helper: run the pipeline with hand-marked actor mentions.

The argument, factuality and attribution stages are tested apart from the actor knowledge
base: the test names which words are actors (country, sector, name), the helper writes
them into ``doc.spans["actors"]`` the way the actor component does, then runs the rest.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from eventwire.pipeline.nlp import get_nlp
from eventwire.records import Actor, EventRecord, Why


def doc_until(
    lang: str,
    text: str,
    until: str,
    published: str | None = None,
    dictionaries: tuple[str, ...] = (),
) -> Doc:
    """The Doc of ``text`` after pipeline stage ``until`` (the later stages not run)."""
    nlp = get_nlp(lang, dictionaries)
    doc = nlp.make_doc(text)
    doc._.published = published
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == until:
            break
    return doc


def mark(doc, actors: dict[str, tuple]) -> None:  # noqa: ANN001
    """Write ``doc.spans["actors"]`` for every occurrence of each key (longest first)."""
    spans: list[Span] = []
    taken: set[int] = set()
    text = doc.text
    for key in sorted(actors, key=len, reverse=True):
        country, sector, *rest = actors[key]
        name = rest[0] if rest else None
        start = 0
        while True:
            i = text.find(key, start)
            if i < 0:
                break
            start = i + len(key)
            sp = doc.char_span(i, i + len(key), alignment_mode="expand")
            if sp is None or any(t in taken for t in range(sp.start, sp.end)):
                continue
            taken.update(range(sp.start, sp.end))
            sp = Span(doc, sp.start, sp.end, label="PER" if name else "GPE")
            sp._.actors = [Actor(raw_text=sp.text, name=name, country=country, sector=sector)]
            sp._.actor_why = [Why("actor", "test.markup", key)]
            spans.append(sp)
    doc.spans["actors"] = sorted(spans, key=lambda s: s.start)


def events(
    text: str, lang: str, actors: dict[str, tuple], published: str | None = None
) -> list[EventRecord]:
    """Events of ``text`` with the given actor mentions (other components run as shipped)."""
    nlp = get_nlp(lang)
    doc = nlp.make_doc(text)
    doc._.published = published
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "eventwire_actors":
            mark(doc, actors)
    return list(doc._.events)


def summary(rec: EventRecord) -> tuple:
    """(type, actor countries, recipient countries) of a record."""
    return (
        rec.event_type,
        tuple(sorted(a.country for a in rec.actor)),
        tuple(sorted(a.country for a in rec.recipient)),
    )
