"""Mention-level factuality and attribution: certainty, polarity, time and sources for any
event word of a text, given by character offsets (``eventwire factuality``).

This is the factuality stage of the event pipeline exposed on its own, so that it can be
used and evaluated on corpora annotated with event mentions (FactBank / MEANTIME style).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.tokens import Doc, Span

from eventwire.pipeline.arguments import ArgumentFinder
from eventwire.pipeline.attribution import AttributionReader
from eventwire.pipeline.events import date_relation, embedded_under
from eventwire.pipeline.extensions import ext, span_sent, spans_of
from eventwire.pipeline.factuality import FactualityReader, find_cues
from eventwire.pipeline.syntax import syntax_for
from eventwire.pipeline.timex import date_event
from eventwire.pipeline.triggers import TriggerEntry

_NOUN_SUFFIXES = {
    "en": ("tion", "sion", "ment", "ance", "ence", "ure", "sis", "ship", "ity", "age"),
    "it": ("zione", "sione", "mento", "enza", "anza", "ura", "ità", "aggio"),
}


def _entry(frame: str) -> TriggerEntry:
    return TriggerEntry(
        pattern="",
        words=(),
        event_type="CONSULT",
        mode=None,
        contexts=(),
        cameo=None,
        frame=frame,
        note="",
        source="mention",
        rank=0,
    )


class MentionReader:
    """Reads factuality and attribution for spans of a processed Doc."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.sx = syntax_for(lang)
        self.finder = ArgumentFinder(self.sx)
        self.reader = FactualityReader(self.sx)
        self.attr = AttributionReader(self.sx)

    def is_noun(self, doc: Doc, span: Span, pos: str | None = None) -> bool:
        """Noun use of an event word: the given POS, else a determiner before it or a suffix."""
        if pos:
            return pos.upper().startswith("N")
        if self.sx.is_nominal_use(doc, span.start):
            return True
        return span[-1].lower_.endswith(_NOUN_SUFFIXES.get(self.lang, ()))

    def read(self, doc: Doc, spans: list[tuple[Span, str | None]]) -> list[dict[str, Any]]:
        """Factuality and attribution of each (span, pos) of ``doc``."""
        hits = find_cues(doc, self.lang)
        claims = self.attr.claims(doc)
        others = [s for s, _ in spans]
        out = []
        for span, pos in spans:
            noun = self.is_noun(doc, span, pos)
            args = self.finder.find(doc, span, _entry("N" if noun else "V"))
            date, _ = date_event(doc, span, args.spans)
            fact, why = self.reader.read(
                doc, span, noun, hits, date_relation(date, doc._.published), others
            )
            embedding = self.reader.embedding(doc, span, hits)
            if embedding == "neg":
                fact.polarity = "negative"
            elif self.requested(doc, span, hits):
                fact.certainty, fact.time = "underspecified", "future"
            sources, _ = self.attr.sources_for(claims, span, args.actor)
            out.append(
                {
                    "certainty": fact.certainty,
                    "polarity": fact.polarity,
                    "time": fact.time,
                    "attribution": [
                        (a.name or a.raw_text or s.text)
                        for s in sources
                        for a in (ext(s, "actors") or [None])
                        if a is not None
                    ],
                    "why": [w.to_dict() for w in why],
                }
            )
        return out

    def requested(self, doc: Doc, span: Span, hits) -> bool:  # noqa: ANN001
        """The event is the content of a request or offer ("chiedere a X di Y", "urge X to Y")."""
        host = embedded_under(self.sx, doc, span, list(spans_of(doc, "triggers")))
        if host is not None and host.start != span.start:
            return True
        for _s, e, _p, _src in hits.within("request", span_sent(span).start, span.start):
            if span.start - e <= 6 and not any(
                self.sx.is_hard_boundary(doc, k) for k in range(e, span.start)
            ):
                return True
        return False


def annotate(
    rows: Iterable[dict[str, Any]], language: str | None = None
) -> Iterator[dict[str, Any]]:
    """For rows ``{id, text, published?, language, mentions: [{start, end, pos?}]}``, yield the
    rows with ``certainty``, ``polarity``, ``time`` and ``attribution`` added to each mention."""
    from eventwire.langid import detect
    from eventwire.pipeline.nlp import get_nlp

    readers: dict[str, MentionReader] = {}
    for row in rows:
        lang = row.get("language") or language or detect(row["text"])
        nlp = get_nlp(lang)
        doc = nlp.make_doc(row["text"])
        doc._.published = row.get("published")
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        reader = readers.setdefault(lang, MentionReader(lang))
        spans = []
        bad = []
        for k, m in enumerate(row.get("mentions", [])):
            sp = doc.char_span(int(m["start"]), int(m["end"]), alignment_mode="expand")
            if sp is None or len(sp) == 0:
                bad.append(k)
                sp = doc[0:1]
            spans.append((sp, m.get("pos")))
        results = reader.read(doc, spans) if spans else []
        mentions = []
        for k, (m, res) in enumerate(zip(row.get("mentions", []), results, strict=False)):
            res = dict(res)
            if k in bad:
                res["error"] = "offsets do not fall on text"
            mentions.append({**m, **res})
        yield {**row, "mentions": mentions}
