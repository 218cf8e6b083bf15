"""Factuality of an event mention: certainty, polarity, time (MEANTIME / FactBank values).

Cues come from ``lang/<lang>/factuality_cues.tsv``; verb morphology (Italian future and
conditional endings) and the event's own date complete them. The scope rules:

- modal, planning and expectation cues govern a trigger in the same clause: to its left,
  or, for a noun trigger in subject position, in the verb group right after it;
- negation governs a trigger when it stands just before it (clitics, auxiliaries and
  adverbs may intervene), never across a clause boundary;
- a condition ("se", "if") governs the rest of its sentence up to the main clause;
- a purpose phrase ("per aumentare", "in order to") makes the goal possible and future.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from eventwire.kb import wordclass
from eventwire.pipeline.extensions import ext, span_sent
from eventwire.pipeline.lexicon import cue_index, light_verbs, token_keys
from eventwire.pipeline.syntax import CLITICS, Syntax
from eventwire.pipeline.tokens import tokens
from eventwire.records import Factuality, Why

_IT_FUTURE = ("rà", "ranno", "rò", "remo", "rete", "rai")
_IT_CONDITIONAL = ("rebbe", "rebbero", "rei", "resti", "remmo", "reste")
_NEG_SKIP_CLASSES = frozenset({"aux", "aux_passive", "adv"})
_NEG_SKIP_WORDS = frozenset(
    "ancora più mai affatto yet even ever been be to do does did have has had".split()
)


@functools.cache
def _participation_phrases(lang: str) -> tuple[tuple[frozenset[str], str, str], ...]:
    """(verb lemmas or forms, noun or "", preposition) of ``light_phrases.tsv`` ("prendere
    parte a") and ``participation_verbs.tsv`` ("partecipare a"): taking part in the event
    the preposition's noun names."""
    from eventwire.pipeline.lexicon import norm, read_table

    out = [
        (frozenset(norm(v) for v in c[0].split(",") if v), norm(c[1]), norm(c[2]))
        for _, c in read_table(lang, "light_phrases.tsv")
        if len(c) >= 3
    ]
    out += [
        (frozenset({norm(c[0])}), "", norm(c[1]))
        for _, c in read_table(lang, "participation_verbs.tsv")
        if len(c) >= 2
    ]
    return tuple(out)


def _sorted_starts(doc: Doc, events: list[Span]) -> list[int]:
    """Sorted start tokens of ``events``, computed once per Doc and list (the event stage
    passes the same trigger list for every trigger: sorting it each time was quadratic)."""
    key = (id(events), len(events))
    cached = doc.user_data.get("_eventwire_fact_starts")
    if cached is not None and cached[0] == key:
        return cached[1]
    starts = sorted(e.start for e in events)
    doc.user_data["_eventwire_fact_starts"] = (key, starts)
    return starts


#: Cue kinds that modify one verb group: a modal before "e" + auxiliary + the trigger is about
#: the other verb ("di voler annettere ... e ha chiesto"); a source ("secondo X") covers both.
_VERB_GROUP_CUES = frozenset({"possible", "power", "probable", "planned", "future"})


@dataclass
class CueHits:
    """Cue matches of one Doc, by kind: list of (start, end, pattern, source)."""

    by_kind: dict[str, list[tuple[int, int, str, str]]] = field(default_factory=dict)
    #: kind -> the starts of its hits when they are in order, else None (made on first use)
    _starts: dict[str, list[int] | None] = field(default_factory=dict, repr=False, compare=False)
    _tokens: dict[tuple[str, ...], frozenset[int]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def tokens_of(self, kinds: tuple[str, ...]) -> frozenset[int]:
        """The tokens of the hits of ``kinds`` (made once per Doc and kinds: asked for every
        trigger)."""
        got = self._tokens.get(kinds)
        if got is None:
            got = self._tokens[kinds] = frozenset(
                k for kind in kinds for s, e, *_ in self.by_kind.get(kind, []) for k in range(s, e)
            )
        return got

    def within(self, kind: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
        hits = self.by_kind.get(kind, [])
        starts = self._starts.get(kind)
        if starts is None or len(starts) != len(hits):
            starts = [h[0] for h in hits]
            if any(a > b for a, b in zip(starts, starts[1:], strict=False)):
                return [h for h in hits if h[0] >= start and h[1] <= end]
            self._starts[kind] = starts
        # the hits starting in [start, end] (a hit ends at or after its start), in order:
        # asked for every trigger, kind and side, this was a scan of the Doc's hits
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_right(starts, end)
        return [h for h in hits[lo:hi] if h[1] <= end]


def find_cues(doc: Doc, lang: str) -> CueHits:
    """All factuality cues of a Doc."""
    hits = CueHits()
    for s, e, cue in cue_index(lang, "factuality_cues.tsv").match(doc):
        hits.by_kind.setdefault(cue.kind, []).append((s, e, cue.pattern, cue.source))
    return hits


class FactualityReader:
    """Reads the factuality of a trigger from the cues around it."""

    def __init__(self, syntax: Syntax) -> None:
        self.sx = syntax

    def verb_form(self, doc: Doc, i: int) -> str | None:
        """``future`` / ``conditional`` from an Italian verb ending, else None."""
        if self.sx.lang != "it":
            return None
        tab = tokens(doc)
        text = tab.lower[i]
        lemma = tab.lemma[i].lower()
        if lemma == text or not lemma.endswith(("re", "rsi")):
            return None
        if text.endswith(_IT_CONDITIONAL):
            return "conditional"
        if text.endswith(_IT_FUTURE):
            if text.endswith("ò") and lemma.endswith("are") and text == lemma[:-3] + "ò":
                # "incontrò", "dichiarò": remote past (3rd singular) of an -are verb, not
                # the future "incontrerò"
                return None
            return "future"
        return None

    def english_past(self, doc: Doc, trig: Span, is_noun: bool) -> bool:
        """An English verb trigger in the past tense ("it is possible that China sent
        arms"): a possibility about the past, not a future act."""
        if self.sx.lang != "en" or is_noun:
            return False
        low = tokens(doc).lower
        word = low[trig.start]
        if word.endswith(("s", "ing")) or not wordclass.is_inflected_verb("en", word):
            return False
        before = low[trig.start - 1] if trig.start else ""
        if before == "been":  # "could have been charged": past; "will have been" is rare
            return True
        if before in ("and", "or", ","):
            return False  # "to be questioned and investigated": the first verb's tense
        # a simple past, not a participle after "be"/"to"/a modal ("could be charged"):
        # function_words.tsv classes "be" aux_passive and the modals modal
        return self.sx.cls(before) not in ("aux", "aux_passive", "modal") and before != "to"

    def read(
        self,
        doc: Doc,
        trig: Span,
        is_noun: bool,
        hits: CueHits,
        date_relation: str | None,
        events: list[Span] | None = None,
    ) -> tuple[Factuality, list[Why]]:
        """Factuality of ``trig``; ``date_relation`` is past/future/overlap of its date.

        ``events`` are the other event words of the text: a modal, future or negation cue
        governs the nearest event word after it ("could not contact the plane, someone
        said": "could" is about "contact", not "said").
        """
        sent = span_sent(trig)
        # the other event words of the trigger's sentence (the cues that matter are in it)
        every = _sorted_starts(doc, events or [])
        lo, hi = bisect.bisect_left(every, sent.start), bisect.bisect_left(every, sent.end)
        starts = [s for s in every[lo:hi] if s != trig.start]
        c_start = self.sx.clause_start(doc, trig.start, sent)
        c_end = self.sx.clause_end(doc, trig.end - 1, sent)
        why: list[Why] = []
        fact = Factuality("certain", "positive", "non_future")
        time_set = False

        # the verb group governing the trigger: left part of the clause, and for a noun in
        # subject position, the verb group after it
        left = (c_start, trig.start)
        right = (trig.end, min(c_end, trig.end + 6)) if is_noun else (trig.end, trig.end)
        low = tokens(doc).lower
        if is_noun and any(self.sx.cls(low[k]) == "aux" for k in range(c_start, trig.start)):
            # "ha avviato le consultazioni ... e dovrebbe affidare": the object of a verb
            # before it, not the subject of the verb group after it
            right = (trig.end, trig.end)

        words = tokens(doc).lower
        # an event word coordinated with the trigger right before it shares its modal ("potranno
        # decidere perquisizioni e arresti")
        conj_before = trig.start > sent.start and self.sx.cls(words[trig.start - 1]) == "conj"

        def nearest(h: tuple, kind: str = "") -> bool:
            lo, hi = (h[1], trig.start) if h[1] <= trig.start else (trig.end, h[0])
            if (
                kind in _VERB_GROUP_CUES
                and h[1] <= trig.start
                and any(
                    self.sx.cls(words[k]) == "conj" and self.sx.is_finite_auxiliary(words[k + 1])
                    for k in range(h[1], trig.start - 1)
                )
            ):
                # "ha accusato Abiy di voler annettere ... e ha chiesto": a verb group of its
                # own after "e" + auxiliary; the modal before it was about the other verb
                return False
            between = [s for s in starts if lo <= s < hi]
            if between and conj_before and h[1] <= trig.start:
                last = max(between)
                return all(
                    words[k][:1].isalnum() and self.sx.cls(words[k]) != "clause"
                    for k in range(last, trig.start)
                ) and not any(s < last for s in between)
            return not between

        def hits_of(kind: str) -> list[tuple[int, int, str, str]]:
            out = [h for h in hits.within(kind, *left) if nearest(h, kind)]
            if right[1] > right[0]:
                out += [h for h in hits.within(kind, *right) if nearest(h)]
            if (
                len(trig) > 2
            ):  # a long pattern may hold the modal ("announced that it will withdraw")
                out += hits.within(kind, trig.start + 1, trig.end)
            return out

        # morphology of the trigger and the auxiliaries/modals before it
        forms = []
        for i in range(max(c_start, trig.start - 4), trig.end):
            f = self.verb_form(doc, i)
            if f:
                forms.append((i, f))
        if is_noun:
            for i in range(right[0], right[1]):
                f = self.verb_form(doc, i)
                if f:
                    forms.append((i, f))

        # a power governs the act its phrase goes on to: no punctuation between ("che avrebbe
        # il potere di farlo, ha ribadito la sua fiducia": the power is not about the trust)
        power = [
            h
            for h in hits_of("power")
            if all(
                words[k][:1].isalnum()
                for k in (range(h[1], trig.start) if h[1] <= trig.start else range(trig.end, h[0]))
            )
        ]
        possible = (
            hits_of("possible") + power + self.matrix_belief(doc, trig, sent, hits, "possible")
        )
        probable = hits_of("probable") + self.matrix_belief(doc, trig, sent, hits)
        planned = hits_of("planned")
        # "is believed to be the sixth Briton killed": the report is about who someone is,
        # not about the act
        reported = [h for h in hits_of("reported") if not self._identity_after(doc, h[1])]
        future = hits_of("future")
        past = hits_of("past")
        perfect = [h for h in hits.within("perfect", trig.start - 3, trig.end)]

        if possible:
            fact.certainty = "possible"
            why.append(Why("factuality.certainty", "factuality.modal_possible", possible[0][3]))
            if power:
                # "il prefetto può vietare", "potranno decidere arresti": a power, no act
                why.append(Why("factuality.certainty", "factuality.power", power[0][3]))
            if not perfect and not past and not self.english_past(doc, trig, is_noun):
                fact.time, time_set = "future", True
        elif probable or planned:
            h = (probable or planned)[0]
            fact.certainty = "probable"
            why.append(Why("factuality.certainty", "factuality.modal_probable", h[3]))
            # "dovrebbe tenersi", "is expected to meet": a prospective event, unless perfect
            if (
                not perfect
                and not past
                and not (h[1] < len(doc) and self.sx.is_participle(doc, h[1]))
                and not self.english_past(doc, trig, is_noun)
            ):
                fact.time, time_set = "future", True
        elif reported:
            # "reportedly killed", "allegedly in talks": an unconfirmed report; the tense of
            # the act stays its own
            fact.certainty = "probable"
            why.append(Why("factuality.certainty", "factuality.reported_hedge", reported[0][3]))
        elif any(f == "conditional" for _, f in forms):
            fact.certainty = "probable"
            why.append(Why("factuality.certainty", "factuality.conditional_mood", None))
            # reportive conditional with a participle (avrebbe affermato) is past; a copula
            # in the conditional before a predicate that is no participle ("sarebbe pronto a
            # offrire", "sarebbero migliaia i consiglieri") reports a present state
            i = next(i for i, f in forms if f == "conditional")
            copula = self.sx.cls(tokens(doc).lower[i]) == "aux_passive"
            # "starebbe cercando il sostegno", "starebbero negoziando": the progressive of
            # the trigger's own verb reports an act going on now, no prospect (rule
            # factuality.reportive_progressive); "starebbe preparando un attacco" keeps the
            # attack ahead
            progressive = (
                tokens(doc).lemma[i].lower() == "stare"
                and trig.start <= i + 1 < trig.end
                and tokens(doc).lower[i + 1].endswith(("ando", "endo"))
            )
            if progressive:
                why.append(Why("factuality.time", "factuality.reportive_progressive", words[i]))
            elif (
                not (i + 1 < len(doc) and self.sx.is_participle(doc, i + 1))
                and not (trig.start > i and self.sx.is_participle(doc, trig.start))
                and not copula
            ):
                fact.time, time_set = "future", True
            elif copula and not (i + 1 < len(doc) and self.sx.is_participle(doc, i + 1)):
                why.append(Why("factuality.time", "factuality.reportive_copula", words[i]))

        if not time_set:
            if future or any(f == "future" for _, f in forms):
                fact.time, time_set = "future", True
                src = future[0][3] if future else "verb ending"
                why.append(Why("factuality.time", "factuality.future", src))

        # condition: "se/if" earlier in the sentence, with no hard boundary in between. In
        # the if-clause itself the event is hypothetical; after the comma that closes it,
        # only a conditional, future or modal verb group keeps it hypothetical ("se
        # sorpassate, condurrebbero ad un attacco") -- an indicative main clause is real
        # ("se non verrà rispettato, minacciano di ...")
        hypothetical_main = bool(possible or probable or future) or any(
            f in ("conditional", "future") for _, f in forms
        )
        # the word of a condition in another use opens none ("se ne sono andati", "anche se")
        other_use = {k for s, e, *_ in hits.by_kind.get("not_condition", []) for k in range(s, e)}
        for _s, e, _pat, src in hits.within("condition", sent.start, trig.start):
            if _s in other_use:
                continue
            if not any(self.sx.is_hard_boundary(doc, k) for k in range(e, trig.start)):
                # a condition after its main clause runs to the sentence's end: its commas
                # join coordinated conditions ("possiamo fermarci se si ritirano, liberano
                # i prigionieri, ..."), they close nothing
                trailing = self.after_main_clause(doc, _s, sent)
                # but a comma with a clause word after it ("..., ma hanno rifiutato",
                # "..., mentre ...") opens a new clause the condition does not reach
                if trailing and any(
                    tokens(doc).text[k] == ","
                    and (self.sx.is_clause_word(doc, k + 1) or self._relative_apposition(doc, k))
                    for k in range(e, trig.start - 1)
                ):
                    continue
                closed = not trailing and any(
                    tokens(doc).text[k] == ","
                    for k in range(self.after_aside(doc, e, trig.start), trig.start)
                )
                if closed and not hypothetical_main:
                    continue
                if trig.start - e <= (30 if trailing else 12):
                    fact.certainty = "possible"
                    if not past:
                        fact.time = "future"
                        time_set = True
                    why.append(Why("factuality.certainty", "factuality.condition", src))
                    break

        # purpose: "per + infinitive" right before the trigger (or the trigger itself); a
        # protest as the purpose of an act is that act's meaning, not a goal ("hanno occupato
        # il liceo per protestare contro i tagli")
        protest = getattr(ext(trig, "trigger"), "event_type", None) == "PROTEST"
        purposes = (
            [] if protest else hits.within("purpose", max(sent.start, trig.start - 5), trig.start)
        )
        for _s, e, _pat, src in purposes:
            if e < len(doc) and (self.sx.is_infinitive(doc, e) or e == trig.start):
                if trig.start - e <= 3:
                    fact.certainty = "possible"
                    fact.time, time_set = "future", True
                    why.append(Why("factuality.certainty", "factuality.purpose", src))
                    break

        # negation just before the trigger
        if self.negated(doc, trig, hits, c_start, is_noun):
            fact.polarity = "negative"
            why.append(Why("factuality.polarity", "factuality.negation", None))
        elif not is_noun and self.neg_clause(doc, trig, hits, sent, starts):
            fact.polarity = "negative"
            why.append(Why("factuality.polarity", "factuality.neg_clause", None))

        # the event's own date, where stated, settles time
        if date_relation in ("past", "future") and not (
            fact.certainty == "possible" and date_relation == "past" and time_set
        ):
            new = "future" if date_relation == "future" else "non_future"
            if new != fact.time:
                why.append(Why("factuality.time", f"factuality.date_{date_relation}", None))
            fact.time = new
        return fact, why

    def _relative_apposition(self, doc: Doc, k: int) -> bool:
        """After the comma at ``k``, a noun phrase that a relative clause qualifies ("...
        se avesse acconsentito, un'opzione che però è stata rifiutata"): a determiner, one
        word, then "che" / "cui": the relative clause is asserted, no part of the condition."""
        text = tokens(doc).text
        return (
            k + 3 < len(doc)
            and self.sx.cls(text[k + 1]) == "det"
            and self.sx.cls(text[k + 3]) in ("complementizer", "relative")
        )

    @staticmethod
    def after_aside(doc: Doc, e: int, limit: int) -> int:
        """Where the clause a condition word opens goes on: past an aside in commas right
        after the word ("se, per esempio, la Russia attaccasse": its commas close nothing),
        else ``e``."""
        text = tokens(doc).text
        if e < limit and text[e] == ",":
            for k in range(e + 2, min(e + 6, limit)):
                if text[k] == ",":
                    return k + 1
        return e

    def after_main_clause(self, doc: Doc, start: int, sent: Span) -> bool:
        """The condition word at ``start`` follows a word of its main clause ("possiamo
        fermarci se ..."), not a boundary, a comma or a clause or coordination word ("Ha
        detto che se ...", ", ma se ...", "Se ..."), and no clitic follows it."""
        if start <= sent.start:
            return False
        prev = tokens(doc).text[start - 1]
        if not prev[:1].isalnum():
            return False
        # a clitic after it may make it the reflexive pronoun ("il ministro se la prende")
        nxt = tokens(doc).lower[start + 1] if start + 1 < sent.end else ""
        if nxt in CLITICS or nxt.endswith("'"):
            return False
        return self.sx.cls(prev.lower()) not in ("clause", "relative", "complementizer", "conj")

    def matrix_belief(
        self, doc: Doc, trig: Span, sent: Span, hits: CueHits, kind: str = "belief"
    ) -> list:
        """A belief or expectation verb governing the trigger's "che/that" clause ("si
        aspetta che queste discussioni continuino", "believes that Russia will ..."), or
        with ``kind="possible"`` a possibility ("non è escluso che la Russia attacchi")."""
        out = []
        for h in hits.within(kind, sent.start, trig.start):
            lower = tokens(doc).lower
            between = range(h[1], max(h[1], trig.start))  # doc[h[1] : trig.start]
            opener = ("che", "that", "whether", "if", "se")
            ends_open = lower[h[1] - 1] in opener  # "unclear whether" holds its opener
            if (ends_open or any(lower[k] in opener for k in between[:3])) and not any(
                self.sx.is_hard_boundary(doc, k) for k in between
            ):
                out.append(h)
        return out

    def _identity_after(self, doc: Doc, i: int) -> bool:
        """A form of "be" (after "have") then a determiner or "part"/"among" at token ``i``:
        "to be the first", "to have been part of"."""
        words = tokens(doc).lower
        k = i
        if k < len(doc) and words[k] == "have":
            k += 1
        if k >= len(doc) or words[k] not in ("be", "been"):
            return False
        k += 1
        return k < len(doc) and (
            self.sx.cls(words[k]) == "det" or words[k] in ("part", "among", "one")
        )

    def negated(
        self, doc: Doc, trig: Span, hits: CueHits, c_start: int, is_noun: bool = False
    ) -> bool:
        """A negation cue right before the trigger (clitics/auxiliaries/adverbs and modals
        may intervene: "non ha mai attaccato", "non potrebbe attaccare"; before a noun
        trigger, one light verb and its determiners too: "non ha sporto denuncia", "non ha
        lanciato un attacco", "di non voler presentare le dimissioni")."""
        light = light_verbs(self.sx.lang) if is_noun else frozenset()
        keys = token_keys(doc, self.sx.lang) if light else None
        modal = hits.tokens_of(("possible", "power", "probable", "planned", "future"))
        for _s, e, _pat, _src in hits.within("negation", c_start, trig.start):
            if _s in modal:
                continue  # the "non" of a modal cue: "non si esclude un attacco"
            ok = True
            light_at: int | None = None  # the light verb met, if any
            for k in range(e, trig.start):
                t = tokens(doc).lower[k]
                if (
                    t in CLITICS
                    or t in _NEG_SKIP_WORDS
                    or self.sx.cls(t) in _NEG_SKIP_CLASSES
                    or k in modal
                ):
                    continue
                if self.sx.cls(t) == "det" and k == trig.start - 1:
                    continue
                if light_at is not None and self.sx.cls(t) in ("det", "possessive"):
                    continue  # "non ha espresso il suo sostegno"
                if keys is not None and light_at is None and not light.isdisjoint(keys[k][1]):
                    light_at = k
                    continue
                ok = False
                break
            if ok:
                return True
        if is_noun and self._negated_participation(doc, trig, hits, c_start, modal):
            return True
        return is_noun and self._negated_in_gap(doc, trig, hits, modal)

    def _negated_participation(
        self, doc: Doc, trig: Span, hits: CueHits, c_start: int, modal: frozenset[int]
    ) -> bool:
        """Rule factuality.negated_participation: a negated verb of taking part
        (``participation_verbs.tsv``: "partecipare a"; or a phrase of ``light_phrases.tsv``:
        "prendere parte a") whose preposition opens the noun trigger of a meeting with a
        partner named after it ("il Brasile non ha preso parte ai negoziati con
        l'Argentina", "non parteciperà al vertice con Biden"): the subject's own meeting with
        that partner did not happen, so the record is negative. A noun with no partner
        ("Casini non ha partecipato al vertice") keeps its polarity: the event may have
        taken place without the subject."""
        phrases = _participation_phrases(self.sx.lang)
        if not phrases:
            return False
        tab = tokens(doc)
        keys = token_keys(doc, self.sx.lang)
        for _s, e, _pat, _src in hits.within("negation", c_start, trig.start):
            if _s in modal:
                continue
            k = e
            while k < trig.start and (
                tab.lower[k] in CLITICS
                or tab.lower[k] in _NEG_SKIP_WORDS
                or self.sx.cls(tab.lower[k]) in _NEG_SKIP_CLASSES
            ):
                k += 1
            if k >= trig.start:
                continue
            for verbs, noun, prep in phrases:
                if verbs.isdisjoint(keys[k][1]) and tab.lower[k] not in verbs:
                    continue
                j = k + 1
                if noun:
                    if j >= trig.start or tab.lower[j] != noun:
                        continue
                    j += 1
                if j >= trig.start or self.sx.cls(tab.lower[j]) != self.sx.cls(prep):
                    continue
                j += 1
                if j < trig.start and self.sx.cls(tab.lower[j]) == "det":
                    j += 1
                if j == trig.start and self._with_partner(doc, trig):
                    return True
        return False

    def _with_partner(self, doc: Doc, trig: Span) -> bool:
        """The event noun names the subject's partner right after it ("al vertice con
        l'Argentina", at most one adjective between): the event is the subject's own
        meeting, which did not happen. Without one ("Casini non ha partecipato al vertice")
        the event may have taken place without the subject."""
        tab = tokens(doc)
        sent_end = span_sent(trig).end
        for k in range(trig.end, min(sent_end, trig.end + 2)):
            if self.sx.cls(tab.lower[k]) == "prep_with":
                return True
        return False

    def _negated_in_gap(self, doc: Doc, trig: Span, hits: CueHits, modal: frozenset[int]) -> bool:
        """A negation inside a gapped noun trigger, before the verb that governs its last
        noun: "il pacchetto non includerà (invece) sanzioni" (trigger "pacchetto * sanzioni")
        says there will be none. Between the cue and the last word only clitics,
        auxiliaries, adverbs, determiners and one content word (that verb) may stand."""
        if len(trig) < 3:
            return False
        tab = tokens(doc)
        for s, e, _pat, _src in hits.within("negation", trig.start + 1, trig.end - 1):
            if s in modal:
                continue
            content = 0
            for k in range(e, trig.end - 1):
                t = tab.lower[k]
                if (
                    t in CLITICS
                    or t in _NEG_SKIP_WORDS
                    or self.sx.cls(t) in _NEG_SKIP_CLASSES
                    or self.sx.cls(t) in ("det", "possessive")
                ):
                    continue
                if self.sx.cls(t) is None and tab.is_alpha[k] and content == 0:
                    content = 1
                    continue
                break
            else:
                return True
        return False

    def neg_clause(
        self, doc: Doc, trig: Span, hits: CueHits, sent: Span, starts: list[int]
    ) -> bool:
        """A subordinator that negates its clause ("senza che il governo lo chiedesse":
        without the government asking) governs the clause's verb: its subject may stand
        between, but no punctuation and no other event word."""
        for _s, e, _pat, _src in hits.within("neg_clause", sent.start, trig.start):
            if trig.start - e > 6:
                continue
            if any(e <= s < trig.start for s in starts):
                continue
            if any(tokens(doc).lower[k] in ",;:()" for k in range(e, trig.start)):
                continue
            return True
        return False

    def cancelled(self, doc: Doc, trig: Span, hits: CueHits) -> str | None:
        """The ``cancel`` cue (a verb of banning, calling off or foiling) whose object or
        passive subject the trigger is: "ha vietato il corteo", "è stato annullato il
        vertice", "il corteo dei sindacati è stato annullato". Its source, or None."""
        sent = span_sent(trig)
        low = tokens(doc).lower
        for s, e, _pat, src in hits.within("cancel", sent.start, sent.end):
            if e <= trig.start:
                # the object: only determiners (elided ones too: "ha disertato l'incontro"),
                # possessives and one adjective between
                between = [low[k] for k in range(e, trig.start)]
                adjectives = [w for w in between if self.sx.cls(w) not in ("det", "possessive")]
                if (
                    len(between) <= 3
                    and len(adjectives) <= 1
                    and all(
                        w.rstrip("'’").isalpha() and self.sx.cls(w) in (None, "det", "possessive")
                        for w in between
                    )
                ):
                    return src
            elif s >= trig.end:
                # the passive subject: "<trigger> (its complements) è stato <cue>"; an aside
                # in commas may stand before the verb ("il vertice, previsto per lunedì, è
                # stato annullato")
                aside = self._aside_before(doc, trig.end, s, hits)
                k = s
                while k > trig.end and self.sx.cls(low[k - 1]) == "aux_passive":
                    k -= 1
                if k == s or s - trig.end > 14:
                    continue
                if not any(
                    low[j] == ","
                    or self.sx.is_hard_boundary(doc, j)
                    or self.sx.is_clause_word(doc, j)
                    for j in range(trig.end, k)
                    if j not in aside
                ):
                    return src
        return None

    def unscheduled(self, doc: Doc, trig: Span, hits: CueHits) -> str | None:
        """The ``unscheduled`` cue after a negated "essere" whose subject the trigger is:
        "un incontro tra i due leader non è all'ordine del giorno", "un vertice non è in
        agenda" (the planned event will not take place). Its source, or None."""
        sent = span_sent(trig)
        low = tokens(doc).lower
        for s, _e, _pat, src in hits.within("unscheduled", trig.end, sent.end):
            k = s
            while k > trig.end and self.sx.cls(low[k - 1]) == "aux_passive":
                k -= 1
            if k == s or k - 1 <= trig.end or low[k - 1] != "non" or s - trig.end > 14:
                continue
            if not any(
                low[j] == "," or self.sx.is_hard_boundary(doc, j) or self.sx.is_clause_word(doc, j)
                for j in range(trig.end, k - 1)
            ):
                return src
        return None

    def _aside_before(self, doc: Doc, start: int, end: int, hits: CueHits) -> set[int]:
        """The tokens of one participial aside in commas between ``start`` and ``end``
        (", previsto per lunedì,", ", planned for Monday,"): at most six words, the first a
        participle, no verb group or clause word in it; empty when there is none."""
        low = tokens(doc).lower
        commas = [j for j in range(start, end) if low[j] == ","]
        if len(commas) != 2 or commas[1] - commas[0] > 7 or commas[1] + 1 > end:
            return set()
        a, b = commas
        planned = bool(hits.within("planned", a + 1, a + 2))  # "previsto"
        if not (self.sx.is_participle(doc, a + 1) or planned):
            return set()
        if any(self.sx.is_clause_word(doc, j) for j in range(a + 1, b)):
            return set()
        return set(range(a, b + 1))

    def embedding(self, doc: Doc, trig: Span, hits: CueHits) -> str | None:
        """``neg`` when a "negare di" / "deny" cue embeds the trigger, else None."""
        sent = span_sent(trig)
        for _s, e, _pat, _src in hits.within("neg_embed", sent.start, trig.start):
            if trig.start - e <= 6 and not any(
                self.sx.is_hard_boundary(doc, k) for k in range(e, trig.start)
            ):
                return "neg"
        return None
