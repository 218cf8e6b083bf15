"""The custom attributes every component reads or writes (registered once).

Span groups on the Doc, written by the components in data-flow order:

- ``doc.spans["actors"]``  actor mentions; ``span._.actors`` (list[Actor], usually one;
  several for a group reference like "i due"), ``span.label_`` the mention kind
  (PER, ORG, GPE, AGENT, MEDIA, GROUP), ``span._.why`` (list[Why]).
- ``doc.spans["places"]``  toponyms; ``span._.place`` (Place), ``span._.why``.
- ``doc.spans["timex"]``   time expressions; ``span._.timex`` (Timex), ``span._.why``.
- ``doc.spans["triggers"]`` event triggers; ``span._.trigger`` (TriggerEntry), ``span._.why``.
- ``doc.spans["cues"]``    factuality / attribution cues; ``span._.cue`` (dict), ``span._.why``.

``doc._.published`` is the article's ISO publication date (may be partial) or None;
``doc._.article`` the Article.
"""

from __future__ import annotations

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
