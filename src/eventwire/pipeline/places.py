"""Toponyms: find places in the text, geocode them to GeoNames, and locate events.

The component ``eventwire_places`` (after ``eventwire_actors``) writes
``doc.spans["places"]``: one span per toponym, ``span._.place`` a :class:`Place`,
``span._.why`` the name and ranking decisions, ``span._.info`` the cue before the toponym,
the ranked candidates and the reason for the choice. Toponyms found but judged not to be
places are listed with the reason in ``doc.user_data["places_rejected"]``.

1. **Find**: a dictionary lookup over token n-grams that start with a capital letter
   (:mod:`eventwire.kb.gazetteer` keys, plus ``lang/<lang>/place_names.tsv``).
2. **Read the context** of each toponym right to left with ``lang/<lang>/place_cues.tsv``
   ("a", "nel nord dell'", "the streets of", "tribunale di"), link qualifiers
   ("Long Beach, CA", "Mombasa (Kenya)", "Baton Rouge in Louisiana") and lists.
3. **Drop non-places**: toponyms inside person, organisation and media names ("New York
   Times"), in a longer capitalized name ("Casa Bianca", "George Floyd"), demonyms,
   ``non_places.txt`` words, sentence-initial common words, small places with no cue.
4. **Rank** candidates by name quality, population, kind (country, capital, region), the
   preposition (Italian "a Gibuti" is the city), qualifiers, and agreement with the
   countries and regions of the article's other places, actors and demonyms.

:func:`locate_event` picks, among the places of a trigger's sentence, the one attached to
the trigger by a locative cue; :func:`places_mentioned` lists the article's places.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire.kb.gazetteer import (
    ADMIN1,
    CITY,
    COMUNE,
    COUNTRY,
    LANDMARKS_SOURCE,
    Gazetteer,
    GazPlace,
    NameHit,
    distance_km,
    get_gazetteer,
    name_fold,
    name_key,
    normalize_name,
)
from eventwire.pipeline import extensions  # noqa: F401
from eventwire.pipeline.extensions import doc_text, ext, sent_of, spans_of
from eventwire.pipeline.lexicon import function_words, read_table, split_pattern
from eventwire.pipeline.tokens import Tokens, sentences, tokens
from eventwire.records import Place, Why

RULE_VERSION = "places.v1"
MAX_NGRAM = 7
#: Cue kinds that place an event at the toponym (with their base strength).
LOCATIVE = {
    "in": 1.0,
    "near": 1.0,
    "a": 1.0,
    "part": 0.9,
    "region": 0.9,
    "seat": 0.5,
    "label": 0.8,  # a headline's label: "Torino, tabaccaio ucciso"
}
#: Kinds of actor mention whose words are not toponyms ("New York Times", "Vladimir Putin").
NAME_LABELS = frozenset({"PER", "ORG", "MEDIA"})
#: A city this small (and not a capital or regional seat) needs a cue to count as a place.
SMALL_CITY = 100_000
#: Ranking weights: name quality, log10 population, kind priors, context and qualifiers.
W_NAME = 1.2
W_POPULATION = 0.7
W_COUNTRY = 0.5
W_CAPITAL = 0.5
W_ADMIN1 = 0.2
W_SEAT = 0.1
W_REGION_WORD = 1.0
W_SAME_NAME_CITY = 1.0
W_A_COUNTRY = 0.6
W_CONTEXT = 0.5
W_CONTEXT_WEAK = 0.25
W_QUALIFIER = 2.0
#: Cues that make a small place (a municipality, a city under SMALL_CITY) count as a place.
SMALL_PLACE_CUES = frozenset(
    {"a", "in", "near", "part", "region", "seat", "between", "dateline", "label"}
)
#: The kinds of ``place_cues.tsv`` (described in its header).
CUE_KINDS = frozenset(
    "a in near to bound from between of where filler part region seat break and street".split()
)
#: Event types whose city argument is where they happen ("Tripoli è stata conquistata").
PLACE_PATIENT_TYPES = frozenset({"ASSAULT", "COERCE"})
#: Verbal acts: a place well after the trigger is in what is said, not where it is said.
VERBAL_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "SUPPORT", "CONCEDE"})
NEAR_VERBAL = 6
#: A place this many tokens away, past another event's trigger, belongs to that event.
FAR_BEYOND_TRIGGER = 12
#: Event types for which "to/verso" names the place of the event (a visit, a deployment).
TRAVEL_TYPES = frozenset({"CONSULT", "MOBILIZE"})


# -- language data -------------------------------------------------------------------------
@dataclass(frozen=True)
class PlaceLexicon:
    """A language's place cues, non-place words and demonyms (``lang/<lang>/``)."""

    lang: str
    cues: dict[tuple[str, ...], tuple[str, str]]  # words -> (kind, source)
    max_cue: int
    non_places: frozenset[str]
    demonyms: dict[str, str]  # as written -> ISO3
    function_words: frozenset[str]
    #: part words that name a district of a city ("quartiere", "arrondissement") -> the
    #: one country that has such districts ("" for any): the third column of place_cues.tsv
    districts: dict[tuple[str, ...], str] = field(default_factory=dict)
    #: names of several words are written in title case (``actors_grammar.tsv``, role
    #: ``names``: "title"): an n-gram ending with a lower-case content word is no name
    #: ("the northern Spanish town of Sallent" is not Jamaica's Spanish Town)
    title_names: bool = False
    #: a cue's last word -> the lengths of the cues ending with it, longest first (most
    #: tokens end no cue: the place finders ask for every token of the text)
    lengths_by_last: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        by_last: dict[str, set[int]] = {}
        for words in self.cues:
            if words:
                by_last.setdefault(words[-1], set()).add(len(words))
        object.__setattr__(
            self,
            "lengths_by_last",
            {w: tuple(sorted(ns, reverse=True)) for w, ns in by_last.items()},
        )

    def cue_ending_at(self, lows: list[str], j: int, lo: int) -> tuple[str, int, str] | None:
        """The longest cue whose last word is token ``j`` (not before ``lo``): kind, length, words."""
        room = j - lo + 1
        if not 0 <= j < len(lows):  # (a short slice past the end: read as before)
            lengths: Any = range(min(self.max_cue, room), 0, -1)
        else:
            lengths = self.lengths_by_last.get(lows[j])
            if lengths is None:
                return None
        for n in lengths:
            if n <= room:
                words = tuple(lows[j - n + 1 : j + 1])
                hit = self.cues.get(words)
                if hit:
                    return hit[0], n, " ".join(words)
        return None


def _cue_words(lang: str, pattern: str) -> tuple[str, ...]:
    """A cue's words as the tokenizer splits them; an elided word ("dell'") stays whole."""
    words: list[str] = []
    for raw in pattern.lower().split():
        if raw.endswith(("'", "’")):
            words.append(raw.replace("’", "'"))
        else:
            words.extend(w for w, _ in split_pattern(lang, raw))
    return tuple(words)


@functools.cache
def place_lexicon(lang: str) -> PlaceLexicon:
    """The place lexicons of ``lang`` (loaded once)."""
    cues: dict[tuple[str, ...], tuple[str, str]] = {}
    districts: dict[tuple[str, ...], str] = {}
    for line, cols in read_table(lang, "place_cues.tsv"):
        if len(cols) < 2:
            raise ValueError(f"lang/{lang}/place_cues.tsv:{line}: expected cue<TAB>kind")
        if cols[1] not in CUE_KINDS:
            raise ValueError(
                f"lang/{lang}/place_cues.tsv:{line}: unknown kind {cols[1]!r} "
                f"(one of {', '.join(sorted(CUE_KINDS))})"
            )
        words = _cue_words(lang, cols[0])
        cues.setdefault(words, (cols[1], f"lang/{lang}/place_cues.tsv:{line}"))
        flag = cols[2].split() if len(cols) > 2 else []
        if flag and (flag[0] != "district" or cols[1] != "part" or len(flag) > 2):
            raise ValueError(
                f"lang/{lang}/place_cues.tsv:{line}: the third column is 'district [ISO3]', "
                "for a part word"
            )
        if flag:
            districts[words] = flag[1] if len(flag) > 1 else ""
    non_places = frozenset(
        normalize_name(cols[0]) for _, cols in read_table(lang, "non_places.txt") if cols[0]
    )
    demonyms = {cols[0]: cols[1] for _, cols in read_table(lang, "demonyms.tsv") if len(cols) > 1}
    return PlaceLexicon(
        lang=lang,
        cues=cues,
        max_cue=max((len(k) for k in cues), default=1),
        non_places=non_places,
        demonyms=demonyms,
        function_words=frozenset(function_words(lang)),
        districts=districts,
        title_names=any(
            cols[0] == "names" and "title" in cols[1].split("|")
            for _, cols in read_table(lang, "actors_grammar.tsv")
            if len(cols) > 1
        ),
    )


# -- mentions ------------------------------------------------------------------------------
def _organisation_spans(doc: Doc) -> set[tuple[int, int]]:
    """(start, end) of the actor stage's ORG mentions whose every actor has a sector: an
    organisation with a role ("Hamas" REB), not an entry named after its place."""
    if "actors" not in doc.spans:
        return set()
    return {
        (s.start, s.end)
        for s in spans_of(doc, "actors")
        if s.label_ == "ORG"
        and (actors := ext(s, "actors") or [])
        and all(a.sector for a in actors)
    }


@dataclass
class Candidate:
    """A ranked reading of a toponym."""

    hit: NameHit
    score: float
    reasons: list[str]

    def to_dict(self) -> dict[str, Any]:
        p = self.hit.place
        return {
            "geonameid": p.geonameid,
            "key": p.key,
            "name": p.name,
            "kind": p.kind,
            "feature": p.feature,
            "country": p.cc3 or None,
            "population": p.population,
            "score": round(self.score, 3),
            "name_kind": self.hit.name_kind,
            "source": self.hit.source,
            "reasons": list(self.reasons),
        }


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    key: str
    hits: list[NameHit]
    sent_start: int
    sent_end: int
    cue: str | None = None
    cue_words: str = ""
    part: str | None = None  # kind of the part/region/seat word seen ("part", "region", "seat")
    part_words: str = ""
    qualifies: int | None = None  # index of the mention this one qualifies ("CA" -> Long Beach)
    qualified_by: list[int] = field(default_factory=list)
    list_of: int | None = None
    in_parens: bool = False
    where_after: bool = False
    of_name: bool = False  # "di/of" right after a capitalized word ("Luigi di Maio")
    demonym: tuple[str, str] | None = None  # (ISO3, word) beside it ("Kurdistan iracheno")
    reject: str | None = None
    ranked: list[Candidate] = field(default_factory=list)

    @property
    def best(self) -> Candidate | None:
        return self.ranked[0] if self.ranked else None


def _is_cap(text: str) -> bool:
    return bool(text) and text[0].isupper()


def _is_word(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


@functools.lru_cache(maxsize=1 << 16)
def _may_start(text: str) -> bool:
    """Whether a token may start a toponym: a capital, or an elided article ("L'Aquila")."""
    return _is_cap(text) or text.lower().replace("’", "'") == "l'"


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Sentence (start, end) per token; the whole doc when no sentence boundaries are set."""
    sents = sentences(doc)
    return [sents.bounds[k] for k in sents.of]


def alternate_name_of_a_person(
    lang: str, text: str, hits: Sequence[Any] | None = None
) -> str | None:
    """Why ``text``, one word that only a GeoNames alternate name makes a place, is no
    place ("Parisi", an alternate name of Paris and an Italian surname: the actor KB's
    ``person_name_or_word``), or None. ``hits``: its gazetteer hits, when already known."""
    from eventwire.kb.actors import get_kb

    if " " in text.strip():
        return None
    if hits is None:
        hits = get_gazetteer().lookup(text, lang)
    if not hits or any(h.name_kind != "alt" for h in hits):
        return None
    return get_kb(lang).person_name_or_word(text)


def _title_case(doc: Doc, start: int, end: int) -> bool:
    """Whether a sentence is a headline in Title Case (capitals tell nothing there)."""
    tab = tokens(doc)
    words = [tab.text[k] for k in range(start, end) if tab.is_alpha[k] and len(tab.text[k]) > 3]
    if len(words) < 3:
        return False
    return sum(_is_cap(w) for w in words) / len(words) > 0.6


class PlaceMentions:
    """Finds toponyms and writes ``doc.spans["places"]`` (see extensions.py)."""

    def __init__(self, nlp: Language, name: str = "eventwire_places") -> None:
        self.name = name
        self.lang: str = nlp.lang or "en"

    @property
    def gazetteer(self) -> Gazetteer:
        return get_gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        gaz = self.gazetteer
        lex = place_lexicon(self.lang)
        bounds = _sentence_bounds(doc)
        lows = [t.replace("’", "'") for t in tokens(doc).lower]
        mentions = self._find(doc, gaz, bounds, lows, lex)
        for m in mentions:
            self._read_cue(doc, m, lex, lows)
        self._link(doc, mentions, gaz, lex, lows)
        self._filter(doc, mentions, lex, lows)
        context = _Context.build(doc, mentions, lex)
        for m in mentions:
            if m.reject is None:
                self._rank(m, mentions, context)
        self._accept(mentions, context, doc)
        kept = [m for m in mentions if m.reject is None and m.best is not None]
        streets = self._streets(doc, kept, lex, lows, bounds)
        spans = [self._span(doc, gaz, m, mentions) for m in kept]
        spans += [self._span(doc, gaz, m, streets) for m in streets]
        spans.sort(key=lambda sp: sp.start)
        doc.spans["places"] = spans
        doc.user_data["places_rejected"] = [
            {
                "text": m.text,
                "start": doc[m.start].idx,
                "end": doc[m.end - 1].idx + len(doc[m.end - 1].text),
                "reason": m.reject,
            }
            for m in mentions
            if m.reject is not None
        ]
        return doc

    # -- 1. find -----------------------------------------------------------------------
    def _find(
        self,
        doc: Doc,
        gaz: Gazetteer,
        bounds: list[tuple[int, int]],
        lows: list[str],
        lex: PlaceLexicon | None = None,
    ) -> list[_Mention]:
        """Longest gazetteer names over n-grams that start with a capital (or "L'")."""
        out: list[_Mention] = []
        n = len(doc)
        tab = tokens(doc)
        text, words, idx, ends, space, ws = (
            tab.doc_text,
            tab.text,
            tab.idx,
            tab.end,
            tab.is_space,
            tab.ws,
        )
        nxt = 0  # where the next n-gram may start (after a name found)
        # only a capitalised word or an elided article can start one
        for i in compress(range(n), map(_may_start, words)):
            if i < nxt:
                continue
            word = words[i]
            elided = lows[i] == "l'" and i + 1 < n and _is_cap(words[i + 1])
            if not (_is_cap(word) and _is_word(word)) and not elided:
                continue
            s0, s1 = bounds[i]
            found = None
            begin = idx[i]
            top = min(n, i + MAX_NGRAM, s1)
            # the folds of the n-grams from i (normalize_name of their text, built token by
            # token; see name_fold)
            cat = name_fold(words[i])
            keys = [name_key(cat)]
            for k in range(i + 1, top):
                if not gaz.has_key(keys[-1], self.lang) and not gaz.may_grow(keys[-1], self.lang):
                    break  # no name starts so: no longer n-gram is a name
                cat = f"{cat} {name_fold(words[k])}" if ws[k - 1] else cat + name_fold(words[k])
                keys.append(name_key(cat))
            for j in range(i + len(keys), i, -1):
                last = words[j - 1]
                if space[j - 1] or "\n" in text[begin : idx[j - 1]]:
                    continue
                if not _is_word(last) and not last.endswith("."):
                    continue
                if (
                    lex is not None
                    and lex.title_names
                    and j - i > 1
                    and last.isalpha()
                    and last.islower()
                    and last not in lex.function_words
                ):
                    continue  # "Spanish town", "Long island": a lower-case last word
                key = keys[j - i - 1]
                if gaz.has_key(key, self.lang):
                    hits = gaz.lookup_key(key, self.lang)
                    if hits:
                        found = (j, key, hits)
                        break
            if found is None and "-" in word and not elided:
                found = _hyphenated(gaz, self.lang, word, i)
            if found is None:
                continue
            j, key, hits = found
            span_text = text[begin : ends[j - 1]]
            out.append(_Mention(i, j, span_text, key, hits, s0, s1))
            nxt = j
        return out

    # -- 2. context words --------------------------------------------------------------
    def _read_cue(self, doc: Doc, m: _Mention, lex: PlaceLexicon, lows: list[str]) -> None:
        """Read right to left: [prep] [filler]* [part [adj]{0,2} of] [filler]* TOPONYM."""
        lo = m.sent_start
        j = m.start - 1
        # a demonym right after in lower case ("Kurdistan iracheno") or capitalized right
        # before ("Iraqi Kurdistan") qualifies the toponym
        tab = tokens(doc)
        toks = tab.text
        word_after = toks[m.end] if m.end < m.sent_end else ""
        word_before = toks[m.start - 1] if m.start > lo else ""
        if word_after.islower() and word_after in lex.demonyms:
            m.demonym = (lex.demonyms[word_after], word_after)
        elif _is_cap(word_before) and word_before in lex.demonyms:
            m.demonym = (lex.demonyms[word_before], word_before)

        def skip_fillers(k: int) -> int:
            while k >= lo:
                c = lex.cue_ending_at(lows, k, lo)
                if not c or c[0] != "filler":
                    break
                k -= c[1]
            return k

        # inside parentheses?
        depth = 0
        for k in range(m.start - 1, lo - 1, -1):
            t = toks[k]
            if t == ")":
                depth += 1
            elif t == "(":
                if depth == 0:
                    m.in_parens = True
                    break
                depth -= 1
        j = skip_fillers(j)
        c = lex.cue_ending_at(lows, j, lo) if j >= lo else None
        if c and c[0] == "street":
            m.cue, m.cue_words = "street", c[2]
            if any(h.source.startswith(LANDMARKS_SOURCE) for h in m.hits):
                # "in piazza Tienanmen": the landmark is where the cue before the street
                # word says
                m.cue, m.cue_words = self._locative_before(lex, lows, j - c[1] + 1, c, lo) or (
                    m.cue,
                    m.cue_words,
                )
            return
        if c and c[0] == "of":
            k = j - c[1]
            of_words = c[2]
            found = None
            for _ in range(3):
                if k < lo:
                    break
                ck = lex.cue_ending_at(lows, k, lo)
                if ck and ck[0] in ("part", "region", "seat", "street"):
                    # "la principale piazza del Cairo": a square of the place is a part of it
                    found = (("part", *ck[1:]) if ck[0] == "street" else ck, k)
                    break
                if tab.is_alpha[k] and toks[k].islower() and not ck:
                    k -= 1
                    continue
                break
            if found is None:
                m.cue, m.cue_words = "of", of_words
                before = j - c[1]
                m.of_name = (
                    before >= lo
                    and before != _first_word(doc, lo, m.sent_end)
                    and (_name_word(toks[before]))
                )
                return
            (kind, length, words), k = found
            m.part, m.part_words = kind, words
            j = skip_fillers(k - length)
            c = lex.cue_ending_at(lows, j, lo) if j >= lo else None
        elif c and c[0] in ("part", "region"):
            m.part, m.part_words = c[0], c[2]
            j = skip_fillers(j - c[1])
            c = lex.cue_ending_at(lows, j, lo) if j >= lo else None
        if c and c[0] in ("a", "in", "near", "to", "bound", "from", "between", "where"):
            m.cue, m.cue_words = c[0], c[2]
            if m.part == "region" and c[0] in ("a", "in"):
                m.cue = "in"
        elif m.part:
            m.cue = m.part
            m.cue_words = m.part_words
        elif _dateline(doc, m):
            m.cue, m.cue_words = "dateline", ""
        elif _headline_label(doc, m, lex, lows):
            m.cue, m.cue_words = "label", ""
        # a relative "dove/where" right after the toponym
        k = m.end
        if k < m.sent_end and toks[k] == ",":
            k += 1
        if k < m.sent_end and _cue_starting_at(lex, lows, k, m.sent_end) == "where":
            m.where_after = True

    def _link(
        self,
        doc: Doc,
        mentions: list[_Mention],
        gaz: Gazetteer,
        lex: PlaceLexicon,
        lows: list[str],
    ) -> None:
        """Qualifiers ("X, Y", "X (Y)", "X in Y", "X di Y" with Y containing X) and lists."""
        # "Long Beach, CA": a first-level region code after a place and a comma
        starts = {m.start for m in mentions}
        for m in list(mentions):
            k = m.end
            if k + 1 >= m.sent_end or doc[k].text != "," or k + 1 in starts:
                continue
            code = doc[k + 1].text.rstrip(".")
            if len(code) != 2 or not code.isupper():
                continue
            regions = {
                h.place.admin1_code: gaz.by_admin1[h.place.admin1_code]
                for h in m.hits
                if h.place.admin1_code == f"{h.place.cc2}.{code}"
                and h.place.admin1_code in gaz.by_admin1
            }
            if regions:
                hits = [
                    NameHit(r, "code", 0.9, f"geonames: admin1 code {r.admin1_code}", True)
                    for r in regions.values()
                ]
                q = _Mention(k + 1, k + 2, doc[k + 1].text, code.lower(), hits, *_bounds(m))
                q.cue, q.cue_words = m.cue, m.cue_words
                mentions.append(q)
        mentions.sort(key=lambda x: x.start)
        conj = _conjunctions(lex)
        for idx in range(1, len(mentions)):
            prev, m = mentions[idx - 1], mentions[idx]
            if prev.sent_start != m.sent_start:
                continue
            gap = tokens(doc).text[prev.end : m.start] if m.start > prev.end else []
            gap_low = [w.lower() for w in gap]
            contained = _contains_any(gaz, m.hits, prev.hits)
            qualifier = False
            if gap in ([","], ["("]) and contained:
                qualifier = True
            elif len(gap) == 1 and m.cue in ("in", "of"):
                qualifier = contained or (m.cue == "of" and _same_country(m.hits, prev.hits))
            if qualifier:
                m.qualifies = idx - 1
                prev.qualified_by.append(idx)
                continue
            if all(h.container_only for h in m.hits):
                continue
            if m.cue is None and gap_low and (gap_low[-1] == "," or gap_low[-1] in conj):
                inner = gap_low[:-1]
                if not inner or (inner[0] == "(" and inner[-1] == ")"):
                    m.list_of = prev.list_of if prev.list_of is not None else idx - 1
                    head = mentions[m.list_of]
                    m.cue, m.cue_words = head.cue, head.cue_words

    # -- 3. non-places -----------------------------------------------------------------
    def _filter(
        self, doc: Doc, mentions: list[_Mention], lex: PlaceLexicon, lows: list[str]
    ) -> None:
        """Set ``reject`` on toponyms that are not places here (the reason is kept)."""
        names = _name_spans(doc)
        organisations = _organisation_spans(doc)
        gaz = self.gazetteer
        by_start = {m.start: m for m in mentions}
        by_end = {m.end: m for m in mentions}
        titles: dict[int, bool] = {}
        tab = tokens(doc)
        for m in mentions:
            text = tab.span_text(m.start, m.end)
            m.hits = [h for h in m.hits if h.caps is None or text.isupper()]
            if m.qualifies is None:
                m.hits = [h for h in m.hits if not h.container_only]
            if not m.hits:
                m.reject = "no reading fits (a container-only or capitals-only name)"
                continue
            # a toponym that is part of a person, organisation or media name ("New York
            # Times", "Vladimir Putin"); not one in a description ("the US state
            # department", "l'ex presidente dell'Iraq Saddam Hussein"), and not a capital
            # that the actor stage reads as its government ("Mosca" ORG)
            inside = [
                lab
                for (s, e, lab) in names
                if s <= m.start
                and m.end <= e
                and (
                    (lab == "PER" and (s, e) == (m.start, m.end))
                    or (m.start > s and _name_word(tab.text[m.start - 1]))
                    or (
                        m.end < e
                        and _name_word(tab.text[m.end])
                        and not (lab == "PER" and m.cue == "of")  # "presidente dell'Iraq Saddam"
                    )
                )
            ]
            if inside and not (m.cue in ("seat", "part") or inside == ["ORG"] and m.cue == "of"):
                m.reject = f"inside a {inside[0]} name"
                continue
            if m.key in lex.non_places:
                m.reject = f"non_places.txt: {m.key}"
                continue
            if m.end - m.start == 1 and (
                why := alternate_name_of_a_person(doc.lang_, text, m.hits)
            ):
                # "risponde a Parisi": an alternate name of Paris, but a surname here
                m.reject = f"an alternate name that is {why} ({text})"
                continue
            if all(h.name_kind == "alt" for h in m.hits) and (m.start, m.end) in organisations:
                # "ha chiesto a Hamas": an alternate name of Hamm, but the whole mention is
                # an organisation of the actor KB with a sector (REB); not a place-named
                # entry ("Gaza City", ORG with no sector) nor a capital read as its
                # government (a GPE mention)
                m.reject = f"an alternate name that is an organisation's name ({text})"
                continue
            if m.cue == "street" and not any(h.source.startswith(LANDMARKS_SOURCE) for h in m.hits):
                # "in via Padova"; but "in piazza Tienanmen" is the landmark of its city
                m.reject = f"a street's name ({m.cue_words} {text})"
                continue
            if m.key in lex.function_words:
                m.reject = f"a function word ({text})"
                continue
            curated = any(h.name_kind == "curated" for h in m.hits)
            if not curated and (text in lex.demonyms or text.lower() in lex.demonyms):
                m.reject = f"demonym ({lex.demonyms.get(text) or lex.demonyms.get(text.lower())})"
                continue
            title = titles.setdefault(m.sent_start, _title_case(doc, m.sent_start, m.sent_end))
            first = _first_word(doc, m.sent_start, m.sent_end)
            acronym = text.isupper() and len(text) > 1 and m.start != first
            if acronym and not curated and m.qualifies is None:
                m.reject = f"an acronym ({text})"
                continue
            if not title and m.qualifies is None:
                prev = tab.text[m.start - 1] if m.start > m.sent_start else None
                if (
                    prev is not None
                    and _name_word(prev)
                    and not _place_pair(gaz, by_end.get(m.start), m)
                    and not _cue_word_before(lex, lows, m.start - 1, first)
                ):
                    # "Presidente Obama", "George W. Bush", "Di Maio", "Via Palestro"
                    m.reject = f"part of a longer name ({prev} {text})"
                    continue
                nxt = tab.text[m.end] if m.end < m.sent_end else None
                if (
                    nxt is not None
                    and _name_word(nxt)
                    and not _place_pair(gaz, m, by_start.get(m.end))
                    and _cue_starting_at(lex, lows, m.end, m.sent_end) is None
                    and not (
                        m.cue in ("a", "in", "near")
                        and _cap_run(doc, m.end, m.sent_end) > 1
                        and any(h.quality >= 1.0 for h in m.hits)
                    )
                    and not any(h.place.kind == COUNTRY for h in m.hits)
                ):
                    # "New York Times", "Casa Bianca"; but "ad Arcore Silvio Berlusconi"
                    m.reject = f"part of a longer name ({text} {nxt})"
                    continue
            uninformative = (title or m.start == first) and m.cue not in ("dateline", "label")
            if uninformative and not any(_is_cap(t) for t in tab.text[m.start + 1 : m.end]):
                best = max(m.hits, key=lambda h: h.place.population)
                strong = any(
                    h.quality >= 0.95
                    and (
                        h.place.kind in (COUNTRY, ADMIN1)
                        or h.place.is_capital
                        or h.place.population >= SMALL_CITY
                    )
                    for h in m.hits
                )
                if m.key in lex.function_words or not (
                    strong or best.place.population >= 1_000_000
                ):
                    m.reject = "capitalized only because it starts a sentence or headline"

    # -- 4. rank -----------------------------------------------------------------------
    def _rank(self, m: _Mention, mentions: list[_Mention], ctx: _Context) -> None:
        """Score every reading of a toponym (weights in the module constants)."""
        gaz = self.gazetteer
        strong, weak, admins = ctx.without(m.key)
        if any(h.place.kind == COUNTRY for h in m.hits):
            m.demonym = None  # "in Syria British consular ...": not a qualifier of a country
        if m.demonym and not any(h.place.cc3 == m.demonym[0] for h in m.hits):
            country = gaz.country(m.demonym[0])
            if country is not None:
                src = f"lang/{self.lang}/demonyms.tsv: {m.demonym[1]}"
                m.hits = [*m.hits, NameHit(country, "demonym", 0.9, src)]
        city_countries = {h.place.cc3 for h in m.hits if h.place.kind in (CITY, COMUNE)}
        linked = [mentions[i] for i in m.qualified_by]
        if m.qualifies is not None:
            linked.append(mentions[m.qualifies])
        ranked = []
        for h in m.hits:
            p = h.place
            score, reasons = _base_score(h)
            if p.kind == ADMIN1:
                if m.part == "region":
                    score += W_REGION_WORD
                    reasons.append(f"region word '{m.part_words}'")
                elif p.cc3 in city_countries:
                    score -= W_SAME_NAME_CITY
                    reasons.append("a city has the same name")
            if p.kind in (CITY, COMUNE) and m.part == "region":
                score -= W_REGION_WORD / 2
            if p.kind == COUNTRY and city_countries and m.cue == "a" and self.lang == "it":
                score -= W_A_COUNTRY
                reasons.append("'a' before a name that is also a city")
            if p.cc3 and strong.get(p.cc3):
                score += W_CONTEXT
                reasons.append(f"places of {p.cc3} nearby")
            elif p.cc3 and weak.get(p.cc3):
                score += W_CONTEXT_WEAK
                reasons.append(f"article about {p.cc3}")
            if p.admin1_code and admins.get(p.admin1_code) and p.kind != COUNTRY:
                score += W_CONTEXT
                reasons.append(f"places of {p.admin1_code} nearby")
            if m.demonym and p.cc3 == m.demonym[0]:
                score += W_QUALIFIER
                reasons.append(f"demonym '{m.demonym[1]}'")
            for other in linked:
                if any(gaz.contains(o.place, p) or gaz.contains(p, o.place) for o in other.hits):
                    score += W_QUALIFIER
                    reasons.append(f"qualifier '{other.text}'")
                    break
            ranked.append(Candidate(h, score, reasons))
        ranked.sort(key=lambda c: (-c.score, -c.hit.place.population, c.hit.place.key))
        m.ranked = ranked

    def _accept(self, mentions: list[_Mention], ctx: _Context, doc: Doc) -> None:
        """Reject ranked toponyms whose best reading lacks the evidence its size needs."""
        for m in mentions:
            if m.reject is not None or m.best is None:
                continue
            p = m.best.hit.place
            linked = m.qualifies is not None or bool(m.qualified_by) or m.demonym is not None
            cued = m.cue in SMALL_PLACE_CUES or linked
            alternate = m.best.hit.name_kind in ("alt", "short")
            major = (p.kind == COUNTRY or p.is_capital or p.population >= 1_000_000) and not (
                alternate
            )
            supported = ctx.supports(m.key, p.cc3)
            # a small place of the country the article's other cities are in ("a Modena ...
            # Sassuolo, Carpi"), named by its own name and not at the start of a sentence
            home = (
                ctx.dominant(m.key) == p.cc3
                and not alternate
                and m.start != _first_word(doc, m.sent_start, m.sent_end)
            )
            cued = cued or home
            if p.kind == COMUNE and not cued:
                m.reject = "small municipality with no locative cue"
            elif (
                p.kind == CITY
                and p.population < SMALL_CITY
                and not p.is_capital
                and p.feature != "PPLA"
                and not cued
            ):
                m.reject = "small place with no locative cue"
            elif alternate and p.population < SMALL_CITY and not supported and not linked:
                m.reject = "a small place known only by an alternate name, with no support"
            elif m.of_name and not major and not supported:
                m.reject = f"part of a name with 'di/of' ({m.cue_words} {m.text})"
            elif m.cue in (None, "of") and not linked and not major and not supported:
                m.reject = "no locative cue and no other place of its country in the article"
            elif (
                not linked
                and not supported
                and (dominant := ctx.dominant(m.key))
                not in (
                    None,
                    p.cc3,
                )
            ):
                weak = p.population < SMALL_CITY or m.best.hit.name_kind in ("alt", "short")
                if weak and p.kind != COUNTRY:
                    m.reject = (
                        f"a small or alternate-name place in {p.cc3} in an article about "
                        f"places in {dominant}"
                    )

    # -- streets -----------------------------------------------------------------------
    def _streets(
        self,
        doc: Doc,
        kept: list[_Mention],
        lex: PlaceLexicon,
        lows: list[str],
        bounds: list[tuple[int, int]],
    ) -> list[_Mention]:
        """A street or square the gazetteer does not know, after a locative cue ("in via
        Padova", "in piazza della Loggia", "a piazza Bellecour"), is a part
        of the one city its passage (its sentence and the two before) names, or of the one
        country it names when it names no city (rule ``places.v1.street_of_the_passage``):
        where the passage names two cities (or two countries) it says nothing."""
        tab = tokens(doc)
        words = tab.text
        covered = [False] * len(doc)
        for m in kept:
            for k in range(m.start, m.end):
                covered[k] = True
        sent_starts = sorted({b[0] for b in bounds})
        out: list[_Mention] = []
        k = 0
        while k < len(doc):
            lo, hi = bounds[k]
            cue = lex.cue_ending_at(lows, k, lo)
            district = lex.districts.get(tuple(cue[2].split())) if cue else None
            if cue is None or (cue[0] != "street" and district is None):
                k += 1
                continue
            first, end = k, _street_name_end(words, lows, k + 1, hi)
            if end is not None and any(covered[k + 1 : end]):
                end = None
            where = None
            if end is not None:
                where = self._locative_before(lex, lows, k - cue[1] + 1, cue, lo)
            elif district is not None:
                # "nel X, XI e XII arrondissement": numbers before the district word
                first = _numbers_before(words, lows, k, lo)
                if first < k:
                    end = k + 1
                    where = self._locative_before(lex, lows, first, (cue[0], 1, cue[2]), lo)
            place = _passage_place(kept, sent_starts, lo, hi, district) if where else None
            if place is None or where is None or end is None:
                k = max(k + 1, end or 0)
                continue
            rule = "district_of_the_passage" if district is not None else "street_of_the_passage"
            hit = NameHit(place, "street", 1.0, f"{RULE_VERSION}.{rule}")
            m = _Mention(first, end, doc[first:end].text, "", [hit], lo, hi)
            m.cue, m.cue_words = where
            m.ranked = [Candidate(hit, 0.0, ["the one place its passage names"])]
            out.append(m)
            k = end
        return out

    @staticmethod
    def _locative_before(
        lex: PlaceLexicon, lows: list[str], start: int, cue: tuple[str, int, str], lo: int
    ) -> tuple[str, str] | None:
        """The locative cue of a street: its own first word ("in via") or the cue before
        its street word ("in piazza", "nel quartiere"), as (kind, words)."""
        first = lex.cues.get((cue[2].split()[0],)) if cue[1] > 1 else None
        if first and first[0] in ("a", "in", "near"):
            return first[0], cue[2]
        j = start - 1
        while j >= lo:
            c = lex.cue_ending_at(lows, j, lo)
            if not c or c[0] != "filler":
                break
            j -= c[1]
        c = lex.cue_ending_at(lows, j, lo) if j >= lo else None
        if c and c[0] in ("a", "in", "near"):
            return c[0], f"{c[2]} {cue[2]}"
        return None

    # -- output ------------------------------------------------------------------------
    def _span(self, doc: Doc, gaz: Gazetteer, m: _Mention, mentions: list[_Mention]) -> Span:
        best = m.best
        assert best is not None
        p = best.hit.place
        span = Span(doc, m.start, m.end, label=p.kind)
        span._.place = gaz.to_place(p, raw_text=m.text)
        second = m.ranked[1] if len(m.ranked) > 1 else None
        decided = [r for r in best.reasons if not r.startswith("name:")] or ["population"]
        if second is None:
            decided = ["only reading"]
        span._.why = [
            Why(
                "location",
                f"{RULE_VERSION}.name.{best.hit.name_kind}",
                best.hit.source + f": {m.text}",
            ),
            Why(
                "location",
                f"{RULE_VERSION}.rank",
                f"{p.name} ({p.geonameid or p.key}, {p.cc3}): " + ", ".join(decided),
            ),
        ]
        span._.info = {
            "cue": m.cue,
            "cue_words": m.cue_words,
            "part": m.part,
            "qualifies": mentions[m.qualifies].start if m.qualifies is not None else None,
            "list_of": mentions[m.list_of].start if m.list_of is not None else None,
            "in_parens": m.in_parens,
            "where_after": m.where_after,
            "kind": p.kind,
            "candidates": [c.to_dict() for c in m.ranked[:5]],
            "reason": ", ".join(decided),
        }
        return span


def _hyphenated(
    gaz: Gazetteer, lang: str, text: str, i: int
) -> tuple[int, str, list[NameHit]] | None:
    """A place in a hyphenated token: "Mosca-Domodedovo" (one area: the more specific part),
    "Roma-Fiumicino"; not "Milano-Napoli" (a route between two places far apart)."""
    parts = [p for p in text.split("-") if p]
    if len(parts) < 2 or not all(_is_cap(p) for p in parts):
        return None
    keys = [normalize_name(p) for p in parts]
    known = [k for k in keys if gaz.has_key(k, lang)]
    if not known or keys[0] not in known:
        return None
    if len(known) == 1:
        return i + 1, keys[0], gaz.lookup_key(keys[0], lang)
    tops = [max(gaz.lookup_key(k, lang), key=lambda h: h.place.population) for k in known]
    far = any(
        (distance_km(a.place, b.place) or 1e9) > 100 for a in tops for b in tops if a is not b
    )
    if far:
        return None
    key = min(zip(known, tops, strict=True), key=lambda kt: kt[1].place.population)[0]
    return i + 1, key, gaz.lookup_key(key, lang)


#: Words that may open a street's name before its capitalized words ("piazza della Loggia").
_STREET_NAME_LINKS = frozenset("di del della dello dei degli delle de d' dell' de' of the".split())


def _street_name_end(words: list[str], lows: list[str], i: int, hi: int) -> int | None:
    """Where the name of a street that starts at ``i`` ends: capitalized words (and numbers:
    "via XX Settembre"), maybe after a linking word ("della Loggia"); None if none."""
    k = i
    if k < hi and lows[k] in _STREET_NAME_LINKS:
        k += 1
    begin = k
    while k < hi and k - begin < 4 and _is_cap(words[k]) and _is_word(words[k]):
        k += 1
    return k if k > begin else None


def _passage_place(
    kept: list[_Mention], sent_starts: list[int], lo: int, hi: int, district: str | None = None
) -> GazPlace | None:
    """The one city (else the one country) the places of a passage name: the sentence
    ``lo:hi`` and the two sentences before it. A district word of one country
    (``district``: "arrondissement", FRA) takes only a city of that country, else the
    country itself."""
    pos = sent_starts.index(lo) if lo in sent_starts else 0
    first = sent_starts[max(0, pos - 2)]
    places = [
        m.best.hit.place for m in kept if m.best is not None and first <= m.start and m.end <= hi
    ]
    if district:
        places = [p for p in places if p.cc3 == district]
    cities = {p.key: p for p in places if p.kind in (CITY, COMUNE)}
    if cities:
        return next(iter(cities.values())) if len(cities) == 1 else None
    countries = {p.cc3 for p in places if p.cc3} or ({district} if district else set())
    if len(countries) != 1:
        return None
    return get_gazetteer().country(next(iter(countries)))


_ROMAN = frozenset("ivxl")


def _numbers_before(words: list[str], lows: list[str], k: int, lo: int) -> int:
    """The first token of a run of ordinals before token ``k`` ("X, XI e XII", "18°",
    "11e"), or ``k`` when there is none."""
    j = k
    while j > lo:
        w, low = words[j - 1], lows[j - 1]
        number = (w.isupper() and set(low) <= _ROMAN) or low.rstrip("°ºªe").isdigit()
        if number or (j < k and low in (",", "e", "ed", "and", "°", "º")):
            j -= 1
            continue
        break
    while j < k and not (words[j].isupper() or lows[j].rstrip("°ºªe").isdigit()):
        j += 1  # the run starts with a number
    return j


def _bounds(m: _Mention) -> tuple[int, int]:
    return m.sent_start, m.sent_end


def _cue_word_before(lex: PlaceLexicon, lows: list[str], k: int, first: int) -> bool:
    """A capitalized cue word before a toponym that does not start a longer name: any cue
    or function word at the start of a sentence ("In Geneva", "Anche Sassuolo"), a part
    word or a break word anywhere ("Western Cambodia", "In September Turkey ...")."""
    if k == first and lows[k] in lex.function_words:
        return True  # "Anche Sassuolo ...", "But Moscow ..."
    cue = lex.cue_ending_at(lows, k, k)
    return cue is not None and (k == first or cue[0] in ("part", "region", "break"))


def _dateline(doc: Doc, m: _Mention) -> bool:
    """A toponym in capitals that opens a line, before punctuation ("MODENA. Ieri ...")."""
    tab = tokens(doc)
    text = tab.doc_text
    start = tab.idx[m.start]
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() or not m.text.isupper():
        return False
    return m.end < len(doc) and tab.text[m.end] in (".", ",", "-", "—", "–", "(", ":")


def _headline_label(doc: Doc, m: _Mention, lex: PlaceLexicon, lows: list[str]) -> bool:
    """A toponym that opens a sentence as the label of a news headline, a comma and then
    the news in lower case: "Torino, tabaccaio ucciso durante una rapina", "Lione,
    arrestati tre uomini". What follows the comma is a content word, not an article, a
    preposition, a relative or a conjunction, which would make the toponym the subject or
    the topic of the sentence ("Roma, la capitale, ...", "Parigi, che ...")."""
    k = m.end
    if m.start != _first_word(doc, m.sent_start, m.sent_end) or k + 1 >= m.sent_end:
        return False
    word = tokens(doc).text[k + 1]
    return (
        tokens(doc).text[k] == ","
        and word.isalpha()
        and word.islower()
        and lows[k + 1] not in lex.function_words
    )


def _named_by_of(doc: Doc, trigger: Span) -> bool:
    """An event noun followed by a "di/of" complement ("le proteste di piazza Tienanmen",
    "la strage di Capaci"): the complement names the event, and with it a place of its
    own, so a headline's label does not place it."""
    lows = [t.replace("’", "'") for t in tokens(doc).lower]
    _lo, hi = _sentence_of(doc, trigger.start)
    return _cue_starting_at(place_lexicon(doc.lang_), lows, trigger.end, hi) == "of"


def _place_pair(gaz: Gazetteer, first: _Mention | None, second: _Mention | None) -> bool:
    """Two toponyms side by side that are not one longer name: "Usa Obama" (a country
    first), "Baton Rouge Louisiana" (the second contains the first)."""
    if first is None or second is None:
        return False
    if any(h.place.kind == COUNTRY for h in first.hits):
        return True
    return _contains_any(gaz, second.hits, first.hits)


_ARTICLE_NAME = re.compile(r"(?:a[dlnrstz]|ash|e[dlnrstz]|u[dlnrs])-[^\W\d_][^\W\d_]+")


def _name_word(text: str) -> bool:
    """A capitalized word, an initial ("W.") or a name after an Arabic article ("al-Aziziya",
    "el-Balah") that may belong to a proper name."""
    if _ARTICLE_NAME.fullmatch(text) and text[text.index("-") + 1].isupper():
        return True  # "Bab al-Aziziya": no "Bab"
    if not text or not text[0].isupper():
        return False
    return text.isalpha() or (len(text) <= 3 and text.endswith(".") and text[:-1].isalpha())


def _first_word(doc: Doc, lo: int, hi: int) -> int:
    """The first token of a sentence that holds a letter (after quotes and dashes)."""
    words = tokens(doc).text
    for k in range(lo, hi):
        if _is_word(words[k]):
            return k
    return lo


def _cap_run(doc: Doc, k: int, hi: int) -> int:
    """How many capitalized words follow from token ``k`` on."""
    tab = tokens(doc)
    n = 0
    while k + n < hi and tab.is_alpha[k + n] and _is_cap(tab.text[k + n]):
        n += 1
    return n


def _conjunctions(lex: PlaceLexicon) -> set[str]:
    return {" ".join(k) for k, (kind, _) in lex.cues.items() if kind == "and"}


def _cue_starting_at(lex: PlaceLexicon, lows: list[str], k: int, hi: int) -> str | None:
    for n in range(min(lex.max_cue, hi - k), 0, -1):
        hit = lex.cues.get(tuple(lows[k : k + n]))
        if hit:
            return hit[0]
    return None


def _contains_any(gaz: Gazetteer, outer: list[NameHit], inner: list[NameHit]) -> bool:
    return any(gaz.contains(o.place, i.place) for o in outer for i in inner)


def _same_country(a: list[NameHit], b: list[NameHit]) -> bool:
    return bool({h.place.cc3 for h in a} & {h.place.cc3 for h in b})


def _name_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """Person, organisation and media mentions of the actor stage (start, end, label)."""
    if "actors" not in doc.spans:
        return []
    return [(s.start, s.end, s.label_) for s in spans_of(doc, "actors") if s.label_ in NAME_LABELS]


@dataclass
class _Context:
    """Countries and regions an article is about.

    Strong evidence: the countries and regions of its other cities and regions ("Georgia"
    beside "Tbilisi"). Weak evidence: its country names, actors and demonyms.
    """

    strong: Counter[str]
    weak: Counter[str]
    admins: Counter[str]
    by_key: dict[str, tuple[Counter[str], Counter[str], Counter[str]]]
    _without: dict[str, tuple[Counter[str], Counter[str], Counter[str]]] = field(
        default_factory=dict
    )

    @classmethod
    def build(cls, doc: Doc, mentions: list[_Mention], lex: PlaceLexicon) -> _Context:
        strong: Counter[str] = Counter()
        weak: Counter[str] = Counter()
        admins: Counter[str] = Counter()
        by_key: dict[str, tuple[Counter[str], Counter[str], Counter[str]]] = {}
        for m in mentions:
            if m.reject is not None or not m.hits:
                continue
            best = _prior_best(m.hits)
            if best is None or not best.cc3:
                continue
            own = by_key.setdefault(m.key, (Counter(), Counter(), Counter()))
            if best.kind == COUNTRY:
                weak[best.cc3] += 1
                own[1][best.cc3] += 1
                continue
            strong[best.cc3] += 1
            own[0][best.cc3] += 1
            if best.admin1_code:
                admins[best.admin1_code] += 1
                own[2][best.admin1_code] += 1
        if "actors" in doc.spans:
            for span in spans_of(doc, "actors"):
                for actor in ext(span, "actors") or []:
                    code = getattr(actor, "country", None)
                    if code and len(code) == 3 and code not in ("IGO", "NGO", "MNC"):
                        weak[code] += 1
        for iso in map(lex.demonyms.get, tokens(doc).text):
            if iso:
                weak[iso] += 1
        return cls(strong, weak, admins, by_key)

    def without(self, key: str) -> tuple[Counter[str], Counter[str], Counter[str]]:
        """(strong, weak, regions) minus what the toponym ``key`` itself contributed (the
        counters returned are shared: do not change them)."""
        own = self.by_key.get(key)
        if own is None:
            return self.strong, self.weak, self.admins
        got = self._without.get(key)
        if got is None:
            got = self._without[key] = (
                self.strong - own[0],
                self.weak - own[1],
                self.admins - own[2],
            )
        return got

    def dominant(self, key: str) -> str | None:
        """The country of at least two of the article's other cities and regions, if one."""
        strong, _, _ = self.without(key)
        top = strong.most_common(2)
        if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]):
            return top[0][0]
        return None

    def supports(self, key: str, iso3: str) -> bool:
        """Whether anything but the toponym ``key`` ties the article to country ``iso3``."""
        strong, weak, _ = self.without(key)
        return bool(strong.get(iso3) or weak.get(iso3))


def _base_score(hit: NameHit) -> tuple[float, list[str]]:
    """Score of a reading before context: name quality, population, kind."""
    p = hit.place
    reasons = [f"name:{hit.name_kind}"]
    score = W_NAME * hit.quality + W_POPULATION * math.log10(p.population + 10)
    if p.kind == COUNTRY:
        score += W_COUNTRY
        reasons.append("country")
    elif p.kind == ADMIN1:
        score += W_ADMIN1
    elif p.is_capital:
        score += W_CAPITAL
        reasons.append("capital")
    elif p.feature == "PPLA":
        score += W_SEAT
    elif p.kind == COMUNE:
        score -= W_SEAT
    return score, reasons


def _prior_best(hits: list[NameHit]) -> GazPlace | None:
    """The reading a toponym has before context: only clear ones count as context."""
    if not hits:
        return None
    ranked = sorted(hits, key=lambda h: _base_score(h)[0], reverse=True)
    if len(ranked) > 1 and ranked[0].place.cc3 != ranked[1].place.cc3:
        if _base_score(ranked[0])[0] - _base_score(ranked[1])[0] < 0.3:
            return None
    return ranked[0].place


# -- event location ------------------------------------------------------------------------
_TYPED = "eventwire_places_trigger_types"


def _typed(doc: Doc, triggers: list[Span]) -> dict[str | None, list[tuple[Span, int]]]:
    """Event type (:func:`_event_type`) -> (span, start) of each of ``triggers`` (the
    group's list) of that type, in the list's order; read once per list (each trigger's
    follow-up sentences ask again, for its own type)."""
    got = doc.user_data.get(_TYPED)
    if got is None or got[0] is not triggers:
        by_type: dict[str | None, list[tuple[Span, int]]] = {}
        for t in triggers:
            by_type.setdefault(_event_type(t), []).append((t, t.start))
        got = doc.user_data[_TYPED] = (triggers, by_type)
    return got[1]  # type: ignore[no-any-return]


def _event_type(trigger: Span) -> str | None:
    entry = ext(trigger, "trigger")
    if entry is None:
        return None
    if isinstance(entry, dict):
        return entry.get("event_type")
    return getattr(entry, "event_type", None)


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _sentence_of(doc: Doc, token: int) -> tuple[int, int]:
    return sentences(doc).span_of(token)  # (0, len(doc)) without sentence boundaries


#: Punctuation between a trigger and a place, and how much it separates them.
_BOUNDARY = {";": 0.4, ":": 0.2, "—": 0.2, "–": 0.2}


_COORDINATORS = frozenset({"e", "ed", "ma", "and", "but"})


def _coordination_penalty(doc: Doc, lo: int, hi: int) -> float:
    """A place before the trigger with a coordinated clause opening between them is the
    earlier clause's: ", e un tribunale di Pristina ne ha disposto" (a comma and a
    coordinator) weighs most, "... armi a Mosca e ha convocato l'incaricato a Kiev" (a
    coordinator and an auxiliary) less; alone in its sentence such a place still counts
    ("è arrivato a Pechino e ha incontrato Wang Yi")."""
    lows = tokens(doc).lower
    classes = function_words(doc.lang_)
    out = 0.0
    for k in range(lo, hi):
        if lows[k] not in _COORDINATORS:
            continue
        if k > lo and lows[k - 1] == ",":
            out = max(out, 0.45)
        elif k + 1 < hi and classes.get(lows[k + 1]) in ("aux", "aux_passive"):
            out = max(out, 0.2)
    return out


def _score_place(
    doc: Doc,
    trigger: Span,
    place: Span,
    arguments: list[Span],
    event_type: str | None,
    triggers: list[Span],
) -> tuple[float, str] | None:
    info = ext(place, "info") or {}
    kind = info.get("kind")
    cue = info.get("cue")
    if info.get("qualifies") is not None:
        return None  # "Louisiana" in "Baton Rouge in Louisiana": its head is the place
    if cue == "label" and _named_by_of(doc, trigger):
        return None  # "Hong Kong, vietata la commemorazione delle proteste di Tienanmen"
    is_arg = any(_overlaps(place, a) for a in arguments)
    strength = 0.0
    rule = ""
    if cue in LOCATIVE:
        strength = LOCATIVE[cue]
        rule = f"cue:{cue}"
        if cue == "a" and kind == COUNTRY:
            strength = 0.5  # Italian "alla Russia" is a dative, "a Cuba" a place
    elif cue == "between" and kind in (CITY, COMUNE):
        strength, rule = 0.8, "cue:between cities"
    elif cue == "bound":
        # "una nave diretta a Suez": where a thing was heading, a place only of a journey
        if event_type in TRAVEL_TYPES:
            strength, rule = 0.4, "cue:bound (travel)"
    elif cue == "to":
        if kind in (CITY, COMUNE):
            strength, rule = 0.5, "cue:to city"
        elif event_type in TRAVEL_TYPES:
            strength, rule = 0.4, "cue:to (travel)"
    if is_arg:
        if cue in ("in", "near", "part", "region") or (cue == "a" and kind != COUNTRY):
            pass  # "scontri in Kenya": a locative phrase even if read as a party
        elif cue == "seat" and kind in (CITY, COMUNE):
            pass  # "un tribunale di Pristina ha disposto": the acting body sits there
        elif event_type in PLACE_PATIENT_TYPES and kind in (CITY, COMUNE):
            strength, rule = 0.6, f"{event_type.lower()} of a city"
        else:
            return None
    elif strength == 0 and cue is None and event_type in PLACE_PATIENT_TYPES:
        if kind in (CITY, COMUNE) and abs(place.start - trigger.start) <= 4:
            strength, rule = 0.6, f"{event_type.lower()} of a city"
    if (
        strength <= 0
        and not is_arg
        and info.get("where_after")
        and place.end <= trigger.start
        and kind in (CITY, COMUNE)
    ):
        # "è partito ieri per Washington, dove oggi incontrerà": the city a relative "dove"
        # follows is where its clause happens, whatever word led to it (the +where bonus
        # below then applies as to "a Washington, dove")
        strength, rule = 0.5, "cue:relative"
    if strength <= 0:
        return None
    if place.start < trigger.start:
        lo, hi = place.end, trigger.start
    else:
        lo, hi = trigger.end, place.start
    distance = max(0, hi - lo)
    score = strength - min(0.4, 0.01 * distance)
    words = tokens(doc).text
    between = words[lo:hi] if hi > lo else []  # doc[lo:hi]
    score -= max((_BOUNDARY.get(t, 0.0) for t in between), default=0.0)
    if place.end <= trigger.start:
        score -= _coordination_penalty(doc, lo, hi)
    if info.get("in_parens") and not (
        place.start > trigger.start and any(t == "(" for t in words[trigger.end : place.start])
    ):
        score -= 0.3
    if (
        info.get("where_after")
        and trigger.start > place.end
        and not _complement_of_thing(doc, place)
    ):
        score += 0.5
        rule += "+where"
    claimed = 0
    for other in triggers:
        # another trigger between the place and ours claims the place, unless it is part of
        # the same predicate ("è stato imposto il coprifuoco")
        if _overlaps(other, trigger) or not (lo <= other.start < hi):
            continue
        if min(abs(other.start - trigger.end), abs(trigger.start - other.end)) <= 3:
            continue
        claimed += 1
    if claimed:
        if distance > FAR_BEYOND_TRIGGER:
            return None  # far away, past another event's trigger: that event's place
        score -= 0.4
        rule += "+other trigger between"
    if event_type in VERBAL_TYPES and place.start >= trigger.end and distance > NEAR_VERBAL:
        return None  # "rejected an ultimatum to hand over a guard ... in Sydney"
    if (
        cue != "seat"
        and any(t in (";", ":") for t in between)
        and _claimed_across(doc, trigger, place, triggers)
    ):
        return None  # "condannato ...: rifugiatosi in Francia, l'uomo fu arrestato"
    return score, rule


def _complement_of_thing(doc: Doc, place: Span) -> bool:
    """A toponym that is the "di" complement of a noun that is no part, region or seat word
    ("la conferenza sulla ricostruzione dell'Ucraina, dove incontrerà ..."): a "dove" after it
    names where that thing is, not the toponym."""
    lex = place_lexicon(doc.lang_)
    lows = tokens(doc).lower
    sent = sent_of(doc, place.start)
    j = place.start - 1
    filler = lex.cue_ending_at(lows, j, sent.start) if j >= sent.start else None
    if filler is not None and filler[0] == "filler":
        j -= filler[1]
    of = lex.cue_ending_at(lows, j, sent.start) if j >= sent.start else None
    if of is None or of[0] != "of":
        return False
    k = j - of[1]
    noun = lex.cue_ending_at(lows, k, sent.start) if k >= sent.start else None
    return (
        k >= sent.start
        and tokens(doc).is_alpha[k]
        and (noun is None or noun[0] not in ("part", "region", "seat"))
    )


def _claimed_across(doc: Doc, trigger: Span, place: Span, triggers: list[Span]) -> bool:
    """Whether a trigger on the place's side of a ";" or ":" is in the place's stretch."""
    lo, hi = _sentence_of(doc, place.start)
    words = tokens(doc).text
    left = place.start
    while left > lo and words[left - 1] not in (";", ":"):
        left -= 1
    right = place.end
    while right < hi and words[right] not in (";", ":"):
        right += 1
    return any(
        left <= t.start < right and not _overlaps(t, trigger) and not _overlaps(t, place)
        for t in triggers
    )


def _locate_in(
    doc: Doc,
    trigger: Span,
    arguments: list[Span],
    places: list[Span],
    event_type: str | None,
    triggers: list[Span],
) -> tuple[Span, float, str] | None:
    lo, hi = _sentence_of(doc, trigger.start)
    scored = []
    for sp in places:
        if sp.start < lo or sp.end > hi:
            continue
        res = _score_place(doc, trigger, sp, arguments, event_type, triggers)
        if res is not None and res[0] > 0.1:
            scored.append((res[0], sp, res[1]))
    if not scored:
        return None
    scored.sort(key=lambda x: (-x[0], x[1].start))
    best_score, best, rule = scored[0]
    gaz = get_gazetteer()
    bp = _gaz_place(gaz, best)
    for score, sp, r in scored[1:]:
        p = _gaz_place(gaz, sp)
        if bp is not None and p is not None and gaz.contains(bp, p) and best_score - score < 0.5:
            best_score, best, rule, bp = score, sp, r + "+more specific", p
    return best, best_score, rule


def _within(inner: Span, outer: Span) -> bool:
    """The place of ``inner`` lies inside (or is) the place of ``outer``."""
    gaz = get_gazetteer()
    a, b = _gaz_place(gaz, inner), _gaz_place(gaz, outer)
    return a is not None and b is not None and (a == b or gaz.contains(b, a))


def _gaz_place(gaz: Gazetteer, span: Span) -> GazPlace | None:
    cands = (ext(span, "info") or {}).get("candidates") or []
    return gaz.place(cands[0]["key"]) if cands else None


def _visited_place(doc: Doc, trigger: Span, places: list[Span]) -> tuple[Span, float, str] | None:
    """The place a visit verb takes as its object ("ha visitato Pyongyang", "visited
    Berlin"): where the visit happens, though it is also the visit's recipient."""
    entry = ext(trigger, "trigger")
    if getattr(entry, "mode", None) != "visit" or getattr(entry, "is_noun", False):
        return None
    lows = tokens(doc).lower
    det = {w for w, c in function_words(doc.lang_).items() if c == "det"}
    for sp in places:
        if sp.start < trigger.end or sp.start > trigger.end + 2:
            continue
        if all(lows[k] in det for k in range(trigger.end, sp.start)):
            return sp, 1.0, "visit_object"
    return None


def locate_event(doc: Doc, trigger: Span, arguments: list[Span]) -> tuple[Place, Why] | None:
    """The place where the event of ``trigger`` happens, or None when the text gives none.

    A place of the trigger's sentence counts when a locative cue attaches it ("a
    Vladivostok", "in visita a Pyongyang", "talks in Geneva", "per le strade di Belgrado",
    "il tribunale di Baghdad"); places in ``arguments`` (actor, recipient) do not, unless
    a locative preposition introduces them. The nearest well-cued place wins, the more
    specific of two nested ones ("in Italia ... a Roma"). With no place in the sentence,
    the next two sentences are read when they mention the same event again (a trigger of
    the same type, or the trigger's lemma: "La visita ... farà tappa a Edimburgo").
    """
    places = spans_of(doc, "places")
    if not places:
        return None
    triggers = spans_of(doc, "triggers")
    event_type = _event_type(trigger)
    found = _locate_in(doc, trigger, arguments, places, event_type, triggers)
    how = "sentence"
    visited = _visited_place(doc, trigger, places)
    if visited is not None and (
        found is None or found[0] == visited[0] or not _within(found[0], visited[0])
    ):
        # the object of a visit verb is where the visit happens, whatever other place its
        # sentence cues ("visiterà Napoli prima di rientrare ad Algeri"), unless that place
        # lies inside it ("visiterà la Corea del Nord, a Pyongyang")
        found = visited
    if found is None:
        found = _follow_up(doc, trigger, arguments, places, event_type, triggers)
        how = "follow-up sentence"
    if found is None:
        return None
    span, _score, rule = found
    place = Place.from_dict(ext(span, "place").to_dict()) if ext(span, "place") else None
    if place is None:
        return None
    info = ext(span, "info") or {}
    entry = f"{info.get('cue_words') or ''} {tokens(doc).span_text(span.start, span.end)}".strip()
    return place, Why("location", f"{RULE_VERSION}.locate.{rule} ({how})", entry)


def _lemmas_lower(doc: Doc, tab: Tokens, start: int, end: int) -> list[str]:
    """The lemmas (the text where a token has none), lower-cased, of the sentence [start,
    end): kept per Doc and sentence (the sentences after every trigger are read again)."""
    memo = doc.user_data.setdefault(_LEMMAS_LOWER, {})
    got = memo.get((start, end))
    if got is None:
        got = memo[(start, end)] = [
            (lemma or text).lower()
            for lemma, text in zip(tab.lemma[start:end], tab.text[start:end], strict=True)
        ]
    return got  # type: ignore[no-any-return]


_LEMMAS_LOWER = "eventwire_lemmas_lower"


def _follow_up(
    doc: Doc,
    trigger: Span,
    arguments: list[Span],
    places: list[Span],
    event_type: str | None,
    triggers: list[Span],
) -> tuple[Span, float, str] | None:
    if not doc.has_annotation("SENT_START"):
        return None
    lemma = (trigger.root.lemma_ or trigger.root.text).lower()
    sent = sent_of(doc, trigger.start)
    tab = tokens(doc)
    nxt = sent.end
    for _ in range(2):
        if nxt >= len(doc):
            return None
        s = sent_of(doc, nxt)
        if "\n\n" in doc_text(doc)[sent.end_char : s.start_char]:
            return None  # a new paragraph
        same_type = _typed(doc, triggers).get(event_type, []) if event_type is not None else []
        again = [t for t, t_start in same_type if s.start <= t_start < s.end]
        if not again:
            folded = _lemmas_lower(doc, tab, s.start, s.end)
            again = [doc[i : i + 1] for i, w in enumerate(folded, s.start) if w == lemma]
        for t in again:
            found = _locate_in(doc, t, arguments, places, event_type, triggers)
            if found is not None:
                return found
        nxt, sent = s.end, s
    return None


def places_mentioned(doc: Doc) -> list[dict[str, Any]]:
    """The article's places, in text order: offsets, the Place fields, kind and cue."""
    out = []
    for span in doc.spans["places"] if "places" in doc.spans else []:
        place = ext(span, "place")
        info = ext(span, "info") or {}
        item = {
            "text": span.text,
            "start": span.start_char,
            "end": span.end_char,
            **(place.to_dict() if place else {}),
            "kind": info.get("kind"),
            "cue": info.get("cue"),
            "why": [w.to_dict() for w in ext(span, "why") or []],
        }
        out.append(item)
    return out


@Language.factory("eventwire_places", assigns=["doc.spans"])
def make_place_mentions(nlp: Language, name: str) -> PlaceMentions:
    return PlaceMentions(nlp, name)
