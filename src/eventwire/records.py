"""The event record of `spec/event-record.md`: Actor, Place, Time, Factuality, EventRecord.

Every class converts to and from the plain JSON form of the spec with ``to_dict`` /
``from_dict``; field names are those of the spec (PLOVER / POLECAT names).
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

#: PLOVER 0.8 sectors (plus IGO / NGO for international bodies).
SECTORS: frozenset[str] = frozenset(
    "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CVL CRM EDU ELI JRN LAB MED REF "
    "OPP PRE REL SOC IGO NGO".split()
)

CERTAINTY = ("certain", "probable", "possible", "underspecified")
POLARITY = ("positive", "negative", "underspecified")
TIME = ("non_future", "future", "underspecified")
GRANULARITY = ("day", "month", "year", "range", "unknown")


#: Value types ``dataclasses.asdict`` hands back as they are (it deep-copies the rest)
_ATOMIC = frozenset({str, int, float, bool, type(None)})


@functools.cache
def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _plain(obj: Any) -> dict[str, Any]:
    """``dataclasses.asdict(obj)`` without its generic walk when every field holds a plain
    value (a string, number or None), as the flat record parts do."""
    names = _names(type(obj))
    values = [getattr(obj, n) for n in names]
    if all(type(v) in _ATOMIC for v in values):
        return dict(zip(names, values, strict=True))
    return asdict(obj)


def _from(cls: type, data: dict[str, Any] | None) -> Any:
    if data is None:
        return None
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class Actor:
    """Who acts or is acted on: country ISO3 (or IGO/NGO/MNC), PLOVER sector, office."""

    raw_text: str | None = None
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    title: str | None = None
    wikidata_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        return _from(cls, data)


@dataclass
class Place:
    """A GeoNames place: id, ISO3 country, first-level region, coordinates."""

    raw_text: str | None = None
    name: str | None = None
    geonameid: int | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Place | None:
        return _from(cls, data)


@dataclass
class Time:
    """When: ISO ``start``/``end`` (may be partial) and the granularity of the statement."""

    raw_text: str | None = None
    start: str | None = None
    end: str | None = None
    granularity: str = "unknown"

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Time | None:
        return _from(cls, data)


@dataclass
class Factuality:
    """MEANTIME / FactBank factuality: certainty, polarity, time (relative to publication)."""

    certainty: str = "certain"
    polarity: str = "positive"
    time: str = "non_future"

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Factuality:
        return _from(cls, data) or cls()


@dataclass
class Span:
    """A piece of the article text with character offsets."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@dataclass
class Evidence:
    """The sentence an event comes from and the trigger words in it (article offsets)."""

    text: str
    start: int
    end: int
    trigger: Span

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "trigger": self.trigger.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        trig = data.get("trigger") or {"text": "", "start": 0, "end": 0}
        return cls(data["text"], data["start"], data["end"], Span(**trig))


@dataclass
class Why:
    """One decision behind a record: which field, which rule, which lexicon/KB entry."""

    field: str
    rule: str
    entry: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@dataclass
class ArticleRef:
    """The article an event was read from."""

    id: str
    title: str | None = None
    url: str | None = None
    language: str | None = None
    published: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@dataclass
class EventRecord:
    """One PLOVER event as the spec defines it."""

    event_type: str
    actor: list[Actor] = field(default_factory=list)
    recipient: list[Actor] = field(default_factory=list)
    mode: str | None = None
    contexts: list[str] = field(default_factory=list)
    cameo: str | None = None
    symmetric: bool = False
    location: Place | None = None
    date: Time = field(default_factory=Time)
    factuality: Factuality = field(default_factory=Factuality)
    attribution: list[Actor] = field(default_factory=list)
    evidence: Evidence | None = None
    confidence: float = 0.5
    why: list[Why] = field(default_factory=list)
    article: ArticleRef | None = None
    event_id: str = ""

    def make_id(self, version: str) -> str:
        """Stable id from article text hash, trigger offsets, type and extractor version."""
        art = self.article.id if self.article else ""
        trig = self.evidence.trigger if self.evidence else None
        key = json.dumps(
            [
                art,
                self.event_type,
                trig.start if trig else None,
                trig.end if trig else None,
                version,
            ]
        )
        return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "event_type": self.event_type,
            "mode": self.mode,
            "contexts": list(self.contexts),
            "cameo": self.cameo,
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [a.to_dict() for a in self.recipient],
            "symmetric": self.symmetric,
            "location": self.location.to_dict() if self.location else None,
            "date": self.date.to_dict(),
            "factuality": self.factuality.to_dict(),
            "attribution": [a.to_dict() for a in self.attribution],
            "evidence": self.evidence.to_dict() if self.evidence else None,
            "confidence": round(self.confidence, 3),
            "why": [w.to_dict() for w in self.why],
            "article": self.article.to_dict() if self.article else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EventRecord:
        return cls(
            event_id=data.get("event_id", ""),
            event_type=data["event_type"],
            mode=data.get("mode"),
            contexts=list(data.get("contexts") or []),
            cameo=data.get("cameo"),
            actor=[Actor.from_dict(a) for a in data.get("actor") or []],
            recipient=[Actor.from_dict(a) for a in data.get("recipient") or []],
            symmetric=bool(data.get("symmetric", False)),
            location=Place.from_dict(data.get("location")),
            date=Time.from_dict(data.get("date")) or Time(),
            factuality=Factuality.from_dict(data.get("factuality")),
            attribution=[Actor.from_dict(a) for a in data.get("attribution") or []],
            evidence=Evidence.from_dict(data["evidence"]) if data.get("evidence") else None,
            confidence=float(data.get("confidence", 0.5)),
            why=[Why(**w) for w in data.get("why") or []],
            article=_from(ArticleRef, data.get("article")),
        )
