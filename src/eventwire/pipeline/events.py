"""Doc -> event records: arguments, factuality, attribution, place and date for every
trigger, then the in-article merge of mentions of one event.

The component ``eventwire_events`` writes ``doc._.events`` (list of EventRecord without
article metadata; :func:`eventwire.api.records_from_doc` completes them).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import compress
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire.kb.actors import resolve_on_date
from eventwire.pipeline import extensions  # noqa: F401
from eventwire.pipeline.arguments import ArgumentFinder, Arguments
from eventwire.pipeline.attribution import AttributionReader
from eventwire.pipeline.extensions import doc_sents, ext, sent_of, span_sent, spans_of
from eventwire.pipeline.factuality import FactualityReader, find_cues
from eventwire.pipeline.lexicon import (
    Cue,
    PatternIndex,
    cue_index,
    read_table,
    split_pattern,
    token_keys,
    word_set,
)
from eventwire.pipeline.places import locate_event
from eventwire.pipeline.syntax import CLITICS, INDEFINITE_ARTICLES, QUOTES, Syntax, syntax_for
from eventwire.pipeline.timex import date_event
from eventwire.pipeline.tokens import tokens
from eventwire.pipeline.triggers import (
    GAP,
    PASSIVE_NOTE,
    REFERRED_SENTENCES,
    TriggerEntry,
    departure_table,
    host_patterns,
    journey_patterns,
    presence_patterns,
    strike_patterns,
)
from eventwire.records import (
    Actor,
    EventRecord,
    Evidence,
    Factuality,
    Place,
    Time,
    Why,
)
from eventwire.records import (
    Span as TextSpan,
)

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)
#: Records the component withheld (:meth:`EventBuilder.unplaced`), as ``(position, record)``:
#: the position each would have had among ``doc._.events``, so that a caller who wants every
#: record (``--keep-unplaced``) can put them back in order.
if not Doc.has_extension("withheld"):
    Doc.set_extension("withheld", default=None)

#: Trigger types whose complement clause holds an event that is said, not done.
EMBEDDING_TYPES = frozenset({"REQUEST", "THREATEN", "AGREE", "REJECT", "ACCUSE"})
#: Types a condition does not make hypothetical: a threat is a condition stated ("se non
#: verrà rispettata la tregua, minaccia di attaccare"; dev README: the threat is coded, the
#: conditional act is not).
CONDITIONAL_THREAT_TYPES = frozenset({"THREATEN"})
#: The factuality rules of a future or conditional verb (a hypothetical act in words).
HYPOTHETICAL_VERB_RULES = frozenset({"factuality.future", "factuality.conditional_mood"})
#: Of those, the types whose direct object noun is the content too ("chiedere la condanna").
OBJECT_EMBEDDING_TYPES = frozenset({"REQUEST", "THREATEN", "AGREE", "REJECT"})
#: Words that open such a complement ("chiedere a X di ...", "urge X to ...").
COMPLEMENT_WORDS = frozenset({"di", "a", "ad", "per", "che", "to", "that", "for", "of"})
EMBED_WINDOW = 12
#: How many years before the story's own year a pluperfect or nominal event is background.
RECALLED_YEARS = 3
_RECALL_STOPS = frozenset({",", ";", ":", "(", ")", ".", "«", "»"})
#: How many earlier events of the same type a mention may merge into (see EventBuilder.merge).
MERGE_LOOKBACK = 50
#: Prepositions of a reception's place between a host's verb and the guest ("ha ricevuto ieri
#: al Quirinale il presidente"): the place and its preposition do not part the guest from the verb.
_RECEPTION_PREPS = frozenset({"a", "al", "all'", "alla", "in", "nel", "nella", "presso", "at"})
#: Longer than any trigger match (pattern words plus gaps): bounds the look-back for hosts.
TRIGGER_SPAN_MAX = 40
#: Types whose negation is a refusal (REJECT).
REFUSABLE = frozenset({"AGREE", "CONCEDE", "RETREAT"})
#: (type, CAMEO) of acts whose negated future, told certain by a named doer, is a refusal
#: as well: signing or ratifying a formal agreement (CAMEO 057).
REFUSABLE_IN_FUTURE = frozenset({("SUPPORT", "057")})
#: Acts whose refusal ("declined to meet", "refused to send aid", "will not attend the
#: summit": a ``refusal`` factuality cue right before the verb) is a REJECT of that kind:
#: type -> (REJECT mode, CAMEO code) (CAMEO 125 reject proposal to meet, 122 reject request
#: for material aid, 121 reject material cooperation).
REFUSED_ACTS: dict[str, tuple[str, str]] = {
    "CONSULT": ("meet", "125"),
    "AID": ("assist", "122"),
    "COOPERATE": ("assist", "121"),
}
#: Words at most between a refusal cue and the verb it governs.
REFUSAL_GAP = 3
#: Coercive types: announced for the future by their own side, they are threats.
#: Words at most between a verb of open mode and the noun that gives its act's mode.
MODE_OBJECT_GAP = 3

THREAT_TYPES = frozenset({"COERCE", "ASSAULT", "SANCTION"})
THREAT_MODES: dict = {
    ("COERCE", "arrest"): "arrest",
    ("COERCE", "ban"): "ban",
    ("COERCE", "restrict"): "restrict",
    ("COERCE", "curfew"): "restrict",
    ("COERCE", "seize"): "territory",
    ("SANCTION", "expel"): "expel",
    # CAMEO 1311 / 1313 / 134: threaten to stop aid, to reduce relations, to halt talks
    ("SANCTION", "discontinue"): "relations",
    ("SANCTION", "withdraw"): "relations",
    # PLOVER THREATEN restrict: announced blockades and boycotts (CAMEO 133; an announced
    # strike or march stays a future PROTEST)
    ("PROTEST", "obstruct"): "restrict",
    ("PROTEST", "boycott"): "restrict",
    "ASSAULT": "violence",
    "SANCTION": "restrict",
    "COERCE": None,
    "RETREAT": "relations",
    "AID": "relations",
    "COOPERATE": "relations",
    "SUPPORT": "relations",
    "CONSULT": "relations",
    "MOBILIZE": "violence",
}
#: Types that are themselves speech acts: a future one is not a further commitment.
NOT_COMMITMENTS = frozenset({"AGREE", "REQUEST", "THREATEN", "REJECT", "ACCUSE", "CONCEDE"})
#: (type, mode) of announced acts that commit the speaker to nobody: an announced resignation
#: is its RETREAT ``resign`` record with ``time: future`` alone (GSR "will resign": RETREAT;
#: Italian dev "ha annunciato le sue dimissioni": RETREAT resign), no AGREE beside it.
NOT_COMMITMENT_MODES = frozenset({("RETREAT", "resign")})
#: Actor mention kinds that are names (their words are never triggers).
NAME_LABELS = frozenset({"PER", "ORG", "MEDIA", "GPE"})
#: Factuality cue kinds whose multi-word phrases are never triggers.
BLOCKING_CUES = (
    "possible",
    "power",
    "probable",
    "planned",
    "future",
    "condition",
    "purpose",
    "past",
)
MODE_WINDOW = 10


#: Sectors whose strikes are violence ("i missili russi", "i ribelli"); thieves "colpiscono" a
#: house (a theft), the police a gang (an arrest).
ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "PRM", "SPY"})


def _domestic_sides(prev: Mention) -> list[Actor] | None:
    """The two sides of an earlier event between parties of one country that its sectors
    tell apart, one of them an armed or political group (a government and a rebel group):
    its actor and its recipient (rule actor.the_parties); None otherwise."""
    if len(prev.actor) != 1 or len(prev.recipient) != 1:
        return None
    a, r = prev.actor[0], prev.recipient[0]
    if not a.country or a.country != r.country or a.sector == r.sector:
        return None
    if not {a.sector, r.sector} & {"REB", "OPP", "PTY"}:
        return None
    return [replace(a), replace(r)]


def _named_commander(a: Actor) -> bool:
    """A named military person the KB knows (a junta's head, an army chief: "il generale Min
    Aung Hlaing"): travelling abroad or received by a foreign government, he is on a visit as
    a government person is (rule event.commander_visit)."""
    return a.sector == "MIL" and bool(a.name) and bool(a.wikidata_id or a.title)


@dataclass
class Mention:
    """One trigger with everything read around it, before the in-article merge."""

    trigger: Span
    entry: TriggerEntry
    args: Arguments
    actor: list[Actor]
    recipient: list[Actor]
    factuality: Factuality
    date: Time
    location: Place | None
    attribution: list[Actor]
    mode: str | None
    contexts: list[str]
    why: list[Why] = field(default_factory=list)
    location_rule: str | None = None  # how the place was found (places.locate_event)
    confidence: float = 0.5
    anaphoric: bool = False
    merged: int = 0
    extra_spans: list[Span] = field(default_factory=list)  # place and time words
    type_override: str | None = None
    cameo_override: str | None = None

    @property
    def event_type(self) -> str:
        return self.type_override or self.entry.event_type

    def parties(self) -> tuple:
        def keys(actors: list[Actor]) -> frozenset:
            return frozenset(a.country or a.name or a.raw_text for a in actors)

        if self.args.symmetric:
            return ("sym", keys(self.actor) | keys(self.recipient))
        return (keys(self.actor), keys(self.recipient))

    @property
    def located_where_it_happens(self) -> bool:
        """The place is cued in the trigger's own sentence as where something happens: not
        read from a follow-up sentence, nor only the seat of an institution or meeting
        named there ("la Conferenza di Berlino", "il tribunale di Baghdad")."""
        rule = self.location_rule or ""
        return "(follow-up sentence)" not in rule and ".cue:seat" not in rule

    @property
    def empty(self) -> bool:
        return not self.actor and not self.recipient


@functools.cache
def _requested_act_modifiers(lang: str) -> frozenset[str]:
    """Adjectives between a request or threat verb and the act it names ("ha chiesto nuove
    sanzioni"; ``lang/<lang>/requested_act_modifiers.tsv``)."""
    return frozenset(row[0].lower() for _, row in read_table(lang, "requested_act_modifiers.tsv"))


@functools.cache
def _pressure_nouns(lang: str) -> frozenset[str]:
    """Nouns of pressure put on someone to act (``lang/<lang>/pressure_nouns.tsv``)."""
    return frozenset(row[0].lower() for _, row in read_table(lang, "pressure_nouns.tsv"))


@functools.cache
def _perpetrator_participles(lang: str) -> dict[str, str]:
    """Participle -> kind (``to``/``by``) of ``lang/<lang>/perpetrator_participles.tsv``."""
    return {c[0].lower(): c[1] for _, c in read_table(lang, "perpetrator_participles.tsv")}


@functools.cache
def _aspect_verbs(lang: str) -> dict[str, str]:
    """Aspect verb -> its preposition (``lang/<lang>/aspect_verbs.tsv``: "tornare a")."""
    return {c[0]: c[1] for _, c in read_table(lang, "aspect_verbs.tsv") if len(c) > 1}


@functools.cache
def _cessation_adverbs(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The cessation adverbs ("più") and the comparatives that undo them ("più di") of
    ``lang/<lang>/cessation_adverbs.tsv``."""
    rows = [c for _, c in read_table(lang, "cessation_adverbs.tsv")]
    return (
        frozenset(c[0] for c in rows if c[1:2] == ["adverb"]),
        frozenset(c[0] for c in rows if c[1:2] == ["comparative"]),
    )


def _fighting_side(span: Span) -> bool:
    """Rule actor.fighting_side: the span is an ethnic group named after its country's word
    ("Bosnian Serbs") read as people (CVL); as the doer of violence it is a side instead
    (see ``_actors_of``)."""
    return any(w.rule == "country.ethnic_group" for w in ext(span, "actor_why") or []) and any(
        a.sector == "CVL" for a in ext(span, "actors") or []
    )


# the claims whose source is a speaker of the sentence (not "secondo X", which names a
# source as such): a speaker of the actor's own state is the actor's voice
SPEAKER_RULES = frozenset(
    {
        "attribution.report_verb",
        "attribution.postposed",
        "attribution.anaphoric_report",
        "attribution.unexpressed_speaker",
        "attribution.quote_continues",
    }
)
STATE_VOICES = frozenset({"GOV", "MIL", "COP", "SPY"})


def _own_voice(source: Actor, actors: list[Actor]) -> bool:
    """The source speaks for one of the event's actors: the same country (or body) and the
    same state sector, or a government voice for a government ("Trump" for "Washington",
    the NATO secretary general for NATO's navies). Another sector of the same country (a
    government confirming a rival army's surrender, a ministry on the army) stays a source."""
    if not source.country or source.sector not in STATE_VOICES:
        return False
    return any(a.country == source.country and a.sector == source.sector for a in actors)


def _civil_home(actors: list[Actor]) -> str | None:
    """The one country of actors that are all non-state (a sector outside the state's) and
    all of one state, else None: whose government their protest or demand addresses."""
    if not actors or not all(a.sector and a.sector not in STATE_SECTORS for a in actors):
        return None
    countries = {a.country for a in actors}
    if len(countries) != 1:
        return None
    [country] = countries
    return None if country in (None, "IGO", "NGO") else country


@functools.cache
def _mediation_stems(lang: str) -> tuple[str, ...]:
    """Lemmas of ``mediation_words.tsv`` ("broker", "mediate"): a word starting with one is
    a form of it ("brokered", "mediated"); empty without the file."""
    return tuple(sorted(c[0].lower() for _, c in read_table(lang, "mediation_words.tsv")))


def _take_foreign_recipient(m: Mention, span: Span, own: set, rule: str) -> None:
    """Make the actors of ``span`` the recipient of ``m`` when every one has a country and
    none is of the actor's own countries ``own`` (the rule ``rule`` is its why)."""
    found = _actors_of([span])
    if found and all(a.country and a.country not in own for a in found):
        m.recipient = found
        m.why.append(Why("recipient", rule, span.text))


def _actors_of(spans: list[Span], state_sector: str | None = None) -> list[Actor]:
    """The actors of argument spans (deduplicated).

    A country named bare ("La Russia accusa ...", "Vietnam said") acts through its state:
    PLOVER codes it as the government (``state_sector``: GOV, or MIL for violence).
    An ethnic group named after its country's word ("Bosnian Serbs", "Iraqi Kurds") is
    people (CVL) when it marches or suffers, but a side when it fights: as the doer of
    violence or a deployment it is read as "The Bosnian Serbs" with an article is (no
    sector of its own, so the forces of violence), not civilians shelling a town; the
    PLOVER GSR gives such a side no civilian sector ("Bosnian Serbs demanded a truce": BIH).
    """
    out: list[Actor] = []
    seen = set()
    for s in spans:
        side = state_sector == "MIL" and _fighting_side(s)
        for a in ext(s, "actors") or []:
            a = replace(a, raw_text=a.raw_text or s.text)
            if side and a.sector == "CVL":
                a = replace(a, sector=None)  # then the side's, as for "The Bosnian Serbs"
            if (
                state_sector
                and a.sector is None
                and s.label_ == "GPE"
                and a.country not in (None, "IGO", "NGO", "MNC")
            ):
                a = replace(a, sector=state_sector)
            key = (a.name, a.country, a.sector, a.raw_text)
            if key not in seen:
                seen.add(key)
                out.append(a)
    return out


def _country_sectors(doc: Doc) -> dict[str, Counter]:
    """Country -> the sectors its actor mentions take, each mention's actors as
    ``_actors_of([span], "GOV")`` gives them (a bare country is its government), counted
    without copying each actor."""
    sectors: dict[str, Counter] = {}
    for span in spans_of(doc, "actors"):
        seen = set()
        for a in ext(span, "actors") or []:
            sector = a.sector
            if sector is None and span.label_ == "GPE" and a.country not in _NOT_STATES:
                sector = "GOV"
            key = (a.name, a.country, sector, a.raw_text or span.text)
            if key not in seen:
                seen.add(key)
                if a.country:
                    sectors.setdefault(a.country, Counter())[sector] += 1
    return sectors


_NOT_STATES = (None, "IGO", "NGO", "MNC")


#: part words (place_cues.tsv "part") that are no place with a demonym after them: "lo
#: stato italiano" is the state, "la capitale francese" a city the text names elsewhere
_NOT_DEMONYM_PLACES = frozenset({"stato", "capitale", "centro", "territorio"})


def _demonym_places(doc: Doc, trigger: Span, lang: str) -> tuple[str, str] | None:
    """(ISO3, words) of the one country whose places the trigger's sentence names by a place
    word and a demonym adjective after a locative cue: "in una cinquantina di città
    italiane", "nelle principali piazze tedesche", "in molte città e piazze francesi" (up to
    four words between the cue and the place word: articles, numbers, quantities). None when
    there is none or two countries are so named."""
    from eventwire.pipeline.places import place_lexicon

    lex = place_lexicon(lang)
    sent = span_sent(trigger)
    lows = tokens(doc).lower
    found: dict[str, str] = {}
    for k in range(sent.start + 1, sent.end - 1):
        adj = lows[k + 1]
        if adj not in lex.demonyms or lows[k] in _NOT_DEMONYM_PLACES:
            continue
        hit = lex.cue_ending_at(lows, k, sent.start)
        if hit is None or hit[0] != "part" or hit[1] != 1:
            continue
        for j in range(k - 1, max(sent.start, k - 6) - 1, -1):
            cue = lex.cue_ending_at(lows, j, sent.start)
            if cue is not None and cue[0] in ("in", "a"):
                found.setdefault(lex.demonyms[adj], f"{doc[k].text} {doc[k + 1].text}")
                break
            if not (lows[j].isalnum() and doc[j].text.islower() or lows[j].isdigit()):
                break  # a name, a comma or a mark: no quantity between cue and place
    return next(iter(found.items())) if len(found) == 1 else None


def _sentence_window(doc: Doc, start: int, before: int, after: int) -> tuple[int, int]:
    """Token bounds of the sentence holding ``start`` with up to ``before`` sentences before
    it and ``after`` sentences after it."""
    sent = sent_of(doc, start)
    lo, hi = sent.start, sent.end
    for _ in range(before):
        if lo > 0:
            lo = sent_of(doc, lo - 1).start
    for _ in range(after):
        if hi < len(doc):
            hi = sent_of(doc, hi).end
    return lo, hi


def _country_named(m: Mention, country: str) -> bool:
    """A party of ``m`` has ``country`` from its own words (a country, demonym, capital or
    known person), not only from a place or the context ("talks between the regime and the
    opposition in Vienna" give no Austrian side)."""
    for w in m.why:
        if w.field != "actor" or w.rule in ("country.locative", "country.context"):
            continue
        entry = w.entry or ""
        if entry.endswith(f"-> {country}") or f"[{country}" in entry:
            return True
    return False


def _own_words(
    trig: Span,
    name_starts: dict[int, int] | None = None,
    attributive: bool = False,
    title_starts: frozenset[int] = frozenset(),
) -> Iterable[int]:
    """The tokens of a trigger that may be its own words, not words a "*" gap skipped: all of
    them, or only the first and last of a pattern with a gap (a name inside the gap, "defaced
    Danish Web sites", is the patient, not a name the trigger is part of). The last word
    of a gapped pattern that ends a name opening inside the gap is that named patient's head
    ("banned the Islamic Renaissance Party", "expelled him from the Labour Party"):
    ``name_starts`` maps the last token of each actor name to its first. Not after a
    determiner (``attributive``): "the outlawed Kurdistan Workers' Party" names the party.
    So is a lower-case title word that opens a name (``title_starts``, English: "released
    the dissident Wang Dan", "freed the journalist X"): the patient's own noun."""
    if any(GAP in w for w, _ in ext(trig, "trigger").words):
        last = trig.end - 1
        opens = (name_starts or {}).get(last)
        if opens is not None and trig.start < opens <= last and not attributive:
            return (trig.start,)
        if not attributive and any(k in title_starts for k in range(trig.start + 1, last + 1)):
            # the title may be two words, the last the trigger's: "l'alto commissario X"
            return (trig.start,)
        return (trig.start, last)
    return range(trig.start, trig.end)


def _role_within(span: Span, start: str, end: str) -> Actor:
    """The KB person of ``span`` re-resolved on a period ("2019", "2011-02", a range): the
    office held on its first, middle or last day (a resignation in "febbraio 2011" ends an
    office held early that month), else out of office."""
    first = (start + "-01-01")[:10] if len(start) == 4 else (start + "-01")[:10]
    last = (end + "-12-31")[:10] if len(end) == 4 else (end + "-28")[:10]
    tried = [resolve_on_date(span, day) for day in (start, first, last)]
    return next((a for a in tried if a.sector), tried[0])


#: Acts done to a place and its people, not to the body its name may stand for.
PHYSICAL_ACTS = {"ASSAULT": None, "COERCE": frozenset({"curfew", "restrict"})}


def _city_struck(spans: list[Span], etype: str, mode: str | None) -> Span | None:
    """The capital among the recipient spans of an attack, a curfew or a restriction
    ("shelled Kyiv", "il coprifuoco a Beirut"), or None."""
    if etype not in PHYSICAL_ACTS:
        return None
    allowed = PHYSICAL_ACTS[etype]
    if allowed is not None and mode not in allowed:
        return None
    for s in spans:
        if any((w.rule or "") == "metonym.capital" for w in ext(s, "actor_why") or []):
            return s
    return None


def _own_country_named(span: Span, actor: list[Actor]) -> bool:
    """A bare country name (not a capital or agency) of the country every state actor of
    the event belongs to."""
    acts = ext(span, "actors") or []
    if span.label_ != "GPE" or not acts or not actor:
        return False
    if any((w.rule or "").startswith("metonym.") for w in ext(span, "actor_why") or []):
        return False  # a capital or seat of power ("Mosca", "the Kremlin")
    countries = {a.country for a in acts}
    return (
        len(countries) == 1
        and all(a.sector is None for a in acts)
        and all(a.country in countries and a.sector in STATE_SECTORS for a in actor)
    )


#: The state agency a bare country stands for, by event type (actor side).
STATE_SECTOR = {"ASSAULT": "MIL", "MOBILIZE": "MIL"}
#: Sectors of the state: the government and its agencies.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI"})

#: Verbal types whose unnamed target, in a sentence naming only the speaker's country, is
#: of that country (rule recipient.domestic_dispute).
DOMESTIC_DISPUTE_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN"})
#: State sectors that speak abroad as well as at home (the same rule asks them for a
#: domestic setting).
ABROAD_SECTORS = frozenset({"GOV", "MIL", "SPY", "ELI"})


def _covers(a: Mention, b: Mention) -> bool:
    """Every party of ``b`` is a party of ``a`` on the same side ("le accuse della Russia"
    after "la Russia accusa la Georgia")."""

    def keys(actors: list[Actor]) -> set:
        return {x.country or x.name or x.raw_text for x in actors}

    if a.args.symmetric or b.args.symmetric:
        return keys(b.actor) | keys(b.recipient) <= keys(a.actor) | keys(a.recipient)
    return keys(b.actor) <= keys(a.actor) and keys(b.recipient) <= keys(a.recipient)


def _distinct_doers(a: Mention, b: Mention) -> bool:
    """Two one-sided acts whose doers are named in the text with known sectors that share
    none are two acts, even within one country ("l'esternazione di Berlusconi [GOV] contro
    i giudici ha scatenato le proteste dell'opposizione [OPP]"): in domestic news most
    dyads have one country on both sides, so the country sets alone cannot tell them apart."""
    if a.args.symmetric or b.args.symmetric or not a.args.actor or not b.args.actor:
        return False
    sa = {x.sector for x in a.actor}
    sb = {x.sector for x in b.actor}
    return None not in sa and None not in sb and not sa & sb


def _unaddressed_judgements(mentions: list[Mention]) -> Iterator[Mention]:
    """Condemnations and praise (ACCUSE, SUPPORT) with an actor and no recipient yet."""
    for m in mentions:
        if m.event_type in ("ACCUSE", "SUPPORT") and m.actor and not m.recipient:
            yield m


def _latest_doer(
    ordered: list[Mention],
    index: dict[int, int],
    here: int,
    before: int,
    skip: Mention | None,
    types: frozenset[str] | None,
    own: Callable[[Mention], bool],
) -> Mention | None:
    """The latest event with an actor told before token ``before``, in sentence ``here`` or
    the ANAPHOR_SENTENCES before, of one of ``types`` (None: any act but speech), other than
    ``skip`` and not the judge's own (``own``): the act a judgement is aimed at. One that
    has happened before one told in the future ("Gli Houthi hanno attaccato ... il movimento
    tornerà a colpire ... ha condannato i raid": the attack done); a future one only when
    none has ("criticized the decision to withdraw")."""
    later = None
    for prev in reversed(ordered):
        if prev.trigger.start >= before or prev is skip:
            continue
        if here - index[span_sent(prev.trigger).start] > ANAPHOR_SENTENCES:
            break
        fits = prev.event_type not in SPEECH_TYPES if types is None else prev.event_type in types
        if fits and prev.actor and not own(prev):
            if prev.factuality.time != "future":
                return prev
            later = later or prev
    return later


def _spans_named(doc: Doc, group: str, text: str | None, trig: Span) -> list[Span]:
    """The spans of a group with this text in the trigger's sentence."""
    if not text:
        return []
    sent = span_sent(trig)
    tab = tokens(doc)
    return [
        sp
        for sp in spans_of(doc, group)
        if sp.start >= sent.start and sp.end <= sent.end and tab.span_text(sp.start, sp.end) == text
    ]


def _place_of_another_event(doc: Doc, m: Mention) -> bool:
    """The event's place follows a trigger of another type, whose complement it is.

    A locative complement follows its head: in "arrestato in Germania per stupro" and
    "Obama, in visita in Polonia, ha definito la sparatoria ..." the place goes with the
    arrest, the visit, not with the assault read after it.
    """
    if m.location is None:
        return False
    t = m.trigger
    places = [p for p in _spans_named(doc, "places", m.location.raw_text, t) if p.end <= t.start]
    if not places:
        return False
    sp = places[-1]
    sent = span_sent(t)
    before = [
        o
        for o in spans_of(doc, "triggers")
        if sent.start <= o.start and o.end <= sp.start and ext(o, "trigger") is not None
    ]
    return bool(before) and ext(before[-1], "trigger").event_type != m.event_type


def _iso_cmp(a: str, b: str) -> int:
    """Compare partial ISO dates at the coarser granularity: -1, 0 (overlap) or 1."""
    n = min(len(a), len(b))
    x, y = a[:n], b[:n]
    return (x > y) - (x < y)


def _year(iso: str | None) -> int | None:
    """The year of an ISO date or timex value ("1982", "2013-05-08"), else None."""
    return int(iso[:4]) if iso and iso[:4].isdigit() else None


def date_relation(t: Time, published: str | None) -> str | None:
    """``past`` / ``future`` / ``overlap`` of an event date against publication, or None."""
    if not published or not t or t.granularity == "unknown" or not t.start:
        return None
    end = t.end or t.start
    if _iso_cmp(end, published) < 0:
        return "past"
    if _iso_cmp(t.start, published) > 0:
        return "future"
    return "overlap"


_RELATIVE = ("relative", "complementizer")  # ", che ...": after a comma, a relative


def _without_asides(words: list[str], sx: Syntax | None = None) -> list[str]:
    """Words without short comma-enclosed asides ("chiede, fra l'altro, la sospensione"),
    and, given the syntax, comma-enclosed relative clauses of up to ten words ("ha chiesto
    alla Svizzera, che rappresenta gli interessi americani, di indagare")."""
    commas = [k for k, t in enumerate(words) if t == ","]
    drop: set[int] = set()
    for a, b in zip(commas, commas[1:], strict=False):
        if 1 <= b - a - 1 <= 4:
            drop.update(range(a, b + 1))
        elif sx is not None and b - a - 1 <= 10 and sx.cls(words[a + 1]) in _RELATIVE:
            drop.update(range(a, b + 1))
    return [t for k, t in enumerate(words) if k not in drop]


def _opens_complement(sx: Syntax, word: str, host_type: str) -> bool:
    """A word that opens a speech act's complement: "di", "a", "che", "to" ..., or, after a
    request, threat, offer or refusal, a preposition "to" joined with an article ("un
    appello alla liberazione degli ostaggi"; an investigation "into" a killing is no
    request for it)."""
    return word.lower() in COMPLEMENT_WORDS or (
        host_type in OBJECT_EMBEDDING_TYPES and sx.cls(word) == "prep_to"
    )


def _main_verb_after(sx: Syntax, words: list[str]) -> bool:
    """Whether the complement ``words`` (its opening word first) reach a finite auxiliary
    before any "che"/"that": an infinitive complement ("di", "a", "to") holds none, so the
    auxiliary heads the main clause; after "che" it may be the complement's own verb
    ("chiede che sia arrestato")."""
    for w in words:
        if w.lower() in ("che", "that"):
            return False
        if sx.is_finite_auxiliary(w):
            return True
    return False


def embedded_under(sx: Syntax, doc: Doc, trig: Span, triggers: list[Span]) -> Span | None:
    """The request/threat/offer/refusal/accusation trigger whose complement holds ``trig``.

    "Il Pentagono ha chiesto a Kim di non inviare armi": "inviare" is said, not done.
    The complement follows the speech-act trigger within a few words, after one of
    COMPLEMENT_WORDS, in the same sentence and with no hard boundary in between.
    """
    # triggers are in text order: look back from the trigger, and no farther than a host
    # could end within EMBED_WINDOW (a pattern is shorter than TRIGGER_SPAN_MAX tokens)
    here = bisect.bisect_left(triggers, trig.start, key=lambda t: t.start)
    for i in range(here - 1, -1, -1):
        p = triggers[i]
        if trig.start - p.start > EMBED_WINDOW + TRIGGER_SPAN_MAX:
            return None
        if p.end > trig.start or span_sent(p).start != span_sent(trig).start:
            continue
        if ext(p, "trigger").event_type not in EMBEDDING_TYPES:
            continue
        if trig.start - p.end > EMBED_WINDOW + 12:
            return None
        tab = tokens(doc)
        gap = range(p.end, max(p.end, trig.start))  # doc[p.end : trig.start]
        if any(sx.is_hard_boundary(doc, k) for k in gap):
            return None
        if ext(p, "trigger").frame == "OBLIG" and len(gap) <= 2:
            return p  # "must ensure security": the demanded act
        between = _without_asides(tab.text[gap.start : gap.stop], sx)
        # a relative clause set off by commas does not count towards the window
        relative = len(_without_asides(tab.text[gap.start : gap.stop])) - len(between)
        if len(gap) - relative > EMBED_WINDOW:
            return None
        if (
            ext(p, "trigger").event_type in OBJECT_EMBEDDING_TYPES
            and not ext(p, "trigger").is_noun
            and 0 < len(between) <= 2
            and all(sx.cls(t) == "det" for t in between)
        ):
            return p  # "ha chiesto (, fra l'altro,) la condanna": the requested act is not an event
        if (
            ext(p, "trigger").event_type in ("REQUEST", "THREATEN")
            and not ext(p, "trigger").is_noun
            # (a mention span read by factuality alone carries no trigger entry)
            and getattr(ext(trig, "trigger"), "is_noun", False)
            # "its long-threatened invasion": a participle before the noun is no verb
            and (p.start == 0 or sx.cls(doc[p.start - 1].text) not in ("det", "possessive"))
            and (p.start == 0 or doc[p.start - 1].text != "-")
            and len(between) <= 2
            and all(
                sx.cls(t) == "det" or t.lower() in _requested_act_modifiers(doc.lang_)
                for t in between
            )
        ):
            # "ha chiesto (nuove) sanzioni contro la Svezia", "demanded tougher sanctions":
            # a bare or adjective-led object noun is the act asked for or threatened
            return p
        if any(t == "," for t in between):
            return None  # "... al sindaco, che aveva respinto": another clause
        # the complement opens within a few words of the host ("chiesto a Kim di", "urged
        # the government to"), and the embedded trigger follows it closely
        opener = next(
            (
                k
                for k, t in enumerate(between)
                if _opens_complement(sx, t, ext(p, "trigger").event_type) and k <= 6
            ),
            None,
        )
        if opener is not None and _main_verb_after(sx, between[opener:]):
            # "una donna che aveva accusato il vicino di furto | è stata condannata": a finite
            # auxiliary after "di"/"a" opens the main clause, the infinitive complement ended
            return None
        # the nearest opener counts too: "chiesto al Consiglio di sicurezza dell'Onu di
        # imporre il ritiro" opens at the second "di", past a body's name of several words
        near = opener is not None and any(
            _opens_complement(sx, t, ext(p, "trigger").event_type) and len(between) - k <= 6
            for k, t in enumerate(between)
            if opener <= k <= 6
        )
        if (
            near
            or (len(between) == 0 and sx.is_infinitive(doc, trig.start))
            # the host pattern ends with its complement word: "agreed to | re-open",
            # "pronti a | negoziare", "agreed to a | ceasefire"
            or (len(between) <= 2 and tab.lower[p.end - 1] in COMPLEMENT_WORDS)
        ):
            return p
        return None
    return None


@dataclass(frozen=True)
class Refinement:
    """One line of ``lang/type_refinements.tsv``."""

    event_type: str
    mode: str
    frame: str
    sectors: frozenset[str]
    words: frozenset[str]
    new_type: str
    new_mode: str
    cameo: str
    source: str
    recipient_sectors: frozenset[str] = frozenset({"*"})

    def applies(self, m: Mention) -> bool:
        if m.event_type != self.event_type:
            return False
        if self.mode == "-" and m.mode is not None:
            return False
        if self.mode not in ("*", "-") and m.mode != self.mode:
            return False
        if self.frame == "S" and not m.args.symmetric:
            return False
        if self.frame == "P" and not m.args.passive:
            return False
        if self.frame in ("V", "N") and not m.args.frame.startswith(self.frame):
            return False
        if self.frame == "Q" and not any(
            w.rule == "argument.quotation_speaker_after" for w in m.args.why
        ):
            return False  # the speaker of a quotation, named after it ("«...», ha attaccato X")
        if "*" not in self.words:
            first = m.trigger[0]
            if not ({first.lower_, (first.lemma_ or "").lower()} & self.words):
                return False
        if "-" in self.sectors:
            # no actor found: only an act on someone the text names by name (a person or a
            # body the knowledge base knows: "Travaglio attacca Schifani"), not a building
            # or a place ("l'ambasciata è stata attaccata"), not the owner of what was hit
            # ("l'attacco al convoglio di Karzai") and not in the passive ("Karzai è stato
            # attaccato": the attacker untold, as with an assault)
            return (
                not m.actor
                and not m.args.passive
                and not any("owner" in w.rule for w in m.args.why)
                and any(
                    a.name and a.raw_text and a.sector in self.recipient_sectors
                    for a in m.recipient
                )
            )
        if "*" not in self.recipient_sectors and not (
            any(
                # a recipient the text names: not one implied by EventBuilder (the people of
                # the place a search or a seizure happens in)
                a.sector in self.recipient_sectors and a.raw_text
                for a in m.recipient
            )
            # "PER": a person the text names ("ha attaccato Macron"), whatever the office
            or (
                "PER" in self.recipient_sectors and any(s.label_ == "PER" for s in m.args.recipient)
            )
        ):
            return False
        return "*" in self.sectors or any(a.sector in self.sectors for a in m.actor)


@functools.cache
def _mode_families() -> dict[tuple[str, str], str]:
    """``lang/mode_families.tsv``: (event type, mode) -> the family of modes it belongs to."""
    from eventwire.pipeline.lexicon import lang_dir

    path = lang_dir("it").parent / "mode_families.tsv"
    out: dict[tuple[str, str], str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        etype, family, modes = line.split("\t")[:3]
        for mode in modes.split(","):
            out[(etype, mode.strip())] = family
    return out


def _modes_related(a: Mention, b: Mention) -> bool:
    """The two mentions' modes can name one act: equal, one left open, or one family
    ("assassinio" and "colpi sparati": assassinate and firearms)."""
    if a.mode == b.mode or a.mode is None or b.mode is None:
        return True
    fam = _mode_families()
    fa = fam.get((a.event_type, a.mode))
    return fa is not None and fa == fam.get((b.event_type, b.mode))


def _completes(a: Mention, b: Mention) -> bool:
    """One mention names a side the other leaves empty, and the other side is the same
    non-empty set ("l'assassinio di X" and "X ucciso dai colpi sparati da un poliziotto":
    no killer in the first; "la visita del Papa in Sardegna" and "una breve visita
    all'isola": no visitor in the second). Where both name the shared side in the text,
    they name it alike ("ucciso Salvatore Brau" and "ha preso in ostaggio tre persone" are
    two acts); else the mention that fills the empty side names it in the text: a doer
    only implied by the rules (the police of an arrest) ties no two arrests.
    Symmetric acts are left to the usual rules."""
    if a.args.symmetric or b.args.symmetric:
        return False
    (aa, ar), (ba, br) = a.parties(), b.parties()
    if ar and ar == br and bool(aa) != bool(ba):
        if a.args.recipient and b.args.recipient:
            return _tied(a.args.recipient, b.args.recipient, a.recipient, b.recipient)
        return bool((a if aa else b).args.actor)
    if aa and aa == ba and bool(ar) != bool(br):
        if a.args.actor and b.args.actor:
            return _tied(a.args.actor, b.args.actor, a.actor, b.actor)
        return bool((a if ar else b).args.recipient)
    return False


def _better_named(kept: list[Actor], later: list[Actor]) -> bool:
    """The later mention names the same countries' parties the kept one leaves unnamed
    (a headline's "Kim", the body's "Kim Jong-un")."""
    if not kept or not later or len(kept) != len(later):
        return False
    if sorted(str(a.country) for a in kept) != sorted(str(a.country) for a in later):
        return False
    return not any(a.name for a in kept) and all(a.name for a in later)


@functools.cache
def _document_nouns(lang: str) -> frozenset[str]:
    """``document_nouns.tsv``: nouns of texts a body adopts or issues."""
    return word_set(lang, "document_nouns.tsv")


#: Acts a state's official announces as the state's own when told in an agentless passive
#: of a verb-object row ("il ministro della Difesa ha annunciato che tremila militari saranno
#: inviati al confine"): not attacks or arrests, which a speaker reports of others.
_ANNOUNCED_OWN_ACTS = frozenset({"MOBILIZE", "AID", "SANCTION", "RETREAT", "CONCEDE"})


def _announced_passives(mentions: list[Mention]) -> None:
    """Rule actor.announcer_of_passive: a verb-object row read in the passive with no doer
    named (rule trigger.passive_of_row) and a government or military speaker of a country
    as its source: the speaker's side does it."""
    for m in mentions:
        if (
            m.actor
            or not m.entry.note.startswith(PASSIVE_NOTE)
            or m.entry.event_type not in _ANNOUNCED_OWN_ACTS
            or len(m.attribution) != 1
            or not m.attribution[0].country
            or m.attribution[0].sector not in ("GOV", "MIL")
            or any(a.country == m.attribution[0].country for a in m.recipient)
        ):
            continue
        m.actor, m.attribution = list(m.attribution), []
        m.why.append(Why("actor", "actor.announcer_of_passive", m.actor[0].raw_text))


#: Acts of abuse a monitor charges others with (``_monitor_charges``): violence, not a
#: seizure or an arrest, which a monitor often only reports ("said troops had taken control").
_CHARGED_ABUSES = frozenset({"ASSAULT"})


def _monitor_charges(mentions: list[Mention], lang: str) -> None:
    """Rule actor.monitor_charge (English): an attack by a named party in the complement of
    a monitor's own reporting verb in the main clause ("Amnesty International said Chadian
    troops had tortured detainees") is the monitor's charge: ACCUSE `disapprove` by the monitor (an NGO),
    the abuser its recipient (docs/conventions.md, abuse reported by a monitor; the GSR's one
    event per sentence is the one the sentence asserts). A trailing source ("..., a rights
    group said", rule attribution.postposed) only sources the abuse, which stays."""
    if lang != "en":
        return
    for m in mentions:
        if (
            m.event_type not in _CHARGED_ABUSES
            # the abuser named with a country: a monitor's count of victims of no one named
            # ("the Observatory says 100 civilians have been killed") is no charge
            or not m.actor
            or not all(a.country and a.country not in ("IGO", "NGO") for a in m.actor)
            or m.factuality.polarity != "positive"
            or m.factuality.certainty != "certain"
            or len(m.attribution) != 1
            or "NGO" not in (m.attribution[0].country, m.attribution[0].sector)
            or not any(w.rule == "attribution.report_verb" for w in m.why)
            or any(w.rule == "attribution.postposed" for w in m.why)
        ):
            continue
        monitor = m.attribution[0]
        m.why.append(Why("event_type", "actor.monitor_charge", monitor.raw_text or monitor.name))
        m.type_override, m.mode, m.cameo_override = "ACCUSE", "disapprove", "112"
        m.actor, m.recipient, m.attribution = [monitor], list(m.actor), []


#: Clause words that join a victims' passive to the act that hurt them ("were killed when
#: troops opened fire"); not those of a condition, a contrast or a question.
_HURT_BY_CLAUSE_EXCLUDED = frozenset({"if", "se", "but", "ma", "although", "whether"})


def _hurt_by_clause(a: Mention, b: Mention) -> bool:
    """Rule merge.hurt_by_clause: an attack told as its victims' passive with no doer ("Two
    Indian soldiers were killed on Friday") and, in a clause of the same sentence after it
    ("when Pakistani troops opened fire"), an attack by a named side with no victim named
    are one attack; the record keeps both sides."""
    if a.event_type != "ASSAULT" or a.args.symmetric or b.args.symmetric:
        return False
    if not a.args.passive or a.actor or not a.recipient or not b.actor or b.recipient:
        return False
    if span_sent(a.trigger).start != span_sent(b.trigger).start:
        return False
    if b.args.frame.startswith("N"):
        # "Five policemen were killed in an ambush by Maoist guerrillas": the attack noun
        # right after "in" (function-word class prep_in; determiners and one lower-case
        # word between) is the act that hurt them, its doer named there
        doc = a.trigger.doc
        sx = syntax_for(doc.lang_)
        between = doc[a.trigger.end : b.trigger.start]
        return (
            1 <= len(between) <= 3
            and sx.cls(between[0].lower_) == "prep_in"
            and all(sx.cls(t.lower_) == "det" or (t.is_alpha and t.is_lower) for t in between[1:])
        )
    if not 0 < b.trigger.start - a.trigger.end <= 8:
        return False
    doc = a.trigger.doc
    sx = syntax_for(doc.lang_)
    between = doc[a.trigger.end : b.trigger.start]
    joins = [t for t in between if sx.cls(t.lower_) == "clause"]
    return len(joins) == 1 and joins[0].lower_ not in _HURT_BY_CLAUSE_EXCLUDED


def _described(doc: Doc, end: int) -> bool:
    """A perpetrator noun the text goes on to describe, right after it: an apposition opened
    by an article ("L'unico sparatore, un ex marine di 29 anni") or an origin word ("un
    terrorista suicida, proveniente dal Caucaso"; ``identity_cues.tsv`` kinds count and
    origin). Such a doer is identified, and acts where the text puts him; a bare noun ("gli
    assalitori", "uomini armati") is an unidentified perpetrator, whose country is not
    inferred from the place (dev conventions)."""
    cues = _identity_cues(doc.lang_)
    if not any(cues.values()):
        return True  # a language with no such cues (English) keeps every perpetrator noun
    k = end  # the token after the perpetrator noun ("terrorista suicida")
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k >= len(doc):
        return False
    word = doc[k].lower_
    return word in cues["origin"] or (k > end and word in cues["count"])


def _in_headline(m: Mention) -> bool:
    """The mention is in the article's first sentence and that sentence has no closing
    punctuation: a headline ("Putin e Kim si incontrano a Vladivostok"), which restates an
    event the article tells again, whatever dates the two mentions carry."""
    sent = span_sent(m.trigger)
    if sent.start != 0 or len(sent) == 0:
        return False
    doc = m.trigger.doc
    end = sent.end
    while end > sent.start + 1 and doc[end - 1].is_space:
        end -= 1  # a blank line after the sentence belongs to it
    last = doc[end - 1].text
    return last not in (".", "!", "?", "…", "»", '"', "”")


def _visit_and_its_meeting(a: Mention, b: Mention) -> bool:
    """A visit and a meeting told in one sentence between the same countries are one
    event ("si era recato a Tunisi, dove aveva incontrato il suo omologo"): the meeting is
    what the visit was for."""
    if a.event_type != "CONSULT" or b.event_type != "CONSULT":
        return False
    if span_sent(a.trigger).start != span_sent(b.trigger).start:
        return False
    visit, meet = (a, b) if a.mode == "visit" else (b, a)
    if visit.mode != "visit" or meet.mode is not None or not meet.args.symmetric:
        return False

    def sides(m: Mention) -> set[str]:
        return {x.country for x in m.actor + m.recipient if x.country}

    # two visitors meeting one host are one event too ("Blinken e Lammy saranno domani a
    # Kiev, dove incontreranno il presidente")
    return len(sides(visit)) >= 2 and sides(visit) == sides(meet)


def _allegation_source(refusal: Mention, alleged: Mention) -> list[Actor]:
    """Rule recipient.allegation_source: "Secondo il Pentagono, l'Iran avrebbe fornito droni
    ai ribelli. Teheran ha respinto le accuse": an act told as hedged (probable or possible)
    on a cited source's word is an allegation; a rejection of "the accusations" by a party
    of that act answers the source. Only sources with a country other than the refuser's."""
    if alleged.factuality.certainty not in ("probable", "possible") or not alleged.attribution:
        return []
    mine = {a.country for a in refusal.actor}
    if None in mine or not mine & {a.country for a in alleged.actor + alleged.recipient}:
        return []
    sources = alleged.attribution
    if any(a.country is None or a.country in mine for a in sources):
        return []
    return [replace(a) for a in sources]


def _nato_named(doc: Doc) -> Actor | None:
    """NATO as the article names it (its first mention), else None."""
    return next(
        (
            a
            for sp in spans_of(doc, "actors")
            for a in ext(sp, "actors") or []
            if a.country == "IGO" and a.name == "NATO"
        ),
        None,
    )


def _named_apart(a: Mention, b: Mention) -> bool:
    """Both mentions name both sides in the text, and on one side different parties of one
    country ("la nuova esternazione di Berlusconi contro i giudici ha scatenato le proteste
    dell'opposizione": two acts between Italians). A side only one mention names, or
    that the rules filled in, is no evidence of another act ("l'attentato alla scuola,
    dove sono state uccise quattro persone")."""
    if a.args.symmetric or b.args.symmetric:
        return False
    if not (a.args.actor and b.args.actor and a.args.recipient and b.args.recipient):
        return False
    return not _tied(a.args.actor, b.args.actor, a.actor, b.actor) or not _tied(
        a.args.recipient, b.args.recipient, a.recipient, b.recipient
    )


def _tied(
    spans_a: list[Span], spans_b: list[Span], actors_a: list[Actor], actors_b: list[Actor]
) -> bool:
    """Both mentions name the shared side in the text, with a word in common ("arrestati
    due esponenti" and "sono stati arrestati due esponenti"; "l'assassinio di Gabriele
    Sandri" and "Sandri ucciso")."""
    if not spans_a or not spans_b:
        return False

    def words(actors: list[Actor]) -> set[str]:
        return {
            w.lower()
            for x in actors
            for w in f"{x.name or ''} {x.raw_text or ''}".replace("'", " ").split()
            if len(w) > 3
        }

    return bool(words(actors_a) & words(actors_b))


def _places_agree(a: Mention, b: Mention) -> bool:
    """Both places are missing, or one is, or they are in one country."""
    if a.location is None or b.location is None:
        return True
    return a.location.country == b.location.country


def _tenseless(m: Mention) -> bool:
    """A bare noun, with no party of its own in the text and no time cue ("per la prima
    volta visita di Stato"): nouns have no tense, so its default time does not make it
    another act than the one it restates. A noun with its parties ("i negoziati tra
    Russia e Corea del Nord stanno avanzando") is told as an act of its own."""
    return (
        m.args.frame.startswith("N")
        and not m.args.actor
        and not m.args.recipient
        and not any(w.rule.startswith("factuality.") for w in m.why)
    )


def _completes_nearby(a: Mention, b: Mention) -> bool:
    """Rule merge.completes_parties: a mention that lacks one side of a nearby mention of
    the same act (same sentence, or a noun in the next one; related modes; one country
    of place) is that act told again; the record keeps the side the other names."""
    sa, sb = span_sent(a.trigger), span_sent(b.trigger)
    # in the next sentence, only a noun restates an act ("... la visita del Papa. ... il
    # suo itinerario di visita"); a verb there tells the next act ("altri due ordigni sono
    # caduti ferendo due persone" after "il lancio di sette razzi")
    near = sa.start == sb.start or (sb.start == sa.end and b.args.frame.startswith("N"))
    return near and _completes(a, b) and _modes_related(a, b) and _places_agree(a, b)


@functools.cache
def _refinements() -> tuple[Refinement, ...]:
    from eventwire.pipeline.lexicon import lang_dir

    path = lang_dir("it").parent / "type_refinements.tsv"
    out = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        c = line.split("\t")
        actors, _, recipients = c[3].partition(">")
        out.append(
            Refinement(
                c[0],
                c[1],
                c[2],
                frozenset(actors.split(",")),
                frozenset(c[4].split(",")),
                c[5],
                c[6],
                c[7],
                f"type_refinements.tsv:{i}",
                frozenset(recipients.split(",")) if recipients else frozenset({"*"}),
            )
        )
    return tuple(out)


@functools.cache
def _refinements_of_type() -> dict[str, tuple[Refinement, ...]]:
    """The refinements by the event type they apply to (``Refinement.applies`` asks that
    first), in the file's order."""
    out: dict[str, list[Refinement]] = {}
    for r in _refinements():
        out.setdefault(r.event_type, []).append(r)
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def _implied_actors() -> dict[tuple[str, str], str]:
    from eventwire.pipeline.lexicon import lang_dir

    path = lang_dir("it").parent / "implied_actors.tsv"
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            etype, mode, sector = line.split("\t")[:3]
            out[(etype, mode)] = sector
    return out


@functools.cache
def _implied_recipients() -> dict[
    tuple[str, str], tuple[str | None, tuple[str, ...], frozenset[str]]
]:
    """(event type, mode) -> (default sector of the unnamed recipient or None, CAMEO code
    prefixes excepted, actor sectors required or empty)."""
    from eventwire.pipeline.lexicon import lang_dir

    path = lang_dir("it").parent / "implied_recipients.tsv"
    out: dict[tuple[str, str], tuple[str | None, tuple[str, ...], frozenset[str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            etype, mode, sector, unless, by = (line.split("\t") + ["-", "", ""])[:5]
            out[(etype, mode)] = (
                None if sector.strip() in ("", "-") else sector.strip(),
                tuple(c.strip() for c in unless.split(",") if c.strip() and c.strip() != "-"),
                frozenset(s.strip() for s in by.split(",") if s.strip() not in ("", "-")),
            )
    return out


def _implied_recipient(m: Mention) -> tuple[bool, str | None]:
    """Whether the act implies unnamed recipients, and their default sector."""
    table = _implied_recipients()
    cameo = m.cameo_override or m.entry.cameo or ""
    for key in ((m.event_type, m.mode or ""), (m.event_type, "*")):
        if key in table:
            sector, unless, by = table[key]
            if unless and cameo.startswith(unless):
                return False, None
            if by and not any(a.sector in by for a in m.actor):
                return False, None
            return True, sector
    return False, None


@functools.cache
def _fellow_nationals(lang: str) -> frozenset[str]:
    """Nouns of a fellow national (``fellow_nationals.tsv``: "connazionale"), empty without
    the file."""
    return word_set(lang, "fellow_nationals.tsv")


def _actor_after_cue(
    doc: Doc, m: Mention, cues: PatternIndex, lo: int, reach: int, ok: Callable[[Actor], bool]
) -> Span | None:
    """The first actor mention (in mention order) starting within ``reach`` words after a
    match of ``cues`` that lies between token ``lo`` and the end of the trigger's sentence,
    every actor of which satisfies ``ok``."""
    sent = span_sent(m.trigger)
    pool = [s for s in spans_of(doc, "actors") if lo <= s.start < sent.end]
    for s, e, _ in cues.match(doc):
        if not (lo <= s and e <= sent.end):
            continue
        for span in pool:
            acts = ext(span, "actors") or []
            if e <= span.start <= e + reach and acts and all(ok(a) for a in acts):
                return span
    return None


@functools.cache
def _first_person(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """First-person words and verb endings of a language (``first_person.tsv``)."""
    rows = [cols[0].lower() for _, cols in read_table(lang, "first_person.tsv")]
    return (
        frozenset(r for r in rows if not r.startswith("-")),
        tuple(sorted(r[1:] for r in rows if r.startswith("-"))),
    )


@functools.cache
def _cue_table(lang: str, name: str, kind: str | None = None) -> PatternIndex:
    """A one-pattern-per-row cue file as a PatternIndex; each cue's kind is ``kind``, else
    the row's second column (a sector, a context). Empty where the language has no such
    file (``read_table`` reads no rows)."""
    idx = PatternIndex(lang)
    for line, cols in read_table(lang, name):
        idx.add(
            split_pattern(lang, cols[0]), Cue(kind or cols[1], cols[0], f"{lang}/{name}:{line}")
        )
    return idx


@functools.cache
def _instrument_agents(lang: str) -> PatternIndex:
    """``instrument_agents.tsv``: weapon nouns and the links to who used them."""
    return _cue_table(lang, "instrument_agents.tsv")


@functools.cache
def _home_protest_modes(lang: str) -> frozenset[str]:
    """``home_protest_modes.tsv``: PROTEST modes addressed to the protesters' government."""
    return frozenset(cols[0] for _, cols in read_table(lang, "home_protest_modes.tsv"))


def _unnamed_group_word(raw: str | None) -> bool:
    """A party named only by lower-case words ("suspected militants", "rebel"): no name,
    country or demonym of its own."""
    return bool(raw) and raw == raw.lower() and any(c.isalpha() for c in raw)


#: Words from a destination word to the place it opens ("to flood survivors in northern").
_DESTINATION_REACH = 5


#: Sectors of the deploying side's own country that a deployment may be sent to face.
FACED_SECTORS = frozenset({"OPP", "REB", "UAF", "CVL", "LAB", "CRM", "AGR"})


@functools.cache
def _deployment_against_cues(lang: str) -> PatternIndex:
    return _cue_table(lang, "deployment_against_cues.tsv", "against")


def _natural_causes(lang: str) -> PatternIndex:
    return _cue_table(lang, "natural_causes.tsv", "natural")


#: Words around a part of the day in a time expression ("nel pomeriggio", "in the evening").
PART_OF_DAY_SKIP = frozenset({"nel", "nella", "in", "la", "il", "di", "the", "this"})


@functools.cache
def _parts_of_day(lang: str) -> tuple[str, ...]:
    """The part-of-day patterns of the time tagger (``rePartOfDay.txt``), as regexes."""
    path = (
        Path(__file__).parent.parent
        / "timex"
        / "resources"
        / lang
        / "repattern"
        / "rePartOfDay.txt"
    )
    if not path.exists():
        return ()
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(x.strip() for x in lines if x.strip() and not x.startswith("#"))


@functools.cache
def _arrival_cues(lang: str) -> PatternIndex:
    """``arrival_cues.tsv``: verbs of arriving somewhere (empty without the file)."""
    return _cue_table(lang, "arrival_cues.tsv")


@functools.cache
def _accident_heads(lang: str) -> frozenset[str]:
    """The nouns that head an accident phrase of ``natural_causes.tsv`` ("esplosione
    accidentale", "scoppio accidentale", "fuga di gas"): alone they name what happened, an
    accident as often as an attack."""
    return frozenset(
        words[0][0]
        for _, cols in read_table(lang, "natural_causes.tsv")
        if len(cols) > 1 and cols[1] == "accident"
        for words in [split_pattern(lang, cols[0])]
        if len(words) > 1
    )


@functools.cache
def _accident_cues(lang: str) -> PatternIndex:
    """The rows of ``natural_causes.tsv`` whose second column is ``accident``: nouns that name
    an accident or a disaster ("incidente", "terremoto", "naufragio")."""
    idx = PatternIndex(lang)
    for line, cols in read_table(lang, "natural_causes.tsv"):
        if len(cols) > 1 and cols[1] == "accident":
            src = f"{lang}/natural_causes.tsv:{line}"
            idx.add(split_pattern(lang, cols[0]), Cue("accident", cols[0], src))
    return idx


def _animals(lang: str) -> PatternIndex:
    return _cue_table(lang, "animals.tsv", "animal")


@functools.cache
def _pact_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """``pact_words.tsv``: (words of signing, nouns of pacts)."""
    rows = [cols for _, cols in read_table(lang, "pact_words.tsv") if len(cols) > 1]
    return (
        frozenset(c[0].lower() for c in rows if c[1] == "sign"),
        frozenset(c[0].lower() for c in rows if c[1] == "pact"),
    )


@functools.cache
def _collision_words(lang: str) -> tuple[frozenset[str], PatternIndex]:
    """Words of a clash that also name a collision, and the vehicles and animals that are
    only a collision's parties (``collision_words.tsv``)."""
    rows = read_table(lang, "collision_words.tsv")
    parties = PatternIndex(lang)
    for line, cols in rows:
        if len(cols) > 1 and cols[1] == "party":
            src = f"{lang}/collision_words.tsv:{line}"
            parties.add(split_pattern(lang, cols[0]), Cue("party", cols[0], src))
    clash = frozenset(cols[0].lower() for _, cols in rows if len(cols) < 2 or cols[1] == "clash")
    return clash, parties


def _contest_prizes(lang: str) -> PatternIndex:
    return _cue_table(lang, "contest_prizes.tsv", "prize")


@functools.cache
def _sense_cues(lang: str) -> PatternIndex:
    """``sense_cues.tsv``: trigger words with a non-political sense (kind ``sense``) and the
    words of a passage in that sense (kind ``context``), each cue's kind ``kind:domain``."""
    idx = PatternIndex(lang)
    for line, cols in read_table(lang, "sense_cues.tsv"):
        src = f"{lang}/sense_cues.tsv:{line}"
        idx.add(split_pattern(lang, cols[0]), Cue(f"{cols[1]}:{cols[2]}", cols[0], src))
    return idx


@functools.cache
def _sense_types(lang: str) -> dict[str, tuple[str, str | None, str | None, str]]:
    """``sense_cues.tsv``: the domains whose sense rows give their word another event type
    (fourth column "TYPE mode cameo": "sequestro" among kidnappers is ASSAULT abduct), by
    domain: (type, mode, cameo, source). Domains without one give no record."""
    out: dict[str, tuple[str, str | None, str | None, str]] = {}
    for line, cols in read_table(lang, "sense_cues.tsv"):
        if cols[1] == "sense" and len(cols) > 3 and cols[3]:
            etype, mode, cameo = (cols[3].split() + [None, None])[:3]
            out[cols[2]] = (etype, mode, cameo, f"{lang}/sense_cues.tsv:{line}")
    return out


def _protest_target_cues(lang: str) -> PatternIndex:
    return _cue_table(lang, "protest_target_cues.tsv", "door")


def _deployment_target_cues(lang: str) -> PatternIndex:
    return _cue_table(lang, "deployment_target_cues.tsv", "front")


def _holder_cues(lang: str) -> PatternIndex:
    return _cue_table(lang, "holder_cues.tsv", "holder")


def _recipient_cues(lang: str) -> PatternIndex:
    return _cue_table(lang, "recipient_cues.tsv")


_COUNTS = "eventwire_country_counts"


def _country_counts(doc: Doc) -> Counter:
    """How often the article names each country: its actors' and its places' countries.

    Counted once per Doc (the context fills and the perpetrator rule both ask; the event
    stage changes no actor or place); counted again should the span groups change. The
    callers only read the Counter."""
    return _both_country_counts(doc)[0]


#: event types held at a venue: the place of an accord or a meeting is not its other party
VENUE_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE"})


def _named_country_counts(doc: Doc) -> Counter:
    """The same without the lexicon defaults of agents the text gives no country ("il
    sindaco" -> ITA?): the countries the article names, for such an agent's own country."""
    return _both_country_counts(doc)[1]


#: How many tokens after a venue word (``venue_words.tsv``: "carcere", "asilo") its place may
#: begin ("il suo processo era iniziato all'Aia").
VENUE_REACH = 4


@functools.cache
def _venue_words(lang: str) -> frozenset[str]:
    return word_set(lang, "venue_words.tsv")


def _venue_place(doc: Doc, span: Span) -> bool:
    """A place or demonym naming where someone is held, tried, treated or sheltered ("nel
    carcere olandese di Scheveningen", "asilo politico in Svizzera"): a word of
    ``venue_words.tsv`` at most VENUE_REACH tokens before it in its sentence, with no
    punctuation between. Such a country is no one's nationality in the passage."""
    words = _venue_words(doc.lang_)
    if not words:
        return False
    first = span_sent(span).start if doc.has_annotation("SENT_START") else 0
    for k in range(span.start - 1, max(first, span.start - VENUE_REACH) - 1, -1):
        tok = doc[k]
        if tok.is_punct:
            return False
        if tok.lower_ in words:
            return True
    return False


#: The most tokens a heading closing a text has, its colon included ("Crisi in Myanmar:").
CLOSING_HEADING_TOKENS = 6


def _closing_heading_start(doc: Doc) -> int:
    """Where a heading that closes the text begins (``len(doc)`` when there is none): a last
    sentence of a few tokens ending in a colon, which opens the next news item of a glued
    text ("... attribuito a Jack. Francia:"); a longer one introduces a quotation instead."""
    if not doc.has_annotation("SENT_START"):
        return len(doc)  # a Doc with no sentences (tests building span groups by hand)
    sents = doc_sents(doc)
    if len(sents) < 2:
        return len(doc)
    last = sents[-1]
    if last[-1].text == ":" and len(last) <= CLOSING_HEADING_TOKENS:
        return last.start
    return len(doc)


def _both_country_counts(doc: Doc) -> tuple[Counter, Counter]:
    actors, places = spans_of(doc, "actors"), spans_of(doc, "places")
    got = doc.user_data.get(_COUNTS)
    if got is not None and _same_list(got[0], actors) and _same_list(got[1], places):
        return got[2], got[3]  # type: ignore[no-any-return]
    counts: Counter = Counter()
    # a heading closing the text ("Francia:", "Crisi in Myanmar:") opens a story the text
    # does not hold (glued news items): it is no country of what comes before it
    end = _closing_heading_start(doc)
    for span in actors:
        if span.start >= end or _venue_place(doc, span):
            continue
        for a in ext(span, "actors") or []:
            if a.country and a.country not in ("IGO", "NGO", "MNC"):
                counts[a.country] += 1
    for span in places:
        place = ext(span, "place")
        if place is not None and place.country and span.start < end and not _venue_place(doc, span):
            counts[place.country] += 1
    named = Counter(counts)
    for span in actors:
        default = (ext(span, "actor_info") or {}).get("default_only")
        if default and span.start < end and not any(a.country for a in ext(span, "actors") or []):
            counts[default] += 1
    doc.user_data[_COUNTS] = (actors, places, counts, named)
    return counts, named


def _dominant(counts: Counter) -> str | None:
    """The article's country: the one it names most, and more often than any other (two
    countries named as often give none: the guess would be a coin toss)."""
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return str(top[0][0])


def _sentence_countries(doc: Doc, sent: Span) -> set[str]:
    """The countries the actors and places of one sentence name (no IGO / NGO / MNC)."""
    found: set[str] = set()
    for span in spans_of(doc, "actors"):
        if sent.start <= span.start < sent.end:
            found.update(
                a.country
                for a in ext(span, "actors") or []
                if a.country and a.country not in ("IGO", "NGO", "MNC")
            )
    for span in spans_of(doc, "places"):
        if sent.start <= span.start < sent.end and ext(span, "place") is not None:
            if ext(span, "place").country:
                found.add(ext(span, "place").country)
    return found


def _agent_country(doc: Doc, m: Mention, counts: Counter) -> str | None:
    """The country an agent the text gives none acts in (rule actor.country_from_article):
    the article's, when it names one country; when it names several, the most frequent is
    no safe guess (on the judged audit records mostly wrong), so the one country the
    act's sentence names, or the place of the event when its sentence names it (not a place
    found in a later sentence); else none (spec: unknown fields are null)."""
    if len(counts) <= 1:
        return _dominant(counts)
    sent = span_sent(m.trigger)
    here = _sentence_countries(doc, sent)
    if len(here) == 1:
        return next(iter(here))
    loc = m.location
    if loc is not None and loc.country and loc.raw_text and loc.raw_text in sent.text:
        return loc.country
    return None


#: Rules that guess a mention's country rather than read it off its own words.
GUESSED_COUNTRY_RULES = frozenset(
    {"country.context", "agent.default_country", "agent.default_country_withheld"}
)


#: Rules by which a mention stands for a state itself: a country's name, its capital.
STATE_PARTY_RULES = frozenset({"country.country", "metonym.capital"})


def _state_countries(side: list[Actor], spans: list[Span]) -> set[str]:
    """The countries of a side's parties that stand for their state by their own words: a
    country's name ("la Cina"), its capital ("Pechino"), or a government body with its country
    ("il governo cinese", "the regime in Tehran"); not an office of a place ("il sindaco di
    Lione"), nor a country read off the context or a lexicon default."""
    out = set()
    for a in side:
        if not a.country or a.sector not in (None, "GOV"):
            continue
        rules = {w.rule for s in spans if s.text == a.raw_text for w in ext(s, "actor_why") or []}
        if rules & GUESSED_COUNTRY_RULES:
            continue
        if rules & STATE_PARTY_RULES or ("agent.body" in rules and a.sector == "GOV"):
            out.add(a.country)
    return out


def _unknown_person(a: Actor, spans: list[Span]) -> bool:
    """The actor is a person's name no list knows, with no office (rule name.unknown_person)."""
    return a.sector is None and any(
        w.rule == "name.unknown_person"
        for s in spans
        if s.text == a.raw_text
        for w in ext(s, "actor_why") or []
    )


def _same_list(a: list[Span], b: list[Span]) -> bool:
    """The same span list of ``spans_of`` (a missing group reads as a new empty list)."""
    return a is b or not (a or b)


#: Acts in words (actor.countryless_group_against).
WORD_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST", "SUPPORT", "AGREE", "CONCEDE"})
#: Event types whose two sides "le due parti" names: a fight, a stand-off, a coercion.
SIDED_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE"})
#: How many sentences back the fight or mediated talks whose sides "le due parti" names may be
#: (other two-sided events: the sentence or the three before).
PARTY_FIGHT_SENTENCES = 12
#: How many tokens after a hosting verb its meeting noun may come ("ospitare a luglio a Doha
#: negoziati").
HOSTED_MEETING_REACH = 8
#: Words of a party phrase naming the sides' governments ("i due governi", "entrambi i leader").
PARTY_GOVERNMENT_WORDS = ("govern", "leader", "president", "premier", "capital")
#: Event types whose subject "le parti" may be (rule actor.the_parties): acts done together.
PARTY_SUBJECT_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE", "RETREAT", "SUPPORT"})


@functools.cache
def _act_anaphors(lang: str) -> dict[str, frozenset[str] | None]:
    """``act_anaphors.tsv``: noun -> the event types it can stand for (None: any act)."""
    out: dict[str, frozenset[str] | None] = {}
    for _, cols in read_table(lang, "act_anaphors.tsv"):
        types = cols[1] if len(cols) > 1 else "*"
        out[cols[0].lower()] = None if types == "*" else frozenset(types.split(","))
    return out


@functools.cache
def _during_anaphors(
    lang: str,
) -> tuple[tuple[tuple[str, ...], ...], frozenset[str], dict[str, frozenset[str]]]:
    """``during_anaphors.tsv``: the openers of a time adjunct ("durante", "nel corso
    della"), as token sequences; the words skipped before its noun; noun -> event types."""
    openers: list[tuple[str, ...]] = []
    skip: set[str] = set()
    nouns: dict[str, frozenset[str]] = {}
    for _, cols in read_table(lang, "during_anaphors.tsv"):
        if cols[0] == "opener":
            openers.append(tuple(w for w, _ in split_pattern(lang, cols[1])))
        elif cols[0] == "skip":
            skip.add(cols[1].lower())
        elif cols[0] == "noun" and len(cols) > 2:
            nouns[cols[1].lower()] = frozenset(cols[2].split(","))
    return tuple(openers), frozenset(skip), nouns


#: How many sentences back "durante la visita" may find the visit it names.
DURING_SENTENCES = 3
#: Doc user data: sentence start -> the types of its "durante ..." adjunct (EventBuilder._during_types)
_DURING_TYPES = "eventwire_during_types"

#: How many sentences back an act noun ("il gesto") may find the act it names again.
ANAPHOR_SENTENCES = 5
#: Acts in words and meetings: "la decisione" does not stand for one of them.
SPEECH_TYPES = frozenset({"ACCUSE", "SUPPORT", "REQUEST", "CONSULT"})
RESCUERS = frozenset({"COP", "MIL"})  # who rescue captives (rescue_cues.tsv)
# acts in words and deals, which between companies are business (EventBuilder.between_companies)
COMPANY_DEAL_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT", "CONCEDE"}
)
# who give relief or rescue as a party (EventBuilder.relief_without_giver): states and their
# forces, armed groups, international bodies and associations, not crews, doctors or victims
RELIEF_GIVERS = frozenset(
    {"GOV", "LEG", "MIL", "COP", "SPY", "PRM", "UAF", "REB", "IGO", "NGO", "REL", "SOC"}
)


# a stance that is an assembly's vote (EventBuilder.stance_in_a_vote): backing, accepting,
# rejecting; an objection (ACCUSE with CAMEO 110, "si sono opposti") is checked apart
VOTE_STANCE_TYPES = frozenset({"SUPPORT", "AGREE", "REJECT"})
# the addressees of thanks that make them SUPPORT between parties (courtesy_to_no_party):
# states, officials, forces and bodies, not volunteers, relatives or the public
THANKED_PARTIES = STATE_SECTORS | {"OPP", "PTY"}


@functools.cache
def _vote_words(lang: str) -> PatternIndex:
    """``vote_words.tsv``: the words of a vote in an assembly (empty without the file)."""
    return _cue_table(lang, "vote_words.tsv", "vote")


@functools.cache
def _place_genitive_nouns(lang: str) -> frozenset[str]:
    """``place_genitive_nouns.tsv``: event nouns whose genitive capital is the place."""
    return word_set(lang, "place_genitive_nouns.tsv")


@functools.cache
def _destination_heads(lang: str) -> tuple[tuple[str, ...], ...]:
    """``destination_heads.tsv``: word sequences between a journey's preposition and the
    country named as its destination ("nella capitale dell'Iraq")."""
    return tuple(
        tuple(cols[0].lower().split()) for _, cols in read_table(lang, "destination_heads.tsv")
    )


@functools.cache
def _prayer_words(lang: str) -> PatternIndex:
    """``prayer_words.tsv``: the words of praying (empty without the file)."""
    return _cue_table(lang, "prayer_words.tsv", "prayer")


@functools.cache
def _courtesy_words(lang: str) -> frozenset[str]:
    """``courtesy_words.tsv``: the trigger patterns of thanks."""
    return frozenset(cols[0] for _, cols in read_table(lang, "courtesy_words.tsv"))


@functools.cache
def _rescue_cues(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """``rescue_cues.tsv``: (freeing verbs, captive nouns)."""
    rows = [cols for _, cols in read_table(lang, "rescue_cues.tsv")]
    return (
        frozenset(c[0] for c in rows if c[1] == "verb"),
        frozenset(c[0] for c in rows if c[1] == "captive"),
    )


# verbal acts aimed at someone: with no addressee in their sentence, the counterpart of the
# actor's previous act is the one addressed (EventBuilder.counterpart_from_context)
# (not an apology, CAMEO 055: the one charged apologises to those wronged, not to the court)
# planned occurrences that a ban, a cancellation or foiling keeps from taking place
# (FactualityReader.cancelled); a quashed conviction or a revoked arrest did happen
#: Dative prepositions: one right after a verbal act's trigger opens its addressee ("ha chiesto
#: agli alleati di ...", "ha chiesto alla comunità internazionale").
_DATIVES = frozenset({"a", "ad", "al", "allo", "alla", "all'", "ai", "agli", "alle"})


#: Nouns of an offer: a refusal whose object is one answers the offer (AGREE) told before it.
_OFFER_NOUNS = frozenset({"offerta", "offerte", "offer", "disponibilità"})


def _rejects_an_offer(trig: Span) -> bool:
    """An offer noun within three words after a refusal: "ha respinto l'offerta"."""
    doc = trig.doc
    return any(t.lower_ in _OFFER_NOUNS for t in doc[trig.end : min(len(doc), trig.end + 3)])


def _dative_addressee(trig: Span) -> bool:
    """A dative phrase right after the trigger, a noun in lower case after it: the act names
    its addressee, one that is no state or person ("agli alleati", "ai partner europei")."""
    doc = trig.doc
    k = trig.end
    return (
        k + 1 < len(doc)
        and doc[k].lower_ in _DATIVES
        and doc[k + 1].is_alpha
        and doc[k + 1].is_lower
    )


CANCELLABLE_TYPES = frozenset({"PROTEST", "CONSULT", "MOBILIZE", "ASSAULT"})
ADDRESSED_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"})
APOLOGY_CAMEO = "055"
#: Hostile acts a later threat by their target answers (EventBuilder.retaliation_targets),
#: and how many sentences back the threat may answer one.
RETALIATED_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN", "MOBILIZE"})
RETALIATION_SENTENCES = 12


def _party_anaphors(lang: str) -> PatternIndex:
    return _cue_table(lang, "party_anaphors.tsv")


def _perpetrator_nouns(lang: str) -> PatternIndex:
    return _cue_table(lang, "perpetrator_nouns.tsv", "perpetrator")


@functools.cache
def _unidentified_people(lang: str) -> frozenset[str]:
    """Nouns of a described, unidentified person (``unidentified_people.tsv``: "a man")."""
    return frozenset(c[0].lower() for _, c in read_table(lang, "unidentified_people.tsv"))


@functools.cache
def _local_perpetrators(lang: str) -> frozenset[str]:
    """The ``perpetrator_nouns.tsv`` nouns marked ``local`` ("gunmen", "sniper")."""
    return frozenset(
        c[0].lower() for _, c in read_table(lang, "perpetrator_nouns.tsv") if c[1:2] == ["local"]
    )


@functools.cache
def _perpetrator_words(lang: str) -> frozenset[str]:
    """The one-word ``perpetrator_nouns.tsv`` nouns ("aggressore", "killer")."""
    return frozenset(
        c[0].lower() for _, c in read_table(lang, "perpetrator_nouns.tsv") if " " not in c[0]
    )


# words a passive's private agent may stand after its trigger (private_agent_after)
PRIVATE_AGENT_WINDOW = 10

# the acts that name an investigation's suspects (recipient.suspect_of_legal_act)
SUSPECT_ACTS = frozenset({("COERCE", "arrest"), ("COERCE", "seize"), ("SANCTION", "convict")})


@functools.cache
def _national_legal_acts(lang: str) -> dict[str, str]:
    """``lang/<lang>/national_legal_acts.tsv``: trigger text -> the one state whose justice
    system has that act (rule actor.national_legal_act)."""
    return {cols[0].lower(): cols[1] for _, cols in read_table(lang, "national_legal_acts.tsv")}


def _implied_sector(m: Mention) -> str | None:
    table = _implied_actors()
    return table.get((m.event_type, m.mode or "")) or table.get((m.event_type, "*"))


@functools.cache
def _mode_cues(lang: str) -> tuple[PatternIndex, dict[str, str]]:
    idx = PatternIndex(lang)
    defaults: dict[str, str] = {}
    for line, cols in read_table(lang, "mode_cues.tsv"):
        etype, pattern, mode = cols[0], cols[1], cols[2]
        if pattern == "*":
            defaults[etype] = mode
            continue
        idx.add(
            split_pattern(lang, pattern),
            Cue(f"{etype}:{mode}", pattern, f"{lang}/mode_cues.tsv:{line}"),
        )
    return idx, defaults


@functools.cache
def _grievance_cues(lang: str) -> PatternIndex:
    """Grievance cues; a row whose second column is ``patient`` names a wrong done to the
    party after it ("the arrest of X"): that party is no target of the protest."""
    idx = PatternIndex(lang)
    for line, cols in read_table(lang, "grievance_cues.tsv"):
        kind = cols[1] if len(cols) > 1 and cols[1] else "grievance"
        idx.add(
            split_pattern(lang, cols[0]), Cue(kind, cols[0], f"{lang}/grievance_cues.tsv:{line}")
        )
    return idx


def _context_cues(lang: str) -> PatternIndex:
    return _cue_table(lang, "context_cues.tsv")


def _counterpart_in_sentence(doc: Doc, m: Mention, dyad: Sequence[str]) -> bool:
    """A party of the article's dyad other than the mention's known side is named in the
    mention's sentence by an actor mention (a state, a force, a body, a demonym), not a
    company."""
    known = {a.country for a in (m.actor or m.recipient)}
    others = {c for c in dyad if c not in known}
    sent = span_sent(m.trigger)
    for span in spans_of(doc, "actors"):
        if not sent.start <= span.start < sent.end:
            continue
        for a in ext(span, "actors") or []:
            if a.country in others and a.sector != "BUS":
                return True
    return False


#: ASSAULT modes of acts done to people, whose object clitic ("l'ha uccisa") names a person
#: (EventBuilder.private_victims); not damage to things ("destroy") nor acts on a place.
PERSON_ASSAULT_MODES = frozenset(
    {None, "abduct", "assassinate", "beat", "execute", "firearms", "primitive", "sexual", "torture"}
)
#: Past participle endings: a participle right after a person noun says what was done to it
#: ("la donna rapita").
PARTICIPLE_ENDINGS = (
    "ato",
    "ata",
    "ati",
    "ate",
    "ito",
    "ita",
    "iti",
    "ite",
    "uto",
    "uta",
    "uti",
    "ute",
    "so",
    "sa",
    "si",
    "se",
)
#: Object clitics that stand for a person victim ("la", "lo", "l'", "li", "le").
VICTIM_CLITICS = ("la", "lo", "li", "le")


@functools.cache
def _state_act_nouns(lang: str) -> frozenset[str]:
    """``state_act_nouns.tsv``: nouns of a state's laws and decrees ("la legge", "il decreto")."""
    return word_set(lang, "state_act_nouns.tsv")


@functools.cache
def _victim_nouns(lang: str) -> dict[str, frozenset[str]]:
    """``victim_nouns.tsv``: kind (person, kin, determiner, of) -> forms."""
    out: dict[str, set[str]] = {"person": set(), "kin": set(), "determiner": set(), "of": set()}
    for _, cols in read_table(lang, "victim_nouns.tsv"):
        if len(cols) >= 2 and cols[1] in out:
            out[cols[1]].add(cols[0].lower())
    return {k: frozenset(v) for k, v in out.items()}


@functools.cache
def _attempt_verbs(lang: str) -> frozenset[str]:
    """``attempt_verbs.tsv``: forms of verbs of trying and deciding ("tentato", "cerca") that
    share their subject with the infinitive after "di" / "a"."""
    return word_set(lang, "attempt_verbs.tsv")


@functools.cache
def _antecedent_pronouns(lang: str) -> frozenset[str]:
    """``antecedent_pronouns.tsv``: pronouns a relative "che" follows ("coloro che")."""
    return word_set(lang, "antecedent_pronouns.tsv")


@functools.cache
def _identity_cues(lang: str) -> dict[str, frozenset[str]]:
    """``identity_cues.tsv``: kind (verb, of, count, origin) -> lower-case forms."""
    out: dict[str, set[str]] = {"verb": set(), "of": set(), "count": set(), "origin": set()}
    for _, cols in read_table(lang, "identity_cues.tsv"):
        if len(cols) >= 2 and cols[1] in out:
            out[cols[1]].add(cols[0].lower())
    return {k: frozenset(v) for k, v in out.items()}


#: (type, mode) of the acts named by a noun whose unnamed parties are the people of a
#: one-country passage (EventBuilder.people_of_the_passage): strikers, and the victims of
#: indiscriminate attacks.
PASSAGE_PEOPLE_ACTS = frozenset(
    {
        ("PROTEST", "strike"),
        ("ASSAULT", "explosives"),
        ("ASSAULT", "suicide-attack"),
        ("ASSAULT", "massacre"),
        ("ASSAULT", "firearms"),
    }
)


def _starting_within(doc: Doc, matches: list, lo: int, hi: int) -> list:
    """The (start, end, cue) matches of a Doc (a ``PatternIndex.match`` list, in order of
    start) that start in [lo, hi], in their order: read by bisection on their starts, kept
    per Doc and list (the mode and context rules asked it of every match, per trigger)."""
    memo = doc.user_data.setdefault(_MATCH_STARTS, {})
    got = memo.get(id(matches))
    if got is None or got[0] is not matches or got[1] != len(matches):
        starts = [m[0] for m in matches]
        ordered = all(a <= b for a, b in zip(starts, starts[1:], strict=False))
        got = memo[id(matches)] = (matches, len(matches), starts if ordered else None)
    starts = got[2]
    if starts is None:
        return matches
    return matches[bisect.bisect_left(starts, lo) : bisect.bisect_right(starts, hi)]


_MATCH_STARTS = "eventwire_match_starts"


def _in_text_order(mentions: list[Mention]) -> tuple[list[Mention], dict[int, int]]:
    """The mentions in text order, and the sentence number of each sentence start of their
    Doc (empty when there are no mentions)."""
    ordered = sorted(mentions, key=lambda m: m.trigger.start)
    if not ordered:
        return ordered, {}
    doc = ordered[0].trigger.doc
    # (made once per Doc: half a dozen rules ask; the dict is shared, do not change it)
    index = doc.user_data.get(_SENTENCE_NUMBERS)
    if index is None:
        index = doc.user_data[_SENTENCE_NUMBERS] = {
            s.start: n for n, s in enumerate(doc_sents(doc))
        }
    return ordered, index


_SENTENCE_NUMBERS = "eventwire_sentence_numbers"


def _earlier_within(
    ordered: list[Mention], k: int, index: dict[int, int], here: int, reach: int
) -> Iterator[Mention]:
    """The mentions before ``ordered[k]``, latest first, whose sentence is at most ``reach``
    sentences before sentence ``here`` (``index``: sentence start -> sentence number)."""
    for prev in reversed(ordered[:k]):
        if here - index[span_sent(prev.trigger).start] > reach:
            return
        yield prev


def _actor_spans_from(doc: Doc, start: int, end: int, reach: int | None = None) -> Iterator[Span]:
    """The actor mentions (with an actor) starting in ``[start, end)``, in text order, up to
    ``reach`` words after ``start`` (no limit when None)."""
    for span in sorted(spans_of(doc, "actors"), key=lambda s: s.start):
        if not (start <= span.start < end) or not ext(span, "actors"):
            continue
        if reach is not None and span.start - start > reach:
            return
        yield span


class EventBuilder:
    """Turns the triggers of a Doc into merged event records."""

    def __init__(self, nlp: Language, name: str = "eventwire_events") -> None:
        self.lang = nlp.lang
        self.sx = syntax_for(nlp.lang)
        self.finder = ArgumentFinder(self.sx)
        self.reader = FactualityReader(self.sx)
        self.attr = AttributionReader(self.sx)

    # -- per trigger -----------------------------------------------------------------
    def gerund_of_embedded(
        self, doc: Doc, trig: Span, triggers: list[Span], embedded_at: dict[int, Span]
    ) -> Span | None:
        """A gerund right after an embedded act, a comma between, is part of the same
        content ("ha accusato Mosca di aver bombardato un ospedale, uccidendo tre persone":
        the killing is alleged too): the host of that act, else None."""
        if not self.sx.is_gerund(doc, trig.start):
            return None
        here = bisect.bisect_left(triggers, trig.start, key=lambda t: t.start)
        if here == 0:
            return None
        prev = triggers[here - 1]
        host = embedded_at.get(prev.start)
        if host is None or trig.start - prev.end > 8:
            return None
        if prev.start - host.end <= 2 and self.sx.is_nominal_use(doc, prev.start):
            # "ha respinto le accuse, minacciando ritorsioni": the noun right after the host
            # is its object, not a content the gerund would continue
            return None
        gap = range(prev.end, trig.start)
        if any(self.sx.is_hard_boundary(doc, k) or self.sx.is_clause_word(doc, k) for k in gap):
            return None
        return host

    def embedded_under(self, doc: Doc, trig: Span, triggers: list[Span]) -> Span | None:
        """The speech-act trigger whose complement holds ``trig`` ("chiedere di inviare")."""
        return embedded_under(self.sx, doc, trig, triggers)

    def refine_mode(
        self, doc: Doc, trig: Span, entry: TriggerEntry, matches, doers: Sequence[Span] = ()
    ) -> tuple[str | None, Why | None]:
        """The mode a cue after the trigger settles; else one in the doer's phrase before it
        ("Turkish warplanes bombed", "raiders armed with spears attacked", "a missile fired
        from a drone killed": the means is named in the subject); else the type's default."""
        if entry.mode:
            return entry.mode, None
        idx, defaults = _mode_cues(self.lang)
        end = min(span_sent(trig).end, trig.end + MODE_WINDOW)
        # "chiedere di non inviare armi": the request is for a change of conduct; words of a
        # negated infinitive's object do not make it a request for assistance. A request
        # to do something that gives ("di sbloccare i fondi", "di accelerare la consegna
        # dei proiettili") asks for the thing given: the cue applies
        inf = next(
            (
                k
                for k in range(trig.end, end)
                if tokens(doc).lower[k] in ("di", "a", "ad", "to")
                and k + 1 < len(doc)
                and tokens(doc).lower[k + 1] in ("non", "not")
            ),
            None,
        )
        after = None
        for s, e, cue in _starting_within(trig.doc, matches, trig.end, end):
            if s >= trig.end and e <= end:
                etype, mode = cue.kind.split(":")
                # (nor of a meeting: "di non interrompere i colloqui" asks a change of
                # conduct, REQUEST change by the requested-not convention, not a meeting)
                if etype == entry.event_type and not (
                    inf is not None and s > inf and mode in ("assist", "meet")
                ):
                    after = mode, Why("mode", "mode.cue", f"{cue.source} {cue.pattern}")
                    break
        doer = self._doer_mode(doc, trig, entry, matches, doers)
        if after is not None:
            if after[0] == "heavy-weapons" and doer is not None and doer[0] == "aerial":
                # "l'aviazione ha colpito depositi di missili", "jets fired missiles": the
                # missiles are the aircraft's (or their target): an air strike
                return doer
            return after
        if doer is not None:
            return doer
        if entry.event_type in defaults:
            return defaults[entry.event_type], Why("mode", "mode.default", entry.event_type)
        return None, None

    def _doer_mode(
        self, doc: Doc, trig: Span, entry: TriggerEntry, matches, doers: Sequence[Span]
    ) -> tuple[str, Why] | None:
        """The means named in an attack's doer phrase right before the verb, or None."""
        # the doer's phrase: a doer of an attack right before the verb, maybe with its
        # weapons ("militiamen armed with spears"), no clause or punctuation in between
        sent = span_sent(trig)
        near = [
            d
            for d in doers
            if entry.event_type == "ASSAULT"
            and entry.frame.startswith("V")
            and sent.start <= d.start
            and d.end <= trig.start
            and trig.start - d.end <= 6
            and not any(
                self.sx.is_hard_boundary(doc, k) or self.sx.is_clause_word(doc, k)
                for k in range(d.end, trig.start)
            )
        ]
        if near:
            lo = max(min(d.start for d in near), trig.start - MODE_WINDOW)
            before = [
                (s, e, cue)
                for s, e, cue in matches
                if lo <= s and e <= trig.start and cue.kind.split(":")[0] == entry.event_type
            ]
            if before:
                # the means nearest the verb, the longest cue there ("suicide bombers")
                _s, _e, cue = max(before, key=lambda x: (x[1], -x[0]))
                mode = cue.kind.split(":")[1]
                return mode, Why("mode", "mode.doer_cue", f"{cue.source} {cue.pattern}")
        return None

    def contexts(self, trig: Span, entry: TriggerEntry, matches) -> list[str]:
        out = list(entry.contexts)
        lo, hi = (
            max(span_sent(trig).start, trig.start - MODE_WINDOW),
            min(span_sent(trig).end, trig.end + MODE_WINDOW),
        )
        for s, e, cue in _starting_within(trig.doc, matches, lo, hi):
            if s >= lo and e <= hi and cue.kind not in out:
                out.append(cue.kind)
        return out

    @staticmethod
    def name_tokens(doc: Doc) -> set[int]:
        """Tokens inside names of actors ("ministro della Difesa", "Amnesty International"):
        words there name someone, they do not report an event. Agent nouns ("i
        manifestanti") stay available."""
        out: set[int] = set()
        for sp in spans_of(doc, "actors"):
            if sp.label_ in NAME_LABELS and sp.end - sp.start > 1:
                out.update(range(sp.start, sp.end))
        return out

    def _protesters_not_of_the_door(self, m: Mention, counts: Counter) -> None:
        """Rule actor.protesters_of_the_host: people the text gives no country, protesting
        at a foreign state's door ("davanti all'ambasciata americana nella capitale"), are
        no people of that state, though its demonym is the one country their sentence
        names: they are of the place's country, else of the article's other country."""
        door = {a.country for a in m.recipient if a.country}
        guessed = {w.entry for w in m.why if w.rule == "actor.country_from_article"}
        if not door or not guessed & door:
            return
        host = m.location.country if m.location is not None else None
        if host is None or host in door:
            host = _dominant(Counter({c: n for c, n in counts.items() if c not in door}))
        for k, a in enumerate(m.actor):
            if a.country in door and a.country in guessed and not a.name:
                m.actor[k] = replace(a, country=host)
                m.why.append(Why("actor", "actor.protesters_of_the_host", host))

    def protest_door(self, doc: Doc, m: Mention) -> Span | None:
        """An actor mention within three words after a ``protest_target_cues`` word in the
        protest's sentence, not one of the protesters."""
        sent = span_sent(m.trigger)
        pool = [s for s in spans_of(doc, "actors") if sent.start <= s.start < sent.end]
        own = {a for a in m.args.actor}
        for s, e, _ in _protest_target_cues(self.lang).match(doc):
            if not (sent.start <= s and e <= sent.end):
                continue
            for span in pool:
                if e <= span.start <= e + 3 and span not in own and ext(span, "actors"):
                    return span
        return None

    def deployment_front(self, doc: Doc, m: Mention) -> Span | None:
        """An actor mention within two words after a ``deployment_target_cues`` phrase that
        follows the trigger in its sentence ("off the coast of Georgia", "near the Israeli
        border"), of no country of the deploying side."""
        own = {a.country for a in m.actor}
        # a gapped pattern may hold the front ("put its forces along the Pakistani border on
        # high alert"): the cue may stand inside the trigger after its first word
        lo = m.trigger.start + 1 if len(m.trigger) > 1 else m.trigger.end
        return _actor_after_cue(
            doc,
            m,
            _deployment_target_cues(self.lang),
            lo,
            2,
            lambda a: bool(a.country) and a.country not in own,
        )

    def demand_that_subject(self, doc: Doc, m: Mention) -> Span | None:
        """The actor mention that opens the "that" clause right after a demand's verb
        (function-word class complementizer, then at most a determiner): the party asked
        ("demanded that Islamabad stop"), of no country of the demanding side."""
        text = tokens(doc).text
        k = m.trigger.end
        sent = span_sent(m.trigger)
        if k >= sent.end or self.sx.cls(text[k]) != "complementizer":
            return None
        k += 1
        if k < sent.end and self.sx.cls(text[k]) == "det":
            k += 1
        own = {a.country for a in m.actor}
        for span in spans_of(doc, "actors"):
            if span.start != k:
                continue
            acts = ext(span, "actors") or []
            if acts and all(a.country and a.country not in own for a in acts):
                return span
        return None

    def deployment_against(self, doc: Doc, m: Mention) -> Span | None:
        """An actor mention within three words after a ``deployment_against_cues`` phrase
        that follows the trigger in its sentence ("ahead of an opposition rally", "to
        counter a rebel advance"), of no sector of the deploying side; of its own country
        only a side it may face (``FACED_SECTORS``: not "ahead of the president's visit")."""
        own = {a.sector for a in m.actor}
        states = {a.country for a in m.actor}
        return _actor_after_cue(
            doc,
            m,
            _deployment_against_cues(self.lang),
            m.trigger.end,
            3,
            lambda a: (
                bool(a.country)
                and a.sector not in own
                and (a.country not in states or a.sector in FACED_SECTORS)
            ),
        )

    def suspects_of_investigation(
        self, m: Mention, mentions: list[Mention], sent_index: dict[int, int]
    ) -> Mention | None:
        """The nearest arrest, seizure or conviction (``SUSPECT_ACTS``) of parties the text
        names or identifies (``recipient.sector_cue``: "arrestato con l'accusa di usura"), in
        the investigation's sentence or the one before or after, done by police or judges of
        the investigating state (or by unnamed ones). Not a withdrawal or a ban ("il ritiro
        della concessione alla società X": no suspect of "la procura indaga"), nor an allegation
        (often the same act: "began investigating allegations against X")."""
        here = sent_index[span_sent(m.trigger).start]
        states = {a.country for a in m.actor if a.country}
        best: tuple[int, int, Mention] | None = None
        for o in mentions:
            if o is m or o.args.symmetric or not o.recipient:
                continue
            cued = any(w.rule == "recipient.sector_cue" for w in o.why)
            if not (o.args.recipient or cued or any(a.raw_text for a in o.recipient)):
                continue  # the suspects must be in the text, not only the place's people
            if (o.event_type, o.mode) not in SUSPECT_ACTS:
                continue
            if any(a.sector not in ("COP", "JUD") for a in o.actor):
                continue  # a government's expropriation, a rebel group's seizure
            if o.factuality.polarity != "positive":
                continue
            gap = sent_index[span_sent(o.trigger).start] - here
            if abs(gap) > 1:
                continue
            theirs = {a.country for a in o.actor if a.country}
            if states and theirs and not states & theirs:
                continue  # another state's act
            if {a.country for a in o.recipient} & {"IGO", "NGO"}:
                continue
            dist = abs(o.trigger.start - m.trigger.start)
            if best is None or (abs(gap), dist) < best[:2]:
                best = (abs(gap), dist, o)
        return best[2] if best else None

    def holder(self, doc: Doc, m: Mention) -> Span | None:
        """An actor mention right after a ``holder_cues`` phrase ("in mano ai ribelli") that
        follows the trigger in its sentence (one preposition between at most)."""
        sent = span_sent(m.trigger)
        pool = [s for s in spans_of(doc, "actors") if m.trigger.end <= s.start < sent.end]
        for s, e, _ in _holder_cues(self.lang).match(doc):
            if not (m.trigger.end <= s and e <= sent.end):
                continue
            for span in pool:
                if e <= span.start <= e + 1 and ext(span, "actors"):
                    return span
        return None

    def employer(self, doc: Doc, m: Mention) -> Span | None:
        """A company named right next to the strikers: "assistenti di volo Alitalia" (right
        after them, or after "di"), "Ryanair pilots" (right before them)."""
        pool = spans_of(doc, "actors")
        tab = tokens(doc)
        for s in m.args.actor:
            for t in pool:
                if not any(
                    a.sector in ("BUS", "MNC") or a.country == "MNC" for a in ext(t, "actors") or []
                ):
                    continue
                after = t.start == s.end or (
                    t.start == s.end + 1 and self.sx.cls(tab.text[s.end]) == "prep_of"
                )
                if after or t.end == s.start:
                    return t
        return None

    def recalled(
        self, doc: Doc, trig: Span, date: Time, is_noun: bool, published: str | None
    ) -> bool:
        """A past event recalled as background: dated by the text in a year RECALLED_YEARS or
        more before the story's own year (the publication's, else the latest year the text
        states), and told as a noun ("la strage avvenuta a Dujail nel 1982") or in the
        pluperfect ("che nel 1982 era stato condannato"), not narrated ("fu arrestato nel
        1998"). The gold codes such events as optional at most."""
        if date.raw_text is None or date.granularity not in ("day", "month", "year"):
            return False
        year = _year(date.start)
        if year is None:
            return False
        if is_noun:
            # the noun's own date right after it ("la strage avvenuta a Dujail nel 1982",
            # "l'attentato dell'11 settembre 2001"), not one of another clause
            lower = tokens(doc).lower
            if not any(
                trig.end <= x.start <= trig.end + 8
                and _year(getattr(ext(x, "timex"), "value", None)) == year
                and not any(lower[k] in _RECALL_STOPS for k in range(trig.end, x.start))
                for x in spans_of(doc, "timex")
            ):
                return False
        elif not self.sx.is_pluperfect(doc, trig):
            return False
        own = _year(published)
        if own is None:
            years = [_year(getattr(ext(s, "timex"), "value", None)) for s in spans_of(doc, "timex")]
            own = max((y for y in years if y is not None), default=None)
        return own is not None and own - year >= RECALLED_YEARS

    def natural_cause(self, doc: Doc, trig: Span, after: int = 0) -> str | None:
        """A natural force, disease or accident that is the violent verb's subject (bare,
        earlier in its clause, and from ``after`` on) or its da/by agent (within four words
        after it): "il terremoto ha distrutto", "killed by a landslide"; or the antecedent of
        the relative clause that holds the verb ("il sisma, che ha ucciso"). Its words, else None."""
        sent = sent_of(doc, trig.start)
        lo = self.sx.clause_start(doc, trig.start, sent)
        # a relative clause with no subject of its own: its antecedent is the subject ("il
        # terremoto del 1976, che devastò la città uccidendo migliaia di persone")
        opener = tokens(doc).text[lo - 1] if lo > sent.start else ""
        relative = self.sx.cls(opener.lower()) in ("relative", "complementizer") and after < lo
        for s, e, cue in _natural_causes(self.lang).match(doc):
            if max(lo, after) <= s < trig.start and self.sx.governing_prep(doc, s, lo) is None:
                return cue.pattern
            if relative and sent.start <= s and e <= lo - 1 <= e + 3:
                return cue.pattern
            if trig.end <= s <= trig.end + 4 and e <= sent.end:
                if self.sx.governing_prep(doc, s, trig.end) == "prep_by":
                    return cue.pattern
        return None

    def accident_victims(
        self, doc: Doc, trig: Span, args: Arguments, triggers: list[Span]
    ) -> str | None:
        """People a violent verb's participle says were hurt or killed, with no doer named, are
        the victims of an accident when their sentence or one of the two before it names an
        accident or a disaster (``natural_causes.tsv``, kind ``accident``) and none of those
        sentences tells an attack, a clash or a protest (another ASSAULT, PROTEST or COERCE
        trigger that is not such a participle): "Il pullman è uscito di strada. Dodici persone
        sono rimaste ferite", "cinque persone sono morte ed una è rimasta ferita in un
        incidente" (rule event.accident_victims); not with a weapon named in their sentence.
        The accident's words, else None."""
        entry: TriggerEntry = ext(trig, "trigger")
        if entry.event_type != "ASSAULT" or args.actor or args.frame.startswith("N"):
            return None
        if trig.end - trig.start != 1 or not self.sx.is_participle(doc, trig.start):
            return None
        sent = sent_of(doc, trig.start)
        lo, hi = _sentence_window(doc, trig.start, 2, 0)
        for t in triggers:
            if t.start == trig.start or not lo <= t.start < hi:
                continue
            e: TriggerEntry = ext(t, "trigger")
            bare = t.end - t.start == 1 and self.sx.is_participle(doc, t.start)
            if e.event_type in ("ASSAULT", "PROTEST", "COERCE") and not bare:
                if t.start in self._blasts(doc) and self.accidental_blast_at(
                    doc, t.start, triggers
                ):
                    continue  # "esplosione in una raffineria, tre feriti": an accident's victims
                return None  # "un'esplosione ... venti persone sono rimaste ferite": its victims
        # a weapon in the victims' sentence ("uccisi a colpi di pistola"; an ASSAULT mode cue
        # that is no vehicle of natural_causes.tsv: "l'aereo è precipitato") was used by someone
        vehicles = {c.pattern for _s, _e, c in _natural_causes(self.lang).match(doc)}
        for s, _e, cue in _mode_cues(self.lang)[0].match(doc):
            if sent.start <= s < sent.end and cue.kind.startswith("ASSAULT:"):
                if cue.pattern not in vehicles:
                    return None
        for s, _e, cue in _accident_cues(self.lang).match(doc):
            if lo <= s < sent.end:
                return cue.pattern
        return None

    def _blasts(self, doc: Doc) -> set[int]:
        """Starts of the blast nouns (``blast_nouns.tsv``) of the text."""
        return {s for s, _e, _c in _cue_table(self.lang, "blast_nouns.tsv", "blast").match(doc)}

    def accidental_blast_at(self, doc: Doc, start: int, triggers: list[Span]) -> str | None:
        """The blast noun at ``start`` (``blast_nouns.tsv``: "esplosione", which says nothing of
        a doer) is an accident when its sentence or one of the two before or after it names an
        accident or its cause (``natural_causes.tsv``, kind ``accident``: "incendio",
        "bombola", "raffineria") and none of them tells an attack (another ASSAULT trigger that
        is neither a bare participle nor a blast noun: "attentato") or names a weapon (an
        ASSAULT mode cue that is no vehicle: "bomba", "ordigno", "esplosivo") or a doer
        (``perpetrator_nouns.tsv``: "l'attentatore"). The accident's words, else None."""
        blasts = self._blasts(doc)
        lo, hi = _sentence_window(doc, start, 2, 2)
        for t in triggers:
            if t.start in blasts or not lo <= t.start < hi:
                continue
            bare = t.end - t.start == 1 and self.sx.is_participle(doc, t.start)
            if ext(t, "trigger").event_type == "ASSAULT" and not bare:
                return None  # "l'esplosione ... l'attentato": an attack
        vehicles = {c.pattern for _s, _e, c in _natural_causes(self.lang).match(doc)}
        for s, _e, cue in _mode_cues(self.lang)[0].match(doc):
            if lo <= s < hi and cue.kind.startswith("ASSAULT:") and cue.pattern not in vehicles:
                return None  # "l'esplosione di una bomba"
        if any(lo <= s < hi for s, _e, _c in _perpetrator_nouns(self.lang).match(doc)):
            return None  # "l'attentatore", "il kamikaze": someone did it
        for s, _e, cue in _accident_cues(self.lang).match(doc):
            if lo <= s < hi:
                return cue.pattern
        return None

    def accident_blast(
        self, doc: Doc, trig: Span, args: Arguments, triggers: list[Span]
    ) -> str | None:
        """An ASSAULT with no doer that is an accidental blast (``accidental_blast_at``) or
        whose subject is one (a blast noun earlier in its clause, governed by no preposition):
        "Esplosione in una raffineria, tre feriti"; "Esplosione sulla statale. Un camion carico di
        bombole si è rovesciato"; "un'esplosione in una fabbrica di fuochi d'artificio ha
        ucciso dieci operai" (rule event.accident_blast). Unattributed bombings keep their
        record (dev gold: actor []). The accident's words, else None."""
        entry: TriggerEntry = ext(trig, "trigger")
        if entry.event_type != "ASSAULT" or args.actor:
            return None
        blasts = self._blasts(doc)
        if args.frame.startswith("N"):
            if trig.start not in blasts:
                return None
            return self.accidental_blast_at(doc, trig.start, triggers)
        sent = sent_of(doc, trig.start)
        lo = self.sx.clause_start(doc, trig.start, sent)
        for s in sorted(blasts, reverse=True):
            if lo <= s < trig.start and self.sx.governing_prep(doc, s, lo) is None:
                return self.accidental_blast_at(doc, s, triggers)
        return None

    def collision(self, doc: Doc, trig: Span, mode: str | None, is_noun: bool) -> str | None:
        """A clash word that also names a collision (``collision_words.tsv``: "scontro",
        "si scontrano") whose party is a vehicle, a natural cause or an animal
        (``natural_causes.tsv``, ``animals.tsv``, the "party" rows of ``collision_words.tsv``):
        the first noun after "tra", "fra", "con" or "contro" right after it ("scontro in volo
        tra un elicottero e un aereo", "si è scontrato con un volatile"), or for a verb, its
        subject earlier in its clause ("un motoscafo e una barca si scontrano"). An accident,
        no attack. Not a clash with a weapon mode of its own ("scontro a fuoco"). Its words,
        else None."""
        if mode is not None:
            return None
        tab = tokens(doc)
        clash, parties = _collision_words(self.lang)
        if not clash or not ({tab.lower[trig.start], tab.lemma[trig.start]} & clash):
            return None
        sent = sent_of(doc, trig.start)
        preps = [
            k
            for k in range(trig.end, min(trig.end + 4, sent.end))
            if tab.lower[k] in ("tra", "fra", "con", "contro")
        ]
        lo = self.sx.clause_start(doc, trig.start, sent)
        for idx in (_natural_causes(self.lang), _animals(self.lang), parties):
            for s, _e, cue in idx.match(doc):
                if preps and preps[0] < s <= preps[0] + 3:
                    return cue.pattern
                if not is_noun and max(lo, trig.start - 8) <= s < trig.start:
                    return cue.pattern
        return None

    def signing_without_pact(self, doc: Doc, trig: Span) -> bool:
        """A signing word (``pact_words.tsv``, kind ``sign``: "firmare", "la firma") with no
        pact noun ("accordo", "trattato", "tregua") in its own words, its sentence or the
        sentence before: a form, a law, a ballot or a contract was signed ("firmare il
        registro del commissariato", "è stata firmata, dal Presidente, la riforma", "Icardi
        ha firmato fino al 2019"), no agreement between parties. A pattern that names what
        is signed after its gap ("firmare * dichiarazione") is kept as it is."""
        sign, pact = _pact_words(self.lang)
        if not sign:
            return False
        words = [w for w, _ in trig._.trigger.words]
        if "*" in words[:-1]:
            return False  # the pattern names what is signed: "firmare * dichiarazione"
        tab = tokens(doc)
        if not any({tab.lower[k], tab.lemma[k]} & sign for k in range(trig.start, trig.end)):
            return False
        sents = doc_sents(doc)
        sent = sent_of(doc, trig.start)
        k = next((n for n, s in enumerate(sents) if s.start == sent.start), 0)
        lo = sents[k - 1].start if k > 0 else sent.start
        return not any({tab.lower[i], tab.lemma[i]} & pact for i in range(lo, sent.end))

    def animal_patient(self, doc: Doc, trig: Span, recipients: list[Span]) -> str | None:
        """An animal (``animals.tsv``) as the object of the trigger: within five words after
        it, with no punctuation, clause, coordination or auxiliary word, no preposition but
        "di" and no recipient found before it ("uccidono circa 2mila balene l'anno", "abbattere un orso", "l'uccisione di
        centinaia di delfini"). Its words, else None."""
        sent = sent_of(doc, trig.start)
        words = tokens(doc).text
        first_recipient = min((r.start for r in recipients if r.start >= trig.end), default=None)
        for s, _e, cue in _animals(self.lang).match(doc):
            if not trig.end <= s <= min(trig.end + 5, sent.end - 1):
                continue
            if first_recipient is not None and first_recipient < s:
                continue
            if any(
                not words[k][:1].isalnum()
                or self.sx.cls(words[k])
                in ("clause", "relative", "complementizer", "conj", "aux", "aux_passive", "modal")
                or (self.sx.cls(words[k]) or "").startswith("prep_")
                and self.sx.cls(words[k]) != "prep_of"
                for k in range(trig.end, s)
            ):
                continue
            return cue.pattern
        return None

    def contest_prize(self, doc: Doc, trig: Span) -> str | None:
        """A prize of a contest (``contest_prizes.tsv``) named in the sentence of a conquest
        (COERCE seize, CAMEO 192) within eight words after it, or before it as the subject of
        its passive (an auxiliary right before the trigger), commas, names and words in
        parentheses between allowed: "ha conquistato, sulla pista di Cesana, l'oro", "le
        maglie del Tour de France 2014 sono state conquistate". Its words, else None."""
        entry: TriggerEntry = ext(trig, "trigger")
        if entry.event_type != "COERCE" or entry.cameo != "192" or trig.end - trig.start != 1:
            return None
        sent = sent_of(doc, trig.start)
        words = tokens(doc).text
        passive = trig.start > sent.start and self.sx.cls(words[trig.start - 1].lower()) in (
            "aux",
            "aux_passive",
        )
        # words inside parentheses are an aside: "ha conquistato ieri per la quinta volta (la
        # terza consecutiva) il titolo"
        inside, depth = set(), 0
        for k in range(trig.end, min(trig.end + 20, sent.end)):
            if words[k] == "(":
                depth += 1
            if depth:
                inside.add(k)
            if words[k] == ")" and depth:
                depth -= 1
        for s, e, cue in _contest_prizes(self.lang).match(doc):
            if e > sent.end or s < sent.start:
                continue
            if trig.end <= s and s - trig.end - len([k for k in inside if k < s]) <= 8:
                return cue.pattern
            if passive and trig.start - 10 <= s < trig.start:
                return cue.pattern
        return None

    def sense_domain(self, doc: Doc, trig: Span, retyped: bool) -> tuple[str, str] | None:
        """(domain, context word) of a ``sense_cues.tsv`` sense word inside ``trig`` whose
        sentence, or the one before or after it, holds a context word of the same domain;
        only domains that give another type (``retyped``) or only those that give none."""
        own = set(range(trig.start, trig.end))
        matches = _sense_cues(self.lang).match(doc)
        types = _sense_types(self.lang)
        domains = {
            c.kind.split(":", 1)[1]
            for s, _e, c in matches
            if c.kind.startswith("sense:") and s in own
        }
        domains = {d for d in domains if (d in types) == retyped}
        if not domains:
            return None
        lo, hi = _sentence_window(doc, trig.start, 1, 1)
        for s, _e, cue in matches:
            kind, _, domain = cue.kind.partition(":")
            if kind == "context" and domain in domains and lo <= s < hi and s not in own:
                return domain, cue.pattern
        return None

    def sense_type(self, doc: Doc, trig: Span, entry: TriggerEntry) -> TriggerEntry:
        """The trigger's entry, retyped where its word has another event sense in its
        passage's domain (``sense_cues.tsv`` fourth column; rule event_type.other_sense_type):
        "il sequestro" of a woman in a passage of "rapita", "rapitori", "ostaggi",
        "riscatto" is a kidnapping (ASSAULT abduct), not a seizure of property
        (COERCE seize)."""
        found = self.sense_domain(doc, trig, True)
        if found is None:
            return entry
        domain, cue = found
        etype, mode, cameo, src = _sense_types(self.lang)[domain]
        if etype == entry.event_type and mode == entry.mode:
            return entry
        new = replace(entry, event_type=etype, mode=mode, cameo=cameo)
        trig._.trigger = new
        why = list(ext(trig, "trigger_why") or [])
        why.append(
            Why("event_type", "event_type.other_sense_type", f"{src} {domain} ({cue}) -> {etype}")
        )
        trig._.trigger_why = why
        return new

    def other_sense(self, doc: Doc, trig: Span) -> str | None:
        """A trigger word with a private, medical, scientific, sport or civil protection sense
        (``sense_cues.tsv``, kind ``sense`` of a domain: "visitare", "stato di emergenza",
        "indagine", "ritirarsi") in a passage of that domain (a ``context`` word of the same
        domain in its sentence or the one before or after it: "ambulatorio", "turisti",
        "carburante", "ricercatori", "giri"): a doctor examining a child, tourists, a disaster,
        a study, a race; no visit, coercion, investigation or withdrawal (rule
        event.other_sense; the domain sport was rule event.sport_sense with its own file and
        reader). The context word, else None."""
        found = self.sense_domain(doc, trig, False)
        return found[1] if found else None

    def participant_noun(self, doc: Doc, trig: Span) -> bool:
        """A verb's participle used as a noun names people, not an act: "i feriti", "tre
        arrestati", "the wounded", "the accused". Italian feminine forms are left alone:
        they are often the act itself ("la telefonata", "una chiamata")."""
        entry: TriggerEntry = ext(trig, "trigger")
        i = trig.start
        if trig.end - i != 1 or not entry.frame.startswith("V") or i == 0:
            return False
        if not self.sx.is_participle(doc, i):
            return False
        word = tokens(doc).lower[i]
        if self.lang == "it" and not word.endswith(("o", "i")):
            return False
        prev = tokens(doc).text[i - 1]
        # a count written with thousands separators ("1.000 feriti", "2,500 arrested")
        number = prev.replace(".", "").replace(",", "").isdigit()
        return self.sx.is_nominal_use(doc, i) or number or self.sx.cls(prev) == "count"

    def document_issuer(self, doc: Doc, trig: Span) -> Span | None:
        """The body that adopted or issued the document a relative clause holding the
        trigger is about ("ha approvato una risoluzione che condanna"): the nearest actor
        mention before the document noun in the sentence, governed by no preposition."""
        low = tokens(doc).lower
        k = trig.start - 1
        if k < 1 or low[k] not in ("che", "that", "which"):
            return None
        if low[k - 1] not in _document_nouns(self.lang):
            return None
        sent = span_sent(trig)
        before = [m for m in spans_of(doc, "actors") if sent.start <= m.start and m.end <= k - 1]
        for m in reversed(before):
            if self.sx.governing_prep(doc, m.start, sent.start) is None:
                return m
        return None

    def subjectless_che_clause(self, doc: Doc, trig: Span) -> bool:
        """The trigger opens a "che/that" clause: only negation, clitics, auxiliaries and
        adverbs stand between the complementizer and it ("ha annunciato che non sosterrà")."""
        k = trig.start - 1
        low = tokens(doc).lower
        while k >= 0 and (
            low[k] == "non"
            or (low[k] in CLITICS and low[k] != "se")  # "se" opens a condition
            or self.sx.cls(low[k]) in ("aux", "aux_passive", "adv", "modal")
        ):
            k -= 1
        # "chi riesca a catturare coloro che hanno ucciso": a relative, its subject the pronoun
        return (
            k >= 0
            and low[k] in ("che", "that")
            and not (k > 0 and low[k - 1] in _antecedent_pronouns(self.lang))
        )

    def predicative_stance_owner(
        self, doc: Doc, trig: Span, entry: TriggerEntry, srcs: list[Span]
    ) -> list[Span] | None:
        """For a STANCE predicate after a copula ("... è inaccettabile", "sono inaccettabili",
        adverbs and "non" between) said by a reporting verb's speaker (``srcs``): the parties
        of the copula's subject, the thing judged ("la scelta di Macron", "le sanzioni
        americane", "le condizioni poste dall'Ue"): the first actor mention between the
        clause's start and the copula, with those coordinated with it; None when the subject
        names no party ("la situazione è inaccettabile") or the rule does not apply ("X ha
        definito inaccettabile Y": the subject of "definire" holds the stance, as the verb
        frame says)."""
        if entry.frame != "STANCE" or not srcs:
            return None
        sent = span_sent(trig)
        low = tokens(doc).lower
        k = trig.start - 1
        while k > sent.start and (low[k] == "non" or self.sx.cls(low[k]) == "adv"):
            k -= 1
        if k <= sent.start or self.sx.cls(low[k]) != "aux_passive":
            return None
        floor = self.finder.subject_floor(doc, trig, sent)
        pool = self.finder.mentions_in(doc, sent.start, sent.end)
        text = tokens(doc).text
        demonyms = [
            m
            for m in spans_of(doc, "actors")
            if floor < m.start
            and m.end <= k
            and m.end - m.start == 1
            and m.label_ == "GPE"
            and text[m.start].islower()
            and text[m.start - 1].isalpha()
            and text[m.start - 1].islower()
            and self.sx.cls(text[m.start - 1]) is None
        ]  # "le sanzioni americane", "il bombardamento russo di Kharkiv": the noun's owner
        for m in sorted(
            [*self.finder.mentions_in(doc, floor, k), *demonyms], key=lambda m: m.start
        ):
            if any(s.start <= m.start < s.end for s in srcs):
                continue
            if m in demonyms:
                return [m]
            return [c for c in self.finder.coordinated(doc, m, pool) if c.end <= k]
        return None

    def first_person_quote(self, doc: Doc, trig: Span) -> bool:
        """The trigger is inside a quotation opened in its sentence, and a first-person word
        (``first_person.tsv``) stands between the opening quote and the trigger's end."""
        sent = span_sent(trig)
        opened: int | None = None
        text = tokens(doc).text
        for k in range(sent.start, trig.start):
            t = text[k]
            if t in ("«", "“"):
                opened = k
            elif t in ("»", "”"):
                opened = None
            elif t == '"':
                opened = None if opened is not None else k
        if opened is None:
            return False
        words, endings = _first_person(self.lang)
        for k in range(opened + 1, trig.end):
            low = text[k].lower()
            if low in words or (len(low) >= 5 and low.endswith(endings)):
                return True
        return False

    def premises_owner(self, doc: Doc, m: Mention) -> list[Actor]:
        """Rule recipient.premises_owner: "hanno fatto irruzione nell'edificio del Parlamento",
        "raided the offices of the newspaper": right after the trigger, a noun of premises
        (``premises_nouns.tsv``, after "in" and an article) and its "di"/"of" complement, an
        actor that is not the doer: the raid is done to that body. Empty where there is none."""
        nouns = word_set(self.lang, "premises_nouns.tsv")
        words = tokens(doc).lower
        sent = span_sent(m.trigger)
        k = m.trigger.end
        if k < sent.end and self.sx.cls(words[k]) == "prep_in":
            k += 1
        if k < sent.end and self.sx.cls(words[k]) == "det":
            k += 1
        if k >= sent.end or words[k] not in nouns:
            return []
        k += 1
        if k < sent.end and self.sx.cls(words[k]) is None and words[k].isalpha():
            k += 1  # "quartier generale"
        if k >= sent.end or self.sx.cls(words[k]) != "prep_of":
            return []
        k += 1
        if k < sent.end and self.sx.cls(words[k]) == "det":
            k += 1
        doers = {(a.country, a.sector) for a in m.actor}
        for span in spans_of(doc, "actors"):
            if span.start == k:
                return [a for a in ext(span, "actors") or [] if (a.country, a.sector) not in doers]
        return []

    def recipient_cue(self, doc: Doc, m: Mention) -> Cue | None:
        """The ``recipient_cues`` entry nearest the trigger in its sentence, else the last
        one in the two sentences before it ("Quattro arresti e due etti di droga
        sequestrata. [...] Gli agenti hanno perquisito le abitazioni degli arrestati"), or
        None."""
        sent = span_sent(m.trigger)
        cues = _recipient_cues(self.lang).match(doc)
        found = [
            (min(abs(s - m.trigger.start), abs(e - m.trigger.end)), s, cue)
            for s, e, cue in cues
            if s >= sent.start and e <= sent.end
        ]
        if found:
            return min(found, key=lambda f: (f[0], f[1]))[2]
        sents = doc_sents(doc)
        k = next((i for i, x in enumerate(sents) if x.start == sent.start), 0)
        start = sents[max(k - 2, 0)].start
        before = [(s, cue) for s, e, cue in cues if s >= start and e <= sent.start]
        return max(before, key=lambda f: f[0])[1] if before else None

    def grievance_target(self, doc: Doc, m: Mention) -> Span | None:
        """The first actor mention within 12 words after the protest's grievance cue, in
        its sentence and not one of the protesters ("against Sweden's decision", "in
        defiance of Chinese authorities")."""
        sent = span_sent(m.trigger)
        found = [
            (e, cue)
            for s, e, cue in _grievance_cues(self.lang).match(doc)
            if s >= m.trigger.end and e <= sent.end
        ]
        cues = sorted(e for e, _ in found)
        if not cues or min(found, key=lambda f: f[0])[1].kind == "home":
            # "boycotted elections, rejected Islamic rule and asked American troops to stay":
            # what is boycotted is the state's own act; no party named after it is addressed
            return None
        # "in protest at the arrest of the activists": the arrested are wronged, not targeted
        wronged = [e for e, cue in found if cue.kind == "patient"]
        own = {(s.start, s.end) for s in m.args.actor}
        for span in sorted(spans_of(doc, "actors"), key=lambda s: s.start):
            if any(e <= span.start <= e + 4 for e in wronged):
                continue
            if cues[0] <= span.start <= cues[0] + 12 and span.end <= sent.end:
                if (span.start, span.end) not in own and ext(span, "actors"):
                    return span
        return None

    def _destination_place(self, doc: Doc, m: Mention) -> bool:
        """The event's place follows the trigger in its clause after a destination word
        (``destination_cues.tsv``: "to", "into"), with no comma, other trigger or
        sentence end between: where the aid or the forces were sent."""
        cues = word_set(self.lang, "destination_cues.tsv")
        if not cues or m.location is None:
            return False
        t = m.trigger
        places = [
            p for p in _spans_named(doc, "places", m.location.raw_text, t) if p.start >= t.end
        ]
        if not places:
            return False
        sp = places[0]
        words = [w.lower() for w in tokens(doc).text[t.end : sp.start]]
        if any(w in (",", ";", ":") for w in words):
            return False
        # the destination word opens the place's own phrase: at most a few words before it
        # ("to quake survivors in northern Chad"), not a phrase that ends before it ("was
        # deployed to the eastern Mediterranean this week after a port call in Cyprus")
        if not any(w in cues for w in words[-_DESTINATION_REACH:]):
            return False
        return not any(
            t.end <= o.start and o.end <= sp.start and ext(o, "trigger") is not None
            for o in spans_of(doc, "triggers")
        )

    def home_relief(self, doc: Doc, m: Mention) -> str | None:
        """Rule recipient.home_relief: the country of a state's aid with no recipient when its
        sentence names a disaster or its victims (``disaster_cues.tsv``: "agli alluvionati",
        "flood-hit") and no other country, and its place (if any) is at home: relief given
        at home goes to the state's own people (docs/conventions.md; dev kind-wn-dev-1443)."""
        cues = word_set(self.lang, "disaster_cues.tsv")
        own = {a.country for a in m.actor}
        if (
            not cues
            or len(own) != 1
            or None in own
            or own & {"IGO", "NGO"}
            or not any(a.sector in ("GOV", "MIL", "COP") for a in m.actor)
        ):
            return None
        home = next(iter(own))
        if m.location is not None and m.location.country not in (None, home):
            return None
        sent = span_sent(m.trigger)
        low = tokens(doc).lower
        words = {w for k in range(sent.start, sent.end) for w in low[k].split("-")}
        if not words & cues:
            return None
        for s in spans_of(doc, "actors"):
            if sent.start <= s.start < sent.end and any(
                a.country not in (None, home) for a in ext(s, "actors") or []
            ):
                return None
        return home

    def has_grievance(self, doc: Doc, m: Mention) -> bool:
        """A grievance phrase after a protest trigger in its sentence (``grievance_cues``)."""
        sent = span_sent(m.trigger)
        return any(
            s >= m.trigger.end and e <= sent.end
            for s, e, _ in _grievance_cues(self.lang).match(doc)
        )

    def title_case_names(self, doc: Doc) -> set[int]:
        """Capitalised words inside a run of capitalised words that no actor entry knows
        ("Swiss Agency for Development and Cooperation", "Cessation of Hostilities"): they
        name something. Title-case headlines are left alone."""
        out: set[int] = set()
        tab = tokens(doc)
        alpha, title = tab.is_alpha, tab.is_title
        for start, end in [(s.start, s.end) for s in doc_sents(doc)]:
            # (the flags are 0/1: counted, and the title-case words found, in C-level passes)
            n_words = sum(alpha[start:end])
            if not n_words or sum(compress(title[start:end], alpha[start:end])) / n_words > 0.6:
                continue
            for i in compress(range(start + 1, end), title[start + 1 : end]):
                if self._title_neighbour(doc, i, -1, start, end) or self._title_neighbour(
                    doc, i, 1, start, end
                ):
                    out.add(i)
        return out

    def _title_neighbour(self, doc: Doc, i: int, step: int, lo: int, hi: int) -> bool:
        tab = tokens(doc)
        j = i + step
        if lo <= j < hi and self.sx.cls(tab.text[j]) in (
            "prep_of",
            "prep_for",
            "conj",
        ):
            j += step
        return bool(lo < j < hi and tab.is_title[j] and tab.is_alpha[j])

    def cue_tokens(self, doc: Doc, hits) -> set[int]:  # noqa: ANN001
        """Tokens of modality and source phrases, which are never triggers themselves."""
        out: set[int] = set()
        for kind in BLOCKING_CUES:
            for s, e, *_ in hits.by_kind.get(kind, []):
                if e - s > 1:  # single function words ("per", "se") stay available
                    out.update(range(s, e))
        for s, e, cue in cue_index(self.lang, "attribution_cues.tsv").match(doc):
            if cue.kind == "source_prep" and e - s > 1:
                out.update(range(s, e))
        return out

    # -- the component ---------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        triggers = sorted(spans_of(doc, "triggers"), key=lambda s: s.start)
        if not triggers:
            doc._.events = []
            return doc
        hits = find_cues(doc, self.lang)
        claims = self.attr.claims(doc)
        mode_matches = _mode_cues(self.lang)[0].match(doc)
        ctx_matches = _context_cues(self.lang).match(doc)
        published = doc._.published
        mentions: list[Mention] = []
        exchanges: list[Span] = []
        cue_toks = self.cue_tokens(doc, hits)
        names = self.name_tokens(doc) | self.title_case_names(doc)
        name_starts = {
            sp.end - 1: sp.start
            for sp in spans_of(doc, "actors")
            if sp.label_ in NAME_LABELS and sp.end - sp.start > 1
        }
        # a lower-case title word opening a person's name ("the dissident Wang Dan",
        # "ha convocato l'ambasciatore russo Denis Alipov")
        title_starts = frozenset(
            sp.start
            for sp in spans_of(doc, "actors")
            if sp.label_ in NAME_LABELS
            and sp.end - sp.start > 1
            and doc[sp.start].is_lower
            and doc[sp.start].is_alpha
        )
        embedded: dict[int, Arguments] = {}
        embedded_types: dict[int, str] = {}  # host start -> the embedded trigger's type
        embedded_at: dict[int, Span] = {}  # embedded trigger start -> its host
        # "according to", "is expected to": a cue, not an event
        after_det = {
            t.start
            for t in triggers
            if t.start > 0 and self.sx.cls(tokens(doc).text[t.start - 1]) == "det"
        }
        triggers = [
            t
            for t in triggers
            if not any(
                i in names for i in _own_words(t, name_starts, t.start in after_det, title_starts)
            )
            # "the outlawed Kurdish group": a verb pattern opening on a participle after a
            # determiner is an adjective with its noun, no act
            and not (
                t.start in after_det
                and self.sx.is_participle(doc, t.start)
                and ext(t, "trigger").frame.startswith("V")
                and any(GAP in w for w, _ in ext(t, "trigger").words)
            )
            and not all(i in cue_toks for i in range(t.start, t.end))
            and not self.participant_noun(doc, t)
        ]
        for trig in triggers:
            entry: TriggerEntry = self.sense_type(doc, trig, ext(trig, "trigger"))
            if entry.frame == "XCHG":
                exchanges.append(trig)
                continue
            host = self.embedded_under(doc, trig, triggers)
            if host is None:
                host = self.gerund_of_embedded(doc, trig, triggers, embedded_at)
            neg_embed = self.reader.embedding(doc, trig, hits) == "neg"
            if host is not None and not neg_embed:
                embedded_at[trig.start] = host
                # the content of a request/threat/offer is not an event of its own; its
                # recipient may be the host's ("threatened to break relations with Russia")
                embedded.setdefault(host.start, self.finder.find(doc, trig, entry))
                embedded_types.setdefault(host.start, entry.event_type)
                continue
            args = self.finder.find(doc, trig, entry)
            if (
                entry.event_type == "ASSAULT"
                and not args.frame.startswith("N")
                # a natural cause between the actor found and the verb is the nearer subject:
                # "migliaia di persone sono fuggite e il colera ha ucciso"
                and self.natural_cause(doc, trig, max((a.end for a in args.actor), default=0))
            ):
                continue  # "il terremoto ha distrutto", "cholera killed": nobody's act
            if entry.event_type == "ASSAULT" and self.collision(
                doc, trig, entry.mode, args.frame.startswith("N")
            ):
                continue  # "scontro tra un pullman e un camion": an accident, no attack
            if self.accident_victims(doc, trig, args, triggers):
                continue  # "il pullman è uscito di strada: dodici persone sono rimaste ferite"
            if self.accident_blast(doc, trig, args, triggers):
                continue  # "esplosione in una raffineria": an accident, nobody's attack
            # (seizing animals takes property from their owner: still a seizure)
            if (entry.event_type == "ASSAULT" or entry.mode == "arrest") and self.animal_patient(
                doc, trig, args.recipient
            ):
                continue  # "uccidono balene", "catturato un lupo": hunting, no political act
            if self.contest_prize(doc, trig):
                continue  # "ha conquistato, sulla pista di Cesana, l'oro": a win, no seizure
            if self.other_sense(doc, trig):
                # "il medico ha visitato la paziente", "turisti hanno visitato Irbil",
                # "Alonso ha dovuto ritirarsi a dieci giri dalla fine" (a race)
                continue
            if entry.event_type == "SUPPORT" and self.signing_without_pact(doc, trig):
                continue  # "firmare il registro", "la riforma è stata firmata": no agreement
            is_noun = args.frame.startswith("N")
            date, date_why = date_event(doc, trig, args.spans)
            fact, fact_why = self.reader.read(
                doc, trig, is_noun, hits, date_relation(date, published), triggers
            )
            if any(w.rule == "factuality.condition" for w in fact_why) and (
                entry.event_type not in EMBEDDING_TYPES
                or (
                    self.lang == "it"
                    and entry.event_type not in CONDITIONAL_THREAT_TYPES
                    and any(w.rule in HYPOTHETICAL_VERB_RULES for w in fact_why)
                )
            ):
                # hypothetical ("se sorpassate, condurrebbero ad un attacco"); an act in
                # words too when a future or conditional verb tells it ("se i deputati avranno
                # obiezioni, chiederemo loro ...", "se verrà confermata l'accusa"): a "se" of
                # the indicative past or present is often no condition ("se tutti e tre erano
                # accusati", "non ne ha saputo nulla, se non al rinvio a processo"); Italian
                # only: in English "as he has repeatedly threatened" after an if-clause lent
                # its threat the deal's party, and the audits that measured this are Italian
                continue
            if fact.polarity == "positive" and any(
                w.rule in ("factuality.power", "factuality.purpose") for w in fact_why
            ):
                continue  # a power, a capacity or a goal, no act: "il prefetto può vietare
                # i cortei", "una delegazione allo scopo di ottenere aiuti"
            if self.recalled(doc, trig, date, is_noun, published):
                continue  # background: "che nel 1982 era stato condannato", "la strage del 1982"
            if neg_embed:
                fact.polarity = "negative"
                fact_why.append(Why("factuality.polarity", "factuality.negated_embedding", None))
            elif entry.event_type in CANCELLABLE_TYPES and fact.polarity == "positive":
                cancel = self.reader.cancelled(doc, trig, hits) or self.reader.unscheduled(
                    doc, trig, hits
                )
                if cancel is not None:
                    # "il prefetto ha vietato il corteo": the march did not take place
                    fact.polarity = "negative"
                    fact_why.append(Why("factuality.polarity", "factuality.cancelled", cancel))
            located = locate_event(doc, trig, args.spans)
            location, loc_why = located if located else (None, None)
            etype = entry.event_type
            srcs, attr_rule = self.attr.sources_for(claims, trig, args.actor)
            judged = self.predicative_stance_owner(doc, trig, entry, srcs)
            if judged is not None:
                # "X ha detto che la scelta di Y è inaccettabile", "«Le richieste russe sono
                # inaccettabili», ha detto X": the speaker holds the stance, the owner of the
                # thing judged (the copula's subject) is its target, not its holder
                args.actor = list(srcs)
                args.recipient = judged
                args.why.append(Why("actor", "actor.stance_speaker", attr_rule))
                args.why.append(Why("recipient", "recipient.stance_judged_owner", judged[0].text))
                srcs, attr_rule = [], None
            elif not args.actor and srcs and self.first_person_quote(doc, trig):
                # «Siamo pronti a negoziare», ha detto X: the speaker is the actor
                args.actor = list(srcs)
                args.why.append(Why("actor", "actor.quote_speaker", attr_rule))
                srcs, attr_rule = [], None
            elif (
                not args.actor
                and srcs
                and entry.frame.startswith("V")
                # a verb-object row's passive has its object for subject: the doer is unsaid
                # ("ha detto che missili sono stati lanciati contro Kiev")
                and not entry.note.startswith(PASSIVE_NOTE)
                and self.subjectless_che_clause(doc, trig)
            ):
                # "La Lega ha annunciato che non sosterrà un governo tecnico": a reported
                # clause with no subject of its own has the reporter's
                args.actor = list(srcs)
                args.why.append(Why("actor", "actor.reporter_of_subjectless_clause", attr_rule))
                srcs, attr_rule = [], None
            elif not args.actor and (issuer := self.document_issuer(doc, trig)) is not None:
                # "il Parlamento europeo ha approvato una risoluzione che condanna ...": the
                # text's act is its issuer's
                args.actor = [issuer]
                args.why.append(Why("actor", "actor.document_issuer", issuer.text))
            elif not args.actor and srcs and entry.frame == "STANCE":
                # "US officials said lifting sanctions is out of the question": the one who
                # says so holds the stance
                args.actor = list(srcs)
                args.why.append(Why("actor", "actor.stance_speaker", attr_rule))
                srcs, attr_rule = [], None
            places_named = [s for s in args.spans if self.city_of_the_event(doc, trig, s)]
            if places_named:
                # "l'attentato di Sarajevo", "gli accordi di Parigi": where, not who
                where = {(s.start, s.end) for s in places_named}
                args.actor = [s for s in args.actor if (s.start, s.end) not in where]
                args.recipient = [s for s in args.recipient if (s.start, s.end) not in where]
                args.why.append(Why("argument", "argument.city_of_the_event", places_named[0].text))
            actor = _actors_of(args.actor, STATE_SECTOR.get(etype, "GOV"))
            if STATE_SECTOR.get(etype) == "MIL":
                for s in args.actor:
                    if _fighting_side(s):
                        args.why.append(Why("actor", "actor.fighting_side", s.text))
            own = [s for s in args.recipient if _own_country_named(s, actor)]
            guessed = any(
                w.rule == "country.context" for s in args.actor for w in ext(s, "actor_why") or []
            )  # "il governo ... alla Francia": the actor's country was read off the recipient
            if own and len(own) == len(args.recipient) and not guessed:
                # "Kostunica promised to democratize Serbia": a state acting on its own
                # country as a whole is no dyad
                args.recipient = []
                args.why.append(Why("recipient", "recipient.own_country_dropped", own[0].text))
            elif (
                etype == "REJECT"
                and args.recipient
                and any(w.rule == "argument.object.of_object" for w in args.why)
                and {a.country for a in actor if a.country}
                and all(s.label_ == "GPE" for s in args.recipient)
                and all(
                    {a.country for a in ext(s, "actors") or []}
                    <= {a.country for a in actor if a.country}
                    for s in args.recipient
                )
            ):
                # "Peskov ha respinto ogni coinvolgimento di Mosca": denying one's own
                # state's involvement (a country or its capital, not a compatriot: "rifiutò
                # la proposta del presidente Botha") is aimed at no one of one's own country (the accuser, if told
                # before, is found as for "ha respinto le accuse")
                args.recipient = []
                args.why.append(Why("recipient", "recipient.own_denied_role", actor[0].country))
            recipient = _actors_of(
                args.recipient, None if etype in ("ASSAULT", "COERCE", "PROTEST") else "GOV"
            )
            sides = {a.country for a in actor if a.country}
            fellows = _fellow_nationals(self.lang)

            def fellow(a: Actor, fellows: frozenset[str] = fellows) -> bool:
                words = (a.raw_text or "").lower().split()
                return bool(words) and words[-1] in fellows

            if len(sides) == 1 and any(fellow(a) and a.country not in sides for a in recipient):
                # "un tunisino ha ucciso un connazionale a Bologna": the victim shares the
                # killer's country, not the place's
                (country,) = sides
                recipient = [replace(a, country=country) if fellow(a) else a for a in recipient]
                args.why.append(Why("recipient", "recipient.fellow_national", country))
            named = {a.name for a in actor if a.name}
            if any(a.name in named for a in recipient):
                # "i ministri di Russia e Ucraina, Lavrov e Kuleba, si sono incontrati": a
                # named person is not on both sides of one act
                recipient = [a for a in recipient if a.name not in named]
                args.why.append(Why("recipient", "recipient.actor_removed", None))
            attribution = _actors_of(srcs)
            if attr_rule in SPEAKER_RULES and attribution:
                voiced = [a for a in attribution if not _own_voice(a, actor)]
                if len(voiced) < len(attribution):
                    # "Trump ha annunciato che Washington revocherà ...", "Mosca ha avvertito
                    # ..., ha detto la portavoce del ministero degli Esteri russo": the
                    # actor's own state speaking is the actor's voice, no third-party source
                    dropped = next(a for a in attribution if a not in voiced)
                    args.why.append(Why("attribution", "attribution.own_voice", dropped.raw_text))
                    attribution = voiced
                    if not voiced:
                        attr_rule = None
            mode, mode_why = self.refine_mode(doc, trig, entry, mode_matches, args.actor)
            city = _city_struck(args.recipient, etype, mode)
            if city is not None:
                # a capital shelled or put under curfew is the city and its people, not the
                # government it stands for elsewhere ("il coprifuoco a Beirut")
                recipient = [
                    replace(a, sector="CVL") if a.raw_text == city.text else a for a in recipient
                ]
                args.why.append(Why("recipient", "recipient.city_people", city.text))
            why = list(ext(trig, "trigger_why") or []) + args.why
            for s in args.spans:
                why.extend(ext(s, "actor_why") or [])
            why.extend(fact_why)
            why.append(date_why)
            if loc_why:
                why.append(loc_why)
            if mode_why:
                why.append(mode_why)
            if attr_rule:
                why.append(Why("attribution", attr_rule, ", ".join(s.text for s in srcs)))
            extra = _spans_named(doc, "places", location.raw_text if location else None, trig)
            extra += _spans_named(doc, "timex", date.raw_text, trig)
            anaphoric = (
                is_noun
                and trig.start > 0
                and self.sx.cls(tokens(doc).text[trig.start - 1]) == "det"
            )
            conf = 0.4 + (0.25 if actor else 0) + (0.15 if recipient else 0)
            mentions.append(
                Mention(
                    trigger=trig,
                    entry=entry,
                    args=args,
                    actor=actor,
                    recipient=recipient,
                    factuality=fact,
                    date=date,
                    location=location,
                    location_rule=loc_why.rule if loc_why else None,
                    attribution=attribution,
                    mode=mode,
                    contexts=self.contexts(trig, entry, ctx_matches),
                    why=why,
                    confidence=conf,
                    anaphoric=anaphoric,
                    extra_spans=extra,
                )
            )
        self.adopt_embedded_recipients(mentions, embedded, embedded_types)
        self.answer_requests(mentions, embedded_types)
        self.judged_act_doers(doc, mentions)
        self.judged_passive_acts(doc, mentions)
        self.refine_types(mentions)  # before context fills: they depend on the type
        self.people_handed_over(doc, mentions)
        self.refused_transfers(doc, mentions)
        self.refused_acts(doc, mentions)
        self.mediator_compounds(doc, mentions)
        self.withdrawn_from_nouns(doc, mentions)
        self.places_left(doc, mentions)
        self.admitted_parties(doc, mentions)
        self.rescues(doc, mentions)
        self.protesters_of_the_place(mentions)
        self.attacked_places(doc, mentions)
        _announced_passives(mentions)
        _monitor_charges(mentions, self.lang)
        self.fill_from_context(doc, mentions)
        self.instrument_agents(doc, mentions)
        self.unnamed_groups_abroad(doc, mentions)
        self.attributed_perpetrators(doc, mentions)
        self.named_perpetrators(doc, mentions)
        self.private_perpetrators(doc, mentions)
        self.private_victims(doc, mentions)
        self.identified_people(doc, mentions)
        self.struck_places(doc, mentions)
        self.recipient_capitals(doc, mentions)
        self.state_act_owners(doc, mentions)
        self.judged_anaphoric_acts(doc, mentions)
        self.addressed_parties(doc, mentions)
        self.warned_in_clause(doc, mentions)
        self.own_government_guesses(mentions)
        self.counterpart_from_context(mentions)
        self.retaliation_targets(mentions)
        self.visitor_of_the_passage(doc, mentions)
        self.part_of_day_continuation(mentions)
        self.roles_on_event_date(mentions)
        self.refine_types(mentions)
        self.refine_by_factuality(doc, mentions, hits)
        self.resisted_pressure(doc, mentions)
        self.conceded_under_pressure(doc, mentions)
        self.domestic_disputes(doc, mentions)
        mentions = [m for m in mentions if not self.guestless_reception(self.lang, m)]
        mentions.extend(self.commitments(doc, mentions))
        mentions.extend(self.exchanges(doc, exchanges, mentions))
        kept: list[EventRecord] = []
        withheld: list[tuple[int, EventRecord]] = []
        # a journey that is no visit must not absorb the later mentions of other events
        mentions = [m for m in mentions if not self.journey_not_visit(self.lang, m)]
        mentions = [m for m in mentions if not self.strike_not_attack(self.lang, m)]
        mentions = [m for m in mentions if not self.departure_not_withdrawal(self.lang, m)]
        mentions = [m for m in mentions if not self.impact_of_an_attack(doc, m, mentions)]
        mentions = [m for m in mentions if not self.mediation_of_a_meeting(m, mentions)]
        mentions = [m for m in mentions if not self.hosted_meeting(doc, m, mentions)]
        mentions = [m for m in mentions if not self.presence_for_a_meeting(self.lang, m, mentions)]
        merged = self.merge(mentions)
        merged = self.separate_meetings(doc, merged)
        self.meeting_modes(merged)  # after the merge: a settled mode keeps mentions apart
        for m in merged:
            self.aid_of_the_source_government(m)
        self.givers_of_referred_transfers(merged)
        for m in merged:
            if (
                m.empty
                or self.nobody_visits(m)
                or self.relief_without_giver(m)
                or self.between_companies(m)
                or self.stance_in_a_vote(doc, m)
                or self.courtesy_to_no_party(m)
                or self.appeal_to_pray(doc, m)
            ):
                continue
            if self.unplaced(m):
                rec = self.record(doc, m)
                rec.why.append(Why("record", "record.unplaced", None))
                withheld.append((len(kept) + len(withheld), rec))
            else:
                kept.append(self.record(doc, m))
        doc._.events = kept
        doc._.withheld = withheld
        return doc

    def domestic_disputes(self, doc: Doc, mentions: list[Mention]) -> None:
        """A charge, refusal or threat still with no target after the context fills, in a
        sentence that names no country but the speaker's, is a domestic dispute
        ("l'opposizione contesta brogli", "Renzi ha ribattuto di non accettare critiche"):
        its target is of the speaker's country (rule recipient.domestic_dispute): its
        government when the speaker is no state agent, else of unknown sector. For a state's
        voice (a government, a court) the whole passage must name no other country. Not a
        refusal of the speaker's own act ("declined to step down", "non mi arrenderò"): no
        one need have asked it, nor a denial of one's own role (rule
        recipient.own_denied_role). Not an investigation: its unnamed target is often
        unknown ("a carico di ignoti"). Not a law or decree criticised (``state_act_nouns.tsv``, the
        verb's object): rule recipient.state_act_owner decides its owner ("la legge del 1905" has none to guess)."""
        acts = _state_act_nouns(self.lang)
        # English: "declined to step down" is two mentions, the refusal "declined to" and the
        # negated retreat right after it read as a refusal (refine_by_factuality): the first
        # is the same refusal of one's own act
        own_retreat_starts = {
            o.trigger.start
            for o in mentions
            if self.lang == "en"
            and any(w.rule == "event_type.refusal" and w.entry == "RETREAT" for w in o.why)
        }
        for m in mentions:
            if m.args.frame.startswith("V") and self.state_act_object(doc, m, acts) is not None:
                continue
            if any(m.trigger.end <= k <= m.trigger.end + 1 for k in own_retreat_starts):
                continue
            if (
                m.event_type in DOMESTIC_DISPUTE_TYPES
                and m.mode != "investigate"
                and not any(w.rule == "event_type.refusal" and w.entry == "RETREAT" for w in m.why)
                and not any(w.rule == "recipient.own_denied_role" for w in m.why)
                and not m.recipient
                and m.actor
                and not m.args.symmetric
                and len({a.country for a in m.actor}) == 1
                and m.actor[0].country not in (None, "IGO", "NGO", "MNC")
            ):
                home = m.actor[0].country
                # a state's voice speaks abroad as often as at home: the whole passage,
                # not only its sentence, must name no other country
                state = any(a.sector in STATE_SECTORS for a in m.actor)
                named = (
                    set(_named_country_counts(doc))
                    if state
                    else _sentence_countries(doc, span_sent(m.trigger))
                )
                # a government's or army's charge reads as domestic only where the passage
                # is set at home (a city or region of its country, or its parties): "le
                # accuse del governo russo" alone are as likely aimed abroad; courts, police
                # and legislatures act at home; a government's warning is no domestic
                # dispute ("il portavoce del governo iraniano ha avvertito che Teheran ...")
                abroad = any(a.sector in ABROAD_SECTORS for a in m.actor)
                set_at_home = any(
                    (place := ext(span, "place")) is not None
                    and place.country == home
                    and place.admin1
                    for span in spans_of(doc, "places")
                ) or any(
                    a.country == home and a.sector in ("PTY", "OPP")
                    for span in spans_of(doc, "actors")
                    for a in ext(span, "actors") or []
                )
                at_home = not abroad or (m.event_type != "THREATEN" and set_at_home)
                if named <= {home} and at_home:
                    # a group's charge with no named target is aimed at its government
                    m.recipient = [Actor(country=home, sector=None if state else "GOV")]
                    m.confidence -= 0.1
                    m.why.append(Why("recipient", "recipient.domestic_dispute", home))

    @staticmethod
    def unplaced(m: Mention) -> bool:
        """An act none of whose parties has a country, even after the context fills and the
        merge, is withheld: the dev conventions give private people and groups "the country
        they belong to or act in", so a record with no country on either side is one whose
        parties were not resolved (a victim "rimasto ferito", a "giornalista" of a headline),
        and it cannot be counted in any dyad. A negated act is kept (it states what did not
        happen)."""
        return m.factuality.polarity != "negative" and not any(
            a.country for a in m.actor + m.recipient
        )

    @staticmethod
    def nobody_visits(m: Mention) -> bool:
        """A visit whose visitor the text does not name, even after merging with the other
        mentions of the event, is no event of its own ("hanno visitato Irbil" of three
        hikers, "è stata allestita una cappella per ospitare i parenti"): PLOVER's visit is
        one party going to another."""
        return m.event_type == "CONSULT" and m.mode == "visit" and not m.actor

    @staticmethod
    def aid_of_the_source_government(m: Mention) -> None:
        """Rule actor.aid_of_source_government: a transfer told with no giver ("potrebbe essere
        annunciato l'invio di armi all'Ucraina") and reported by sources of one government
        ("secondo fonti di Palazzo Chigi") to another country is that government's aid."""
        if m.event_type != "AID" or m.actor or not m.recipient:
            return
        govs = {a.country for a in m.attribution if a.sector == "GOV" and a.country}
        if len(govs) != 1:
            return
        (gov,) = govs
        if all(r.country and r.country != gov for r in m.recipient):
            m.actor = [Actor(country=gov, sector="GOV")]
            m.why.append(Why("actor", "actor.aid_of_source_government", gov))

    @staticmethod
    def givers_of_referred_transfers(mentions: list[Mention]) -> None:
        """Rule actor.giver_of_referred_transfer: a transfer told again by a verb of handing
        over with no doer named (trigger.referred_transfer: "Il primo sistema, fornito
        insieme alla Francia, era stato consegnato a Kiev") is done by the giver of the
        transfer it refers back to (the latest earlier one, same sentence or two before),
        with whoever the text says acted along ("insieme alla Francia"); only to the same
        receiving country."""
        ordered, index = _in_text_order(mentions)
        if not ordered:
            return

        def referred(m: Mention) -> bool:
            return m.event_type == "AID" and any(
                w.rule == "trigger.referred_transfer" for w in m.why
            )

        def companions(m: Mention) -> list[Actor] | None:
            """The actors the text joined by "insieme a", None when it names a doer."""
            named = {w.entry for w in m.why if w.rule == "argument.trailing_companion"}
            return None if any(a.raw_text not in named for a in m.actor) else m.actor

        for k, m in enumerate(ordered):
            if not referred(m) or not m.recipient or (along := companions(m)) is None:
                continue
            theirs = {a.country for a in m.recipient}
            here = index[span_sent(m.trigger).start]
            # "fornito insieme alla Francia, era stato consegnato a Kiev": two verbs of one
            # handing over, the first with the companions, the second with the receiver
            siblings = [
                o
                for o in ordered
                if o is not m
                and referred(o)
                and not o.recipient
                and span_sent(o.trigger).start == span_sent(m.trigger).start
                and companions(o) is not None
            ]
            for prev in _earlier_within(ordered, k, index, here, REFERRED_SENTENCES):
                if prev.event_type != "AID" or not prev.actor or referred(prev):
                    continue
                if {a.country for a in prev.recipient} != theirs or None in theirs:
                    break
                for o in siblings:
                    along = along + [
                        a for a in o.actor if a.country not in {b.country for b in along}
                    ]
                    o.actor = []  # folded into this record
                mine = {a.country for a in along}
                m.actor = [replace(a) for a in prev.actor if a.country not in mine] + along
                m.why.append(Why("actor", "actor.giver_of_referred_transfer", prev.trigger.text))
                break

    @staticmethod
    def journey_not_visit(lang: str, m: Mention) -> bool:
        """A journey verb (``travel_verbs.tsv``: "si è recata a Kiev") is a visit only when a
        government person (for being somewhere, kind ``presence``: one with an office
        title) goes to a foreign government (the capital or country named as
        its destination); else it is no event ("si è recato in ospedale", a minister going
        to his own capital, protesters travelling to a city)."""
        if m.entry.pattern not in journey_patterns(lang):
            return False
        # being somewhere ("il ministro russo sarà oggi al Cairo") is a visit only of a
        # person in office: a state "in Siria" is there with its forces, on no visit
        person = m.entry.pattern in presence_patterns(lang)
        # the named head of an international body travels as a state's envoy does ("il
        # direttore generale dell'Aiea Rafael Grossi si recherà a Teheran")
        igo_person = any(s.label_ == "PER" for s in m.args.actor)
        home = {
            a.country
            for a in m.actor
            if a.country
            and (a.sector == "GOV" or (a.country == "IGO" and igo_person) or _named_commander(a))
            and (a.title or not person)
        }
        # the destination follows the preposition, at most past an article ("in Tunisia",
        # "a Kiev"; not "torna in campo contro l'Iran")
        # (a date between does not count: "ha ricevuto ieri il presidente lituano"; for a
        # host's verb neither does the place of the reception, with its preposition: "ha
        # ricevuto ieri a Castel Gandolfo il presidente ucraino")
        doc = m.trigger.doc
        dated = {
            k
            for x in spans_of(doc, "timex")
            if x.start >= m.trigger.end
            for k in range(x.start, x.end)
        }
        # "nella capitale dell'Iraq": the capital's words do not count either
        # (destination_heads.tsv)
        for head in _destination_heads(lang):
            end = m.trigger.end + len(head)
            if end <= len(doc) and tuple(t.lower_ for t in doc[m.trigger.end : end]) == head:
                dated.update(range(m.trigger.end, end))
                break
        if m.entry.pattern in host_patterns(lang):
            k = m.trigger.end
            while k < len(doc) and k - m.trigger.end < 12:
                if k in dated:
                    k += 1
                    continue
                w = doc[k].lower_
                if w in _RECEPTION_PREPS and k + 1 < len(doc) and doc[k + 1].text[:1].isupper():
                    e = k + 1
                    while e < len(doc) and doc[e].text[:1].isupper():
                        e += 1
                    dated.update(range(k, e))  # "al Quirinale", "a Castel Gandolfo"
                    k = e
                    continue
                break
        # the passive names the host after the verb, past its "da" ("è stato ricevuto ieri
        # a Brasilia dal presidente brasiliano"), and its guest is the subject before it
        after = m.args.actor if m.args.passive and m.entry.pattern in host_patterns(lang) else []
        near = any(
            0 <= s.start - m.trigger.end
            and sum(k not in dated for k in range(m.trigger.end, s.start)) <= 1
            for s in m.args.recipient + after
        )
        return not (
            home
            and near
            and m.recipient
            and all(
                (a.sector == "GOV" or _named_commander(a)) and a.country and a.country not in home
                for a in m.recipient
            )
        )

    @staticmethod
    def guestless_reception(lang: str, m: Mention) -> bool:
        """A host's verb at a seat of government in the active voice ("riceverà nelle
        prossime settimane alla Casa Bianca il presidente ...") with no guest found: a
        reception of no one known, no event (rule event.guestless_reception). The passive
        keeps its guest as the actor ("è stato ricevuto al Quirinale")."""
        words = [w for w, _ in m.entry.words]
        return (
            m.event_type == "CONSULT"
            and len(words) > 1
            and words[0] in {p.split()[0] for p in host_patterns(lang)}
            and not m.args.passive
            and not m.recipient
        )

    @staticmethod
    def presence_for_a_meeting(lang: str, m: Mention, mentions: list[Mention]) -> bool:
        """Being somewhere (``travel_verbs.tsv`` kind ``presence``: "Marcos sarà a Washington
        per un vertice con Biden e Kishida") for a meeting told in the same sentence with all
        the countries of the stay (rule event.presence_for_meeting): the meeting is the
        event, the stay no visit of its own."""
        if m.event_type != "CONSULT" or m.entry.pattern not in presence_patterns(lang):
            return False
        mine = {a.country for a in m.actor + m.recipient if a.country}
        sent = span_sent(m.trigger).start
        return any(
            o is not m
            and o.event_type == "CONSULT"
            and o.entry.pattern not in presence_patterns(lang)
            and span_sent(o.trigger).start == sent
            and mine <= {a.country for a in o.actor + o.recipient if a.country}
            for o in mentions
        )

    def hosted_meeting(self, doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
        """Rule event.hosted_meeting: a hosting verb (``host_verbs.tsv``: "ospitare") whose
        object is a meeting noun of its clause ("il Qatar potrebbe ospitare a luglio a Doha
        negoziati diretti tra ...") holds no meeting of its own: the noun is the meeting,
        held by a third party when its parties are not the host, with the hosting verb's
        certainty and time."""
        if m.event_type != "CONSULT" or m.entry.pattern not in word_set(
            self.lang, "host_verbs.tsv"
        ):
            return False
        words = tokens(doc).text
        for o in mentions:
            if (
                o is m
                or o.event_type != "CONSULT"
                or not o.args.frame.startswith("N")
                or not m.trigger.end <= o.trigger.start <= m.trigger.end + HOSTED_MEETING_REACH
                or any(
                    self.sx.is_hard_boundary(doc, k) or words[k] == ","
                    for k in range(m.trigger.end, o.trigger.start)
                )
            ):
                continue
            host = {a.country for a in m.actor if a.country}
            parties = {a.country for a in o.actor + o.recipient if a.country}
            if o.mode is None and parties and not parties & host:
                o.mode = "third-party"
                o.why.append(Why("mode", "event.hosted_meeting", m.trigger.text))
            o.factuality = m.factuality
            o.why.append(Why("factuality", "event.hosted_meeting", m.trigger.text))
            return True
        return False

    @staticmethod
    def mediation_of_a_meeting(m: Mention, mentions: list[Mention]) -> bool:
        """A mediation noun after a meeting in its sentence ("si incontreranno a Istanbul,
        con la mediazione della Turchia") tells how that meeting is held (CONSULT
        third-party, the PLOVER mode of a meeting hosted by a third party), no meeting of
        the mediator's own: the meeting takes the mode."""
        if not (
            m.event_type == "CONSULT" and m.mode == "third-party" and m.args.frame.startswith("N")
        ):
            return False
        sent = span_sent(m.trigger).start
        hosts = [
            o
            for o in mentions
            if o is not m
            and o.event_type == "CONSULT"
            and o.mode in (None, "third-party")
            and span_sent(o.trigger).start == sent
            and o.trigger.end <= m.trigger.start
        ]
        if not hosts:
            return False
        for host in hosts:
            if host.mode is None:
                host.mode = "third-party"
                host.why.append(Why("mode", "mode.mediated_meeting", m.trigger.text))
        return True

    def impact_of_an_attack(self, doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
        """A gerund of impact (``impact_gerunds.tsv``: "ferendo") after an attack in its
        sentence, a comma or a conjunction before it, tells what that attack did ("una nave
        ... aveva colpito un'imbarcazione, ferendo tre marinai"): no attack of its own,
        whose doer would be the subject of the main clause."""
        from eventwire.pipeline.arguments import _impact_gerunds
        from eventwire.pipeline.lexicon import token_keys

        k = m.trigger.start
        if m.event_type != "ASSAULT" or m.trigger.end - k != 1 or not self.sx.is_gerund(doc, k):
            return False
        tab = tokens(doc)
        if k == 0 or not (tab.text[k - 1] == "," or self.sx.cls(tab.text[k - 1]) == "conj"):
            return False
        if _impact_gerunds(self.lang).isdisjoint(token_keys(doc, self.lang)[k][1]):
            return False
        sent = sent_of(doc, k)
        return any(
            o is not m
            and o.event_type == "ASSAULT"
            and sent.start <= o.trigger.start
            and o.trigger.end <= k
            and k - o.trigger.end <= 20
            and not any(self.sx.is_hard_boundary(doc, x) for x in range(o.trigger.end, k))
            for o in mentions
        )

    @staticmethod
    def strike_not_attack(lang: str, m: Mention) -> bool:
        """A striking verb (``strike_verbs.tsv``: "colpire") is an attack only when an armed
        party or a weapon strikes ("i missili russi hanno colpito un deposito", "i ribelli
        hanno colpito una caserma"); sanctions, crises and governments strike figuratively
        ("le sanzioni colpiranno duecento società", "il governo colpisce gli evasori")."""
        if m.entry.pattern not in strike_patterns(lang):
            return False
        # a doer named as an attacker (perpetrator_nouns.tsv: "è stato colpito al volto da
        # un aggressore", "colpito dal killer") strikes a person, whatever his sector
        attackers = _perpetrator_words(lang)
        if any(t.lower_ in attackers for s in m.args.actor for t in s):
            return False
        # the doer the text names, as the text gives it (not a sector or a party filled in
        # later from defaults or context: "il Pakistan è stato colpito da un terremoto")
        return not any(
            a.sector in ARMED_SECTORS for s in m.args.actor for a in (ext(s, "actors") or [])
        )

    @staticmethod
    def departure_not_withdrawal(lang: str, m: Mention) -> bool:
        """Rule event.departure_not_withdrawal: a leaving verb (``departure_verbs.tsv``:
        "lasciare") is a withdrawal only when armed forces or an international mission
        ("ispettori", "osservatori") leave a place of another state ("le truppe francesi
        hanno lasciato il Mali", "gli ispettori dell'Aiea hanno lasciato il Paese"); a minister
        leaving a capital, a refugee leaving his country or "lasciare spazio" is no event."""
        verbs, missions = departure_table(lang)
        if m.entry.pattern not in verbs:
            return False
        doc = m.trigger.doc
        # the doer as the text gives it: an armed party or a weapon with an owner, or a
        # mission word in the subject's own words (up to four words before its mention:
        # "gli ispettori dell'Aiea")
        armed = any(
            a.sector in ARMED_SECTORS for s in m.args.actor for a in (ext(s, "actors") or [])
        )
        mission = any(
            doc[k].lower_ in missions
            for s in m.args.actor
            for k in range(max(span_sent(s).start, s.start - 4), s.end)
        )
        if not (armed or mission) or m.args.passive:
            return True
        # "lasciate a combattere da sole": "lasciare a" + an infinitive lets someone act, and
        # a participle with no auxiliary before it describes its noun, no one leaving
        k = m.trigger.end
        if (
            k + 1 < len(doc)
            and doc[k].lower_ in ("a", "ad")
            and doc[k + 1].lower_.endswith(("are", "ere", "ire"))
        ):
            return True
        last = doc[m.trigger.end - 1].lower_
        if last.endswith(("ato", "ata", "ati", "ate")) and not any(
            doc[j].lower_ in ("ha", "hanno", "aveva", "avevano", "avrebbe", "avrebbero", "abbia")
            or doc[j].lower_.startswith(("avr", "avev", "abbi"))
            for j in range(max(span_sent(m.trigger).start, m.trigger.start - 3), m.trigger.start)
        ):
            return True
        mine = {a.country for a in m.actor}
        left = {a.country for a in m.recipient}
        return not left or None in left or bool(left & mine)

    @staticmethod
    def relief_without_giver(m: Mention) -> bool:
        """Relief or rescue (AID with CAMEO 073 humanitarian aid or 074 rescue: "soccorsi",
        "evacuare", "trarre in salvo", "aiuti umanitari") that no state, armed or international
        body gives is no event between parties: the crews, doctors and people of an accident
        or a storm ("tre sono stati tratti in salvo", "un medico ... chi soccorrere", "tutte
        le persone sono state evacuate"), or aid whose giver was not found. The dev gold codes
        relief by the army or police (the army in a flood, security forces freeing a ship).
        Relief carried abroad by medics stays: doctors of one country helping a party of
        another ("Japanese doctors are treating victims in Turkey", as the
        PLOVER GSR codes foreign doctors' aid) are no accident's own crews.
        """
        cameo = m.cameo_override or m.entry.cameo or ""
        givers = {a.country for a in m.actor if a.country and a.country not in ("IGO", "NGO")}
        medics = bool(m.actor) and all(a.sector == "MED" for a in m.actor)
        abroad = (
            medics
            and bool(givers)
            and any(
                a.country and a.country not in givers and a.country not in ("IGO", "NGO")
                for a in m.recipient
            )
        )
        return (
            m.event_type == "AID"
            and cameo in ("073", "074")
            and not abroad
            and not any(a.sector in RELIEF_GIVERS or a.country in ("IGO", "NGO") for a in m.actor)
        )

    @staticmethod
    def between_companies(m: Mention) -> bool:
        """Words and deals between companies are no political event (dev README: company
        deals are not coded): an act in words or a deal (not violence, coercion or protest)
        done to companies only, by companies or by a doer the text leaves unresolved
        ("Fincantieri e Autostrade si sono dette disposte a collaborare", "i fondi hanno
        fatto causa ad Unicredit"). A company's promise or apology to no named party (to
        the victims of its bridge) stays."""

        def company(a: Actor) -> bool:
            return a.sector == "BUS" or a.country == "MNC"

        return (
            m.event_type in COMPANY_DEAL_TYPES
            and bool(m.recipient)
            and all(company(a) for a in m.recipient)
            and all(company(a) or not (a.country or a.sector) for a in m.actor)
        )

    def city_of_the_event(self, doc: Doc, trig: Span, s: Span) -> bool:
        """A capital read as its government (rule ``metonym.capital``) in the genitive right
        after a noun trigger of ``place_genitive_nouns.tsv`` (an attack, a massacre),
        or after a pact noun (``pact_words.tsv``) of the trigger, names
        where the event happened or the pact was signed, not a party: "l'attentato di
        Sarajevo", "la strage di Bologna", "gli accordi di Parigi". After other nouns a capital
        is often the government acting ("le accuse di Mosca", "la richiesta di Washington")."""
        if s.start < 2 or not any(w.rule == "metonym.capital" for w in ext(s, "actor_why") or []):
            return False
        low = tokens(doc).lower
        if low[s.start - 1] != "di":
            return False
        head = s.start - 2
        if head == trig.end - 1 and low[head] in _place_genitive_nouns(self.lang):
            return True
        return low[head] in _pact_words(self.lang)[1] and trig.start <= head

    def stance_in_a_vote(self, doc: Doc, m: Mention) -> bool:
        """A party's stance taken in a vote is the vote, which the dev gold does not code
        (README: legislative votes are not coded): backing, accepting, rejecting, or objecting
        (ACCUSE, CAMEO 110) in a sentence with a word of ``vote_words.tsv`` ("hanno votato
        insieme ai democratici per accettare la nomina", "la Camera ha respinto la
        proposta", "si sono opposti raccogliendo 112 voti"). A stance aimed at a foreign
        state stays (a parliament backing an agreement with another country)."""
        cameo = m.cameo_override or m.entry.cameo or ""
        if m.event_type not in VOTE_STANCE_TYPES and not (
            m.event_type == "ACCUSE" and cameo == "110"
        ):
            return False
        own = {a.country for a in m.actor if a.country}
        if any(a.country and a.country not in own for a in m.recipient):
            return False
        sent = span_sent(m.trigger)
        return any(sent.start <= s < sent.end for s, _e, _c in _vote_words(self.lang).match(doc))

    def appeal_to_pray(self, doc: Doc, m: Mention) -> bool:
        """A request for prayer (a word of ``prayer_words.tsv`` after the trigger in its
        sentence, within twelve words) is a religious appeal, no REQUEST to a party:
        "Papa Francesco ha chiesto, per mezzo di un tweet, di pregare per le vittime"."""
        if m.event_type != "REQUEST":
            return False
        sent = span_sent(m.trigger)
        hi = min(sent.end, m.trigger.end + 12)
        return any(m.trigger.end <= s < hi for s, _e, _c in _prayer_words(self.lang).match(doc))

    def courtesy_to_no_party(self, m: Mention) -> bool:
        """Thanks (``courtesy_words.tsv``) to no state, official, force or body are courtesy,
        no SUPPORT between parties: "ha ringraziato i soccorritori", "ringraziando i
        volontari", "ha ringraziato per l'affetto"."""
        if m.entry.pattern not in _courtesy_words(self.lang):
            return False
        return not any(
            a.sector in THANKED_PARTIES
            or a.country in ("IGO", "NGO")
            or (a.country and not a.sector)
            for a in m.recipient
        )

    @staticmethod
    def protesters_of_the_place(mentions: list[Mention]) -> None:
        """Protesters the text gives no country of their own act in the country where they
        protest (dev conventions: private people get the country they belong to or act in),
        not in that of a country named near them: "migliaia di persone hanno manifestato
        davanti all'ambasciata russa a Roma" are ITA, not RUS. Only where the protest's
        place is cued in its own sentence, and only for a country read off the context
        (a demonym or a name keeps its own: "centinaia di ucraini ... a Roma")."""
        for m in mentions:
            loc = m.location
            if (
                m.event_type != "PROTEST"
                or loc is None
                or not loc.country
                or not m.located_where_it_happens
            ):
                continue
            guessed = {
                s.text
                for s in m.args.actor
                if any(w.rule == "country.context" for w in ext(s, "actor_why") or [])
            }
            for k, a in enumerate(m.actor):
                if a.raw_text in guessed and a.country and a.country != loc.country:
                    m.actor[k] = replace(a, country=loc.country)
                    m.why.append(
                        Why(
                            "actor",
                            "actor.protesters_of_the_place",
                            f"{loc.raw_text} -> {loc.country}",
                        )
                    )

    # -- article-level rules -----------------------------------------------------------
    def attacked_places(self, doc: Doc, mentions: list[Mention]) -> None:
        """Rule recipient.attacked_place: an attack by a named side with no victim named,
        whose trigger ends in "contro"/"against" and is followed by a place of another
        country ("ha lanciato cento missili contro Tel Aviv e Gerusalemme"), is done to
        that country."""
        starts = {s.start: ext(s, "place") for s in spans_of(doc, "places")}
        words = tokens(doc).text
        for m in mentions:
            if m.event_type != "ASSAULT" or m.recipient or not m.actor or m.args.symmetric:
                continue
            if self.sx.cls(words[m.trigger.end - 1]) != "prep_against":
                continue
            k = m.trigger.end
            while k < len(doc) and self.sx.cls(words[k]) == "det":
                k += 1
            place = starts.get(k)
            if place is None or not place.country:
                continue
            if place.country in {a.country for a in m.actor}:
                continue
            m.recipient = [Actor(raw_text=doc[k].text, country=place.country)]
            m.why.append(Why("recipient", "recipient.attacked_place", place.name))

    def _venue_only(self, doc: Doc, m: Mention, country: str) -> bool:
        """An accord, a meeting, support or cooperation (``VENUE_TYPES``) held in a city or
        region of ``country``, which the article names only by the event's place: no mention
        of a party of that country but the place's own words."""
        if m.event_type not in VENUE_TYPES or m.location is None:
            return False
        if m.location.country != country or not m.location.admin1:
            # a venue is a city or a region; a country named as the place is often the
            # subject's ("il vertice di Roma sulla situazione in Libano")
            return False
        place = m.location.raw_text
        return not any(
            a.country == country and s.text != place
            for s in spans_of(doc, "actors")
            for a in ext(s, "actors") or []
        )

    def _date_during(
        self, doc: Doc, m: Mention, dated: list[Mention], sent_index: dict[int, int]
    ) -> None:
        """Rule date.during_antecedent: an undated past act in a sentence with a time
        adjunct naming an event ("Durante la visita Vance ha accusato la Danimarca",
        ``during_anaphors.tsv``) happened when the latest dated act of one of the noun's
        types did, in that sentence or the ``DURING_SENTENCES`` before."""
        if not _during_anaphors(self.lang)[2]:
            return
        sent = span_sent(m.trigger)
        types = self._during_types(doc, sent)
        if types is None:
            return
        here = sent_index[sent.start]
        for prior in reversed(dated):
            gap = here - sent_index[span_sent(prior.trigger).start]
            if gap > DURING_SENTENCES:
                return
            if prior.event_type in types and prior.trigger.start < m.trigger.start:
                m.date = replace(prior.date)
                m.why.append(Why("date", "date.during_antecedent", prior.trigger.text))
                return

    def _during_types(self, doc: Doc, sent: Span) -> frozenset[str] | None:
        """The event types of the first time adjunct naming an event in ``sent`` ("durante
        la visita", ``during_anaphors.tsv``), or None; kept per Doc and sentence (asked for
        every undated act of the sentence)."""
        memo = doc.user_data.setdefault(_DURING_TYPES, {})
        if sent.start in memo:
            return memo[sent.start]  # type: ignore[no-any-return]
        openers, skip, nouns = _during_anaphors(self.lang)
        words = [w.lower() for w in tokens(doc).text[sent.start : sent.end]]
        # an opener starts only at its first word (an empty one would start anywhere)
        firsts = {o[0] for o in openers} if all(openers) else None
        types: frozenset[str] | None = None
        for k in range(len(words)):
            if firsts is not None and words[k] not in firsts:
                continue
            for opener in openers:
                if tuple(words[k : k + len(opener)]) != opener:
                    continue
                j = k + len(opener)
                while j < len(words) and (self.sx.cls(words[j]) == "det" or words[j] in skip):
                    j += 1
                if j < len(words) and words[j] in nouns:
                    types = nouns[words[j]]
                    break
            if types is not None:
                break
        memo[sent.start] = types
        return types

    def fill_from_context(self, doc: Doc, mentions: list[Mention]) -> None:
        """Rules that use the whole article: visit hosts, the lead's dyad, agent countries."""
        counts = _country_counts(doc)
        named = _named_country_counts(doc)
        sectors = _country_sectors(doc)  # the sectors each country's mentions take
        dominant = _dominant(counts)
        # the two countries the article is about: named at least twice each, and the
        # second more often than any third (a tie for second names no dyad)
        top = counts.most_common(3)
        dyad = [c for c, n in top[:2] if n >= 2]
        if len(top) == 3 and top[2][1] == top[1][1]:
            dyad = []
        first_sent = doc_sents(doc)[0].start if len(doc) else 0
        sent_index = {s.start: k for k, s in enumerate(doc_sents(doc))}
        last_dated: Mention | None = None
        dated: list[Mention] = []  # dated past acts so far, in text order
        for m in sorted(mentions, key=lambda m: m.trigger.start):
            # narrative continuation: an undated past event right after a dated one, with a
            # party in common, happened then ("Shoigu si era recato ... I due avevano ...")
            if (
                m.date.granularity == "unknown"
                and m.date.raw_text is None  # dating left it open, not refused
                and m.factuality.time == "non_future"
                and last_dated
            ):
                gap = (
                    sent_index[span_sent(m.trigger).start]
                    - sent_index[span_sent(last_dated.trigger).start]
                )
                shared = {a.country for a in m.actor + m.recipient if a.country} & {
                    a.country for a in last_dated.actor + last_dated.recipient if a.country
                }
                if shared and (gap == 0 or (gap == 1 and self.sx.is_pluperfect(doc, m.trigger))):
                    m.date = replace(last_dated.date)
                    m.why.append(
                        Why("date", "date.narrative_continuation", last_dated.trigger.text)
                    )
            if (
                m.date.granularity == "unknown"
                and m.date.raw_text is None
                and m.factuality.time == "non_future"
            ):
                self._date_during(doc, m, dated, sent_index)
            if (
                m.date.granularity != "unknown"
                and m.factuality.time == "non_future"
                and m.factuality.polarity == "positive"
                and m.factuality.certainty == "certain"
            ):
                last_dated = m
                dated.append(m)
        unknown = self.unknown_perpetrators(doc)
        # agents whose lexicon default was withheld ("il sindaco" -> ITA? in a passage naming
        # other countries): the country the article names, not counting such defaults
        defaulted = {
            s.text
            for s in spans_of(doc, "actors")
            if (ext(s, "actor_info") or {}).get("default_only")
        }
        for m in mentions:
            # agents with no country take the country they act in (_agent_country), unless the text
            # names an owner that has none ("al-Qaeda leaders") or they are an attack's
            # unidentified perpetrators ("tre attentatori si sono fatti esplodere")
            ownerless = {
                s.text
                for s in m.args.actor + m.args.recipient
                if (ext(s, "actor_info") or {}).get("owner_without_country")
            }
            if m.event_type == "ASSAULT" and not m.args.symmetric:
                nameless = {s.text for s in m.args.actor if unknown(s)}
                ownerless |= nameless
                loc = m.location
                here = (
                    loc.country
                    if self.lang == "en"
                    and loc is not None
                    and loc.raw_text
                    and m.located_where_it_happens
                    and loc.raw_text in span_sent(m.trigger).text
                    else None
                )
                local = {
                    s.text
                    for s in m.args.actor
                    if s.text in nameless
                    and any(t.lower_ in _local_perpetrators(self.lang) for t in s)
                }
                for k, a in enumerate(m.actor):
                    if a.raw_text in local and here and a.country in (None, here):
                        # English wire news (PLOVER GSR): unnamed gunmen in the place the
                        # sentence names act there ("Gunmen shot dead a senator outside his
                        # home in Bogota": COL UAF)
                        m.actor[k] = replace(a, country=here)
                        m.why.append(Why("actor", "actor.perpetrator_of_the_place", loc.name))
                    elif a.raw_text in nameless and a.country:
                        # a country read off the context ("un kamikaze ... a Peshawar")
                        m.actor[k] = replace(a, country=None)
                        m.why.append(Why("actor", "actor.unidentified_perpetrator", a.raw_text))
            hosts = (
                {a.country for a in m.recipient}
                if m.event_type == "CONSULT" and m.mode == "visit"
                else set()
            )
            stated = {
                id(side): _state_countries(side, spans)
                for side, spans in ((m.actor, m.args.actor), (m.recipient, m.args.recipient))
            }
            for side in (m.actor, m.recipient):
                for k, a in enumerate(side):
                    if a.raw_text in ownerless:
                        continue
                    if a.country is None and (a.sector or a.name):
                        spans = m.args.actor if side is m.actor else m.args.recipient
                        if any(
                            w.rule == "country.foreign_agent"
                            for s in spans
                            if s.text == a.raw_text
                            for w in ext(s, "actor_why") or []
                        ):
                            continue  # "le forze straniere": not the article's country
                        pool = named if a.raw_text in defaulted else counts
                        guess = _agent_country(doc, m, pool)
                        if guess is None or (side is m.actor and guess in hosts):
                            continue  # nothing known; a visitor is no guest of his own country
                        if (
                            side is m.actor
                            and a.name
                            and a.sector == "REB"
                            and m.event_type in WORD_TYPES
                            and guess in {b.country for b in m.recipient}
                        ):
                            # an armed group the KB names with no country speaking against a
                            # country is not of that country ("Ayman al-Zawahiri ha condannato
                            # l'intervento degli USA": dev README, armed groups with no country)
                            m.why.append(Why("actor", "actor.countryless_group_against", guess))
                            continue
                        other = m.recipient if side is m.actor else m.actor
                        if (
                            len(pool) > 1
                            and guess in stated[id(other)]
                            and _unknown_person(a, spans)
                        ):
                            # in an article naming several countries, a person no list knows
                            # is not guessed to be of the one country his sentence names when
                            # the other party of his own act is that country's state ("La
                            # Germania vota. Alice Weidel ha criticato il governo cinese": not
                            # CHN); a local office stays his ("ha denunciato il sindaco di Lione")
                            m.why.append(
                                Why("actor", "actor.unknown_person_not_of_the_other_party", guess)
                            )
                            continue
                        side[k] = replace(a, country=guess)
                        m.why.append(Why("actor", "actor.country_from_article", guess))
            # protests and clashes with no named participants: the people of the place
            if (
                not m.actor
                and not m.recipient
                and m.location is not None
                and m.location.country
                and (m.event_type == "PROTEST" or (m.event_type == "ASSAULT" and m.args.symmetric))
                # clashes: the place must be their own, not read from a follow-up sentence
                # ("Gli scontri erano iniziati ... Islamabad aveva risposto"), nor the
                # complement of another act before them ("hanno concordato a Doha una tregua,
                # dopo una settimana di scontri"), as for the victims of the place below (a
                # crowd gathering there while another act happens keeps the place: "irruzione
                # nel Parlamento a Seul, mentre migliaia di manifestanti si radunavano")
                and (
                    m.event_type == "PROTEST"
                    or (m.located_where_it_happens and not _place_of_another_event(doc, m))
                )
            ):
                # protesters, and the unnamed sides of clashes, are civilians (PLOVER CVL)
                sector = "CVL"
                m.actor = [
                    Actor(raw_text=m.location.raw_text, country=m.location.country, sector=sector)
                ]
                m.why.append(Why("actor", "actor.participants_from_place", m.location.name))
            # protests with no named protesters, held in the places a demonym qualifies ("in
            # una cinquantina di città italiane", "nelle piazze francesi"): that country's people
            if not m.actor and m.event_type == "PROTEST":
                home = _demonym_places(doc, m.trigger, self.lang)
                if home is not None and (
                    m.location is None or m.location.country in (None, home[0])
                ):
                    m.actor = [Actor(raw_text=home[1], country=home[0], sector="CVL")]
                    m.why.append(Why("actor", "actor.participants_from_demonym_place", home[1]))
            # an attack by unnamed perpetrators with no named victims ("Otto esplosioni hanno
            # fatto più di 250 morti in Sri Lanka"): the victims are the people of the place;
            # the perpetrators stay unknown (gold convention: never guessed)
            if (
                not m.actor
                and not m.recipient
                and m.event_type == "ASSAULT"
                and not m.args.symmetric
                and m.location is not None
                and m.location.country
                and m.located_where_it_happens
                and not _place_of_another_event(doc, m)
            ):
                m.recipient = [
                    Actor(raw_text=m.location.raw_text, country=m.location.country, sector="CVL")
                ]
                m.confidence -= 0.1
                m.why.append(Why("recipient", "recipient.victims_from_place", m.location.name))
            # the same with no place found, in a passage that names one country: a strike,
            # clashes or an attack named by a noun ("hanno generato scioperi e proteste", "la strage
            # è avvenuta nella scuola") is that country's people's or done to them
            home = self.people_of_the_passage(doc, m, counts, mentions)
            if home is not None:
                people = [Actor(country=home, sector="CVL")]
                if m.args.symmetric:
                    # the unnamed sides of clashes: who they are is unknown (armed groups,
                    # police, crowds), so no sector
                    m.actor = [Actor(country=home)]
                    m.why.append(Why("actor", "actor.participants_of_the_passage", home))
                elif m.event_type == "PROTEST":
                    m.actor = people
                    m.why.append(Why("actor", "actor.participants_of_the_passage", home))
                else:
                    m.recipient = people
                    m.why.append(Why("recipient", "recipient.victims_of_the_passage", home))
                m.confidence -= 0.1
            # a seizure told in the passive with no doer ("Tripoli è stata conquistata ed ora
            # è in mano ai ribelli"): those the text says now hold the place took it
            if not m.actor and m.event_type == "COERCE" and m.mode == "seize" and m.args.passive:
                holder = self.holder(doc, m)
                if holder is not None:
                    m.actor = _actors_of([holder], "MIL")
                    m.why.append(Why("actor", "actor.holder_after_seizure", holder.text))
            # a state act with no named doer ("è stato giustiziato") was done by the state
            sector = _implied_sector(m)
            if sector and not m.actor and (m.args.passive or m.args.frame.startswith("N")):
                # the state where it happens acts ("un giornalista americano è stato arrestato
                # a Teheran": Iranian police), else the state of those it is done to
                country = (
                    (m.location.country if m.location else None)
                    or next((a.country for a in m.recipient if a.country), None)
                    or _agent_country(doc, m, counts)
                )
                # rule actor.national_legal_act: a legal act of one state's system only ("un
                # avviso di garanzia") is that state's, wherever its addressee is from
                national = _national_legal_acts(self.lang).get(m.trigger.text.lower())
                country = national or country
                if country:
                    m.actor = [Actor(country=country, sector=sector)]
                    rule = "actor.national_legal_act" if national else "actor.implied_state_agent"
                    m.why.append(Why("actor", rule, f"{country} {sector}"))
                if national:
                    # its addressee with no country of its own is under that state's justice
                    for k, a in enumerate(m.recipient):
                        if a.country is None and (a.sector or a.name):
                            m.recipient[k] = replace(a, country=national)
                            m.why.append(Why("recipient", "recipient.national_legal_act", national))
            # an act done to unnamed people: the people of the place (or the actor's country)
            implied, sector = _implied_recipient(m)
            if not m.recipient and m.actor and implied:
                owner = self.premises_owner(doc, m)
                if owner:
                    m.recipient = owner
                    m.why.append(Why("recipient", "recipient.premises_owner", owner[0].raw_text))
            if not m.recipient and m.actor and implied:
                country = (m.location.country if m.location else None) or next(
                    (a.country for a in m.actor if a.country and a.country not in ("IGO", "NGO")),
                    None,
                )
                if country:
                    cue = self.recipient_cue(doc, m)
                    if cue is not None:
                        sector = cue.kind
                        m.why.append(Why("recipient", "recipient.sector_cue", cue.source))
                    m.recipient = [Actor(country=country, sector=sector)]
                    m.confidence -= 0.1
                    m.why.append(Why("recipient", "recipient.implied_people", country))
            elif implied and any(a.sector == "CVL" and not a.name for a in m.recipient):
                # "Quindici persone sono state arrestate con l'accusa di far parte delle
                # Brigate Rosse": generic people whom a cue in the sentence identifies
                cue = self.recipient_cue(doc, m)
                if cue is not None:
                    m.recipient = [
                        replace(a, sector=cue.kind) if a.sector == "CVL" and not a.name else a
                        for a in m.recipient
                    ]
                    m.why.append(Why("recipient", "recipient.sector_cue", cue.source))
            # a protest at an institution's door targets it ("davanti all'ambasciata
            # britannica", "outside the US embassy")
            if m.event_type == "PROTEST" and not m.recipient and m.actor:
                door = self.protest_door(doc, m)
                if door is not None:
                    m.recipient = _actors_of([door], "GOV")
                    m.why.append(Why("recipient", "recipient.protest_at_door", door.text))
                    self._protesters_not_of_the_door(m, counts)
            # a deployment at a country's door addresses it ("deployed off the coast of
            # Georgia", "massing near the Israeli border")
            if m.event_type == "MOBILIZE" and not m.recipient and m.actor:
                front = self.deployment_front(doc, m)
                if front is not None:
                    m.recipient = _actors_of([front])
                    m.why.append(Why("recipient", "recipient.deployment_front", front.text))
            # a deployment sent to face a side addresses it ("deployed ahead of an opposition
            # rally", "called up reservists to counter a rebel advance")
            if m.event_type == "MOBILIZE" and not m.recipient and m.actor:
                faced = self.deployment_against(doc, m)
                if faced is not None:
                    m.recipient = _actors_of([faced])
                    m.why.append(Why("recipient", "recipient.deployment_against", faced.text))
            # a strike of a company's workers is against the company ("uno sciopero degli
            # assistenti di volo Alitalia", "a strike by Ryanair pilots")
            if m.event_type == "PROTEST" and m.mode == "strike" and not m.recipient and m.actor:
                employer = self.employer(doc, m)
                if employer is not None:
                    m.recipient = _actors_of([employer])
                    m.why.append(Why("recipient", "recipient.strikers_employer", employer.text))
            # a protest with a grievance and no named target addresses its own government
            if (
                m.event_type == "PROTEST"
                and not m.recipient
                and m.actor
                and self.has_grievance(doc, m)
            ):
                target = self.grievance_target(doc, m)
                home = next((a.country for a in m.actor if a.country), None)
                if target is not None:
                    # "demonstrations against the violations by the Israeli military"
                    m.recipient = _actors_of([target], "GOV")
                    m.why.append(Why("recipient", "recipient.grievance_target", target.text))
                elif home:
                    m.recipient = [Actor(country=home, sector="GOV")]
                    m.why.append(Why("recipient", "recipient.protest_home_government", home))
            # a demand whose "that" clause names its subject is made of that party
            # ("demanded that Islamabad stop ...", "insisted that the junta hand over ...")
            if m.event_type == "REQUEST" and not m.recipient and m.actor:
                addressee = self.demand_that_subject(doc, m)
                if addressee is not None:
                    m.recipient = _actors_of([addressee], "GOV")
                    m.why.append(Why("recipient", "recipient.demand_that_subject", addressee.text))
            # a hunger strike, strike or riot of a country's own people with no target
            # addresses its government (``home_protest_modes.tsv``)
            if (
                m.event_type == "PROTEST"
                and not m.recipient
                and m.mode in _home_protest_modes(self.lang)
                and (home := _civil_home(m.actor))
            ):
                m.recipient = [Actor(country=home, sector="GOV")]
                m.why.append(Why("recipient", "recipient.home_protest_mode", m.mode))
            # a demand for change by a country's own non-state groups ("I ribelli chiedono
            # riforme") with no named addressee is made of that country's government
            if (
                m.event_type == "REQUEST"
                and m.mode in (None, "change", "yield")
                and not m.recipient
                and (home := _civil_home(m.actor))
            ):
                m.recipient = [Actor(country=home, sector="GOV")]
                m.why.append(Why("recipient", "recipient.demand_home_government", home))
            # an attack on (or seizure of) a place in another country targets that country
            if (
                (m.event_type == "ASSAULT" or (m.event_type == "COERCE" and m.mode == "seize"))
                and not m.recipient
                and m.actor
                and not m.args.symmetric
                and m.location is not None
                and m.location.country
                and m.located_where_it_happens
                and not _place_of_another_event(doc, m)
                and (
                    all(a.country != m.location.country for a in m.actor)
                    or self._struck_settlements(doc, m)
                )
            ):
                # an attack there strikes its people (as "recipient.victims_from_place");
                # so does armed forces' attack at home on places named only by their kind
                # ("Russian warplanes bombed villages in southern Chechnya")
                # a seized place is the country's, with no sector
                sector = "CVL" if m.event_type == "ASSAULT" else None
                m.recipient = [
                    Actor(raw_text=m.location.raw_text, country=m.location.country, sector=sector)
                ]
                home = not all(a.country != m.location.country for a in m.actor)
                rule = "recipient.struck_settlements" if home else "recipient.target_from_place"
                m.why.append(Why("recipient", rule, m.location.name))
            # an international body's investigation in a country ("IAEA inspectors began
            # checking a site in North Korea", "dispatched inspectors to a plant in central
            # Iran") is aimed at that country
            if (
                m.event_type == "ACCUSE"
                and m.mode == "investigate"
                and not m.recipient
                and m.actor
                and all(a.country == "IGO" for a in m.actor)
                and m.location is not None
                and m.location.country
                and m.located_where_it_happens
            ):
                m.recipient = [Actor(raw_text=m.location.raw_text, country=m.location.country)]
                m.why.append(Why("recipient", "recipient.investigated_place", m.location.name))
            # aid or forces sent to a place ("flew blankets to quake survivors in eastern
            # Chad", "moved marines into Ingushetia") go to that place's country; relief sent
            # at home goes to the sender's own people, but forces deployed at home face no one
            # the place names ("rushed riot police to Ambon after clashes": no recipient, as
            # the GSR's "ordered patrols ... after violent protests"; docs/conventions.md)
            if (
                m.event_type in ("AID", "MOBILIZE")
                and not m.recipient
                and any(a.country for a in m.actor)
                and m.location is not None
                and m.location.country
                and m.located_where_it_happens
                and not (
                    m.event_type == "MOBILIZE"
                    and m.location.country in {a.country for a in m.actor}
                )
                and self._destination_place(doc, m)
            ):
                m.recipient = [Actor(raw_text=m.location.raw_text, country=m.location.country)]
                m.why.append(Why("recipient", "recipient.destination_place", m.location.name))
            if m.event_type == "AID" and not m.recipient and (home := self.home_relief(doc, m)):
                m.recipient = [Actor(country=home, sector="CVL")]
                m.why.append(Why("recipient", "recipient.home_relief", home))
            # foreign troops withdrawing, with nothing named to withdraw from, leave the
            # country where they are: the event's place, else the article's country
            if (
                m.event_type == "RETREAT"
                and m.mode == "withdraw"
                and not m.recipient
                and m.actor
                and any(a.sector == "MIL" for a in m.actor)
            ):
                host = (m.location.country if m.location else None) or dominant
                if host and all(a.country and a.country != host for a in m.actor):
                    m.recipient = [Actor(country=host)]
                    m.why.append(Why("recipient", "recipient.withdrawn_from_host", host))
            # a visit with no named host is hosted by the country of the place visited; refuge
            # sought in a country is asked of that country
            if (
                (
                    (m.event_type == "CONSULT" and m.mode == "visit")
                    or (m.event_type == "REQUEST" and "asylum" in m.contexts)
                )
                and not m.recipient
                and not (m.anaphoric and not m.actor)
                and m.location is not None
                and m.location.country
                and all(a.country != m.location.country for a in m.actor)
            ):
                # an official's visit is hosted by the government of the country visited
                host = "GOV" if any(a.sector == "GOV" for a in m.actor) else None
                m.recipient = [
                    Actor(raw_text=m.location.raw_text, country=m.location.country, sector=host)
                ]
                m.why.append(Why("recipient", "argument.visit_host_from_place", m.location.name))
            # a visit with no host and no place, in a passage that names one country besides
            # the visitor's ("la visita del presidente statunitense" in a story on Rome's
            # closed streets): hosted by that country
            if (
                m.event_type == "CONSULT"
                and m.mode == "visit"
                and not m.recipient
                and m.location is None
                and m.actor
                and all(a.country and a.country not in ("IGO", "NGO") for a in m.actor)
            ):
                visitors = {a.country for a in m.actor}
                others = [c for c in named if c not in visitors]
                if len(others) == 1:
                    host = "GOV" if any(a.sector == "GOV" for a in m.actor) else None
                    m.recipient = [Actor(country=others[0], sector=host)]
                    m.why.append(Why("recipient", "argument.visit_host_from_passage", others[0]))
            # the lead names one party of the article's dyad: the other is the counterpart
            if (
                len(dyad) == 2
                and span_sent(m.trigger).start == first_sent
                and bool(m.actor) != bool(m.recipient)
                # an attack the text gives no doer has unidentified perpetrators: the
                # article's other country is no attacker (dev README: "never guessed")
                and not (m.event_type == "ASSAULT" and not m.actor)
                # a resignation has no counterpart, and a protest's target is filled only
                # when the text names it (dev README: "a protest with no stated target" has
                # recipient []): the article's other country is a protest's target only when
                # a party of it is named in the protest's sentence ("a demonstration against
                # the U.S. military presence"; not a company, "l'azienda giapponese Sony")
                and m.mode != "resign"
                and (m.event_type != "PROTEST" or _counterpart_in_sentence(doc, m, dyad))
                # the target of a requested act is not the request's addressee
                and not any(w.rule == "argument.requested_act_target" for w in m.why)
                # a state's court or prosecutor rules on its own state's matters ("Il
                # tribunale di Roma ha respinto la convalida" in an Italy-Albania story): the
                # article's other country is no counterpart of its rulings
                and not (
                    m.actor
                    and all(a.sector == "JUD" and a.country not in (None, "IGO") for a in m.actor)
                )
            ):
                known = m.actor or m.recipient
                countries = {a.country for a in known}
                other = (
                    next(c for c in dyad if c not in countries)
                    if len(countries) == 1 and countries <= set(dyad)
                    else None
                )
                if other is not None and self._venue_only(doc, m, other):
                    # "signed a pact in Rome", "initialled an accord in Kuala Lumpur": a
                    # meeting's or an accord's venue is its place, not its other party
                    m.why.append(Why("argument", "argument.venue_not_counterpart", other))
                    other = None
                if other is not None:
                    # it acts as the article's mentions of it do ("la Russia", "Mosca": GOV)
                    seen = sectors.get(other, Counter()).most_common(2)
                    usual = (
                        seen[0][0] if seen and (len(seen) == 1 or seen[0][1] > seen[1][1]) else None
                    )
                    filled = [Actor(country=other, sector=usual)]
                    if m.actor:
                        m.recipient = filled
                    else:
                        m.actor = filled
                    m.confidence -= 0.15
                    m.why.append(Why("argument", "argument.lead_dyad_counterpart", other))
        # after every mention's own parties are read (an arrest's implied suspects too):
        for m in mentions:
            # an investigation with no suspect named ("al termine di una lunga indagine, hanno
            # arrestato la donna"): its suspects are those the same state's police or judges
            # arrest, seize from or sentence in its sentence or the one before or after; an
            # investigation noun with no investigator is that state's
            if (
                m.event_type == "ACCUSE"
                and m.mode == "investigate"
                and not m.recipient
                and (m.actor or m.args.frame.startswith("N"))
            ):
                suspects = self.suspects_of_investigation(m, mentions, sent_index)
                if suspects is not None:
                    m.recipient = [replace(a) for a in suspects.recipient]
                    m.why.append(
                        Why("recipient", "recipient.suspect_of_legal_act", suspects.trigger.text)
                    )
                    state = next((a.country for a in suspects.actor if a.country), None)
                    if not m.actor and state:
                        m.actor = [Actor(country=state, sector=_implied_sector(m) or "JUD")]
                        m.why.append(Why("actor", "actor.investigator_of_legal_act", state))

    def people_of_the_passage(
        self, doc: Doc, m: Mention, counts: Counter, mentions: list[Mention]
    ) -> str | None:
        """The country whose people strike (PROTEST strike), clash (a two-sided ASSAULT:
        "gli scontri", "i combattimenti"; its sides get no sector) or suffer an
        indiscriminate attack (ASSAULT by explosives, suicide attack, massacre or firearms:
        "la strage", "una sparatoria") named by a noun with no party and no place of its
        own, when the passage names that one country and no other (dev conventions: private
        people get the country they act in; unknown perpetrators stay unnamed). Not other
        modes: a demonstration ("manifestazione") is also a show or a ceremony, and protests
        are often verbal (ACCUSE); a murder or an air raid has a doer the rule cannot name.
        A one-sided attack is named by a singular noun: "le stragi", "gli attacchi" sum up a series
        or a class of acts ("una commissione d'inchiesta sulle stragi"). Only the first act of
        its type in the passage with a party (a later noun restates or follows from one told before:
        "provocando una strage", "i ricercati per l'attentato"), asserted (not "pronto a
        compiere un attentato"), and a noun of its own: not the complement of "di" or "per"
        (a charge, "indaga per omicidio"; "in segno di protesta") nor followed by a "di"
        complement that names it ("la strage delle Fosse Ardeatine"). Not when an accident
        or a disaster is named in its sentence, the two before or the one after ("Esplosione
        nella centrale ... danneggiato dal terremoto", "... hanno riferito di esplosioni
        accidentali"): no attack; nor for a noun that heads an accident phrase of that table
        ("esplosione" of "esplosione accidentale"). None otherwise."""
        trig = m.trigger
        if (
            m.actor
            or m.recipient
            or m.location is not None
            or not (
                (m.event_type, m.mode) in PASSAGE_PEOPLE_ACTS
                or (m.event_type == "ASSAULT" and m.args.symmetric)
            )
            or not m.args.frame.startswith("N")
            or m.factuality.polarity != "positive"
            or m.factuality.certainty != "certain"
            or m.factuality.time == "future"
            or len(counts) != 1
        ):
            return None
        if any(
            o.event_type == m.event_type and o.trigger.start < trig.start and not o.empty
            for o in mentions
        ):
            return None
        tab = tokens(doc)
        lemma = tab.lemma[trig.start]
        if (
            m.event_type == "ASSAULT"
            and not m.args.symmetric
            and lemma
            and lemma != tab.lower[trig.start]
        ):
            return None  # "le stragi", "gli attentati": a series or a class of acts, not one
        if {tab.lower[trig.start], lemma} & _accident_heads(self.lang):
            return None  # "l'esplosione": a blast, as often an accident as an attack
        sent = span_sent(trig)
        if self.sx.governing_prep(doc, trig.start, sent.start) in ("prep_of", "prep_for"):
            return None
        if trig.end < sent.end and self.sx.cls(tokens(doc).text[trig.end]) == "prep_of":
            return None
        lo, hi = _sentence_window(doc, trig.start, 2, 1)
        if any(lo <= s < hi for s, _e, _c in _accident_cues(self.lang).match(doc)):
            return None
        return str(next(iter(counts)))

    def unnamed_groups_abroad(self, doc: Doc, mentions: list[Mention]) -> None:
        """Rule recipient.unnamed_group_abroad (English): unnamed fighters struck abroad ("a
        drone killed six suspected militants in northern Yemen", "jets strafed rebel
        positions outside Freetown"). The bare group word took the attackers' country from
        the context; the place where the attack happens, in another country, says whose
        they are."""
        if self.lang != "en":
            return
        for m in mentions:
            sides = {a.country for a in m.actor}
            if (
                m.event_type == "ASSAULT"
                and not m.args.symmetric
                and len(sides) == 1
                and None not in sides
                and m.recipient
                and all(
                    a.country in sides and not a.name and _unnamed_group_word(a.raw_text)
                    for a in m.recipient
                )
                and m.location is not None
                and m.location.country
                and m.location.country not in sides
                and m.located_where_it_happens
                and not _place_of_another_event(doc, m)
                and not self._named_before_group(doc, m)
            ):
                m.recipient = [replace(a, country=m.location.country) for a in m.recipient]
                m.why.append(Why("recipient", "recipient.unnamed_group_abroad", m.location.name))

    def _named_before_group(self, doc: Doc, m: Mention) -> bool:
        """A capitalised word between the trigger and the struck group's word ("bombed
        suspected Kurdish rebel camps"): the group may be named by whose it is, even where
        that word was not read as a country; also true where the group word is not found
        after the trigger in its sentence."""
        tab = tokens(doc)
        sent = span_sent(m.trigger)
        first = (m.recipient[0].raw_text or "").split()
        for k in range(m.trigger.end, sent.end):
            if first and tab.text[k] == first[0]:
                return any(tab.text[j][:1].isupper() for j in range(m.trigger.end, k))
        return True

    def instrument_agents(self, doc: Doc, mentions: list[Mention]) -> None:
        """Rule actor.instrument_agent: an attack whose weapon is said used by someone ("A
        drone launched by the CIA killed", "when a bomb planted by Maoist rebels exploded",
        "Shells fired by Eritrean artillery hit", ``instrument_agents.tsv``) was done by the
        actor opening within three words after the link (a link within three words after the
        weapon noun; words between, no punctuation), in the attack's sentence and within
        eight words of its trigger, or anywhere after it when the weapon phrase opens the
        sentence (its subject). It fills an attack with no doer; it replaces a doer when the
        weapon phrase opens the sentence, or stands before the trigger with no other actor
        mention between them (the doer read was then another party's word: "hit the
        Ethiopian border town"); never the attack's own victim."""
        hits = _instrument_agents(self.lang).match(doc)
        if not hits:
            return
        text = tokens(doc).text
        weapons = [(s, e) for s, e, c in hits if c.kind == "instrument"]
        links = {s: e for s, e, c in hits if c.kind == "link"}
        if not weapons or not links:
            return
        pool = sorted(spans_of(doc, "actors"), key=lambda a: a.start)
        agents: list[tuple[int, int, Span]] = []  # (weapon start, weapon end, agent)
        for ws, we in weapons:
            for k in range(we, min(we + 3, len(text))):
                if k not in links:
                    continue
                j = links[k]
                span = next(
                    (
                        a
                        for a in pool
                        if j <= a.start <= j + 3
                        and ext(a, "actors")
                        and all(text[x][:1].isalpha() for x in range(j, a.start))
                    ),
                    None,
                )
                if span is not None:
                    agents.append((ws, we, span))
                break
        restated: list[tuple[Mention, int, set]] = []
        for m in mentions:
            if m.event_type != "ASSAULT" or m.args.symmetric:
                continue
            sent = span_sent(m.trigger)
            victims = {a.raw_text for a in m.recipient if a.raw_text}
            for ws, _we, span in agents:
                if not (sent.start <= ws and span.end <= sent.end):
                    continue
                # the weapon phrase as the sentence's subject ("A drone launched by ...
                # killed"): its doer is the doer of every attack the sentence tells after it
                opening = ws - sent.start <= 1 and m.trigger.start >= ws
                near = abs(ws - m.trigger.start) <= 8 or abs(m.trigger.start - span.end) <= 8
                if not (opening or near):
                    continue
                if {a.raw_text for a in ext(span, "actors") or []} & victims:
                    continue
                actor = _actors_of([span])
                if not any(a.country for a in actor):
                    continue
                own = {a.country for a in actor}
                if m.actor:
                    if {a.country for a in m.actor} == own:
                        if m.trigger.start < ws and m.recipient:
                            restated.append((m, span.end, own))
                        break
                    if not (span.end <= m.trigger.start or ws <= m.trigger.start < span.end):
                        continue
                    if not opening and any(
                        span.end <= a.start and a.end <= m.trigger.start
                        for a in pool
                        if ext(a, "actors")
                    ):
                        continue
                m.actor = actor
                m.why.append(Why("actor", "actor.instrument_agent", span.text))
                m.why.extend(ext(span, "actor_why") or [])
                if m.trigger.start < ws and m.recipient:
                    restated.append((m, span.end, own))
                break
        # "were killed when a bomb planted by X exploded": the weapon's own verb after the
        # agent restates the attack the main clause tells with its victims; with no victim
        # of its own named (none, or only the place's people) it is left with no party, so
        # the two stay one record (rule merge.instrument_restated)
        for m, after, own in restated:
            sent = span_sent(m.trigger)
            for o in mentions:
                if (
                    o is m
                    or o.event_type != "ASSAULT"
                    or not (after <= o.trigger.start < min(sent.end, after + 3))
                    or {a.country for a in o.actor} != own
                ):
                    continue
                if o.recipient and not any(w.rule == "recipient.victims_from_place" for w in o.why):
                    continue
                o.actor, o.recipient = [], []
                o.why.append(Why("merge", "merge.instrument_restated", m.trigger.text))

    def attributed_perpetrators(self, doc: Doc, mentions: list[Mention]) -> None:
        """Rule actor.attributed_perpetrator: an attack whose sentence has a participle of
        ``perpetrator_participles.tsv`` said of it ("Un attacco ..., attribuito dall'esercito
        all'Eln, aveva ferito tre soldati"; "L'attentato, rivendicato dalla guerriglia, ha
        ucciso ...") was done by the party after the participle's "a" (kind ``to``; the "da"
        phrase before it is who attributes it) or "da" (kind ``by``). The participle stands
        after the attack's noun, or before the verb trigger (its subject the attack noun);
        the party replaces no doer but the attributer or none."""
        kinds = _perpetrator_participles(self.lang)
        if not kinds:
            return
        tab = tokens(doc)
        pool = spans_of(doc, "actors")
        starts = {a.start: a for a in pool if ext(a, "actors")}
        for m in mentions:
            if m.event_type != "ASSAULT" or m.args.symmetric:
                continue
            sent = span_sent(m.trigger)
            noun = m.args.frame.startswith("N")
            for k in range(sent.start, sent.end):
                kind = kinds.get(tab.lower[k])
                if kind is None:
                    continue
                if not ((noun and m.trigger.end <= k) or (not noun and k < m.trigger.start)):
                    continue
                source, doer, j = None, None, k + 1
                if j < sent.end and self.sx.cls(tab.lower[j]) == "prep_by":
                    span = starts.get(j + 1) or starts.get(j + 2)
                    if span is None:
                        continue
                    if kind == "by":
                        doer = span
                    else:
                        source, j = span, span.end
                if kind == "to" and j < sent.end and self.sx.cls(tab.lower[j]) == "prep_to":
                    doer = starts.get(j + 1) or starts.get(j + 2)
                if doer is None:
                    continue
                actor = _actors_of([doer])
                whys = [
                    w.rule for w in ext(doer, "actor_why") or [] if w.rule.startswith("country.")
                ]
                if not any(a.country for a in actor) or (whys and whys[-1] == "country.context"):
                    continue  # "alle milizie filoiraniane": a doer of no country the text gives
                held = {a.raw_text or "" for a in m.actor}
                if m.actor and (source is None or not all(h in source.text for h in held)):
                    continue
                # "attribuito dall'esercito agli Houthi": the "a" phrase read as the one hit
                m.recipient = [a for a in m.recipient if a.raw_text != doer.text]
                m.actor = actor
                m.why.append(Why("actor", "actor.attributed_perpetrator", doer.text))
                break

    def named_perpetrators(self, doc: Doc, mentions: list[Mention]) -> None:
        """An attack whose sentence names no doer was done by the one a perpetrator noun
        (``perpetrator_nouns.tsv``) names around it: "L'aeroporto è stato colpito da un
        attentato. ... parlano di un terrorista suicida, proveniente dal Caucaso", "tre agenti
        sono stati uccisi ... L'unico sparatore, un ex marine". The nearest such mention in
        the attack's sentence (after the trigger), the three sentences after it or the one
        before, that is not the attack's own victim; only for an attack with a victim (one
        with no party at all restates another and is dropped). Like any agent, a perpetrator the text
        gives no country acts in the article's country ("Private people get the country they
        act in"); the perpetrator no noun describes stays unknown ("ignoti")."""
        hits = _perpetrator_nouns(self.lang).match(doc)
        if not hits:
            return
        sents = doc_sents(doc)
        index = {s.start: n for n, s in enumerate(sents)}
        pool = spans_of(doc, "actors")
        perpetrators: list[tuple[int, Span]] = []  # (sentence index, mention)
        for s, _, _ in hits:
            span = next((a for a in pool if a.start <= s < a.end), None)
            if span is not None and ext(span, "actors"):
                perpetrators.append((index[sent_of(doc, s).start], span))
        counts = _country_counts(doc)
        unknown = self.unknown_perpetrators(doc)
        for m in mentions:
            if m.event_type != "ASSAULT" or m.actor or not m.recipient or m.args.symmetric:
                continue  # a mention with no party at all restates the attack: left alone
            here = index[span_sent(m.trigger).start]
            own = {(s.start, s.end) for s in m.args.spans}
            options = [
                (abs(n - here) + (2 if n < here else 0), span)
                for n, span in perpetrators
                if here - 1 <= n <= here + 3
                and (span.start, span.end) not in own
                and (n != here or span.start >= m.trigger.end)
                and not {a.raw_text for a in ext(span, "actors") or []}
                & {a.raw_text for a in m.recipient if a.raw_text}
            ]
            if not options:
                continue
            span = min(options, key=lambda o: (o[0], o[1].start))[1]
            noun_end = max([e for s, e, _ in hits if span.start <= s < span.end] + [span.end])
            fellow = any(t.lower_ in _fellow_nationals(self.lang) for t in span)
            if unknown(span) and not fellow and not _described(doc, noun_end):
                # "uomini armati" near "Balad", "il kamikaze" near "a Londra": unknown; "un
                # connazionale dell'attentatore" ties the doer's nationality to a named person
                continue
            actor = _actors_of([span])
            if not any(a.country for a in actor):
                guess = _agent_country(doc, m, counts)
                if guess is None:
                    continue
                actor = [replace(a, country=guess) for a in actor]
                m.why.append(Why("actor", "actor.country_from_article", guess))
            m.actor = actor
            m.confidence -= 0.1
            m.why.append(Why("actor", "actor.named_perpetrator", span.text))
            m.why.extend(ext(span, "actor_why") or [])

    def attempt_verb_start(self, doc: Doc, trig: Span) -> int:
        """Where the words before an infinitive trigger that only say its subject tried or
        decided to do it begin: the attempt verb of "ha tentato di ucciderla", "cerca di
        accoltellarlo" (``attempt_verbs.tsv``), so that the person before them is read as
        right before the act; the trigger's start otherwise."""
        low = tokens(doc).lower
        k = trig.start
        if (
            k >= 2
            and low[k - 1] in ("di", "a", "ad")
            and low[k - 2] in _attempt_verbs(self.lang)
            and (
                self.sx.is_infinitive(doc, k)
                # with a clitic: "ucciderla", "colpirlo"
                or (len(low[k]) > 6 and re.search(r"[aei]r(?:la|lo|li|le|gli|ne)$", low[k]))
            )
        ):
            return k - 2
        return k

    def private_perpetrators(self, doc: Doc, mentions: list[Mention]) -> None:
        """An attack with no doer done by a person the text describes but does not name (the
        actor stage's ``private_persons``: "un uomo di 40 anni", "una donna", "un 45enne"):
        the person right before the trigger with only auxiliaries, adverbs, clitics or a
        relative pronoun between ("un uomo di 40 anni ha accoltellato", "un giovane che ha
        sparato"), or its passive agent ("è stato accoltellato da un uomo"). Private people
        get the country they act in (dev conventions), as any agent (``_agent_country``);
        with no victim named, the victim is one of the people there (rule
        ``recipient.victim_of_private_person``)."""
        persons = spans_of(doc, "private_persons")
        if not persons:
            return
        text = tokens(doc).text
        counts = _country_counts(doc)

        def joins(k: int) -> bool:
            return self.sx.cls(text[k]) in (
                "aux",
                "aux_passive",
                "adv",
                "relative",
                "complementizer",
            ) or (text[k].lower() in CLITICS or text[k].lower() == "l'")

        for m in mentions:
            if m.event_type not in ("ASSAULT", "PROTEST") or m.actor or m.args.symmetric:
                continue
            sent = span_sent(m.trigger)
            doer = None
            patient = None  # "una donna è stata uccisa": the passive's subject suffered it
            # "un uomo ha tentato di ucciderla": the attempt verb stands between them
            before = self.attempt_verb_start(doc, m.trigger)
            # "l'uomo che il 19 novembre 2001 uccise": a time phrase (with its article or
            # preposition) may stand between the person's relative pronoun and the verb
            timex: set[int] = set()
            for t in spans_of(doc, "timex"):
                if sent.start <= t.start and t.end <= before:
                    timex.update(range(t.start, t.end))
                    if t.start - 1 >= sent.start and self.sx.cls(text[t.start - 1]) in (
                        "det",
                        "prep_in",
                        "prep_to",
                    ):
                        timex.add(t.start - 1)
            for p in persons:
                if p.start < sent.start or p.end > sent.end:
                    continue
                if p.end <= before:
                    gap = [k for k in range(p.end, before) if k not in timex]
                    if len(gap) <= 4 and all(joins(k) for k in gap):
                        if any(self.sx.cls(text[k]) == "aux_passive" for k in gap):
                            patient = p
                        else:
                            doer = p
                elif p.start >= m.trigger.end:
                    gap = range(m.trigger.end, p.start)
                    if 1 <= len(gap) <= 3 and self.sx.cls(text[p.start - 1]) == "prep_by":
                        if all(joins(k) for k in gap[:-1]):
                            doer = p
                            break
            if patient is not None and m.event_type == "ASSAULT":
                # rule actor.private_agent_of_passive: its agent a relative or a person
                # named by a common noun, past the place and date ("è stata uccisa a
                # Brescia il 3 maggio dal marito"); else the doer is unidentified (dev
                # conventions: actor [])
                kin = self.private_agent_after(doc, m)
                guess = _agent_country(doc, m, counts)
                if guess is None:
                    continue
                if not m.recipient or any(w.rule == "recipient.victims_from_place" for w in m.why):
                    m.recipient = [Actor(raw_text=patient.text, country=guess, sector="CVL")]
                    m.why.append(Why("recipient", "recipient.private_patient", patient.text))
                if kin is not None and kin.lower() in _victim_nouns(self.lang)["kin"]:
                    m.actor = [Actor(raw_text=kin, country=guess, sector="CVL")]
                    m.why.append(Why("actor", "actor.private_agent_of_passive", kin))
                continue
            if doer is None:
                continue
            kin_words = _victim_nouns(self.lang)["kin"]
            after = range(m.trigger.end, min(sent.end, m.trigger.end + 5))
            if (
                m.event_type == "ASSAULT"
                # indefinite ("un uomo", "una donna"): "l'uomo che uccise" refers back to
                # someone the passage named ("Reza Khan, l'uomo che ...")
                and doer[0].lower_ in INDEFINITE_ARTICLES
                and not any(t.lower_ in kin_words for t in doer)
                # "una donna che ha sparato al marito": tied to the victim, her own relative
                and not any(tokens(doc).lower[k] in kin_words for k in after)
            ):
                # "un uomo ha accoltellato tre passanti", "un 45enne ha sparato": a doer the
                # passage describes but does not identify (by name, group, nationality or a
                # tie to a named person) has no actor, whatever the place (docs/conventions.md,
                # an unidentified attacker); "il marito della vittima" and one who attacks
                # his or her own relative ("ha sparato al marito") are identified. The doer
                # stays, with no country (as actor.unidentified_perpetrator); the victims are
                # still people of the place
                m.actor = [Actor(raw_text=doer.text, country=None, sector="CVL")]
                m.why.append(Why("actor", "actor.unidentified_private_person", doer.text))
                home = _agent_country(doc, m, counts)
                if not m.recipient and home is not None:
                    m.recipient = [Actor(country=home, sector="CVL")]
                    m.why.append(Why("recipient", "recipient.victim_of_private_person", None))
                continue
            if m.event_type == "PROTEST":
                # "un uomo aveva bruciato una copia del Corano davanti alla moschea di
                # Stoccolma": a protester acts in the country of the protest's place
                if m.location is None or not m.location.country or not m.located_where_it_happens:
                    continue
                guess = m.location.country
            else:
                guess = _agent_country(doc, m, counts)
            if guess is None:
                continue
            m.actor = [Actor(raw_text=doer.text, country=guess, sector="CVL")]
            m.why.append(Why("actor", "actor.private_person", doer.text))
            m.why.append(Why("actor", "actor.country_from_article", guess))
            if not m.recipient and m.event_type == "ASSAULT":
                m.recipient = [Actor(country=guess, sector="CVL")]
                m.why.append(Why("recipient", "recipient.victim_of_private_person", None))

    def private_agent_after(self, doc: Doc, m: Mention) -> str | None:
        """The private person a passive's "da" agent names by a noun of ``victim_nouns.tsv``
        (a relative: "dal marito", "dal padre"; a person: "da un passante"), within
        ``PRIVATE_AGENT_WINDOW`` words after the trigger (a place and a date may come
        between: "a Brescia il 3 maggio dal padre"), before any hard boundary."""
        sent = span_sent(m.trigger)
        tab = tokens(doc)
        table = _victim_nouns(self.lang)
        nouns = table["kin"] | table["person"]
        end = min(sent.end, m.trigger.end + PRIVATE_AGENT_WINDOW)
        for k in range(m.trigger.end, end):
            if self.sx.is_hard_boundary(doc, k):
                return None
            if self.sx.cls(tab.text[k]) != "prep_by":
                continue
            j = k + 1
            while j < end and (
                tab.lower[j] in table["determiner"] or self.sx.cls(tab.text[j]) == "det"
            ):
                j += 1
            if j < end and tab.lower[j] in nouns:
                return tab.text[j]
            return None
        return None

    def kin_party_country(self, doc: Doc, kind: str, k: int) -> tuple[str, str] | None:
        """(country, text) of the party a relative noun at token ``k`` is said of by a "di"
        complement right after it ("il figlio del presidente del Senegal", "la moglie di un
        diplomatico tedesco"): a mention with one country starting past the "di" form and at
        most two determiners. None otherwise."""
        if kind != "kin" or k < 0:
            return None
        table = _victim_nouns(self.lang)
        low = tokens(doc).lower
        sent = sent_of(doc, k)
        j = k + 1
        if j >= sent.end or low[j] not in table["of"]:
            return None
        j += 1
        while j < sent.end and j < k + 5 and self.sx.cls(tokens(doc).text[j]) == "det":
            j += 1
        for span in self.finder.mentions_in(doc, j, sent.end):
            if span.start != j:
                continue
            countries = {a.country for a in ext(span, "actors") or [] if a.country}
            if len(countries) == 1:
                return next(iter(countries)), span.text
            return None
        return None

    def victim_noun(self, doc: Doc, m: Mention) -> tuple[str, int] | None:
        """(kind, token) of the private person an attack with no victim is done to, by
        ``victim_nouns.tsv``: the object right after a verb trigger, past determiners ("ha
        ucciso la moglie", "picchia compagna", "ha accoltellato un passante"), or the "di"
        complement of a noun trigger ("l'omicidio della fidanzata"); for an act of violence
        against people (``PERSON_ASSAULT_MODES``) also an object clitic: before the verb or
        its auxiliaries ("l'ha uccisa", "la ha picchiata"), or on the infinitive or gerund
        right before it or on the trigger itself ("averla uccisa", "ucciderla",
        "picchiandola"); kind "clitic", token -1; and the noun a past participle trigger
        follows ("la donna rapita"; kind person even for a relative: "la moglie uccisa"
        names no doer). None otherwise."""
        table = _victim_nouns(self.lang)
        if not table["person"] and not table["kin"]:
            return None
        low = [w.replace("\u2019", "'") for w in tokens(doc).lower]
        trig = m.trigger
        sent = span_sent(trig)
        k = trig.end
        if m.args.frame.startswith("N"):
            lemma = tokens(doc).lemma[trig.start]
            if lemma and lemma != low[trig.start]:
                return None  # "rapimenti di bambini": a series or a class of acts, not one
            if k >= sent.end or low[k] not in table["of"]:
                return None
            k += 1
        elif not m.args.frame.startswith("V"):
            return None
        else:
            # "è stato ucciso a Parigi il figlio del ministro": past a place or time phrase
            between = self.finder._time_and_place_phrases(doc, k, sent.end)
            while k in between:
                k += 1
        first = k
        while k < sent.end and k < first + 4 and low[k] in table["determiner"]:
            k += 1
        if k < sent.end:
            for kind in ("kin", "person"):
                if low[k] in table[kind]:
                    return kind, k
        if not m.args.frame.startswith("V") or m.mode not in PERSON_ASSAULT_MODES:
            return None
        j = trig.start - 1
        if (
            j > sent.start
            and low[trig.start].endswith(PARTICIPLE_ENDINGS)
            and (low[j] in table["person"] or low[j] in table["kin"])
            and low[j - 1] in table["determiner"]
        ):
            return "person", j  # "la donna rapita", "un uomo ucciso": the participle's noun

        def enclitic(word: str) -> bool:
            stem = word[:-2]
            return word.endswith(VICTIM_CLITICS) and (stem.endswith("r") or stem.endswith("ndo"))

        if enclitic(low[trig.start]) or (trig.start > sent.start and enclitic(low[trig.start - 1])):
            return "clitic", -1
        j = trig.start - 1
        while j >= sent.start and self.sx.cls(tokens(doc).text[j]) in ("aux", "aux_passive"):
            j -= 1
        if j >= sent.start and (low[j] in VICTIM_CLITICS or low[j] == "l'"):
            return "clitic", -1
        return None

    def identified_people(self, doc: Doc, mentions: list[Mention]) -> None:
        """Rule party.identified_nationality: the unnamed people of an act done to or by people
        ("sono state arrestate tre persone", "due uomini sono stati uccisi a Lione") whom the
        next sentence identifies by nationality ("Si tratta di due statunitensi e un ragazzo
        britannico"; ``identity_cues.tsv``) have those countries (dev conventions: private
        people get the country they belong to). Only one side may be such people (no name, a
        civilian or no sector); a named or official party is kept. Attacks and coercion only,
        not two-sided violence nor a negated act."""
        cues = _identity_cues(self.lang)
        if not cues["verb"]:
            return
        from eventwire.pipeline.places import place_lexicon

        demonyms = place_lexicon(self.lang).demonyms
        tab = tokens(doc)
        low = tab.lower
        found: dict[int, list[tuple[str, str]]] = {}

        def identified(sent: Span) -> list[tuple[str, str]]:
            """(country, word) of the nationalities the sentence after ``sent`` gives."""
            if sent.end >= len(doc):
                return []
            if sent.end in found:
                return found[sent.end]
            nxt = sent_of(doc, sent.end)
            k = nxt.start
            out: list[tuple[str, str]] = []
            if (
                k + 2 < nxt.end
                and f"{low[k]} {low[k + 1]}" in cues["verb"]
                and low[k + 2] in cues["of"]
            ):
                opener = k + 2
                for j in range(opener + 1, nxt.end):
                    if low[j] not in demonyms:
                        continue
                    for i in range(j - 1, max(opener, j - 3) - 1, -1):
                        if (
                            i == opener
                            or low[i] in cues["count"]
                            or doc[i].like_num
                            or self.sx.cls(tab.text[i]) == "count"
                        ):
                            out.append((demonyms[low[j]], tab.text[j]))
                            break
                        if not (tab.is_alpha[i] and tab.text[i].islower()) or self.sx.cls(
                            tab.text[i]
                        ):
                            break
            found[sent.end] = out
            return out

        def vague(side: list[Actor]) -> bool:
            return bool(side) and all(a.name is None and a.sector in ("CVL", None) for a in side)

        for m in mentions:
            if (
                m.event_type not in ("ASSAULT", "COERCE")
                or m.args.symmetric
                or m.factuality.polarity == "negative"
            ):
                continue
            sides = [s for s in (m.actor, m.recipient) if vague(s)]
            if len(sides) != 1:
                continue
            people = identified(span_sent(m.trigger))
            if not people:
                continue
            side = sides[0]
            side[:] = [
                Actor(raw_text=word, country=c, sector="CVL")
                for c, word in dict((c, w) for c, w in people).items()
            ]
            role = "actor" if side is m.actor else "recipient"
            m.why.append(Why(role, "party.identified_nationality", people[0][1]))

    def _struck_settlements(self, doc: Doc, m: Mention) -> bool:
        """An armed side's verb of attack whose object, right after it, is a settlement word of
        ``place_cues.tsv`` (kind ``part``: "bombed villages in Chechnya", "shelled towns in the
        north"): the target is the people of a place, the side's own country's at home."""
        from eventwire.pipeline.places import place_lexicon

        if m.event_type != "ASSAULT" or not all(a.sector in ARMED_SECTORS for a in m.actor):
            return False
        lex = place_lexicon(self.lang)
        low = tokens(doc).lower
        sent = span_sent(m.trigger)
        j = m.trigger.end
        if j < sent.end and self.sx.cls(doc[j].text) == "det":
            j += 1
        if j + 1 >= sent.end:
            return False
        prep = lex.cue_ending_at([low[j + 1]], 0, 0)  # "in", "near", "across" (place_cues.tsv)
        if prep is None or prep[0] not in ("in", "near"):
            return False
        # the word or its singular ("villages": "village")
        for word in {low[j], low[j][:-1] if low[j].endswith("s") else low[j]}:
            hit = lex.cue_ending_at([word], 0, 0)
            if hit is not None and hit[0] == "part":
                return True
        return False

    def struck_places(self, doc: Doc, mentions: list[Mention]) -> None:
        """Rule recipient.struck_place: an attack with no victim, named by a noun that a
        reaction verb or patient noun ties to its subject ("Il villaggio di X subisce attacchi
        dai ribelli", "la città di Y riceve bombardamenti dall'esercito", "il quartiere è
        stato bersaglio di attacchi"), whose subject is a place (a place word of
        ``place_cues.tsv`` or a place name opening the sentence, after an article at most), is
        done to the people of that place's country (as ``recipient.victims_from_place``)."""
        from eventwire.pipeline.places import place_lexicon

        lex = place_lexicon(self.lang)
        low = tokens(doc).lower
        places = [(s, ext(s, "place")) for s in spans_of(doc, "places")]
        for m in mentions:
            if (
                m.event_type != "ASSAULT"
                or m.recipient
                or m.args.symmetric
                or m.factuality.polarity == "negative"
                or m.trigger.root.pos_ == "VERB"
            ):
                continue
            sent = span_sent(m.trigger)
            verb = self.finder.reaction_verb(doc, m.trigger, sent)
            if verb is None:
                continue
            first = sent.start
            if self.sx.cls(doc[first].text) == "det":
                first += 1
            opens = any(
                (hit := lex.cue_ending_at(low, k, first)) is not None and hit[0] == "part"
                for k in (first, first + 1)
                if k < verb
            )
            country, end = None, first
            for span, place in places:
                if sent.start <= span.start < verb and place is not None and place.country:
                    if opens or span.start == first:
                        country, end = place.country, span.end
                    break
            if country is None:
                continue
            m.recipient = [Actor(raw_text=doc[first:end].text, country=country, sector="CVL")]
            m.why.append(Why("recipient", "recipient.struck_place", doc[first].text))

    def _struck_by(self, doc: Doc, trig: Span, det: int) -> bool:
        """Whether the phrase opening at ``det`` is the object of the trigger or of a gerund
        clause after it ("..., colpendo soprattutto la capitale"): at most two words (no
        comma) between that verb and the phrase."""
        for j in range(det - 1, max(trig.end - 1, det - 4) - 1, -1):
            if tokens(doc).text[j] == ",":
                return False
            if j == trig.end - 1 or self.sx.is_gerund(doc, j):
                return True
        return False

    def recipient_capitals(self, doc: Doc, mentions: list[Mention]) -> None:
        """Rule places.recipient_capital: an attack on one country with no place, whose
        sentence names after the trigger "the capital" with no name after it
        (``capital_words.tsv``: "ha lanciato contro l'Ucraina 400 droni, colpendo soprattutto
        la capitale"), happens in that country's capital."""
        from eventwire.kb.gazetteer import get_gazetteer

        words = word_set(self.lang, "capital_words.tsv")
        if not words:
            return
        low = tokens(doc).lower
        place_starts = {s.start for s in spans_of(doc, "places")}
        actor_starts = {s.start for s in spans_of(doc, "actors")}
        for m in mentions:
            if m.event_type != "ASSAULT" or m.location is not None or m.args.symmetric:
                continue
            countries = {a.country for a in m.recipient if a.country}
            if len(countries) != 1 or countries & {"IGO", "NGO"}:
                continue
            sent = span_sent(m.trigger)
            k = next(
                (
                    j
                    for j in range(m.trigger.end + 1, sent.end)
                    if low[j] in words and self.sx.cls(low[j - 1]) == "det"
                ),
                None,
            )
            if k is None or not self._struck_by(doc, m.trigger, k - 1):
                continue
            nxt = k + 1
            if nxt < sent.end and (
                nxt in place_starts or nxt in actor_starts or self.sx.cls(low[nxt]) == "prep_of"
            ):
                continue  # "la capitale ucraina", "la capitale del Donbass": named
            capital = get_gazetteer().capital(countries.pop())
            if capital is None:
                continue
            m.location = get_gazetteer().to_place(capital, raw_text=doc[k].text)
            m.why.append(Why("location", "places.recipient_capital", capital.name))

    def private_victims(self, doc: Doc, mentions: list[Mention]) -> None:
        """Rule recipient.private_victim: an attack with no victim, done to a private person
        the text describes but does not name (``victim_noun``: "ha ucciso la moglie",
        "l'omicidio della fidanzata", "averla uccisa"), is done to the people of the country
        it happens in (``_agent_country``; dev conventions: private people get the country
        they act in), when the text names a country (not only by a common noun's default,
        "studenti", nor by one person's nationality, "il marocchino l'ha aggredita"). Rule actor.relative_of_victim: a relative or partner with no "di"
        complement ("picchia compagna", "ha ucciso la moglie") is the doer's own, so an
        attack with no doer was done by a private person of the victim's country; so is one
        whose subject is such a relative right before the verb, past clitics and auxiliaries
        ("il marito l'ha uccisa"). Not two-sided violence, nor a negated act."""
        # the countries the text names: not those the actor stage gave a common noun by default
        # ("studenti" of an Italian article) or read off the context, nor one person's
        # nationality ("il marocchino l'ha aggredita": the victim need not share it)
        counts: Counter = Counter()
        for span in spans_of(doc, "actors"):
            if any(
                w.rule in ("agent.default_country", "country.context", "demonym.one_person")
                for w in ext(span, "actor_why") or []
            ):
                continue
            for a in ext(span, "actors") or []:
                if a.country and a.country not in ("IGO", "NGO", "MNC"):
                    counts[a.country] += 1
        for span in spans_of(doc, "places"):
            place = ext(span, "place")
            if place is not None and place.country:
                counts[place.country] += 1
        tab = tokens(doc)
        low = tab.lower
        table = _victim_nouns(self.lang)
        for m in mentions:
            if (
                m.event_type != "ASSAULT"
                or m.args.symmetric
                or m.factuality.polarity == "negative"
                or (m.recipient and m.actor)
            ):
                continue
            found = self.victim_noun(doc, m)
            if found is None:
                continue
            kind, k = found
            raw = tab.text[k] if k >= 0 else None
            kin_of = self.kin_party_country(doc, kind, k) if kind == "kin" else None
            if kin_of is not None and (
                not m.recipient or any(w.rule == "recipient.victims_from_place" for w in m.why)
            ):
                # "ucciso in Malesia il fratellastro del leader della Corea del Nord": a
                # relative of a party is of that party's country, not the place's people
                m.why = [w for w in m.why if w.rule != "recipient.victims_from_place"]
                m.recipient = [Actor(raw_text=raw, country=kin_of[0], sector="CVL")]
                m.why.append(Why("recipient", "recipient.relative_of_party", kin_of[1]))
            if not m.recipient:
                guess = _agent_country(doc, m, counts)
                if guess is None:
                    continue
                m.recipient = [Actor(raw_text=raw, country=guess, sector="CVL")]
                m.why.append(Why("recipient", "recipient.private_victim", raw or "clitic"))
            if m.actor:
                continue
            victim = {a.country for a in m.recipient if a.country}
            if len(victim) != 1:
                continue
            doer = None
            if kind == "kin" and not (k + 1 < len(doc) and low[k + 1] in table["of"]):
                doer = raw
            else:
                sent = span_sent(m.trigger)
                j = self.attempt_verb_start(doc, m.trigger) - 1
                while j >= sent.start and (
                    self.sx.cls(tab.text[j]) in ("aux", "aux_passive")
                    or low[j] in VICTIM_CLITICS
                    or low[j] == "l'"
                ):
                    j -= 1
                if (
                    j > sent.start
                    and low[j] in table["kin"]
                    and low[j - 1] in table["determiner"]
                    # "la moglie uccisa": a participle right after the noun is said of it
                    and (
                        j < m.trigger.start - 1
                        or not low[m.trigger.start].endswith(PARTICIPLE_ENDINGS)
                    )
                ):
                    doer = tab.text[j]
            if doer is None and kind == "clitic":
                doer = self.opening_kin_subject(doc, m.trigger)
            if doer is None:
                continue
            m.actor = [Actor(raw_text=None, country=next(iter(victim)), sector="CVL")]
            m.why.append(Why("actor", "actor.relative_of_victim", doer))

    def opening_kin_subject(self, doc: Doc, trig: Span) -> str | None:
        """A relative or partner (``victim_nouns.tsv`` kin) opening the sentence after its
        article is the subject of the clause an act with a clitic victim depends on ("Il
        convivente di Vanessa, interrogato a lungo da carabinieri e polizia, ha ammesso di
        averla uccisa"): no clause word, relative, quotation, colon or semicolon, and no
        bare actor mention, between it and the act. Its text, or None."""
        table = _victim_nouns(self.lang)
        tab = tokens(doc)
        low = tab.lower
        sent = span_sent(trig)
        k = sent.start + 1
        if (
            k >= trig.start
            or low[sent.start] not in table["determiner"]
            or low[k] not in table["kin"]
        ):
            return None
        for j in range(k + 1, trig.start):
            if (
                self.sx.cls(low[j]) in ("clause", "complementizer", "relative")
                or low[j] in ("che", "cui")
                or tab.text[j] in QUOTES
                or tab.text[j] in (":", ";", "(", ")")
            ):
                return None
        finder = self.finder
        if any(
            finder._bare(doc, x, sent.start) and not finder._shares_prep(doc, x, sent.start)
            for x in finder.mentions_in(doc, k + 1, trig.start)
        ):
            return None
        return tab.text[k]

    def state_act_object(self, doc: Doc, m: Mention, nouns: frozenset[str]) -> int | None:
        """The token of a law or decree noun (``nouns``) that is the verb's object: past
        determiners, possessives, adverbs and one adjective, within five words."""
        tab = tokens(doc)
        sent = span_sent(m.trigger)
        k, adjectives = m.trigger.end, 0
        while k < sent.end and k - m.trigger.end < 5 and tab.lower[k] not in nouns:
            c = self.sx.cls(tab.text[k])
            if c in ("det", "possessive", "adv") or tab.lower[k].endswith("mente"):
                k += 1
            elif c is None and tab.is_alpha[k] and tab.text[k].islower() and not adjectives:
                adjectives, k = 1, k + 1
            else:
                break
        return k if k < sent.end and tab.lower[k] in nouns else None

    def state_act_owners(self, doc: Doc, mentions: list[Mention]) -> None:
        """Rule recipient.state_act_owner: criticising a law, decree or reform
        (``state_act_nouns.tsv``) that no owner follows ("l'Assemblea del Consiglio d'Europa
        ha criticato la legge", "i sindacati contestano la riforma delle pensioni"; not "la
        legge del governo", "la legge del 1978") is aimed at the government that made it:
        that of the one country the passage names (``_agent_country``). The noun is the
        verb's object (past determiners, possessives, adverbs and one adjective). Verbal
        disapproval only (ACCUSE disapprove), by an actor that is not that government."""
        nouns = _state_act_nouns(self.lang)
        if not nouns:
            return
        tab = tokens(doc)
        counts = _country_counts(doc)
        for m in mentions:
            if (
                m.event_type != "ACCUSE"
                or m.mode != "disapprove"
                or m.recipient
                or not m.actor
                or not m.args.frame.startswith("V")
                or m.factuality.polarity == "negative"
            ):
                continue
            sent = span_sent(m.trigger)
            k = self.state_act_object(doc, m, nouns)
            if k is None:
                continue
            if k + 1 < sent.end and self.sx.cls(tab.text[k + 1]) == "prep_of":
                after = range(k + 2, min(sent.end, k + 4))
                owner = any(a.start in after or a.start == k + 1 for a in spans_of(doc, "actors"))
                if owner or any(tab.text[j].isdigit() for j in after):
                    continue  # "la legge del governo", "la legge del 1978"
            guess = _agent_country(doc, m, counts)
            if guess is None:
                continue
            if any(a.country == guess and a.sector in ("GOV", "LEG") for a in m.actor):
                continue  # the government criticising its own acts: no target
            m.recipient = [Actor(country=guess, sector="GOV")]
            m.why.append(Why("recipient", "recipient.state_act_owner", tab.text[k]))

    def unknown_perpetrators(self, doc: Doc) -> Callable[[Span], bool]:
        """Whether an actor mention is only a noun of ``perpetrator_nouns.tsv`` ("gli
        attentatori", "un kamikaze", "il killer") with no name and no country of its own: an
        attack's unidentified perpetrators, whose country is never guessed from the place or
        the article (dev conventions: "Their country is not inferred from the location"),
        nor kept when the actor stage read it off the context (rule country.context)."""
        starts = {s for s, _e, _c in _perpetrator_nouns(self.lang).match(doc)}
        people = _unidentified_people(self.lang)
        low = tokens(doc).lower
        # (only the words of the list are visited: found in one C-level pass)
        for k in compress(range(len(low)), map(people.__contains__, low)):
            # "a man stabbed", "an unidentified man": a lone person described, not identified
            if k >= 1 and low[k - 1] in ("a", "an", "unidentified"):
                if low[k - 1] != "unidentified" or (k >= 2 and low[k - 2] == "an"):
                    starts.add(k)

        def unknown(span: Span) -> bool:
            guessed = any(w.rule == "country.context" for w in ext(span, "actor_why") or [])
            return (
                any(span.start <= s < span.end for s in starts)
                and bool(ext(span, "actors"))
                and all(
                    a.name is None and (a.country is None or guessed) for a in ext(span, "actors")
                )
            )

        return unknown

    def addressed_parties(self, doc: Doc, mentions: list[Mention]) -> None:
        """ "Richiamando le parti all'autocontrollo, le missioni dell'UE ...", "urged both
        sides to show restraint": a phrase of ``party_anaphors.tsv`` in or right after a
        trigger with no recipient stands for both sides of the latest earlier event between
        two countries (the sentence or the three before); the actor's own country is no
        addressee."""
        longest: dict[int, tuple[int, int, Cue]] = {}
        for h in _party_anaphors(self.lang).match(doc):
            longest.setdefault(h[0], h)  # longest first at each start
        self.allies(
            doc,
            mentions,
            [
                h
                for h in longest.values()
                if h[2].kind == "allies"
                and (doc[h[0]].text[:1].isupper() or doc[h[0]].lower_ != "alleanza")
            ],
        )
        hits = [h for h in longest.values() if h[2].kind == "parties"]
        if not hits:
            return
        index = {s.start: n for n, s in enumerate(doc_sents(doc))}
        ordered = sorted(mentions, key=lambda n: n.trigger.start)
        done = self.parties_as_subject(doc, mentions, hits, index, ordered)
        for m in mentions:
            if not m.actor or id(m) in done:
                continue
            hit = next((h for h in hits if m.trigger.start < h[0] <= m.trigger.end + 2), None)
            if hit is not None and not all(
                self.sx.cls(tokens(doc).text[k]) in ("det", "prep_to")
                for k in range(m.trigger.end, hit[0])
            ):
                hit = None
            here = index[span_sent(m.trigger).start]
            if hit is None:
                # the phrase read farther on as the recipient by group coreference ("ha
                # minacciato di sospendere i negoziati con i due Paesi"): the same sides
                hit = next(
                    (
                        h
                        for h in hits
                        if index.get(span_sent(doc[h[0] : h[1]]).start) == here
                        and any(r.raw_text == doc[h[0] : h[1]].text for r in m.recipient)
                    ),
                    None,
                )
                if hit is None:
                    continue
            mine = {a.country for a in m.actor}
            phrase = doc[hit[0] : hit[1]].text
            named = [r for r in m.recipient if r.raw_text and r.raw_text in phrase]
            # two parties read from the phrase by mention recency stay unless a fight or
            # mediated talks told before name the sides
            keep_named = bool(named) and len({r.country for r in named} - mine - {None}) >= 2
            # the sides of the fights or mediated talks told before, else (unless the
            # phrase named two parties itself) the latest two-sided event nearby
            choice = self._sides_told_before(
                m, ordered, index, mine, between=False, near_fallback=not keep_named
            )
            if choice is None:
                continue
            prev, parties = choice
            gov = any(w in phrase.lower() for w in PARTY_GOVERNMENT_WORDS)
            m.recipient = [
                replace(
                    a,
                    raw_text=phrase,
                    sector="GOV" if gov else None,
                    name=None,
                    title=None,
                    wikidata_id=None,
                )
                for a in ({a.country: a for a in parties}.values())
            ]
            m.why.append(Why("recipient", "recipient.the_parties", prev.trigger.text))

    def _sides_told_before(
        self,
        m: Mention,
        ordered: list[Mention],
        index: dict[int, int],
        mine: set,
        *,
        between: bool = True,
        near_fallback: bool = True,
    ) -> tuple[Mention, list[Actor]] | None:
        """The two sides "le parti" names for ``m``: those of the fights, mediated talks or
        talks "tra X e Y" told within PARTY_FIGHT_SENTENCES (the pair told most often, the
        latest on a tie; talks "tra X e Y" only with ``between``), else (with
        ``near_fallback``) of the latest two-sided event of the sentence or the three before."""
        here = index[span_sent(m.trigger).start]
        window = [
            prev
            for prev in reversed(ordered)
            if prev.trigger.start < m.trigger.start
            and here - index[span_sent(prev.trigger).start] <= PARTY_FIGHT_SENTENCES
            and prev is not m
        ]
        tally: dict[frozenset, list] = {}
        for prev in window:  # latest first
            if (
                prev.event_type in SIDED_TYPES
                or prev.mode == "third-party"
                # talks "tra X e Y" name their two sides too
                or (between and any(w.rule == "argument.between_parties" for w in prev.why))
            ):
                sides = self._two_sides(prev, mine)
                if sides is not None:
                    tally.setdefault(frozenset(a.country for a in sides), []).append((prev, sides))
        if tally:
            return max(tally.values(), key=len)[0]  # max keeps the first (latest) on ties
        if not near_fallback:
            return None
        near = [p for p in window if here - index[span_sent(p.trigger).start] <= 3]
        return next(((p, sd) for p in near if (sd := self._two_sides(p, mine)) is not None), None)

    def parties_as_subject(
        self,
        doc: Doc,
        mentions: list[Mention],
        hits: list,
        index: dict[int, int],
        ordered: list[Mention],
    ) -> set[int]:
        """Rule actor.the_parties: a phrase of ``party_anaphors.tsv`` (kind parties) as the
        subject of an agreement, a meeting, cooperation or a truce with no actor ("Secondo
        il quotidiano, le parti avrebbero già concordato ...", "Lo scorso gennaio le parti
        avevano firmato un accordo"): only the verb group (auxiliaries, adverbs, clitics)
        between the phrase and the trigger, no preposition before the phrase. The parties
        are the two sides the recipient rule (recipient.the_parties) would name; the event
        is symmetric between them. Returns the ids of the mentions given their parties."""
        words = tokens(doc).text
        keys = token_keys(doc, self.lang)
        aspect = _aspect_verbs(self.lang)

        def verb_group(k: int, end: int) -> bool:
            """Token ``k`` belongs to the verb group before the trigger at ``end``: an
            auxiliary, adverb or clitic, or an aspect verb and its preposition ("torneranno
            a riunirsi", ``aspect_verbs.tsv``)."""
            if (
                self.sx.cls(words[k]) in ("aux", "aux_passive", "adv")
                or words[k].lower() in CLITICS
            ):
                return True
            if any(aspect.get(x) == words[k + 1].lower() for x in keys[k][1]) and k + 2 <= end:
                return True
            return any(aspect.get(x) == words[k].lower() for x in keys[k - 1][1])

        done: set[int] = set()
        for m in mentions:
            # "le delegazioni" is itself a mention of no country: no actor either
            if any(a.country for a in m.actor) or m.args.recipient:
                continue  # a recipient read from the context only is replaced
            if m.event_type not in PARTY_SUBJECT_TYPES:
                continue
            sent = span_sent(m.trigger)
            hit = next(
                (
                    h
                    for h in hits
                    if sent.start <= h[0]
                    and h[1] <= m.trigger.start
                    and all(verb_group(k, m.trigger.start) for k in range(h[1], m.trigger.start))
                ),
                None,
            )
            if hit is None or m.trigger.start - hit[1] > 3:
                continue
            before = self.sx.cls(words[hit[0] - 1]) if hit[0] > sent.start else None
            if before is not None and before.startswith("prep"):
                continue  # "con le parti": no subject
            choice = self._sides_told_before(m, ordered, index, set())
            if choice is None:
                continue
            prev, parties = choice
            sides = list({a.country: a for a in parties}.values())
            if len(sides) == 1:
                # a one-country pair ("il governo colombiano e l'Eln hanno firmato ...; le
                # parti torneranno a riunirsi"): its two sides, told apart by sector
                sides = _domestic_sides(prev) or sides
            if len(sides) != 2:
                continue
            phrase = doc[hit[0] : hit[1]].text
            gov = any(w in phrase.lower() for w in PARTY_GOVERNMENT_WORDS)
            # a side that is no state keeps its sector (an armed group); a state's is the
            # phrase's ("le parti": none, "i due governi": GOV)
            m.actor, m.recipient = (
                [
                    replace(
                        a,
                        raw_text=phrase,
                        sector=a.sector
                        if a.sector in ("REB", "OPP", "PTY")
                        else ("GOV" if gov else None),
                        name=None,
                        title=None,
                        wikidata_id=None,
                    )
                ]
                for a in sides
            )
            m.args.symmetric = True
            m.why.append(Why("actor", "actor.the_parties", prev.trigger.text))
            done.add(id(m))
        return done

    @staticmethod
    def _two_sides(prev: Mention, mine: set) -> list[Actor] | None:
        """The two sides of an earlier event, none of them the addressing actor's country:
        actor and recipient, or the actors of a two-sided event with no recipient ("gli
        scontri tra l'esercito thailandese e quello cambogiano"); a one-country pair (a civil
        war) as one party; None when the event has no two sides. A mediation whose actor
        is the mediator ("mediato dal primo ministro X" between two leaders) has the two
        parties it mediates between as its sides."""
        theirs = {a.country for a in prev.recipient}
        if (
            prev.mode == "third-party"
            and len(theirs) == 2
            and None not in theirs
            and not theirs & mine
            and prev.actor
            and not {a.country for a in prev.actor} & theirs
        ):
            return [replace(a) for a in prev.recipient]
        if not prev.recipient and prev.args.symmetric:
            countries = [a.country for a in prev.actor]
            if None in countries or len(set(countries) - mine) < 2 or set(countries) & mine:
                return None
            return [replace(a) for a in prev.actor]
        sides = {a.country for a in prev.actor}, {a.country for a in prev.recipient}
        if None in sides[0] | sides[1] or not sides[0] or not sides[1]:
            return None
        if sides[0] == sides[1] and len(sides[0]) == 1:
            return None if sides[0] & mine else [replace(prev.recipient[0])]
        if sides[0] & sides[1]:
            return None  # a domestic event mixed with others: no two sides
        parties = [replace(a) for a in prev.actor + prev.recipient if a.country not in mine]
        return parties if len({a.country for a in parties}) >= 2 else None

    def allies(self, doc: Doc, mentions: list[Mention], hits: list) -> None:  # noqa: C901
        """Rule recipient.allies: "gli alleati" (``party_anaphors.tsv`` kind ``allies``) right
        after a trigger with an actor and no recipient ("ha chiesto agli alleati di ...") is
        NATO where the article names NATO, else the states that acted together in the
        latest event with a doer (the sentence or the one before) of other countries than
        the actor's ("Stati Uniti e Regno Unito avevano bombardato ... il governo ha chiesto
        agli alleati")."""
        if not hits:
            return
        nato = _nato_named(doc)
        index = {s.start: n for n, s in enumerate(doc_sents(doc))}
        ordered = sorted(mentions, key=lambda n: n.trigger.start)
        words = tokens(doc).text
        for m in mentions:
            if m.recipient or not m.actor:
                continue
            hit = next((h for h in hits if m.trigger.end <= h[0] <= m.trigger.end + 2), None)
            if hit is None or not all(
                self.sx.cls(words[k]) in ("det", "prep_to", "possessive")
                for k in range(m.trigger.end, hit[0])
            ):
                continue
            mine = {a.country for a in m.actor}
            if nato is not None:
                if "IGO" not in mine:
                    m.recipient = [replace(nato, raw_text=doc[hit[0] : hit[1]].text)]
                    m.why.append(Why("recipient", "recipient.allies", "NATO"))
                continue
            here = index[span_sent(m.trigger).start]
            for prev in reversed(ordered):
                if prev.trigger.start >= m.trigger.start:
                    continue
                if here - index[span_sent(prev.trigger).start] > 1:
                    break
                theirs = {a.country for a in prev.actor}
                if not theirs or None in theirs or theirs & mine:
                    continue
                if len(theirs) < 2:
                    break  # one state is no alliance
                m.recipient = [replace(a) for a in prev.actor]
                m.why.append(Why("recipient", "recipient.allies", prev.trigger.text))
                break

    @staticmethod
    def own_government_guesses(mentions: list[Mention]) -> None:
        """Rule recipient.own_government_guess: a named government person of one state
        addressing "il governo" with no owner ("Durante il colloquio Rubio ha chiesto al
        governo di ..."), whose country the actor stage only guessed from the article (rule
        country.context) as the actor's own, addresses the government of the state the same
        person dealt with just before (the sentence or the one before: "Rubio ha incontrato
        il presidente panamense"); with no such act the guess stays (a minister asking his
        own government)."""
        ordered, index = _in_text_order(mentions)
        if not ordered:
            return
        for k, m in enumerate(ordered):
            if m.event_type not in ADDRESSED_TYPES or not m.actor or not m.args.recipient:
                continue
            mine = {a.country for a in m.actor}
            who = {a.name for a in m.actor if a.name}
            if len(mine) != 1 or None in mine or not who:
                continue
            if not all(a.sector == "GOV" for a in m.actor + m.recipient):
                continue
            if not all(a.country in mine for a in m.recipient) or not all(
                any(w.rule == "country.context" for w in ext(sp, "actor_why") or [])
                for sp in m.args.recipient
            ):
                continue
            here = index[span_sent(m.trigger).start]
            for prev in _earlier_within(ordered, k, index, here, 1):
                if prev.factuality.polarity == "negative" or not prev.actor or not prev.recipient:
                    continue
                sides = prev.actor, prev.recipient
                on = [bool(who & {a.name for a in side}) for side in sides]
                if on[0] == on[1]:
                    continue
                other = sides[1] if on[0] else sides[0]
                theirs = {a.country for a in other}
                if len(theirs) != 1 or None in theirs or theirs & mine:
                    continue
                m.recipient = [
                    replace(r, country=other[0].country, name=None, title=None, wikidata_id=None)
                    for r in m.recipient
                ]
                m.why.append(Why("recipient", "recipient.own_government_guess", prev.trigger.text))
                break

    @staticmethod
    def counterpart_from_context(mentions: list[Mention]) -> None:
        """A verbal act (``ADDRESSED_TYPES``) with an actor and no addressee in its sentence
        is aimed at the one the actor dealt with just before: "La procura spagnola ha
        riaperto l'inchiesta contro l'ex ministro italiano. La Spagna ha poi inoltrato una
        richiesta di rogatoria" asks Italy. The latest earlier mention (the sentence or the
        one before) with both sides named and the actor's country on exactly one side (or,
        in a domestic dyad, the actor itself named on one side) gives its other side; none
        when that act was negated, when the side left is the actor itself or a party the
        text does not name (a country read off the article), nor from a recipient this
        rule filled itself."""
        ordered, index = _in_text_order(mentions)
        if not ordered:
            return

        def names(actors: list[Actor]) -> set[str]:
            return {a.raw_text for a in actors if a.raw_text} | {a.name for a in actors if a.name}

        for k, m in enumerate(ordered):
            if m.event_type not in ADDRESSED_TYPES or m.recipient or not m.actor:
                continue
            entry = ext(m.trigger, "trigger")
            if entry is not None and entry.cameo == APOLOGY_CAMEO:
                continue
            mine = {a.country for a in m.actor}
            if None in mine:
                continue
            if _dative_addressee(m.trigger):
                continue  # "ha chiesto agli alleati di": an addressee named, of no country
            here = index[span_sent(m.trigger).start]
            for prev in _earlier_within(ordered, k, index, here, 1):
                if prev.factuality.polarity == "negative" or not prev.actor or not prev.recipient:
                    continue
                if any(w.rule == "recipient.counterpart_from_context" for w in prev.why):
                    continue  # no chains of guesses
                sides = prev.actor, prev.recipient
                countries = [{a.country for a in side} for side in sides]
                if None in countries[0] | countries[1]:
                    continue
                on = [mine <= c for c in countries]
                if on[0] and on[1]:
                    # a domestic dyad: the actor must be named on one side only
                    on = [bool(names(m.actor) & names(side)) for side in sides]
                if on[0] == on[1]:
                    continue  # not a party of that act, or on both sides
                other = sides[1] if on[0] else sides[0]
                other = [a for a in other if not names([a]) & names(m.actor)]
                if not other or not all(a.raw_text for a in other):
                    break
                m.recipient = [replace(a) for a in other]
                m.confidence -= 0.1
                m.why.append(
                    Why("recipient", "recipient.counterpart_from_context", prev.trigger.text)
                )
                break

    @staticmethod
    def retaliation_targets(mentions: list[Mention]) -> None:
        """Rule recipient.retaliation_target: a threat with no one named as threatened, by
        a state the article told acted against before ("l'aviazione indiana ha colpito siti
        in Pakistan ... Sharif ha promesso che il Pakistan risponderà"; "il pacchetto di
        sanzioni dell'Ue contro la Russia ... Zakharova ha avvertito che Mosca risponderà"),
        is aimed at the one who acted against it: the doer of the latest earlier hostile act
        (``RETALIATED_TYPES``, not negated, not a guess of this rule or of the context) done
        to the threatener's country, in the sentence or the RETALIATION_SENTENCES before, the
        doer of another country than the threatener's."""
        ordered, index = _in_text_order(mentions)
        if not ordered:
            return
        for k, m in enumerate(ordered):
            if m.event_type != "THREATEN" or m.recipient or not m.actor:
                continue
            mine = {a.country for a in m.actor}
            if None in mine or mine & {"IGO", "NGO"}:
                continue
            here = index[span_sent(m.trigger).start]
            for prev in _earlier_within(ordered, k, index, here, RETALIATION_SENTENCES):
                if (
                    prev.event_type not in RETALIATED_TYPES
                    or prev.factuality.polarity == "negative"
                    or not prev.actor
                    or any(
                        w.rule
                        in ("recipient.counterpart_from_context", "recipient.retaliation_target")
                        for w in prev.why
                    )
                ):
                    continue
                doers = {a.country for a in prev.actor}
                done_to = {a.country for a in prev.recipient}
                if None in doers or not mine <= done_to or doers & mine:
                    continue
                m.recipient = [replace(a) for a in prev.actor]
                m.confidence -= 0.1
                m.why.append(Why("recipient", "recipient.retaliation_target", prev.trigger.text))
                break

    def warned_in_clause(self, doc: Doc, mentions: list[Mention]) -> None:
        """Rule recipient.warned_in_clause: a warning told by its content ("avvertire * che":
        "Mosca ha avvertito che un ulteriore allargamento dell'Alleanza avrà conseguenze")
        with no one named as warned is aimed at the first party of that clause of another
        country than the warner's (up to the sentence's end or a semicolon)."""
        todo = [
            m
            for m in mentions
            if m.event_type == "THREATEN"
            and not m.recipient
            and m.actor
            and m.entry.pattern.endswith(" che")
        ]
        if not todo:
            return  # (the parties below are listed only for such a warning)
        words = tokens(doc).text
        nato = _nato_named(doc)
        parties: list[tuple[int, str, list[Actor]]] = [
            (sp.start, sp.text, [a for a in ext(sp, "actors") or [] if a.country])
            for sp in spans_of(doc, "actors")
        ]
        if nato is not None:
            # "l'Alleanza" where the article names NATO (party_anaphors.tsv kind allies)
            parties += [
                (s, doc[s:e].text, [nato])
                for s, e, cue in _party_anaphors(self.lang).match(doc)
                if cue.kind == "allies" and doc[s].text[:1].isupper()
            ]
        parties.sort(key=lambda p: p[0])
        for m in todo:
            if m.recipient:
                continue  # (the same mention twice in the list)
            mine = {a.country for a in m.actor}
            sent = span_sent(m.trigger)
            end = next((k for k in range(m.trigger.end, sent.end) if words[k] == ";"), sent.end)
            for start, text, actors in parties:
                if not m.trigger.end <= start < end:
                    continue
                if self.sx.governing_prep(doc, start, m.trigger.end) not in (None, "prep_of"):
                    continue  # "un attacco a Taiwan": the one attacked is not the one warned
                if actors and not {a.country for a in actors} & mine:
                    m.recipient = [replace(a, raw_text=text) for a in actors]
                    m.why.append(Why("recipient", "recipient.warned_in_clause", text))
                    break

    def part_of_day_continuation(self, mentions: list[Mention]) -> None:
        """Rule date.part_of_day_continuation: a time that is only a part of the day ("Nel
        pomeriggio è prevista un'udienza", "in serata") after an event the sentence before
        dates to another day ("arriverà domani a Roma") is that day's: the text goes on
        about it. The timex tagger anchors it on the publication day."""
        parts = _parts_of_day(self.lang)
        if not parts:
            return
        ordered, index = _in_text_order(mentions)
        if not ordered:
            return

        def part_only(t: Time) -> bool:
            words = [w for w in (t.raw_text or "").lower().split() if w not in PART_OF_DAY_SKIP]
            return bool(words) and any(re.fullmatch(p, " ".join(words)) for p in parts)

        for k, m in enumerate(ordered):
            if m.date.granularity != "day" or not part_only(m.date):
                continue
            here = index[span_sent(m.trigger).start]
            for prev in _earlier_within(ordered, k, index, here, 1):
                t = prev.date
                if t.raw_text is None or t.granularity != "day" or part_only(t):
                    continue
                if t.start != m.date.start:
                    m.date = replace(m.date, start=t.start, end=t.end)
                    m.why.append(Why("date", "date.part_of_day_continuation", prev.trigger.text))
                break

    def visitor_of_the_passage(self, doc: Doc, mentions: list[Mention]) -> None:
        """Rule actor.visitor_of_the_passage: a meeting named by a noun with its one party
        after "con" and no other ("Nel pomeriggio è prevista un'udienza privata con il
        papa", "l'incontro con il premier è durato un'ora") is the visitor's, the one who
        arrived (``arrival_cues.tsv``: "è arrivato a Roma") or met someone (a meeting with
        a doer) in the sentence or the one before, the latest of them; only a visitor of
        a country other than the party's."""
        todo = [
            m
            for m in mentions
            if m.event_type == "CONSULT"
            and m.args.frame.startswith("N")
            and not m.actor
            and m.recipient
            and all(a.country for a in m.recipient)
            and any(w.rule == "argument.object.prep_with" for w in m.args.why)
        ]
        if not todo:
            return
        arrivals = [
            (start, end)
            for start, end, cue in _arrival_cues(self.lang).match(doc)
            if cue.kind == "arrival"
        ]
        index = {s.start: n for n, s in enumerate(doc_sents(doc))}
        for m in todo:
            sent = span_sent(m.trigger)
            here = index[sent.start]
            lo = doc_sents(doc)[here - 1].start if here > 0 else sent.start
            theirs = {a.country for a in m.recipient}
            found: list[tuple[int, list[Actor], str]] = []
            for start, end in arrivals:
                if not lo <= start < m.trigger.start:
                    continue
                subj = self.finder.subject(doc, doc[start:end], sent_of(doc, start))
                if subj is not None:
                    found.append((start, _actors_of([subj]), doc[start:end].text))
            for prev in mentions:
                if (
                    prev.event_type == "CONSULT"
                    and prev.actor
                    and lo <= prev.trigger.start < m.trigger.start
                    and prev.factuality.polarity != "negative"
                ):
                    found.append((prev.trigger.start, prev.actor, prev.trigger.text))
            if not found:
                continue
            _, visitor, cue = max(found, key=lambda f: f[0])
            mine = {a.country for a in visitor}
            if None in mine or mine & theirs:
                continue
            m.actor = [replace(a) for a in visitor]
            m.args.symmetric = True
            m.why.append(Why("actor", "actor.visitor_of_the_passage", cue))

    def _verb_object_start(
        self, doc: Doc, m: Mention, found: Callable[[int], bool], start: int | None = None
    ) -> int:
        """Where the judging verb's object noun starts: past determiners, possessives and one
        lower-case adjective after the trigger (or from ``start``; at most four words), or at
        the first word ``found`` accepts."""
        tab = tokens(doc)
        first = m.trigger.end if start is None else start
        k, adjectives = first, 0
        while k < len(doc) and k - first < 4 and not found(k):
            c = self.sx.cls(tab.text[k])
            if c in ("det", "possessive"):
                k += 1
            elif c is None and tab.is_alpha[k] and tab.text[k].islower() and not adjectives:
                adjectives, k = 1, k + 1
            else:
                break
        return k

    def judged_anaphoric_acts(self, doc: Doc, mentions: list[Mention]) -> None:
        """Condemning or praising an act named again by a general noun is aimed at the one
        who did the act reported before: "Tre agenti sono stati uccisi ... Il presidente ha
        condannato il gesto" (``act_anaphors.tsv``), "... ha criticato la decisione", and
        an act noun with no doer of its own ("ha condannato l'attacco" after the attack was
        told). The doer of the latest earlier event of a fitting type, in the sentence or
        the ANAPHOR_SENTENCES before, who is not the judge."""
        table = _act_anaphors(self.lang)
        keys = token_keys(doc, self.lang)
        tab = tokens(doc)
        index = {s.start: n for n, s in enumerate(doc_sents(doc))}
        starts = {n.trigger.start: n for n in mentions}
        ordered = sorted(mentions, key=lambda n: n.trigger.start)
        for m in _unaddressed_judgements(mentions):
            if not m.args.frame.startswith("V"):
                continue

            def named(k: int) -> str | None:
                return next((w for w in (keys[k][0], *keys[k][1]) if w in table), None)

            k = self._verb_object_start(doc, m, lambda k: k in starts or named(k) is not None)
            if k >= len(doc) or k == m.trigger.end:
                continue  # the act noun needs its determiner: "il gesto", "questa decisione"
            act = starts.get(k)
            end = act.trigger.end if act is not None else k + 1
            if end < len(doc) and self.sx.cls(tab.text[end]) in ("prep_of", "prep_by"):
                continue  # "l'uccisione di gente indifesa": a new act, described, not named again
            if act is not None:
                if act.actor or not act.anaphoric or act.event_type in SPEECH_TYPES:
                    continue
                types: frozenset[str] | None = frozenset({act.event_type})
                noun = act.trigger.text
            else:
                word = named(k)
                if word is None:
                    continue
                types, noun = table[word], tab.text[k]
            here = index[span_sent(m.trigger).start]
            judge = {a.raw_text for a in m.actor} | {a.name for a in m.actor if a.name}

            def own(prev: Mention, judge: set = judge) -> bool:
                doers = {a.raw_text for a in prev.actor} | {a.name for a in prev.actor if a.name}
                return bool(doers & judge - {None})  # one's own act

            prev = _latest_doer(ordered, index, here, m.trigger.start, act, types, own)
            if prev is not None:
                m.recipient = [replace(a) for a in prev.actor]
                m.why.append(
                    Why(
                        "recipient",
                        "recipient.judged_act_anaphor",
                        f"{noun} -> {prev.trigger.text}",
                    )
                )

    def judged_act_doers(self, doc: Doc, mentions: list[Mention]) -> None:
        """Condemning or praising an act is aimed at the one who did it: "il governo ha
        condannato l'attacco dei ribelli", "condemned the attack by the rebels", "ha lodato
        l'intervento delle forze francesi". So is banning it: "il governo ha vietato la
        manifestazione dei curdi" restricts the Kurds. The act is the verb's object (only
        determiners, possessives and one adjective between); with no named doer, no
        recipient."""
        starts = {n.trigger.start: n for n in mentions}
        for m in mentions:
            banned = m.event_type == "COERCE" and m.mode in ("ban", "restrict")
            if (
                (m.event_type not in ("ACCUSE", "SUPPORT") and not banned)
                or m.recipient
                or not m.args.frame.startswith("V")
            ):
                continue
            k = self._verb_object_start(doc, m, lambda k: k in starts)
            into = self._investigated_act_prep(doc, m) if k not in starts else None
            if into is not None:
                # "opened an investigation on Friday into the torture of detainees by
                # officers", "a probe into the killing": what is investigated is the act after
                # the preposition, aimed at its doer
                k = self._verb_object_start(doc, m, lambda j: j in starts, start=into + 1)
            act = starts.get(k)
            if act is None or act.event_type in ("ACCUSE", "SUPPORT", "REQUEST"):
                continue
            doers = [s for s in act.args.actor if s not in m.args.actor]
            if doers and act.actor:
                m.recipient = [replace(a) for a in act.actor]
                m.why.append(Why("recipient", "recipient.judged_act_doer", act.trigger.text))

    def _investigated_act_prep(self, doc: Doc, m: Mention) -> int | None:
        """For an investigation, the "into" / "of" word (function-word classes prep_to,
        prep_of) within three words after its trigger, no comma between; else None."""
        if m.mode != "investigate":
            return None
        text = tokens(doc).text
        sent_end = span_sent(m.trigger).end
        for k in range(m.trigger.end, min(sent_end - 1, m.trigger.end + 3)):
            if text[k] in (",", ";", ":"):
                return None
            if self.sx.cls(text[k]) in ("prep_to", "prep_of"):
                return k
        return None

    def judged_passive_acts(self, doc: Doc, mentions: list[Mention]) -> None:
        """An act condemned or praised in the passive: "L'attacco è stato condannato dal
        presidente", "l'aggressione, condannata dal governo, ...". The judge is the verb's
        agent, not the doer of the act noun its subject (that noun took the 'da' agent as its
        own); the judgement is aimed at the act's doer, the doer of the latest earlier event
        of its type (in the sentence or the ANAPHOR_SENTENCES before) who is not the judge,
        as "ha condannato il gesto" (recipient.judged_act_anaphor)."""
        table = _act_anaphors(self.lang)
        keys = token_keys(doc, self.lang)
        tab = tokens(doc)
        index = {s.start: n for n, s in enumerate(doc_sents(doc))}
        ends = {n.trigger.end: n for n in mentions}
        ordered = sorted(mentions, key=lambda n: n.trigger.start)
        for m in _unaddressed_judgements(mentions):
            if not m.args.passive or any(a.sector == "JUD" for a in m.actor):
                continue  # a court's is a sentence
            k = m.trigger.start  # back over the auxiliaries, or the comma of an aside
            while (
                k > 0
                and m.trigger.start - k < 3
                and self.sx.cls(tab.text[k - 1])
                in (
                    "aux",
                    "aux_passive",
                )
            ):
                k -= 1
            if k == m.trigger.start and k > 0 and tab.text[k - 1] == ",":
                k -= 1
            if k == m.trigger.start:
                continue
            act = ends.get(k)
            if act is not None:
                if act.event_type in SPEECH_TYPES:
                    continue
                types: frozenset[str] | None = frozenset({act.event_type})
                noun = act.trigger.text
            else:
                word = next((w for w in (keys[k - 1][0], *keys[k - 1][1]) if w in table), None)
                if word is None:
                    continue
                types, noun = table[word], tab.text[k - 1]
            judge = {s.text for s in m.args.actor}
            if act is not None and act.args.actor:
                if {s.text for s in act.args.actor} - judge:
                    continue  # "l'attacco dei ribelli": its doer named (judged_act_doers)
                act.args.actor, act.actor = [], []  # the judge is no doer of the act
                act.why.append(Why("actor", "actor.judge_is_no_doer", m.trigger.text))
            start = (act.trigger if act is not None else doc[k - 1 : k]).start
            here = index[span_sent(m.trigger).start]
            prev = _latest_doer(
                ordered,
                index,
                here,
                start,
                act,
                types,
                lambda prev, judge=judge: bool({s.text for s in prev.args.actor} & judge),
            )
            if prev is not None:
                m.recipient = [replace(a) for a in prev.actor]
                m.why.append(
                    Why(
                        "recipient",
                        "recipient.judged_passive_act",
                        f"{noun} -> {prev.trigger.text}",
                    )
                )

    def rescues(self, doc: Doc, mentions: list[Mention]) -> None:
        """Police or soldiers freeing captives held by another party rescue them, AID (dev
        README): "la polizia ha liberato gli ostaggi", "i militari hanno liberato una nave
        sequestrata dai pirati" (``rescue_cues.tsv``). The verb's object, within the
        clause, is a captive noun or is followed by a seizure or abduction by someone else;
        the parties named in the object are the recipient. A release from custody ("liberato
        dalle autorità", "il giudice ha liberato l'indagato") stays RETREAT release."""
        verbs, captives = _rescue_cues(self.lang)
        if not verbs:
            return
        keys = token_keys(doc, self.lang)
        tab = tokens(doc)
        starts = {n.trigger.start: n for n in mentions}
        for m in mentions:
            if (
                m.event_type != "RETREAT"
                or m.mode != "release"
                or not m.args.frame.startswith("V")
                or m.args.passive
                or not any(a.sector in RESCUERS for a in m.actor)
                or not {keys[m.trigger.start][0], *keys[m.trigger.start][1]} & verbs
            ):
                continue
            sent_end = span_sent(m.trigger).end
            mine = {s.text for s in m.args.actor}
            held, k = None, m.trigger.end
            while k < min(sent_end, m.trigger.end + 6) and held is None:
                if doc[k].is_punct:
                    break
                other = starts.get(k)
                if (
                    other is not None
                    and other.event_type == "ASSAULT"
                    and other.mode == "abduct"
                    and not mine & {s.text for s in other.args.actor}
                ):
                    held = other.trigger.text
                elif {keys[k][0], *keys[k][1]} & captives:
                    held = tab.text[k]
                k += 1
            if held is None:
                continue
            m.type_override, m.mode, m.cameo_override = "AID", None, "074"
            m.why.append(Why("event_type", "event_type.rescue", f"{m.trigger.text} {held}"))
            if not m.recipient:
                named = [
                    s
                    for s in spans_of(doc, "actors")
                    if m.trigger.end <= s.start and s.end <= k and s.text not in mine
                ]
                if named:
                    m.recipient = _actors_of(named)
                    m.why.append(Why("recipient", "recipient.rescued", named[0].text))

    @staticmethod
    def answer_requests(
        mentions: list[Mention], embedded_types: dict[int, str] | None = None
    ) -> None:
        """A refusal with no named addressee answers the request made just before it (same
        or previous sentence): "un'associazione ne ha chiesto la rimozione al sindaco, che
        ha respinto la proposta"; "Iran asked the UN to lift the sanctions. The UN rejected
        the request". The one who asked is the recipient. Not when the refuser is the one
        who asked, nor when the request named someone else as its addressee. So for
        accusations whose maker the object does not name ("il governo accusa il sindaco di
        ..., ma il sindaco respinge le accuse"): the recipient is the accuser of the
        accusation told just before, when the refuser is not that accuser and, if both are
        known, is of the accused's country (rule recipient.answered_accusation)."""
        if not any(m.event_type == "REJECT" and not m.recipient and m.actor for m in mentions):
            return  # (no refusal to answer: only a refusal's recipient changes below)
        ordered, index = _in_text_order(mentions)
        # sentences with words, for a distance that paragraph breaks do not lengthen
        worded: dict[int, int] = {}
        n_worded = -1
        for sent in doc_sents(ordered[0].trigger.doc):
            n_worded += any(t.is_alpha for t in sent)
            worded[sent.start] = n_worded
        for k, m in enumerate(ordered):
            if m.event_type != "REJECT" or m.recipient or not m.actor:
                continue
            # "rifiutare la domanda di asilo": a request right after the verb is its own object,
            # addressed to the one who made it ("ha respinto ogni richiesta della NATO")
            nxt = ordered[k + 1] if k + 1 < len(ordered) else None
            if (
                nxt is not None
                and nxt.event_type == "REQUEST"
                and 0 <= nxt.trigger.start - m.trigger.end <= 2
            ):
                mine = {s.text for s in m.args.actor}
                if nxt.actor and not mine & {s.text for s in nxt.args.actor}:
                    m.recipient = [replace(a) for a in nxt.actor]
                    m.why.append(
                        Why("recipient", "argument.rejected_request_maker", nxt.trigger.text)
                    )
                continue
            here = index[span_sent(m.trigger).start]
            wanted = (
                "ACCUSE" if (embedded_types or {}).get(m.trigger.start) == "ACCUSE" else "REQUEST"
            )
            if wanted == "REQUEST" and _rejects_an_offer(m.trigger):
                wanted = "AGREE"  # "ha respinto l'offerta": the offer told just before
            for req in reversed(ordered[:k]):
                # accusations are answered a little later too ("Kurti ha accusato la
                # Serbia ... [the attack told] ... Vučić ha respinto le accuse")
                if here - index[span_sent(req.trigger).start] > 1 and (
                    wanted != "ACCUSE"
                    or worded[span_sent(m.trigger).start] - worded[span_sent(req.trigger).start] > 2
                ):
                    break
                if wanted == "ACCUSE" and req.event_type != wanted:
                    accusers = _allegation_source(m, req)
                    if accusers:
                        m.recipient = accusers
                        m.why.append(
                            Why("recipient", "recipient.allegation_source", req.trigger.text)
                        )
                        break
                if req.event_type != wanted or not req.actor:
                    continue
                if wanted == "ACCUSE":
                    mine = {s.text for s in m.args.actor}
                    if mine & {s.text for s in req.args.actor}:
                        break  # the accuser itself: no answer to anyone
                    accused = {a.country for a in req.recipient if a.country}
                    if {a.country for a in m.actor if a.country} - accused and accused:
                        if here - index[span_sent(req.trigger).start] > 1:
                            continue  # a later one: the answered one may be before it
                        break  # someone else's accusation
                    m.recipient = [replace(a) for a in req.actor]
                    m.why.append(
                        Why("recipient", "recipient.answered_accusation", req.trigger.text)
                    )
                    break
                mine = {s.text for s in m.args.actor}
                if mine & {s.text for s in req.args.actor}:
                    break  # the requester itself declines
                if (
                    mine
                    and req.args.recipient
                    and not mine & {s.text for s in req.args.recipient}
                    and not {a.country for a in m.actor} & {a.country for a in req.recipient}
                ):
                    break  # asked of someone else
                m.recipient = [replace(a) for a in req.actor]
                m.why.append(Why("recipient", "recipient.answered_request", req.trigger.text))
                break

    @staticmethod
    def roles_on_event_date(mentions: list[Mention]) -> None:
        """A person the KB knows, named bare, holds the office of the event's date when the
        text dates the event ("Nel 2003 George W. Bush ha attaccato l'Iraq": President, GOV,
        though out of office on the article's date)."""
        for m in mentions:
            d = m.date
            if d.raw_text is None or d.granularity not in ("day", "month", "year", "range"):
                continue
            spans = {s.text: s for s in m.args.spans if ext(s, "actors")}
            for side in (m.actor, m.recipient):
                for k, a in enumerate(side):
                    span = spans.get(a.raw_text or "")
                    info = (ext(span, "actor_info") or {}) if span is not None else {}
                    if not a.name or info.get("kind") != "name" or span is None:
                        continue
                    if len(info.get("entries") or ()) != 1:
                        continue  # a person the KB does not know keeps what the text gave
                    if span.doc._.published and span.doc._.published[:4] == (d.start or "")[:4]:
                        continue  # the article's own year: its date already holds
                    new = _role_within(span, d.start or "", d.end or d.start or "")
                    if (new.country, new.sector, new.title) != (a.country, a.sector, a.title):
                        side[k] = replace(
                            a, country=new.country, sector=new.sector, title=new.title
                        )
                        m.why.append(
                            Why(
                                "actor", "kb.role_on_event_date", f"{a.name}: {new.title} {d.start}"
                            )
                        )

    def adopt_embedded_recipients(
        self,
        mentions: list[Mention],
        embedded: dict[int, Arguments],
        embedded_types: dict[int, str] | None = None,
    ) -> None:
        """A speech act with no addressee takes the recipient of the act it is about:
        "threatened to break relations with Russia", "promised to continue military aid to
        Mozambique", "minacciano di chiedere lo stato di calamità alla Regione". A refusal
        of a request or an offer is addressed to the one who made it: "il tribunale ha
        respinto la richiesta della difesa", "rejected the proposal by the opposition"; so is
        a rejection of accusations or of an ultimatum ("ha respinto le accuse della Francia")."""
        for m in mentions:
            inner = embedded.get(m.trigger.start)
            if m.recipient or inner is None or m.event_type not in EMBEDDING_TYPES:
                continue
            doers = [s for s in inner.actor if s not in m.args.actor]
            inner_type = (embedded_types or {}).get(m.trigger.start)
            if m.event_type == "REJECT" and inner_type in (
                "REQUEST",
                "AGREE",
                "ACCUSE",
                "THREATEN",
            ):
                if m.actor and doers:
                    m.recipient = _actors_of(doers, "GOV")
                    m.why.append(Why("recipient", "argument.rejected_request_maker", doers[0].text))
                continue
            if (
                m.event_type == "REQUEST"
                and m.actor
                and doers
                and any(w.rule == "argument.noun_complement" for w in inner.why)
            ):
                # "chiedono le dimissioni del ministro", "demanded the withdrawal of Russian
                # troops", "chiede la sospensione da parte del Vaticano delle relazioni": the
                # one who is to act is the one asked
                m.recipient = _actors_of(doers, "GOV")
                m.why.append(Why("recipient", "argument.demanded_act_doer", doers[0].text))
                continue
            if (
                m.event_type == "REQUEST"
                and inner_type != "REQUEST"
                and not self._main_clause_party(m.trigger, inner.recipient)
            ):
                # "ha chiesto sanzioni contro la Svezia", "called for an embargo against X":
                # the request goes to whoever is asked to act, never to the requested act's
                # target; with no addressee it has no recipient (docs/conventions.md). A
                # request restated as a call on someone ("called for a target, calling on
                # the EU to ...") goes to that addressee, below
                if any(s not in m.args.actor for s in inner.recipient):
                    m.why.append(
                        Why("recipient", "argument.requested_act_target", inner.recipient[0].text)
                    )
                continue
            spans = [s for s in inner.recipient if s not in m.args.actor]
            if spans:
                m.recipient = _actors_of(spans, "GOV")
                m.why.append(Why("recipient", "argument.embedded_act_recipient", spans[0].text))

    def _main_clause_party(self, trig: Span, spans: list[Span]) -> bool:
        """Whether a finite auxiliary stands between a request noun and the party found for
        its requested act: that party belongs to the main clause ("a request for the
        extradition of X was sent to Zimbabwe"), it is the request's addressee."""
        words = tokens(trig.doc).text
        return any(
            self.sx.is_finite_auxiliary(words[k])
            for s in spans
            if s.start > trig.end
            for k in range(trig.end, s.start)
        )

    def resisted_pressure(self, doc: Doc, mentions: list[Mention]) -> None:
        """Rule argument.resisted_pressure: a refusal with no recipient ("declined to resign
        despite growing pressure from the opposition") is addressed to the party that a
        "by/from" phrase names right after a noun of pressure (``pressure_nouns.tsv``) later
        in its sentence, with no hard boundary between."""
        nouns = _pressure_nouns(doc.lang_)
        if not nouns:
            return
        tab = tokens(doc)
        for m in mentions:
            if m.event_type != "REJECT" or m.recipient:
                continue
            sent = span_sent(m.trigger)
            for k in range(m.trigger.end, sent.end):
                if self.sx.is_hard_boundary(doc, k):
                    break
                if tab.lower[k] not in nouns:
                    continue
                party = next(
                    (
                        p
                        for p in self.finder.mentions_in(doc, k + 1, min(sent.end, k + 8))
                        if self.sx.governing_prep(doc, p.start, k + 1) in ("prep_by", "prep_from")
                        and p not in m.args.actor
                    ),
                    None,
                )
                if party is not None:
                    m.recipient = _actors_of([party], "GOV")
                    m.why.append(Why("recipient", "argument.resisted_pressure", party.text))
                break

    def conceded_under_pressure(self, doc: Doc, mentions: list[Mention]) -> None:
        """Rule recipient.conceded_under_pressure: a concession (CONCEDE) is made to the party that a "from/by/of" phrase names
        right after a noun of pressure (``pressure_nouns.tsv``: "Under pressure from
        Washington, Pakistan eased restrictions", "lifted the ban, meeting a key demand of
        the opposition") in its sentence, before or after the trigger, with no
        hard boundary between the noun and the trigger. It fills an empty recipient or one
        the text did not name (implied), never the actor's own mention."""
        nouns = _pressure_nouns(doc.lang_)
        if not nouns:
            return
        tab = tokens(doc)
        for m in mentions:
            if m.event_type != "CONCEDE" or not m.actor or m.args.symmetric:
                continue
            if any(a.raw_text for a in m.recipient):
                continue
            sent = span_sent(m.trigger)
            for k in range(sent.start, sent.end):
                if tab.lower[k] not in nouns or m.trigger.start <= k < m.trigger.end:
                    continue
                lo, hi = (k, m.trigger.start) if k < m.trigger.start else (m.trigger.end, k)
                if any(self.sx.is_hard_boundary(doc, x) for x in range(lo, hi)):
                    continue
                party = next(
                    (
                        p
                        for p in self.finder.mentions_in(doc, k + 1, min(sent.end, k + 6))
                        if self.sx.governing_prep(doc, p.start, k + 1)
                        in ("prep_by", "prep_from", "prep_of")
                        and p not in m.args.actor
                    ),
                    None,
                )
                if party is None:
                    continue
                got = _actors_of([party], "GOV")
                if {a.country for a in got} & {a.country for a in m.actor} and not any(
                    a.sector != b.sector for a in got for b in m.actor
                ):
                    continue
                m.recipient = got
                m.why.append(Why("recipient", "recipient.conceded_under_pressure", party.text))
                break

    def refine_by_factuality(self, doc: Doc, mentions: list[Mention], hits) -> None:  # noqa: ANN001
        """Types that follow from factuality.

        - a refused agreement, concession or retreat ("will not accept more refugees",
          "declined to resign") is a REJECT, when the text names who refused;
        - a future act made conditional on the other side ("will withdraw its force
          unless ...", "a meno che ...") is an ultimatum: THREATEN.
        """
        for m in mentions:
            if (
                m.factuality.polarity == "negative"
                and m.event_type == "AID"
                and m.actor
                # aid cut from someone named ("non finanzieranno più la guerra": no one)
                and m.recipient
                and not m.args.frame.startswith("N")
                and self.no_longer(doc, m)
            ):
                # "la Polonia non invierà più armi all'Ucraina": aid that will no longer be
                # given is cut (PLOVER SANCTION discontinue, CAMEO 162/1622), not a negated aid
                m.why.append(Why("event_type", "event_type.aid_stopped", m.trigger.text))
                m.type_override, m.mode = "SANCTION", "discontinue"
                m.cameo_override = "1622" if "military" in m.contexts else "162"
                m.factuality = replace(m.factuality, polarity="positive")
                continue
            if (
                m.factuality.polarity == "negative"
                and m.actor
                and (
                    m.event_type in REFUSABLE
                    # "Ankara non ratificherà l'ingresso di Stoccolma": a support its side
                    # declares it will not give is refused (not "non ha firmato": not done)
                    or (
                        (m.event_type, m.entry.cameo) in REFUSABLE_IN_FUTURE
                        and m.factuality.time == "future"
                        and m.factuality.certainty == "certain"
                        and not m.args.frame.startswith("N")
                    )
                )
            ):
                # (with no one named as the doer, nobody refused: "non è stato trovato un
                # accordo" stays a negated agreement)
                m.why.append(Why("event_type", "event_type.refusal", m.event_type))
                m.type_override, m.mode, m.cameo_override = "REJECT", "change", "124"
                m.factuality = replace(m.factuality, polarity="positive", time="non_future")
                continue
            if (
                m.factuality.polarity == "negative"
                and m.event_type in REFUSED_ACTS
                and (cue := self.refusal(doc, m, hits)) is not None
            ):
                # "declined to meet with his counterpart", "will not attend the summit": the
                # meeting did not happen because one side refused it (PLOVER REJECT meet)
                m.why.append(Why("event_type", "event_type.refused_act", cue))
                m.mode, cameo = REFUSED_ACTS[m.event_type]
                m.type_override, m.cameo_override = "REJECT", cameo
                m.factuality = replace(m.factuality, polarity="positive", time="non_future")
                continue
            if m.factuality.time == "future" and m.event_type not in NOT_COMMITMENTS:
                sent = span_sent(m.trigger)
                if hits.within("ultimatum", m.trigger.end, sent.end):
                    m.why.append(Why("event_type", "event_type.ultimatum", m.event_type))
                    m.mode = THREAT_MODES.get(
                        (m.event_type, m.mode), THREAT_MODES.get(m.event_type)
                    )
                    m.type_override, m.cameo_override = "THREATEN", "130"
                    m.factuality = replace(m.factuality, time="non_future", certainty="certain")

    def no_longer(self, doc: Doc, m: Mention) -> bool:
        """A cessation adverb (``cessation_adverbs.tsv``: "più") right after the trigger's
        verb, or after its auxiliary before the participle ("non ha più fornito"), in a
        negated clause: "no longer"."""
        words, comparative = _cessation_adverbs(self.lang)
        k = m.trigger.start
        low = tokens(doc).lower
        for j in (k + 1, k - 1):
            if 0 <= j < len(doc) and low[j] in words:
                return not (j + 1 < len(doc) and low[j + 1] in comparative)
        return False

    def refusal(self, doc: Doc, m: Mention, hits) -> str | None:  # noqa: ANN001
        """The ``refusal`` cue ("declined to", "refuse to", "will not") right before a verb
        trigger (at most REFUSAL_GAP words between, no hard boundary), else None. Nouns are
        left alone: "the talks will not resume" states no one's refusal."""
        if m.args.frame.startswith("N"):
            return None
        trig = m.trigger
        sent = span_sent(trig)
        for _s, e, _pat, src in hits.within("refusal", sent.start, trig.start):
            if trig.start - e <= REFUSAL_GAP and not any(
                self.sx.is_hard_boundary(doc, k) for k in range(e, trig.start)
            ):
                return src
        return None

    def commitments(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A future act announced by its own side is also a commitment (PLOVER AGREE), and
        a future coercive act so announced is a threat (PLOVER THREATEN).

        "Finland will give Tanzania a grant, the ministry said" reports an intent: the
        record of the act keeps its own type with ``time: future``, and an AGREE record
        states the commitment. "assicurando che i colpevoli verranno presto catturati":
        the arrests have not happened; the record becomes the THREATEN that was made.
        The verbal act itself is present (``time: non_future``). Only for reported speech
        (a reporting verb in the sentence) whose cited sources, if any, are on the actor's
        side.
        """
        report_sents = {
            sent_of(doc, s).start
            for s, _e, cue in cue_index(self.lang, "attribution_cues.tsv").match(doc)
            # a vow or promise ("vowed to kill", en commit_verb) is the subject's own statement
            if cue.kind in ("report_verb", "commit_verb")
        }
        out = []
        for m in mentions:
            f = m.factuality
            if (
                m.event_type in NOT_COMMITMENTS
                or (m.event_type, m.mode) in NOT_COMMITMENT_MODES
                or not m.actor
                or f.time != "future"
                or f.polarity != "positive"
                or f.certainty not in ("certain", "probable")
                or span_sent(m.trigger).start not in report_sents
            ):
                continue
            sides = {a.country for a in m.actor if a.country}
            if any(a.country not in sides for a in m.attribution):
                continue
            if m.event_type in THREAT_TYPES or (m.event_type, m.mode) in THREAT_MODES:
                protest = m.event_type == "PROTEST"
                m.why.append(Why("event_type", "event_type.announced_coercion", m.event_type))
                m.mode = THREAT_MODES.get((m.event_type, m.mode), THREAT_MODES.get(m.event_type))
                m.type_override, m.cameo_override = "THREATEN", "130"
                m.factuality = replace(m.factuality, time="non_future")
                rules = {w.rule for w in m.why}
                if m.attribution and "actor.implied_state_agent" in rules:
                    # the state agency was implied by the act; the threat is the speaker's
                    m.actor, m.attribution = list(m.attribution), []
                    m.why.append(Why("actor", "actor.announcer", m.actor[0].raw_text))
                implied, sector = _implied_recipient(m)
                if "recipient.implied_people" in rules and not implied:
                    m.recipient = []  # "i colpevoli ... verranno catturati": unknown
                elif protest and implied and not m.recipient and len(sides) == 1:
                    # an announced blockade was a protest when the coercions' recipients were
                    # implied ("farmers said they would blockade the roads"): the threat is
                    # aimed at the people of the threatener's country, as a coercion's
                    (country,) = sides
                    m.recipient = [Actor(country=country, sector=sector)]
                    m.why.append(Why("recipient", "recipient.implied_people", country))
                continue
            c = replace(
                m,
                type_override="AGREE",
                mode=None,
                cameo_override="030",
                contexts=list(m.contexts),
                why=list(m.why),
                confidence=m.confidence - 0.1,
                factuality=replace(m.factuality, time="non_future"),
            )
            c.why.append(Why("event_type", "event_type.commitment_to_future_act", m.event_type))
            out.append(c)
        return out

    def separate_meetings(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A meeting "separatamente/separately" with two or more parties is one meeting with
        each ("il Papa incontrerà separatamente Biden e Milei"): one CONSULT per recipient
        (``separate_meeting_words.tsv``), the word looked for after the trigger up to the
        end of its clause (a comma, a semicolon or the sentence's end)."""
        words = word_set(self.lang, "separate_meeting_words.tsv")
        if not words:
            return mentions
        tab = tokens(doc)
        out: list[Mention] = []
        for m in mentions:
            if m.event_type != "CONSULT" or len(m.recipient) < 2:
                out.append(m)
                continue
            sent = sent_of(doc, m.trigger.start)
            hit = None
            for k in range(m.trigger.end, min(sent.end, m.trigger.end + 15)):
                if tab.text[k] == "," and k + 1 < sent.end and tab.lower[k + 1] in words:
                    hit = tab.text[k + 1]  # "ha incontrato Macron e Scholz, separatamente,"
                    break
                if tab.text[k] in (",", ";", ".", ":"):
                    break
                if tab.lower[k] in words:
                    hit = tab.text[k]
                    break
            if hit is None:
                out.append(m)
                continue
            for r in m.recipient:
                c = replace(
                    m,
                    recipient=[r],
                    mode=None if m.mode == "multilateral" else m.mode,
                    why=list(m.why),
                )
                c.why.append(Why("recipient", "event.separate_meetings", hit))
                out.append(c)
        return out

    @staticmethod
    def meeting_modes(mentions: list[Mention]) -> None:
        """The PLOVER mode of a meeting no word settled. Guests meeting their host in the
        host's country (named by the text, not read off the place) are a visit ("the Chinese
        premier met the Thai prime minister in Bangkok", "Blinken and Lammy met Zelensky in
        Kyiv"); else three or more countries meeting are multilateral ("the defence ministers
        of Russia, Kazakhstan and Kyrgyzstan met")."""
        for m in mentions:
            if (
                m.event_type == "CONSULT"
                and m.mode == "multilateral"
                and len(m.actor) == 1
                and len(m.recipient) == 1
                and len(
                    sides := {a.country for a in m.actor + m.recipient if a.country}
                    - {"IGO", "NGO"}
                )
                == 2
                and all(a.country not in (None, "IGO", "NGO") for a in m.actor + m.recipient)
            ):
                # "il vertice tra Trump e Putin": a summit word's mode, but two states meeting
                # is no multilateral meeting (PLOVER: three or more parties)
                m.mode = None
                m.why.append(Why("mode", "mode.two_party_summit", ",".join(sorted(sides))))
            if m.event_type != "CONSULT" or m.mode is not None:
                continue
            acts = {a.country for a in m.actor if a.country}
            recs = {a.country for a in m.recipient if a.country}
            sides = acts | recs
            loc = m.location.country if m.location is not None else None
            placed = (
                len(sides) >= 2
                and loc in sides
                and m.located_where_it_happens
                and "(travel)" not in (m.location_rule or "")
                and _country_named(m, loc)
            )
            host_apart = (recs == {loc} and loc not in acts) or (acts == {loc} and loc not in recs)
            if placed and (host_apart or len(sides) == 2):
                m.mode = "visit"
                m.why.append(Why("mode", "mode.visit_by_place", m.location.name))
            elif len(sides) >= 3:
                m.mode = "multilateral"
                m.why.append(Why("mode", "mode.multilateral_meeting", ",".join(sorted(sides))))

    @staticmethod
    def refine_types(mentions: list[Mention]) -> None:
        """Apply ``type_refinements.tsv``: the type some words get from who acts."""
        for m in mentions:
            for r in _refinements_of_type().get(m.event_type, ()):
                if r.applies(m):
                    m.why.append(
                        Why(
                            "event_type",
                            "event_type.actor_refinement",
                            f"{r.source} {m.event_type}->{r.new_type}",
                        )
                    )
                    m.type_override = r.new_type
                    m.mode = (
                        None if r.new_mode == "-" else (m.mode if r.new_mode == "=" else r.new_mode)
                    )
                    m.cameo_override = r.cameo or None
                    break

    def withdrawn_from_nouns(self, doc: Doc, mentions: list[Mention]) -> None:
        """Rule recipient.withdrawn_from_noun: a withdrawal told by a noun with no recipient
        ("Rwanda's withdrawal of its troops from eastern Congo") is done to the party of
        another country after its "from" word (function-word class prep_from; determiners
        and one lower-case word between), within eight words in its sentence, as the verb's
        "withdrew its tanks from Gaza" (argument.withdrawn_from)."""
        text = tokens(doc).text
        for m in mentions:
            if m.event_type != "RETREAT" or m.mode != "withdraw" or m.recipient or not m.actor:
                continue
            if not m.args.frame.startswith("N"):
                continue
            sent = span_sent(m.trigger)
            own = {a.country for a in m.actor}
            for span in _actor_spans_from(doc, m.trigger.end, sent.end, 8):
                k, words = span.start - 1, 0
                while k > m.trigger.end and (
                    self.sx.cls(text[k]) in ("det", "compass")
                    or (self.sx.cls(text[k]) is None and text[k].isalpha() and text[k].islower())
                ):
                    words += self.sx.cls(text[k]) != "det"
                    k -= 1
                if self.sx.cls(text[k]) != "prep_from" or words > 1:
                    continue
                _take_foreign_recipient(m, span, own, "recipient.withdrawn_from_noun")
                break

    def places_left(self, doc: Doc, mentions: list[Mention]) -> None:
        """Rule recipient.place_left: a leaving verb of ``departure_verbs.tsv`` ("le truppe
        francesi avevano lasciato il Mali", "i caccia hanno lasciato ieri la base di
        N'Djamena") with no recipient leaves the party of another country named as its bare
        object: determiners, a date or adverb and one lower-case noun with its "di" between
        (the place's kind: "la base di"), within six words. Whether the departure is a
        withdrawal at all is decided later (event.departure_not_withdrawal)."""
        verbs, _missions = departure_table(self.lang)
        text = tokens(doc).text
        dated = {k for x in spans_of(doc, "timex") for k in range(x.start, x.end)}
        for m in mentions:
            if m.entry.pattern not in verbs or m.recipient or not m.actor or m.args.passive:
                continue
            sent = span_sent(m.trigger)
            own = {a.country for a in m.actor}
            for span in _actor_spans_from(doc, m.trigger.end, sent.end, 6):
                nouns, ok = 0, True
                for k in range(m.trigger.end, span.start):
                    c = self.sx.cls(text[k])
                    if k in dated or c in ("det", "adv", "prep_of"):
                        continue
                    if c is None and text[k].isalpha() and text[k].islower() and not nouns:
                        nouns += 1
                        continue
                    ok = False
                    break
                if ok:
                    _take_foreign_recipient(m, span, own, "recipient.place_left")
                break

    def admitted_parties(self, doc: Doc, mentions: list[Mention]) -> None:
        """Rule recipient.admitted_party: access granted (RETREAT access: "Iraq allowed U.N.
        weapons inspectors back into a presidential palace", "let United Nations inspectors
        in") is granted to the party of the people let in, when their owner is named inside
        the trigger's words ("U.N." before "inspectors"), not to the place they go to nor to
        another party of the sentence. The owner must be another country or an international
        body than the actor."""
        for m in mentions:
            if m.event_type != "RETREAT" or m.mode != "access" or not m.actor:
                continue
            if m.trigger.end - m.trigger.start < 3:
                continue
            own = {a.country for a in m.actor}
            for span in sorted(spans_of(doc, "actors"), key=lambda s: s.start):
                if not (m.trigger.start < span.start and span.end <= m.trigger.end):
                    continue
                if not ext(span, "actors"):
                    continue
                _take_foreign_recipient(m, span, own, "recipient.admitted_party")
                break

    def people_handed_over(self, doc: Doc, mentions: list[Mention]) -> None:
        """Rule event_type.people_handed_over: a verb of handing over (``handover_verbs.tsv``)
        whose AID or COOPERATE reading took people as its recipient ("handed over to Yemen 12
        suspected al-Qaeda members", "two ETA members were handed over to Spain by French
        authorities": the bare object, or the passive subject) is COOPERATE done to the party
        after "to" (function-word class prep_to), the one they go to. Goods handed over stay
        AID; with no "to" party the reading is left as it is."""
        verbs = word_set(self.lang, "handover_verbs.tsv")
        if not verbs:
            return
        text = tokens(doc).text
        for m in mentions:
            if m.event_type not in ("AID", "COOPERATE") or not m.args.recipient:
                continue
            if any(s.label_ == "GPE" for s in m.args.recipient):
                continue  # "Manbij ... to be handed over to Turkish forces": a place, no people
            if " ".join(t.lower_ for t in m.trigger[:2]) not in verbs:
                continue
            sent = span_sent(m.trigger)
            receiver = None
            for span in _actor_spans_from(doc, m.trigger.start + 1, sent.end):
                k = span.start - 1
                while k > m.trigger.start and self.sx.cls(text[k]) == "det":
                    k -= 1
                if self.sx.cls(text[k]) == "prep_to" and k >= m.trigger.start + 1:
                    receiver = span
                    break
                if span.start - m.trigger.end > 8:
                    break
            if receiver is None or any(
                s.start == receiver.start and s.end == receiver.end for s in m.args.recipient
            ):
                continue
            m.recipient = _actors_of([receiver])
            m.args.recipient = [receiver]
            if m.event_type == "AID":
                m.type_override, m.mode, m.cameo_override = "COOPERATE", None, "063"
            m.why.append(Why("recipient", "event_type.people_handed_over", receiver.text))

    def mediator_compounds(self, doc: Doc, mentions: list[Mention]) -> None:
        """Rule recipient.mediator_compound: a party named right before a hyphen and a word
        of mediating (``mediation_words.tsv``: "a Norwegian-brokered ceasefire agreement",
        "a U.N.-mediated truce") brokered the act; it is not the party the act is done to,
        and is dropped from the recipients (the parties that agreed stay the actors)."""
        words = _mediation_stems(self.lang)
        if not words:
            return
        lower = tokens(doc).lower
        n = len(doc)
        for m in mentions:
            if not m.args.recipient:
                continue
            keep = [
                s
                for s in m.args.recipient
                if not (
                    s.end + 1 < n
                    and lower[s.end] == "-"
                    and any(lower[s.end + 1].startswith(w) for w in words)
                )
            ]
            if len(keep) == len(m.args.recipient):
                continue
            dropped = [s.text for s in m.args.recipient if s not in keep]
            m.args.recipient = keep
            m.recipient = _actors_of(keep)
            m.why.append(Why("recipient", "recipient.mediator_compound", ", ".join(dropped)))

    def refused_transfers(self, doc: Doc, mentions: list[Mention]) -> None:
        """Rule recipient.refused_transfer: a refusal (REJECT) whose infinitive, within
        six words after the trigger, is a verb of handing over (``handover_verbs.tsv``) or
        of letting in (``admit_verbs.tsv``) is made to the party that would have gained
        the refused act: the one after "to" (function-word class prep_to) within eight
        words after a handing-over verb ("refused to hand over bin Laden to the United
        States", "refused to hand over documents to a Spanish judge"), the bare object of
        a verb of letting in ("refused on Sunday to allow U.N. weapons inspectors into
        presidential palaces": not the places, nor the people handed over). That party
        must have a country other than the actor's own."""
        handover = word_set(self.lang, "handover_verbs.tsv")
        admit = word_set(self.lang, "admit_verbs.tsv")
        if not handover and not admit:
            return
        tab = tokens(doc)
        text, lower = tab.text, tab.lower
        for m in mentions:
            if m.event_type != "REJECT" or not m.actor:
                continue
            sent = span_sent(m.trigger)
            stop = min(sent.end - 1, m.trigger.end + 6)
            to = next(
                (
                    k
                    # the trigger may end with its "to" ("declined to")
                    for k in range(m.trigger.end - 1, stop)
                    if lower[k] == "to" and self.sx.cls(text[k]) == "prep_to"
                ),
                None,
            )
            if to is None:
                continue
            pair = " ".join(lower[to + 1 : min(to + 3, sent.end)])
            kind = "handover" if pair in handover else "admit" if lower[to + 1] in admit else None
            if kind is None:
                continue
            verb_end = to + (3 if kind == "handover" else 2)
            own = {a.country for a in m.actor}
            for span in _actor_spans_from(doc, verb_end, sent.end, 8):
                k = span.start - 1
                while k >= verb_end and self.sx.cls(text[k]) == "det":
                    k -= 1
                if kind == "admit":
                    if k >= verb_end:
                        break  # not the bare object right after the verb
                elif not (k >= verb_end and self.sx.cls(text[k]) == "prep_to"):
                    continue
                before = list(m.recipient)
                _take_foreign_recipient(m, span, own, "recipient.refused_transfer")
                if m.recipient != before:
                    m.args.recipient = [span]
                break

    def refused_acts(self, doc: Doc, mentions: list[Mention]) -> None:
        """Rule recipient.refused_act (English): a refusal (REJECT) with no recipient whose
        pattern ends with "to" ("declined to", "refused to" with at most one word between)
        is made to the recipients of the act its infinitive names, a mention whose trigger
        opens on the verb right after "to": "declined to recognise the results of Peru's
        run-off" (Peru), "refused to lift sanctions on Iraq" (Iraq). Not when those
        recipients are the refusal's own actors, nor for an agreement or retreat, which
        becomes a REJECT of its own. A refused meeting, aid or cooperation ("declined to meet
        his counterpart", negated by the refusal cue) becomes the REJECT of its kind: the bare
        refusal before it restates that act and is dropped."""
        if self.lang != "en":
            return
        tab = tokens(doc)
        lower = tab.lower
        by_start: dict[int, list[Mention]] = {}
        for m in mentions:
            by_start.setdefault(m.trigger.start, []).append(m)
        restated: list[Mention] = []
        for m in mentions:
            if m.event_type != "REJECT" or not m.actor or m.recipient:
                continue
            end = m.trigger.end
            if lower[end - 1] == "to":
                verb = end
            else:
                to = next(
                    (k for k in range(end, end + 2) if k < len(lower) and lower[k] == "to"), None
                )
                if to is None:
                    continue
                verb = to + 1
            refused = next(
                (
                    o
                    for o in by_start.get(verb, ())
                    if o.event_type in REFUSED_ACTS
                    and o.factuality.polarity == "negative"
                    and o.recipient
                ),
                None,
            )
            if refused is not None:
                # "declined to meet his counterpart": the refused meeting (or aid) becomes the
                # REJECT of its kind (refine_by_factuality); the bare refusal restates it
                restated.append(m)
                continue
            act = next((o for o in by_start.get(verb, ()) if o is not m and o.recipient), None)
            if act is None or act.event_type in REFUSABLE:
                # a refused agreement or retreat becomes a REJECT of its own
                continue
            own = {(a.country, a.sector) for a in m.actor}
            if all((a.country, a.sector) in own for a in act.recipient):
                continue
            m.recipient = list(act.recipient)
            m.args.recipient = list(act.args.recipient)
            m.why.append(Why("recipient", "recipient.refused_act", act.trigger.text))
        if restated:
            mentions[:] = [m for m in mentions if all(m is not r for r in restated)]

    def exchanges(self, doc: Doc, exch: list[Span], mentions: list[Mention]) -> list[Mention]:
        """ "in cambio di X" / "in exchange for X": the reverse transfer of the clause's AID."""
        out = []
        for trig in exch:
            base = None
            for m in mentions:
                if (
                    span_sent(m.trigger).start == span_sent(trig).start
                    and m.trigger.start < trig.start
                    and m.event_type == ext(trig, "trigger").event_type
                ):
                    base = m
            if base is None or not base.actor or not base.recipient:
                continue
            out.append(
                Mention(
                    trigger=trig,
                    entry=ext(trig, "trigger"),
                    args=Arguments(frame="XCHG"),
                    actor=list(base.recipient),
                    recipient=list(base.actor),
                    factuality=replace(base.factuality),
                    date=base.date,
                    location=base.location,
                    attribution=list(base.attribution),
                    mode=base.mode,
                    contexts=self.contexts(
                        trig, ext(trig, "trigger"), _context_cues(self.lang).match(doc)
                    ),
                    why=list(ext(trig, "trigger_why") or [])
                    + [Why("argument", "argument.exchange_reverse", base.trigger.text)],
                    confidence=base.confidence - 0.1,
                )
            )
        return out

    def merge(self, mentions: list[Mention]) -> list[Mention]:
        """Merge later mentions of one event into the first (one event per real event).

        A mention is compared with the earlier kept mentions of its type and polarity, the
        nearest MERGE_LOOKBACK of them: linear time on pathological texts (thousands of
        events of one type), the same result on any article with fewer.
        """
        kept: list[Mention] = []
        buckets: dict[tuple[str, str], list[Mention]] = {}
        for m in sorted(mentions, key=lambda m: m.trigger.start):
            target, rule = None, None
            bucket = buckets.setdefault((m.event_type, m.factuality.polarity), [])
            earlier = list(reversed(bucket[-MERGE_LOOKBACK:]))
            if m.anaphoric and m.mode is None:
                # "i colloqui", "l'incontro" with no mode of their own restate the nearest
                # meeting held in person before a phone call between them ("si incontreranno
                # a Istanbul ... al termine di una telefonata ... i colloqui potrebbero
                # proseguire"); a call alone is still restated ("il colloquio è durato")
                earlier = [k for k in earlier if k.mode != "phone"] + [
                    k for k in earlier if k.mode == "phone"
                ]
            for k in earlier:
                rule = self._same_event(k, m)
                if rule:
                    target = k
                    break
            if target is None:
                kept.append(m)
                bucket.append(m)
                continue
            target.merged += 1
            if target.location is None and m.location is not None:
                target.location = m.location
            if (
                target.date.granularity == "unknown"
                and target.date.raw_text is None
                and m.date.granularity != "unknown"
            ):
                target.date = m.date
            if (
                not target.attribution
                and m.attribution
                # the article tells the act outright; a later hedged mention's source
                # ("secondo il ministero, i raid avrebbero ucciso") vouches for a detail
                and not (target.factuality.certainty == "certain" != m.factuality.certainty)
            ):
                target.attribution = m.attribution
            if target.mode is None and m.mode:
                target.mode = m.mode
            for c in m.contexts:
                if c not in target.contexts:
                    target.contexts.append(c)
            if rule == "merge.headline":
                target.actor, target.recipient = m.actor, m.recipient
            if not target.actor and m.actor or _better_named(target.actor, m.actor):
                target.actor = m.actor
            if not target.recipient and m.recipient or _better_named(target.recipient, m.recipient):
                target.recipient = m.recipient
            target.confidence = min(0.95, target.confidence + 0.05)
            target.why.append(
                Why("merge", rule or "merge.same_event", f"{m.trigger.text}@{m.trigger.start_char}")
            )
            if (
                rule in ("merge.completes_parties", "merge.hurt_by_clause")
                and span_sent(m.trigger).start == span_sent(target.trigger).start
            ):
                # the evidence reaches the other mention's words in the sentence
                target.extra_spans.append(m.trigger)
        return kept

    @staticmethod
    def _same_event(a: Mention, b: Mention) -> str | None:
        """The merge rule by which ``b`` is a later mention of ``a``'s event, or None."""
        if a.event_type != b.event_type or a.factuality.polarity != b.factuality.polarity:
            return None
        if a.empty:
            return None
        if b.empty or (b.anaphoric and not b.args.actor and not b.args.recipient):
            # an anaphoric mention with no parties named in the text ("l'incontro", "the
            # talks", "le città interessate dalle proteste"): parties the rules filled in
            # from places or context do not make it another event
            if b.anaphoric and (a.mode == b.mode or b.mode is None) and not _dated_apart(a, b):
                return "merge.same_event"
            return None
        if a.factuality.time != b.factuality.time and not _tenseless(b):
            return None
        pa, pb = a.parties(), b.parties()
        # a verb of open mode right before the noun of a specific one names one act
        # ("impose a naval blockade", "mobilized army reservists")
        object_of_open = (
            a.mode is None
            and 0 <= b.trigger.start - a.trigger.end <= MODE_OBJECT_GAP
            and not any(t.is_punct for t in b.trigger.doc[a.trigger.end : b.trigger.start])
        )
        same = (a.mode == b.mode or b.mode is None or object_of_open) and (
            pa == pb or (b.anaphoric and _covers(a, b))
        )
        if same and (_named_apart(a, b) or _distinct_doers(a, b)):
            return None
        rule = "merge.same_event" if same else None
        if rule is None and _visit_and_its_meeting(a, b):
            rule = "merge.visit_meeting"
        if rule is None and _completes_nearby(a, b):
            rule = "merge.completes_parties"
        if rule is None and _hurt_by_clause(a, b):
            rule = "merge.hurt_by_clause"
        if rule is None and _in_headline(a) and (a.mode == b.mode or None in (a.mode, b.mode)):
            # the headline names fewer parties than the body ("Putin e Kim si incontrano":
            # Kim unresolved; "Putin ha incontrato Kim Jong-un")
            sides_a = {x.country for x in a.actor + a.recipient if x.country}
            sides_b = {x.country for x in b.actor + b.recipient if x.country}
            if sides_a and sides_a < sides_b:
                rule = "merge.headline"
        if rule is None:
            return None
        # two verbs in different sentences are two acts unless stated on the same date
        # ("fu arrestato nel 1998 ... Oggi è stato arrestato"); nouns and anaphora restate
        same_sentence = span_sent(a.trigger).start == span_sent(b.trigger).start
        both_verbs = not a.args.frame.startswith("N") and not b.args.frame.startswith("N")
        if (
            both_verbs
            and not same_sentence
            and not b.anaphoric
            and not _in_headline(a)
            and (a.date.granularity == "unknown" or b.date.granularity == "unknown")
        ):
            return None
        if _dated_apart(a, b):
            return None
        return rule

    def evidence(self, doc: Doc, m: Mention) -> Evidence:
        """The sentence, clipped after the last word that states the event.

        Trailing material about something else ("... a Pyongyang in occasione del 70°
        anniversario della firma dell'armistizio del 1953") is left out, so that the evidence
        is the event's own statement; a short tail (closing punctuation, a few words) stays.
        """
        sent = span_sent(m.trigger)
        trig = m.trigger
        last = trig.end
        for sp in m.args.spans:
            if span_sent(sp).start == sent.start:
                last = max(last, sp.end)
        for sp in m.extra_spans:
            if sp.start >= sent.start and sp.end <= sent.end:
                last = max(last, sp.end)
        stop = sent.end
        while stop > last and doc[stop - 1].is_space:
            stop -= 1  # the blank line closing a paragraph is no part of the statement
        end = stop if stop - last <= 4 else last
        tab = tokens(doc)
        # doc[sent.start : end].text and offsets (the trigger is in it: never empty)
        return Evidence(
            text=tab.span_text(sent.start, end),
            start=tab.idx[sent.start],
            end=tab.end[end - 1],
            trigger=TextSpan(tab.span_text(trig.start, trig.end), trig.start_char, trig.end_char),
        )

    def record(self, doc: Doc, m: Mention) -> EventRecord:
        return EventRecord(
            event_type=m.event_type,
            mode=m.mode,
            contexts=m.contexts,
            cameo=m.cameo_override or m.entry.cameo,
            actor=m.actor,
            recipient=m.recipient,
            symmetric=m.args.symmetric,
            location=m.location,
            date=m.date,
            factuality=m.factuality,
            attribution=m.attribution,
            evidence=self.evidence(doc, m),
            confidence=max(0.05, min(0.95, m.confidence)),
            why=m.why,
        )


def _dated_apart(a: Mention, b: Mention) -> bool:
    """Both mentions have a date and the dates do not overlap ("aveva ricevuto il 27
    aprile ... la visita di domani"): two acts."""
    da, db = a.date, b.date
    if da.granularity == "unknown" or db.granularity == "unknown":
        return False
    return (
        _iso_cmp(da.end or da.start or "", db.start or "") < 0
        or _iso_cmp(db.end or db.start or "", da.start or "") < 0
    )


@Language.factory("eventwire_events")
def make_event_builder(nlp: Language, name: str) -> EventBuilder:
    return EventBuilder(nlp, name)
