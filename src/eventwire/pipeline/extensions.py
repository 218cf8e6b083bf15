"""The custom attributes every component reads or writes (registered once).

Span groups on the Doc, written by the components in data-flow order:

- ``doc.spans["actors"]``  actor mentions; ``span._.actors`` (list[Actor], usually one;
  several for a group reference like "i due"), ``span.label_`` the mention kind
  (PER, ORG, GPE, AGENT, MEDIA, GROUP), ``span._.actor_why`` (list[Why]),
  ``span._.actor_info`` (the KB entry).
- ``doc.spans["places"]``  toponyms; ``span._.place`` (Place), ``span._.why``, ``span._.info``.
- ``doc.spans["timex"]``   time expressions; ``span._.timex`` (Timex), ``span._.timex_why``.
- ``doc.spans["triggers"]`` event triggers; ``span._.trigger`` (TriggerEntry),
  ``span._.trigger_why``.

spaCy keys span extension values by character offsets, not by span group: a place span and
an actor span over the same words ("Russia") share every attribute. Hence the
group-specific names above; ``why``/``info`` are the places' own.

``doc._.published`` is the article's ISO publication date (may be partial) or None;
``doc._.article`` the Article.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

_DOC = {"published": None, "article": None}
_SPAN = {
    "actors": None,
    "place": None,
    "timex": None,
    "trigger": None,
    "cue": None,
    "why": None,
    "info": None,
    "actor_why": None,
    "actor_info": None,
    "trigger_why": None,
    "timex_why": None,
}


def register() -> None:
    """Register the extensions (idempotent)."""
    for name, default in _DOC.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in _SPAN.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register()


def ext(span: Span, name: str) -> Any:
    """``span._.<name>`` for a span attribute above, read from the Doc's user data where
    spaCy keeps it (keyed by the attribute and the span's character offsets) without the
    ``Underscore`` object each ``span._`` makes (about ten times faster; the event stage
    reads these attributes for every trigger). Every attribute above defaults to None, as
    here; a test checks that both reads agree."""
    return span.doc.user_data.get(("._.", name, span.start_char, span.end_char))


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc (spaCy joins every token on each access, so slicing
    ``doc.text`` in a loop is quadratic in the article's length)."""
    from eventwire.pipeline.tokens import tokens

    return tokens(doc).doc_text


_SPANS = "eventwire_span_lists"
DOC_SENTS = "eventwire_sents"


def spans_of(doc: Doc, key: str) -> list[Span]:
    """The spans of ``doc.spans[key]`` as a list made once per group: iterating a span group
    makes new Span objects each time (each reading the Doc again), and the event stage reads
    the actor, trigger, place and time groups for every trigger."""
    groups = doc.spans
    group = getattr(groups, "data", groups).get(key)  # (SpanGroups is a UserDict)
    if group is None:
        return []
    lists = doc.user_data.get(_SPANS)
    if lists is None:
        lists = doc.user_data[_SPANS] = {}
    cached = lists.get(key)
    if cached is not None and cached[0] is group and cached[1] == len(group):
        return cached[2]
    spans = list(group)
    lists[key] = (group, len(group), spans)
    return spans


def doc_sents(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, made once per Doc (a ValueError, as from ``doc.sents``, when
    the Doc has no sentence boundaries)."""
    sents = doc.user_data.get(DOC_SENTS)
    if sents is None:
        sents = doc.user_data[DOC_SENTS] = list(doc.sents)
    return sents


SENT_INDEX = "eventwire_sent_index"


def sent_of(doc: Doc, i: int) -> Span:
    """The sentence of token ``i`` (``doc[i].sent``, and ``span.sent`` for a span starting at
    ``i``), without making new objects."""
    got = doc.user_data.get(SENT_INDEX)
    if got is None:
        from eventwire.pipeline.tokens import sentences

        got = doc.user_data[SENT_INDEX] = (doc_sents(doc), sentences(doc).of)
    return got[0][got[1][i]]  # type: ignore[no-any-return]


def span_sent(span: Span) -> Span:
    """``span.sent`` (the sentence of its first token), without making new objects."""
    return sent_of(span.doc, span.start)
