"""Time expressions on the Doc (``doc.spans["timex"]``) and the dating of events.

``eventwire_timex`` runs the temporal tagger (``eventwire.timex``) on the raw text and maps
each expression to a token span. ``date_event`` gives an event its ``date``:

1. the time expression that governs the trigger in its sentence: a complement of a noun
   ("la firma ... del 27 luglio 1953", "the 1988 bombing") belongs to that noun only, and
   one after the trigger inside a relative clause that tells an event of its own ("...,
   che nel 1982 era stato condannato") or a reduced relative of another event noun ("la
   strage ... avvenuta a Dujail nel 1982") belongs to that clause; otherwise the
   expression with the fewest clause boundaries (punctuation, other triggers) between it
   and the trigger, then the nearest. A date that cannot be placed ("martedì" with no
   publication date) still governs when it is part of the trigger or next to it, so the
   event keeps its text and gets no guessed date;
2. else one governing a related mention of the same event: ``related`` spans that are
   triggers, or a later anaphoric mention of the same event type ("Putin incontrerà Kim.
   Il meeting ... si terrà dal 10 al 13 settembre");
3. else, for a pluperfect or remote-past clause (the trigger's own, or the one it depends
   on) continuing the story of the previous sentence in the same paragraph, the date of
   that story ("Lo scorso 27 luglio Shoigu si era
   recato ... I due avevano gettato le basi ...");
4. else the publication date with granularity ``unknown`` and ``raw_text`` null (spec).

A start ("dal 16 settembre 2010") and an end ("fino al 19 settembre") of the same event
make one range. Dates without a resolvable year (``XXXX-07-27``, no publication date)
keep their text but get no ``start``/``end``: never guessed.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import logging
import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire.cache import compile_regex
from eventwire.pipeline import extensions  # noqa: F401
from eventwire.pipeline.extensions import doc_sents, doc_text, ext, sent_of, spans_of
from eventwire.pipeline.lexicon import cue_index, read_table, token_keys
from eventwire.pipeline.syntax import syntax_for
from eventwire.pipeline.tokens import sentences, tokens
from eventwire.records import Time, Why
from eventwire.timex.model import Timex
from eventwire.timex.resources import ResourceError, available_languages, load
from eventwire.timex.tagger import Tagger, get_tagger
from eventwire.timex.values import time_relation

log = logging.getLogger(__name__)

#: Tokens that end a clause for the purpose of attaching a time expression.
BOUNDARY_TOKENS = frozenset(',;:()[]–—-«»"“”')
#: How far (tokens) a noun complement may sit from the noun it modifies.
OF_WINDOW = 8
#: How far (tokens) a premodifying date may sit before its noun ("the Aug. 7 bombings").
PREMOD_WINDOW = 3
#: How many sentences after a trigger an anaphoric mention of the same event is looked for.
COREF_SENTENCES = 2
#: How many sentences back the story's date is inherited.
NARRATIVE_SENTENCES = 2

__all__ = ["TimexTagger", "date_event", "governing_timex", "time_relation"]


class TimexTagger:
    """Tags time expressions and writes ``doc.spans["timex"]`` (see extensions.py)."""

    def __init__(self, nlp: Language, name: str = "eventwire_timex") -> None:
        self.name = name
        self.lang = nlp.lang
        self.tagger: Tagger | None = (
            get_tagger(self.lang) if self.lang in available_languages() else None
        )

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        if self.tagger is not None:
            published = doc._.published
            try:
                found = self.tagger.tag(doc_text(doc), published)
            except ValueError as err:
                art = doc._.article
                log.warning("article %s: %s; time expressions left unanchored", _id(art), err)
                found = self.tagger.tag(doc_text(doc), None)
            for t in found:
                span = doc.char_span(t.start, t.end, label=t.type, alignment_mode="expand")
                if span is None:
                    continue
                span._.timex = t
                span._.timex_why = [Why("date", f"timex.{t.rule}", t.value)]
                spans.append(span)
        doc.spans["timex"] = spans
        return doc


def _id(article: object) -> str:
    return str(getattr(article, "id", None) or "?")


@Language.factory("eventwire_timex")
def make_timex_tagger(nlp: Language, name: str) -> TimexTagger:
    return TimexTagger(nlp, name)


# --------------------------------------------------------------------------- dating


@functools.cache
def _cue(lang: str, name: str) -> re.Pattern[str] | None:
    """A compiled list of the language's time resources (None when absent)."""
    try:
        lists = get_tagger(lang).res.lists
    except ResourceError:
        return None
    if name not in lists:
        return None
    alts = "|".join(sorted(lists[name], key=len, reverse=True))
    return compile_regex(r"(?<!\w)(?:" + alts + r")(?!\w)", re.I)


def _datable(t: Timex | None) -> bool:
    """A time expression that can date an event: a calendar interval, or a date missing
    only its year (kept as raw text)."""
    if t is None or t.type == "SET":
        return False
    if t.begin and t.finish:
        return True
    return t.type in ("DATE", "TIME") and t.value.startswith("XXXX-") and t.value[5:6].isdigit()


def _unresolved(t: Timex | None) -> bool:
    """A date the text states but that cannot be placed (``martedì`` with no publication
    date): it still governs its clause, so that no farther expression dates the event."""
    return t is not None and t.type in ("DATE", "TIME") and t.value.startswith("XXXX")


def _timexes_in(doc: Doc, start: int, end: int, unresolved: bool = False) -> list[Span]:
    return [
        s
        for s, s_start, datable, unplaced in _timex_rows(doc)
        if start <= s_start < end and (datable or (unresolved and unplaced))
    ]


_TIMEX_ROWS = "eventwire_timex_rows"


def _timex_rows(doc: Doc) -> list[tuple[Span, int, bool, bool]]:
    """Per time expression of the Doc (in the group's order): the span, its start, whether
    it is :func:`_datable` and :func:`_unresolved`; read once per group (each trigger asks,
    and a span's ``_`` makes a new object on every access)."""
    group = spans_of(doc, "timex")
    got = doc.user_data.get(_TIMEX_ROWS)
    if got is None or got[0] is not group:
        rows = []
        for s in group:
            t = ext(s, "timex")
            rows.append((s, s.start, _datable(t), _unresolved(t)))
        got = doc.user_data[_TIMEX_ROWS] = (group, rows)
    return got[1]  # type: ignore[no-any-return]


def _in_other_clause(doc: Doc, trig: Span, x: Span, others: list[Span]) -> bool:
    """Whether ``x``, after the trigger, dates another clause: a relative or subordinate
    clause opened after the trigger ("arrestato D'Avanzo, che nel 1982 era stato
    condannato"), or a reduced relative of another event noun ("colpevole della strage ...
    avvenuta a Dujail nel 1982")."""
    tab = tokens(doc)
    opener = _cue(doc.lang_, "reClauseOpen")
    m = opener.search(tab.span_text(trig.end, x.start)) if opener is not None else None
    if m is not None:
        # The clause claims the date when it tells an event of its own.
        start = doc[trig.end : x.start].char_span(m.start(), m.end(), alignment_mode="expand")
        lo = start.start if start is not None else trig.end
        hi = _clause_end(doc, x, sent_of(doc, x.start))
        if any(lo <= o.start and o.end <= hi for o in others):
            return True
    reduced = _cue(doc.lang_, "reReducedRelative")
    if reduced is None:
        return False
    return any(
        trig.end <= o.start and o.end <= x.start and reduced.search(tab.span_text(o.end, x.start))
        for o in others
    )


def _across_contrast(doc: Doc, trig: Span, x: Span) -> bool:
    """ "La premier riferirà mercoledì prossimo, mentre la segretaria ha chiesto un voto":
    a comma and a contrast conjunction (``reContrastOpen``) between the date and the
    trigger, with no comma between the conjunction and the later of the two, put them in two
    clauses; when the date lies after the publication date and the trigger's clause is told
    in a past tense (``reTensePast``), or before it and that clause in the future
    (``reTenseFuture``), the date is the other clause's. (With tenses that agree, "mentre"
    tells things at the same time: "venne alla luce nel gennaio 2010, mentre una di esse
    presentò una denuncia".)"""
    cue = _cue(doc.lang_, "reContrastOpen")
    published = doc._.published
    t: Timex = x._.timex
    if cue is None or not published or not t.begin:
        return False
    a, b = (x.end, trig.start) if x.end <= trig.start else (trig.end, x.start)
    tab = tokens(doc)
    if not any(
        tab.text[k - 1] == ","
        and cue.fullmatch(tab.lower[k]) is not None
        and not any(tab.text[j] == "," for j in range(k + 1, b))
        for k in range(a + 1, b)
    ):
        return False
    sent = sent_of(doc, trig.start)
    lo = trig.start
    while lo > sent.start and tab.text[lo - 1] != ",":
        lo -= 1
    hi = trig.end
    while hi < sent.end and tab.text[hi] != ",":
        hi += 1
    clause = tab.span_text(lo, hi)
    n = min(len(published), len(t.begin))
    if t.begin[:n] > published[:n]:
        tense = _cue(doc.lang_, "reTensePast")
    elif (t.finish or t.begin)[:n] < published[:n]:
        tense = _cue(doc.lang_, "reTenseFuture")
    else:
        return False
    return tense is not None and tense.search(clause) is not None


def _first_since(doc: Doc, x: Span) -> bool:
    """ "la prima visita in Cina dal 2018", "the first visit since 2018": a since-expression
    after a first-time ordinal of its clause (``reFirstSince``) is a waiting time, the date of
    no event."""
    cue = _cue(doc.lang_, "reFirstSince")
    if cue is None:
        return False
    words = tokens(doc).text
    sent = sent_of(doc, x.start)
    k = x.start - 1
    while k > sent.start and words[k] not in (",", ";", ":"):
        k -= 1
    return cue.search(tokens(doc).span_text(k, x.start)) is not None


#: Event types that last over days, so that an until-date after the trigger ends the event
#: itself ("la visita si prolungherà fino al 19 settembre"); for the others it ends the state
#: the act starts ("la sospensione dei negoziati fino al 2028").
LASTING_TYPES = frozenset({"CONSULT", "MOBILIZE", "PROTEST", "ASSAULT"})


def _range_begun(doc: Doc, x: Span) -> bool:
    """True when a since-expression ("dal 10", "from Monday") of the sentence opens the range
    the until-expression ``x`` closes."""
    sent = sent_of(doc, x.start)
    return any(
        ext(y, "timex").role == "begin"
        for y in _timexes_in(doc, sent.start, sent.end, unresolved=True)
        if y.start < x.start
    )


def _boundaries(doc: Doc, a: int, b: int, triggers: list[Span]) -> int:
    """Clause boundaries between token offsets a < b: punctuation and other triggers."""
    words = tokens(doc).text
    n = sum(1 for i in range(a, b) if words[i] in BOUNDARY_TOKENS)
    n += sum(1 for t in triggers if a <= t.start and t.end <= b)
    return n


def _score(doc: Doc, trig: Span, x: Span, triggers: list[Span]) -> tuple[int, int] | None:
    """How well ``x`` governs ``trig`` (lower is better); None when it cannot."""
    t: Timex = ext(x, "timex")
    if t.role == "begin" and trig.end <= x.start and _first_since(doc, x):
        return None
    if t.role == "of":
        # A complement of a noun: only the event noun it follows owns it.
        if trig.end <= x.start and x.start - trig.end <= OF_WINDOW:
            words = tokens(doc).text
            if not any(words[i] in BOUNDARY_TOKENS for i in range(trig.end, x.start)):
                return (-1, x.start - trig.end)
        return None
    if t.role == "premod":
        if x.end <= trig.start and trig.start - x.end <= PREMOD_WINDOW:
            return (-1, trig.start - x.end)
        return None
    if (
        t.role == "end"
        and trig.end <= x.start
        and _event_type(trig) not in LASTING_TYPES
        and not _range_begun(doc, x)
    ):
        # "la sospensione dei negoziati fino al 2028", "sanzioni prorogate fino a marzo":
        # an until-date after the act ends the state the act starts, it does not date it
        # (a visit, drills, a protest or fighting "fino al 19" last until then)
        return None
    if _across_contrast(doc, trig, x):
        return None
    others = [o for o in triggers if o.start != trig.start]
    if x.end <= trig.start:
        return (_boundaries(doc, x.end, trig.start, others), trig.start - x.end)
    if trig.end <= x.start:
        if _in_other_clause(doc, trig, x, others):
            return None
        return (_boundaries(doc, trig.end, x.start, others), x.start - trig.end)
    return (0, 0)


def _in_sentence(doc: Doc, trig: Span) -> Span | None:
    sent = sent_of(doc, trig.start)
    triggers = spans_of(doc, "triggers")
    best = None
    for x in _timexes_in(doc, sent.start, sent.end, unresolved=True):
        s = _score(doc, trig, x, triggers)
        if s is not None and s[1] > 1 and not _datable(ext(x, "timex")):
            # Unless it is part of the trigger ("rinviato martedì a giudizio") or next to
            # it, an unplaceable date yields to a placeable one of the same clause.
            s = (s[0] + 1, s[1])
        if s is not None and (best is None or s < best[0]):
            best = (s, x)
    return best[1] if best else None


def _sentences(doc: Doc) -> list[Span]:
    try:
        return doc_sents(doc)  # listed once per Doc, not per trigger
    except ValueError:  # no sentence boundaries: the whole text is one sentence
        return [doc[:]]


def _sentence_index(sents: list[Span], i: int) -> int | None:
    """Index of the sentence holding token ``i`` (sentences in text order)."""
    k = bisect.bisect_right(sents, i, key=lambda s: s.start) - 1
    return k if 0 <= k < len(sents) and sents[k].start <= i < sents[k].end else None


def _same_paragraph(doc: Doc, a: Span, b: Span) -> bool:
    """Whether no blank line separates two sentences (a before b)."""
    return "\n\n" not in doc_text(doc)[a.end_char : b.start_char].replace("\r", "")


def _event_type(span: Span) -> str | None:
    return getattr(ext(span, "trigger"), "event_type", None)


def _coreferent(doc: Doc, trig: Span) -> list[Span]:
    """Later anaphoric mentions of the same event type ("Il meeting", "the talks")."""
    etype = _event_type(trig)
    anaphor = _cue(doc.lang_, "reEventAnaphor")
    if etype is None or anaphor is None:
        return []
    sents = _sentences(doc)
    idx = _sentence_index(sents, trig.start)
    if idx is None:
        return []
    window = sents[idx + 1 : idx + 1 + COREF_SENTENCES]
    if not window:
        return []
    out = []
    words = tokens(doc).text
    for t, t_start in _trigger_types(doc).get(etype, []):
        if not (window[0].start <= t_start < window[-1].end):
            continue
        if t_start > 0 and anaphor.fullmatch(words[t_start - 1]):
            out.append(t)
    return out


_TRIGGER_TYPES = "eventwire_timex_trigger_types"


def _trigger_types(doc: Doc) -> dict[str | None, list[tuple[Span, int]]]:
    """Event type (:func:`_event_type`) -> (span, start) of each trigger of that type, in
    the group's order; read once per group (every trigger asks for its own type)."""
    group = spans_of(doc, "triggers")
    got = doc.user_data.get(_TRIGGER_TYPES)
    if got is None or got[0] is not group:
        by_type: dict[str | None, list[tuple[Span, int]]] = {}
        for t in group:
            by_type.setdefault(_event_type(t), []).append((t, t.start))
        got = doc.user_data[_TRIGGER_TYPES] = (group, by_type)
    return got[1]  # type: ignore[no-any-return]


def _clause_end(doc: Doc, trig: Span, sent: Span) -> int:
    """The token offset where the trigger's clause ends (clause punctuation or sentence end)."""
    hi = trig.end
    words = tokens(doc).text
    while hi < sent.end and words[hi] not in BOUNDARY_TOKENS:
        hi += 1
    return hi


def _in_relative_aside(doc: Doc, x: Span, sent: Span) -> bool:
    """Whether a time expression sits in a relative clause set off by commas.

    "Il partito, che il governo tentò di sciogliere nel 2001, aveva organizzato ...": the
    aside's year dates the aside, not the story the next sentences continue.
    """
    words = tokens(doc).text
    syn = syntax_for(doc.lang_)
    i = x.start - 1
    while i > sent.start and words[i] != ",":
        if syn.cls(words[i]) in ("relative", "complementizer"):
            # the relative word follows a comma and at most a short noun phrase
            j, k = i - 1, 0
            while j >= sent.start and words[j] != "," and k < 3:
                j, k = j - 1, k + 1
            if j >= sent.start and words[j] == ",":
                return True
            return False
        i -= 1
    return False


def _narrative(doc: Doc, trig: Span) -> Span | None:
    """The date of the story the trigger's sentence continues (pluperfect, remote past)."""
    cue = _cue(doc.lang_, "reNarrativePast")
    if cue is None:
        return None
    sents = _sentences(doc)
    idx = _sentence_index(sents, trig.start)
    # The tense that matters is the trigger's clause or the one it depends on, not a
    # relative clause after it ("..., la cui estradizione era stata negata").
    tab = tokens(doc)
    if idx is None or not cue.search(
        tab.span_text(sents[idx].start, _clause_end(doc, trig, sents[idx]))
    ):
        return None
    cur = sents[idx]
    for prev in reversed(sents[max(0, idx - NARRATIVE_SENTENCES) : idx]):
        if not _same_paragraph(doc, prev, cur):
            return None
        found = [
            x
            for x in _timexes_in(doc, prev.start, prev.end)
            if ext(x, "timex").role not in ("of", "premod") and not _in_relative_aside(doc, x, prev)
        ]
        if found:
            x = found[0]
            if time_relation(ext(x, "timex"), doc._.published) == "future":
                return None
            return x
        if not cue.search(tab.span_text(prev.start, prev.end)):
            return None
        cur = prev
    return None


def governing_timex(doc: Doc, trigger: Span, related: list[Span] | None = None) -> Span | None:
    """The time expression (span of ``doc.spans["timex"]``) that dates the trigger's event."""
    return _govern(doc, trigger, related)[0]


def _govern(
    doc: Doc, trigger: Span, related: list[Span] | None
) -> tuple[Span | None, str, Span | None]:
    """(timex, rule, end-of-range timex or None)."""
    own = _in_sentence(doc, trigger)
    # a completed act ("ha annullato i colloqui previsti domani", "ha detto di aver
    # parlato"): a date after publication is the date of something else
    completed = syntax_for(doc.lang_).is_completed(doc, trigger)

    def later(x: Span | None) -> bool:
        return (
            completed
            and x is not None
            and time_relation(ext(x, "timex"), doc._.published) == "future"
        )

    if later(own):
        own = None
    of = sentences(doc).of
    here = of[trigger.start]
    mentions = [s for s in (related or []) if ext(s, "trigger") is not None and of[s.start] != here]
    mentions += [m for m in _coreferent(doc, trigger) if of[m.start] != here]
    other = None
    other_hedged = False
    for m in mentions:
        x = _in_sentence(doc, m)
        if x is not None and (own is None or x.start != own.start) and not later(x):
            other = x
            other_hedged = _hedged_between(doc, m, x)
            break
    if own is not None:
        if (
            other is not None
            and ext(other, "timex").role == "end"
            and ext(own, "timex").role != "end"
            and not other_hedged
        ):
            return own, "date.governing_timex", other
        return own, "date.governing_timex", None
    if other is not None:
        return other, "date.coreferent_mention", None
    story = _narrative(doc, trigger)
    if story is not None and not later(story):
        return story, "date.narrative_continuation", None
    return None, "date.publication_fallback", None


def _hedged_between(doc: Doc, mention: Span, x: Span) -> bool:
    """A modal of possibility or probability between a later mention and its end date ("i
    colloqui potrebbero proseguire fino a mercoledì"): the end is a conjecture, no range of
    the event (rule date.range_from_mentions does not apply)."""
    lo, hi = (mention.end, x.start) if mention.end <= x.start else (x.end, mention.start)
    return any(
        cue.kind in ("possible", "probable") and lo <= s and e <= hi
        for s, e, cue in cue_index(doc.lang_, "factuality_cues.tsv").match(doc)
    )


def _complete(value: str, begin: str | None) -> str | None:
    """An ISO date for a ``XXXX-MM-DD`` end, taking the year of the begin (or the next)."""
    if not begin or not value.startswith("XXXX-") or not begin[:4].isdigit():
        return None
    out = begin[:4] + value[4:10]
    if out < begin[: len(out)]:
        out = str(int(begin[:4]) + 1) + out[4:]
    return out


@functools.cache
def _span_units(lang: str) -> tuple[dict[str, int], dict[str, int], frozenset[str]]:
    """``span_units.tsv``: unit -> days; count words -> counts (with the timex number words);
    the lemmas of verbs that end a span."""
    units: dict[str, int] = {}
    numbers: dict[str, int] = {}
    ends: set[str] = set()
    try:
        maps = load(lang).maps.get("normNumber", {})
    except ResourceError:
        maps = {}
    numbers.update({k: int(v) for k, v in maps.items() if v.isdigit()})
    for _, cols in read_table(lang, "span_units.tsv"):
        if cols[0] == "unit" and len(cols) > 2:
            units[cols[1].lower()] = int(cols[2])
        elif cols[0] == "number" and len(cols) > 2:
            numbers[cols[1].lower()] = int(cols[2])
        elif cols[0] == "end":
            ends.add(cols[1].lower())
    return units, numbers, frozenset(ends)


#: The longest span of days an act noun may be said to fill.
SPAN_DAYS_MAX = 31


def span_days(doc: Doc, trigger: Span) -> tuple[int, str] | None:
    """ "ha avviato oggi due giorni di esercitazioni": the days of a span of time whose "di"
    complement the trigger is (``span_units.tsv``), and its words; None where there is no
    such span, or a verb that ends the span governs it ("ha concluso tre giorni di colloqui")."""
    lang = doc.lang_
    units, numbers, ends = _span_units(lang)
    if not units:
        return None
    sx = syntax_for(lang)
    words = tokens(doc).lower
    sent = sent_of(doc, trigger.start)
    k = trigger.start - 1
    if k > sent.start and sx.cls(words[k]) == "det":
        k -= 1
    if k - 2 < sent.start or sx.cls(words[k]) != "prep_of" or words[k - 1] not in units:
        return None
    count = words[k - 2]
    n = int(count) if count.isdigit() else numbers.get(count)
    if not n:
        return None
    days = n * units[words[k - 1]]
    if days > SPAN_DAYS_MAX:
        return None
    keys = token_keys(doc, lang)
    if any(not ends.isdisjoint(keys[j][1]) for j in range(max(sent.start, k - 6), k - 2)):
        return None
    return days, doc[k - 2 : k].text


def date_event(doc: Doc, trigger: Span, related: list[Span] | None = None) -> tuple[Time, Why]:
    """The event's date: the governing time expression, else the publication date (unknown)."""
    pub = doc._.published
    x, rule, end = _govern(doc, trigger, related)
    if x is None:
        return Time(raw_text=None, start=pub, end=pub, granularity="unknown"), Why(
            "date", rule, None
        )
    t: Timex = ext(x, "timex")
    entry = f"{t.rule}: {t.value}"
    if end is not None:
        e: Timex = ext(end, "timex")
        finish = e.finish or _complete(e.value, t.begin)
        if t.begin and finish and finish >= t.begin[: len(finish)]:
            raw = f"{x.text} ... {end.text}"
            why = Why("date", "date.range_from_mentions", f"{entry} / {e.rule}: {e.value}")
            return Time(raw_text=raw, start=t.begin, end=finish, granularity="range"), why
    if t.begin and t.finish:
        granularity = t.granularity if t.granularity != "unknown" else "range"
        span = span_days(doc, trigger) if granularity == "day" else None
        if span is not None and span[0] > 1:
            finish = datetime.date.fromisoformat(t.begin) + datetime.timedelta(span[0] - 1)
            why = Why("date", "date.span_of_days", f"{entry} + {span[1]}")
            return Time(f"{x.text} ... {span[1]}", t.begin, finish.isoformat(), "range"), why
        return Time(x.text, t.begin, t.finish, granularity), Why("date", rule, entry)
    # A date that lacks its year and no publication date to take it from: not guessed.
    return Time(x.text, None, None, "unknown"), Why("date", "date.unresolved", entry)
