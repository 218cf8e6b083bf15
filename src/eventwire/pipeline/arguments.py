"""Argument attachment: who is the actor and who the recipient of a trigger.

There is no parser: the rules read the trigger's frame (``lang/README.md``), the actor
mentions of the sentence (``doc.spans["actors"]``) and the prepositions that govern them
(``function_words.tsv``). Each rule that fires is recorded in ``why``.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from eventwire.kb.wordclass import is_noun, is_verb
from eventwire.pipeline.extensions import ext, sent_of, spans_of
from eventwire.pipeline.lexicon import (
    agreement,
    cue_index,
    light_verbs,
    object_clitics,
    owned_nouns,
    phase_nouns,
    read_table,
    report_verbs,
    role_markers,
    token_keys,
    word_set,
)
from eventwire.pipeline.syntax import (
    CLITICS,
    COMPLEX_PREPS,
    PASSIVE_PARTICIPLES,
    PREP_CLASSES,
    QUOTES,
    Syntax,
    agree,
)
from eventwire.pipeline.tokens import tokens
from eventwire.pipeline.triggers import (
    GAP,
    PASSIVE_NOTE,
    TriggerEntry,
    journey_patterns,
    passive_fits,
    passive_rows,
    presence_patterns,
)
from eventwire.records import Why

#: How far (tokens) back a noun trigger after a role marker ("as human shields") looks
#: for the light verb of its object ("holding thousands of civilian refugees as ...").
ROLE_REACH = 8
#: Prepositions that introduce a recipient after a verb, and after a noun.
RECIPIENT_PREPS = frozenset({"prep_to", "prep_against", "prep_with"})
NOUN_RECIPIENT_PREPS = RECIPIENT_PREPS | {"prep_on"}
#: How far (tokens) the stages look for an object after a trigger.
OBJECT_WINDOW = 12
#: How far a multi-word agent phrase ("per mano di", "da parte di") may be from its verb.
FAR_AGENT_WINDOW = 30
#: How far (tokens) after a verb "insieme a X" may name a party acting with its subject.
COMPANION_WINDOW = 10
#: Clause words after which a subjectless verb shares the main clause's subject.
SUBORDINATORS = frozenset({"quando", "mentre", "perché", "poiché", "when", "while", "because"})
#: How far a noun's "di X" / "of X" complement may be from the noun.
GENITIVE_WINDOW = 3
#: Infinitive endings (Italian, with the elided and clitic-free forms only).
INFINITIVE_ENDINGS = ("are", "ere", "ire")


def window_end(doc: Doc, start: int, words: int = OBJECT_WINDOW) -> int:
    """The token after ``words`` words from ``start``, where the pieces of a hyphenated
    compound count as one word ("famine-stricken", "high-energy": three tokens, no space),
    so that an object after a few such compounds is still in reach ("airlifted 40 tonnes of
    high-energy biscuits to famine-stricken southern Sudan")."""
    k, n = start, 0
    while k < len(doc) and n < words:
        k += 1
        while (
            k < len(doc)
            and (doc[k].text == "-" or doc[k - 1].text == "-")
            and not doc[k - 1].whitespace_
        ):
            k += 1
        n += 1
    return k


@dataclass
class Arguments:
    """The attached arguments of one trigger."""

    actor: list[Span] = field(default_factory=list)
    recipient: list[Span] = field(default_factory=list)
    symmetric: bool = False
    passive: bool = False
    frame: str = "V"
    why: list[Why] = field(default_factory=list)

    @property
    def spans(self) -> list[Span]:
        return self.actor + self.recipient


def _generic_people(m: Span) -> bool:
    """Unnamed private people ("refugees", "civili"): the content of an act, not a party."""
    acts = ext(m, "actors") or []
    return bool(acts) and all(a.sector in ("REF", "CVL") and not a.name for a in acts)


def _foreign_people(m: Span, own: set[str | None]) -> bool:
    """Unnamed people of a country none of the actors is of ("Palestinian prisoners" freed
    by Israel)."""
    countries = {a.country for a in m._.actors or []}
    return bool(own) and None not in countries and not countries & own


def _person(m: Span) -> bool:
    """A mention of one person: a name, or one holder of an office ("il presidente turco")."""
    info = ext(m, "actor_info") or {}
    return m.label_ == "PER" or info.get("agent_type") == "office"


def _visit(entry: TriggerEntry) -> bool:
    """A visit, or a meeting or trip called off: its "in X" phrase names the host ("visita
    in Francia", "visited in China", "ha rinviato il viaggio in Germania")."""
    return (entry.event_type == "CONSULT" and entry.mode == "visit") or (
        entry.event_type == "REJECT" and entry.mode == "meet"
    )


#: Sectors of armed forces: soldiers, rebels, paramilitaries, unidentified armed men.
ARMED_SECTORS = frozenset({"MIL", "REB", "PRM", "UAF"})


def _forces_yield(entry: TriggerEntry, subj: Span) -> bool:
    """Forces disarmed, demobilized or withdrawn (RETREAT disarm, withdraw): done by the
    side whose forces give up their arms or the ground they held (not "the ambassador was
    withdrawn", a recall)."""
    return (
        entry.event_type == "RETREAT"
        and entry.mode in ("disarm", "withdraw")
        and any(a.sector in ARMED_SECTORS for a in ext(subj, "actors") or [])
    )


#: Participles of "dirsi", "dichiararsi", "mostrarsi" ("si è detta pronta al dialogo"): with their
#: clitic and auxiliary they stand between a conjunction and the trigger they describe.
SELF_REPORT_PARTICIPLES = frozenset(
    {
        "detto", "detta", "detti", "dette",
        "dichiarato", "dichiarata", "dichiarati", "dichiarate",
        "mostrato", "mostrata", "mostrati", "mostrate",
    }
)  # fmt: skip


#: Types whose object inside the trigger is the actor's own (troops sent, weapons given).
OWN_OBJECT_TYPES = frozenset({"MOBILIZE", "RETREAT", "AID", "COOPERATE"})


@functools.cache
def reaction_verbs(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(lemmas, "quoted" forms) of ``reaction_verbs.tsv``: verbs whose object noun is an act
    done to their subject ("ha ricevuto il sostegno", "drew criticism"). A quoted form
    matches the token's own text only ("subisce", not the adverb "subito")."""
    from eventwire.pipeline.lexicon import norm, read_table

    words = [cols[0] for _, cols in read_table(lang, "reaction_verbs.tsv") if " " not in cols[0]]
    return (
        frozenset(norm(w) for w in words if not w.startswith('"')),
        frozenset(norm(w.strip('"')) for w in words if w.startswith('"')),
    )


@functools.cache
def patient_nouns(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(patient nouns, link verb lemmas) of ``patient_nouns.tsv``: "X è stato oggetto /
    bersaglio / vittima di <act>", "X was the target of <act>": the act is done to X."""
    from eventwire.pipeline.lexicon import norm, read_table

    rows = [cols for _, cols in read_table(lang, "patient_nouns.tsv") if len(cols) >= 2]
    return (
        frozenset(norm(c[0]) for c in rows if c[1] == "noun"),
        frozenset(norm(c[0]) for c in rows if c[1] == "link"),
    )


@functools.cache
def _latter_anaphors(lang: str):  # noqa: ANN202
    """``latter_anaphors.tsv`` as a PatternIndex ("quest'ultimo", "the latter")."""
    from eventwire.pipeline.lexicon import Cue, PatternIndex, read_table, split_pattern

    idx = PatternIndex(lang)
    for line, cols in read_table(lang, "latter_anaphors.tsv"):
        idx.add(split_pattern(lang, cols[0]), Cue("latter", cols[0], f"{lang}/latter:{line}"))
    return idx


@functools.cache
def _pending_verbs(lang: str) -> frozenset[str]:
    """Lemmas of ``pending_verbs.tsv`` ("pende un mandato", "grava l'accusa")."""
    from eventwire.pipeline.lexicon import norm, read_table

    return frozenset(norm(c[0].strip('"')) for _, c in read_table(lang, "pending_verbs.tsv"))


@functools.cache
def _demonym_words(lang: str) -> frozenset[str]:
    """Nationality words (``demonyms.tsv``: "British", "Iranians")."""
    return frozenset(cols[0] for _, cols in read_table(lang, "demonyms.tsv") if cols)


@functools.cache
def _means_nouns(lang: str) -> frozenset[str]:
    """``means_nouns.tsv``: "phone", "letter" after "by" name a means, not an agent."""
    return word_set(lang, "means_nouns.tsv")


@functools.cache
def _since_words(lang: str) -> frozenset[str]:
    """``since_words.tsv``: "tempo", "anni" after "da" make it "since/for", no agent."""
    return word_set(lang, "since_words.tsv")


@functools.cache
def _light_phrases(lang: str) -> tuple[tuple[frozenset[str], str, str], ...]:
    """``light_phrases.tsv``: (verb lemmas or forms, noun, preposition) of the phrases whose
    prepositional object is the subject's own act ("dare vita a", "prendere parte a")."""
    from eventwire.pipeline.lexicon import norm, read_table

    return tuple(
        (frozenset(norm(v) for v in c[0].split(",") if v), norm(c[1]), norm(c[2]))
        for _, c in read_table(lang, "light_phrases.tsv")
    )


@functools.cache
def _mediation_words(lang: str) -> frozenset[str]:
    """Lemmas of ``mediation_words.tsv`` ("mediate", "host"), empty without the file."""
    from eventwire.pipeline.lexicon import norm, read_table

    return frozenset(norm(c[0]) for _, c in read_table(lang, "mediation_words.tsv"))


@functools.cache
def _journey_verbs(lang: str) -> frozenset[str]:
    """First words of the ``travel_verbs.tsv`` patterns ("arrivare", "tornare"), verbs of
    motion whose perfect takes "essere" and has no passive; empty without the file. The
    patterns of being somewhere ("essere a", "trovarsi in") are no verbs of motion, nor is
    a host's verb (kind ``host``: "ricevere", which has a passive)."""
    from eventwire.pipeline.lexicon import read_table

    hosts = (
        {c[0] for _, c in read_table(lang, "travel_verbs.tsv") if c[1:2] == ["host"]}
        if journey_patterns(lang)
        else set()
    )
    return frozenset(p.split()[0] for p in journey_patterns(lang) - presence_patterns(lang) - hosts)


#: Articles that make a noun definite (struck_by_attack_noun: a noun named again).
DEFINITE_ARTICLES = frozenset({"il", "lo", "la", "l'", "i", "gli", "le", "the"})


@functools.cache
def _impact_gerunds(lang: str) -> frozenset[str]:
    """Lemmas of ``impact_gerunds.tsv`` ("ferendo", "trapassando"), empty without the file."""
    from eventwire.pipeline.lexicon import lang_dir, norm, read_table

    if not (lang_dir(lang) / "impact_gerunds.tsv").exists():
        return frozenset()
    return frozenset(norm(c[0].strip('"')) for _, c in read_table(lang, "impact_gerunds.tsv"))


@functools.cache
def _noun_roles() -> dict[tuple[str, str], frozenset[str] | None]:
    """(event_type, mode) -> the nouns it holds for (None: every noun of that type/mode)."""
    from eventwire.pipeline.lexicon import lang_dir

    path = lang_dir("it").parent / "noun_roles.tsv"
    out: dict[tuple[str, str], frozenset[str] | None] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cols = line.split("\t")
            words = cols[2].strip() if len(cols) > 2 else ""
            out[(cols[0], cols[1])] = frozenset(words.split(",")) if words else None
    return out


def patient_genitive(
    event_type: str, mode: str | None, words: frozenset[str] = frozenset()
) -> bool:
    """Whether a noun of this type/mode takes the one acted on as its "di/of" complement;
    ``words`` are the trigger's first word's forms (text and lemma, lower case)."""
    roles = _noun_roles()
    for key in ((event_type, mode or ""), (event_type, "*")):
        if key in roles:
            nouns = roles[key]
            if nouns is None or nouns & words:
                return True
    return False


def _first_forms(trig: Span) -> frozenset[str]:
    first = trig[0]
    return frozenset({first.lower_, (first.lemma_ or "").lower()})


_MEMO = "eventwire_argument_memo"

#: Negation and the clitics that are no articles: they open a verb group ("Nel corso del
#: collegamento si è lamentato"), never an opening adjunct.
_VERB_GROUP_WORDS = frozenset("non si ci ne mi ti vi li glielo gliela".split())

#: The most words an aside between ", e" and its verb may run (", e dopo essersi consultato
#: via telefono con la madre ed il suo avvocato, ha accettato": 14).
_ASIDE_WORDS = 16
#: The most words an opening adjunct may run before the auxiliary of a subjectless verb
#: ("Al termine del lungo incontro di ieri ha minacciato": 7).
_ADJUNCT_WORDS = 8


@functools.cache
def adjunct_openers(lang: str) -> frozenset[str]:
    """Words of ``adjunct_openers.tsv``: they open an adverbial phrase like a preposition."""
    return word_set(lang, "adjunct_openers.tsv")


def _actor_index(doc: Doc) -> tuple[list[tuple[int, int]], list[Span]]:
    """The actor mentions sorted by start, as ``(start, index in the group)`` and spans; built
    once per Doc (scanning the group for each trigger is quadratic in a long article)."""
    group = spans_of(doc, "actors")
    key = (id(group), len(group))
    cached = doc.user_data.get("eventwire_actor_index")
    if cached is None or cached[0] != key:
        order = sorted((m.start, i) for i, m in enumerate(group))
        cached = doc.user_data["eventwire_actor_index"] = (
            key,
            order,
            [group[i] for _, i in order],
        )
    return cached[1], cached[2]


#: The relative pronouns a preposition can govern (ArgumentFinder._prep_relative)
_RELATIVE_WORDS = ("cui", "quale", "quali")


def _actors_starting_in(doc: Doc, lo: int, hi: int) -> list[Span]:
    """The actor mentions starting in [lo, hi), in the group's order: what a scan of the
    group keeping those starts gives, read from the per-Doc index by start."""
    starts, spans = _actor_index(doc)
    a, b = bisect_left(starts, (lo, -1)), bisect_left(starts, (hi, -1))
    if b - a < 2:
        return spans[a:b]
    return [spans[j] for j in sorted(range(a, b), key=lambda j: starts[j][1])]


def _actor_ends(doc: Doc) -> frozenset[int]:
    """Where actor mentions end (``m.end``), read once per actor group (rules ask for each
    trigger and comma)."""
    group = spans_of(doc, "actors")
    cached = doc.user_data.get("eventwire_actor_ends")
    if cached is None or cached[0] is not group:
        cached = doc.user_data["eventwire_actor_ends"] = (group, frozenset(m.end for m in group))
    return cached[1]  # type: ignore[no-any-return]


#: Acts a gerund adds to its main clause that go to the main verb's object when the gerund
#: names no one ("ha chiamato X offrendo aiuto", "ha accusato X, minacciando sanzioni")
#: Who arrest, question, sentence or expel: as the subject after a fronted "dopo l'arresto"
#: they did the act rather than suffered it.
STATE_AGENTS = frozenset({"COP", "JUD", "MIL", "GOV", "LEG", "IGO", "SPY"})

#: Transfers whose gapped trigger ("fornire * missili", "inviare * truppe") may hold the
#: one they go to ("ha fornito ai ribelli droni"); in other gapped triggers a "to" phrase
#: inside is a place ("went to Syria to fight", "close to the Turkish border").
GAP_ADDRESSEE_TYPES = frozenset({"AID", "MOBILIZE", "AGREE"})
#: CAMEO codes of entries whose gap holds the addressee too: an ultimatum ("dato alla giunta
#: una settimana per", "dà dieci giorni alla Serbia per"; CAMEO 139) or a plain warning ("non
#: permetteremo al Pakistan di"; 130).
GAP_ADDRESSEE_CAMEOS = frozenset({"130", "139"})
#: Acts whose gapped trigger may hold the one addressed, though their reach after the trigger
#: is the usual one: a demand or appeal ("ha chiesto alla Russia l'estradizione di X", "ha
#: rivolto ai governi un appello"): the "a" party inside is the one asked, not the
#: noun's complement after it.
GAP_ASKED_TYPES = frozenset({"REQUEST"})
GERUND_ADDRESSED_TYPES = frozenset({"AGREE", "AID", "REQUEST", "THREATEN", "ACCUSE", "SUPPORT"})


@functools.cache
def _causative_verbs(lang: str) -> frozenset[str]:
    """Forms of causative verbs before a bare infinitive (``causative_verbs.tsv``)."""
    return word_set(lang, "causative_verbs.tsv")


@functools.cache
def _provenance_verbs(lang: str) -> frozenset[str]:
    """Lemmas of ``provenance_verbs.tsv`` ("arrivare", "giungere"): "critiche sono arrivate
    da X" names the critic (empty without the file)."""
    return word_set(lang, "provenance_verbs.tsv")


@functools.cache
def _dative_give_verbs(lang: str) -> frozenset[str]:
    """Lemmas of ``dative_give_verbs.tsv`` ("fornire", "offrire"): verbs of giving whose
    "a" complement is the receiver, a capital there standing for its state; empty without
    the file."""
    return word_set(lang, "dative_give_verbs.tsv")


@functools.cache
def _object_control_verbs(lang: str) -> frozenset[str]:
    """Lemmas of ``object_control_verbs.tsv`` ("permettere", "ordinare"): verbs whose
    "a"-object does the act of the infinitive after "di"; empty without the file."""
    return word_set(lang, "object_control_verbs.tsv")


@functools.cache
def reduced_relatives(lang: str) -> dict[str, frozenset[str]]:
    """Participle -> the prepositions after which it is a reduced relative clause
    (``reduced_relatives.tsv``; English only)."""
    return {
        cols[0].lower(): frozenset(cols[1].split("|"))
        for _, cols in read_table(lang, "reduced_relatives.tsv")
    }


class ArgumentFinder:
    """Attaches actor mentions to triggers by frame-specific rules."""

    def __init__(self, syntax: Syntax) -> None:
        self.sx = syntax

    # -- mention helpers -------------------------------------------------------------
    def mentions_in(self, doc: Doc, start: int, end: int) -> list[Span]:
        """Actor mentions inside [start, end) that can be arguments.

        A lone lower-case demonym after a noun ("del banchiere italiano") is a modifier,
        not a party; with a determiner ("i russi") or a count ("due russi") it is one.
        """
        mentions = spans_of(doc, "actors")
        # the rules ask again and again for the same sentences and clauses: the answer is
        # kept per Doc and actor group (as the group's indexes)
        memo = self._memo(doc, "mentions_in")
        got = memo.get((start, end))
        if got is None:
            starts, spans = _actor_index(doc)
            inside = []
            for k in range(bisect_left(starts, (start, -1)), len(starts)):
                if starts[k][0] >= end:
                    break
                if spans[k].end <= end:
                    inside.append(starts[k][1])
            inside.sort()  # the span group's order, as a scan of the group gives
            got = memo[(start, end)] = [
                mentions[i] for i in inside if not self._adjectival(doc, mentions[i])
            ]
        return list(got)  # (a new list: callers may change it)

    def _memo(self, doc: Doc, name: str) -> dict[Any, Any]:
        """A per-Doc memo of the answers of ``name`` (rules ask the same of a sentence for
        each trigger), dropped when the actor group changes (the answers read it)."""
        mentions = spans_of(doc, "actors")
        got = doc.user_data.get(_MEMO)
        if got is None or got[0] is not mentions or got[1] != len(mentions) or got[2] is not self:
            got = doc.user_data[_MEMO] = (mentions, len(mentions), self, {})
        return got[3].setdefault(name, {})  # type: ignore[no-any-return]

    def _adjectival(self, doc: Doc, m: Span) -> bool:
        if m.end - m.start != 1 or m.label_ not in ("GPE", "AGENT"):
            return False
        words = tokens(doc).text
        if not words[m.start].islower():  # Token.is_lower
            return False
        if m.label_ == "AGENT":
            return False
        if m.start > 0 and m.text.lower() in _demonym_words(self.sx.lang):
            before = words[m.start - 1]
            if before.isdigit() or self.sx.cls(before) in ("count", "quantity"):
                return False  # "due tedeschi sono stati arrestati", "3 tedeschi": people
        return m.start == 0 or self.sx.cls(words[m.start - 1]) not in (
            "det",
            "possessive",  # "i nostri russi": a possessive determines it as an article does
            "prep_of",
            "prep_to",
            "prep_by",
            "prep_with",
            "prep_between",
            "prep_against",
            "prep_in",
            "prep_on",
            "prep_for",
        )

    def coordinated(self, doc: Doc, mention: Span, pool: list[Span]) -> list[Span]:
        """The mention and those coordinated with it ("Russia, Corea del Nord e Cina")."""
        words = tokens(doc).text
        glosses = {
            m
            for m in pool
            if m.start > 0
            and words[m.start - 1] == "("
            and m.end < len(words)
            and words[m.end] == ")"
            and any(o.end == m.start - 1 for o in pool)
        }  # "the Council of Europe (PACE), the Nordic Council and ...": an acronym gloss
        if mention in glosses:
            # the acronym stands for the name it glosses, which carries the list
            # ("l'esercito e delle Forze di supporto rapido (Rsf) si incontreranno")
            glossed = next((o for o in pool if o.end == mention.start - 1), None)
            if glossed is not None:
                group = self.coordinated(doc, glossed, pool)
                if len(group) > 1:
                    return group
        ordered = sorted(
            (m for m in pool if m not in glosses or m is mention), key=lambda m: m.start
        )
        if mention not in ordered:
            return [mention]
        k = ordered.index(mention)
        group = [mention]
        # rightwards; a list ends with its conjunction ("A, B e C, ..." stops at C)
        j = k
        while j + 1 < len(ordered) and self._joined(doc, ordered[j], ordered[j + 1].start):
            if j > k and self._conj_between(doc, ordered[j - 1], ordered[j]):
                break
            group.append(ordered[j + 1])
            j += 1
        # leftwards; not into a source aside opening the sentence ("Secondo l'agenzia X, i
        # ministri A e B avrebbero concordato": X is no party)
        sent = sent_of(doc, mention.start)
        asides = self.source_asides(doc, sent, mention.start)
        j = k
        while (
            j - 1 >= 0
            and self._joined(doc, ordered[j - 1], ordered[j].start)
            and not any(a <= ordered[j - 1].start < b for a, b in asides)
        ):
            group.insert(0, ordered[j - 1])
            j -= 1
        # a list needs a conjunction somewhere ("A, B e C"); commas alone are appositions
        if len(group) > 1 and not any(
            self.sx.cls(words[k]) == "conj"
            for a, b in zip(group, group[1:], strict=False)
            for k in range(a.end, b.start)
        ):
            group = [mention]
        return group + self._companions(doc, group[-1], ordered)

    def _companions(self, doc: Doc, last: Span, ordered: list[Span]) -> list[Span]:
        """Parties joined to a mention by "insieme a" / "assieme a" in commas right after it
        ("Merkel e Rajoy, assieme al presidente francese Hollande, si sono recati", "il
        questore, insieme al portavoce della Polizia, ha ricostruito"): they act or suffer
        with it (function_words.tsv class ``comitative``). The aside must close with a comma."""
        words = tokens(doc).text
        k = last.end
        if k + 2 >= len(words) or words[k] != ",":
            return []
        if self.sx.cls(words[k + 1]) == "prep_with":
            j = k + 1  # ", con il presidente francese,": "con" alone opens the aside too
        elif self.sx.cls(words[k + 1]) == "comitative":
            j = k + 2
        else:
            return []
        if self.sx.cls(words[j]) not in ("prep_to", "prep_with"):
            return []
        j += 1
        while j < len(words) and self.sx.cls(words[j]) in ("det", "possessive"):
            j += 1
        first = next((m for m in ordered if m.start == j), None)
        if first is None:
            return []
        out = [first]
        n = ordered.index(first)
        while n + 1 < len(ordered) and self._joined(doc, ordered[n], ordered[n + 1].start):
            out.append(ordered[n + 1])
            n += 1
        if out[-1].end >= len(words) or words[out[-1].end] != ",":
            return []
        return out

    def _comitative_before(self, doc: Doc, m: Span) -> bool:
        """ "insieme/assieme a" (and determiners) right before the mention."""
        words = tokens(doc).text
        k = m.start - 1
        while k > 0 and self.sx.cls(words[k]) in ("det", "possessive"):
            k -= 1
        return (
            k > 0
            and self.sx.cls(words[k]) in ("prep_to", "prep_with")
            and self.sx.cls(words[k - 1]) == "comitative"
        )

    def trailing_companions(self, doc: Doc, trig: Span, args: Arguments) -> list[Span]:
        """Parties after the verb joined by "insieme a" / "assieme a" ("la premier tornerà in
        Tunisia insieme alla presidente della Commissione", "ha incontrato il premier insieme
        al cancelliere tedesco"): they do the act with its subject. Within the verb's clause
        (no clause word, relative or colon before it) and ``COMPANION_WINDOW`` words."""
        words = tokens(doc).text
        sent = sent_of(doc, trig.start)
        stop = min(sent.end - 2, trig.end + COMPANION_WINDOW, self._next_trigger(doc, trig, sent))
        for k in range(trig.end, stop):
            c = self.sx.cls(words[k])
            if words[k] in (";", ":") or c in ("clause", "relative", "complementizer"):
                return []
            if words[k] == "," and self.sx.cls(words[k + 1]) != "comitative":
                return []  # another clause or aside: "..., raccogliendosi insieme alla folla"
            if c != "comitative" or self.sx.cls(words[k + 1]) not in ("prep_to", "prep_with"):
                continue
            j = k + 2
            while j < sent.end and self.sx.cls(words[j]) in ("det", "possessive"):
                j += 1
            first = next((m for m in self.mentions_in(doc, j, sent.end) if m.start == j), None)
            if first is None or first in args.actor:
                return []
            return [m for m in self.coordinated(doc, first, self.mentions_in(doc, j, sent.end))]
        return []

    def _conj_between(self, doc: Doc, a: Span, b: Span) -> bool:
        words = tokens(doc).text
        return any(self.sx.cls(words[k]) == "conj" for k in range(a.end, b.start))

    def _joined(self, doc: Doc, left: Span | int, start: int) -> bool:
        """Only a comma or conjunction (and determiners) between ``left`` (a mention, or the
        end of one) and a mention at ``start``; after the link, the preposition governing a
        ``left`` mention may repeat ("all'ONU e alla Francia", "to the UN and to France")."""
        end = left if isinstance(left, int) else left.end
        words = tokens(doc).text
        if end < start and words[end] == "(":
            # "(PACE)" after the mention: its acronym, not a gap in the list
            end = next((k + 1 for k in range(end + 1, min(start, end + 6)) if words[k] == ")"), end)
        if start - end <= 0:
            return False
        if start - end > 3:
            return not isinstance(left, int) and self._repeated_prep_after_modifier(
                doc, left, start
            )
        has_link = False
        prep: str | None | bool = False  # not looked up yet
        nums = tokens(doc).like_num
        for k, word in enumerate(tokens(doc).text[end:start], end):
            c = self.sx.cls(word)
            if word == "," or c == "conj":
                has_link = True
            elif c == "det" or (c == "possessive" and has_link):
                continue  # "Kagame and his party", "il presidente e il suo governo"
            elif has_link and nums[k] and k == start - 1:
                continue  # a count before the next party: "11 Iraqis and three Kuwaitis"
            elif has_link and c in PREP_CLASSES and not isinstance(left, int):
                if prep is False:
                    prep = self.sx.governing_prep(doc, left.start)
                if c != prep and not (c == "prep_of" and self._inner_genitive(left)):
                    return False
            else:
                return False
        return has_link

    def _inner_genitive(self, left: Span) -> bool:
        """The mention is a head noun with its "di" complement ("i rappresentanti
        dell'esercito", "i governi militari del Mali"): a further "e di Y" repeats that
        complement ("... e delle milizie", "... e del Burkina Faso"), so Y is a party too."""
        words = [t.text for t in left]
        return any(self.sx.cls(w) == "prep_of" for w in words[1:-1])

    def _repeated_prep_after_modifier(self, doc: Doc, left: Span, start: int) -> bool:
        """ "con i rappresentanti iraniani nella regione e con il consolato americano": a short
        prepositional modifier of ``left`` (lower-case words, no mention or comma), then a
        conjunction and the very preposition that governs ``left``, then the mention at
        ``start``: the repeated preposition coordinates both as one role's parties."""
        words = tokens(doc).text
        gap = list(range(left.end, start))
        if len(gap) > 8:
            return False
        prep = self.sx.governing_prep(doc, left.start)
        if prep is None or prep == "prep_of":
            return False
        conj = next((k for k in gap if self.sx.cls(words[k]) == "conj"), None)
        if conj is None or conj == left.end:
            return False
        # the modifier: a preposition, then determiners and lower-case words only
        modifier = gap[: gap.index(conj)]
        if self.sx.cls(words[modifier[0]]) not in PREP_CLASSES or not all(
            self.sx.cls(words[k]) in ("det", "possessive")
            or (words[k].isalpha() and words[k].islower() and self.sx.cls(words[k]) is None)
            for k in modifier[1:]
        ):
            return False
        # after the conjunction: the same preposition, then determiners only
        rest = gap[gap.index(conj) + 1 :]
        return (
            bool(rest)
            and self.sx.cls(words[rest[0]]) == prep
            and all(self.sx.cls(words[k]) in ("det", "possessive") for k in rest[1:])
        )

    def _bare(self, doc: Doc, m: Span, floor: int) -> bool:
        return self.sx.governing_prep(doc, m.start, floor) is None

    def _shares_prep(self, doc: Doc, m: Span, floor: int) -> bool:
        """``m`` is the second conjunct of a phrase a preposition governs: right after
        "e/o" with no article of its own, the first conjunct ending at that conjunction and
        governed ("interrogato da carabinieri e polizia", "tra Russia e Ucraina"): it shares
        the preposition, and is no subject of a verb after it
        (``subject``, ``main_subject``; the conjuncts are still gathered as one party)."""
        k = m.start - 1
        if self.sx.lang != "it" or k - 1 < floor or self.sx.cls(tokens(doc).lower[k]) != "conj":
            return False  # English: "by Russian and Syrian airstrikes" (adjectives) gathers both
        if k not in _actor_ends(doc):
            return False
        left = next((x for x in self.mentions_in(doc, floor, k) if x.end == k), None)
        return left is not None and self.sx.governing_prep(doc, left.start, floor) is not None

    @staticmethod
    def _after_pattern_prep(doc: Doc, m: Span, trig: Span) -> bool:
        """The mention ``m`` inside the trigger follows, at most past an article, a
        preposition the trigger's own pattern names ("lanciare contro * droni": "ha lanciato
        contro Israele centinaia di droni"): the pattern's target."""
        words = {w for w, _ in trig._.trigger.words}
        low = tokens(doc).lower
        k = m.start - 1
        if k > trig.start and low[k] in ("il", "lo", "la", "l'", "i", "gli", "le", "the"):
            k -= 1
        return trig.start < k and low[k] in words and low[k] != "*"

    # -- passive ---------------------------------------------------------------------
    @staticmethod
    def _present_form(doc: Doc, i: int) -> bool:
        """An -are verb's present that ends like a participle ("accusa", "rifiuta")."""
        tab = tokens(doc)
        text, lemma = tab.lower[i], tab.lemma[i].lower()
        return lemma.endswith("are") and text in (lemma[:-3] + "a", lemma[:-3] + "e")

    def _before_aside(self, doc: Doc, i: int) -> int:
        """Where the words before token ``i`` stop being a comma and adverbs ("il sindaco,
        già condannato"): the position a mention must end at to be what ``i`` is said of."""
        words = tokens(doc).text
        j = i
        while j > 0 and (words[j - 1] == "," or self.sx.cls(words[j - 1]) == "adv"):
            j -= 1
        return j

    def _past_historic_of(self, doc: Doc, m: Span, i: int) -> bool:
        """ "l'Argentina invase il Kuwait", "la polizia uccise": a form in -se right after a
        singular subject is the past historic (invase, uccise, prese), not the feminine
        plural participle it is spelt like ("le terre invase", "le donne uccise"): the
        subject is a name with no article, or has a singular article."""
        word = tokens(doc).lower[i]
        if not word.endswith("se") or m.end != i:
            return False
        before = tokens(doc).lower[m.start - 1] if m.start else ""
        if tokens(doc).text[m.start][:1].isupper() and self.sx.cls(before) != "det":
            return True  # a name with no article: "Israele invase il Libano"
        feats = agreement(self.sx.lang).get("article", {}).get(before)
        return feats is not None and feats[1] == "sg"

    def _said_of_ends(self, doc: Doc, i: int) -> tuple[int, ...]:
        """Where a mention ends that the participle at ``i`` is said of: right before it
        (commas and adverbs between, ``_before_aside``) or, when a comma comes before it,
        before an apposition in commas of at most eight words with no verb, clause word or
        trigger in it ("Ivan Petrov, del quotidiano 'Vesti', brutalmente picchiato")."""
        j = self._before_aside(doc, i)
        words = tokens(doc).text
        if j == i or "," not in words[j:i]:
            return (j,) + self._genitive_starts(doc, j, i)
        trigs = {t.start for t in spans_of(doc, "triggers")}
        for c in range(j - 1, max(0, j - 9) - 1, -1):
            w = words[c]
            if w == ",":
                return (j, c) if c < j - 1 else (j,)
            if (
                c in trigs
                or w in (".", ";", ":")
                or self.sx.cls(w)
                in (
                    "aux",
                    "aux_passive",
                    "clause",
                    "relative",
                    "complementizer",
                    "conj",
                    "modal",
                )
            ):
                break
        return (j,)

    def _genitive_starts(self, doc: Doc, j: int, i: int) -> tuple[int, ...]:
        """Where a mention ends that the Italian participle at ``i`` is said of across a
        "di" complement of at most five words right before it, with no comma, verb, clause
        word or trigger in it ("due esponenti dei Khmer rossi accusati di crimini", "tre
        membri delle Brigate al-Qassam uccisi"): the start of that complement. Not for a
        form in -se, which may be the past historic ("il capo dei ribelli prese la città")."""
        if j != i or self.sx.lang != "it" or tokens(doc).lower[i].endswith("se"):
            return ()
        tab = tokens(doc)
        trigs = {t.start for t in spans_of(doc, "triggers")}
        for c in range(i - 1, max(0, i - 6) - 1, -1):
            w = tab.text[c]
            cls = self.sx.cls(w)
            if cls == "prep_of":
                return (c,) if c < i - 1 else ()
            if (
                c in trigs
                or not (tab.is_alpha[c] or "-" in w or "'" in w)
                or cls in ("aux", "aux_passive", "clause", "relative", "complementizer", "conj")
                or cls in ("modal", "prep_to", "prep_by", "prep_with", "prep_in")
                or (
                    w.islower() and (self.sx.is_participle(doc, c) or self.sx.is_infinitive(doc, c))
                )
            ):
                return ()
        return ()

    def _participle_after_name(self, doc: Doc, i: int) -> bool:
        """Rule argument.participle_after_name: "la morte del leader sikh Hardeep Singh
        Nijjar, ucciso a giugno": an Italian bare participle right after a name and its
        comma is said of that person (Italian's active past needs its auxiliary), even when
        the name is no party the KB knows."""
        tab = tokens(doc)
        return (
            self.sx.lang == "it"
            and i >= 2
            and tab.text[i - 1] == ","
            and tab.text[i - 2][:1].isupper()
            and tab.is_alpha[i - 2]
            and self.sx.is_participle(doc, i)
            and not self._present_form(doc, i)
            # a place's name is no person the participle is said of ("... vicino a San
            # Cataldo, strangolata")
            and not any(sp.start <= i - 2 < sp.end for sp in spans_of(doc, "places"))
        )

    def is_passive(self, doc: Doc, trig: Span, frame: str) -> bool:
        """A passive: a participle trigger after an essere/venire/be auxiliary.

        Italian "essere" is also the perfect auxiliary of reflexive and intransitive verbs:
        a reflexive clitic ("si era recato") or an intransitive frame makes it active.
        "stato/stata" and "venire" forms ("è stato arrestato", "viene ucciso") are passive.
        """
        i = trig.start
        if frame not in ("V", "VSYM", "VRCP") and not (
            # "reservists were called up by the army": an intransitive frame's verb in the
            # passive, its doer after "by" (English; Italian "da" is as often "from")
            frame == "VINTR" and self.sx.lang == "en" and self._agent_right_after(doc, trig)
        ):
            return False
        if not _journey_verbs(self.sx.lang).isdisjoint(token_keys(doc, self.sx.lang)[i][1]):
            return False  # "è arrivato a Roma", "è tornata in Tunisia": motion, no passive
        if not self.sx.is_participle(doc, i) and not (
            i > 0 and tokens(doc).lower[i - 1] in PASSIVE_PARTICIPLES
        ):  # "era stata richiesta": a noun-like participle right after its auxiliary
            return False
        if self._agent_right_after(doc, trig) and not self._avere_before(doc, i):
            # "Mugabe, invitato dalla comunità internazionale a dimettersi"; "era stata in un
            # primo momento proibita dalla polizia": a participle with a da/by agent
            return True
        if (
            self.sx.lang == "it"
            and frame == "V"
            and i > 0
            and not self._present_form(doc, i)
            and any(
                m.end in self._said_of_ends(doc, i) and not self._past_historic_of(doc, m, i)
                for m in self.mentions_in(doc, max(0, i - 16), i)
            )
        ):
            # "i giornalisti uccisi in Siria", "due civili arrestati": a participle right
            # after the people it is said of (Italian's active past needs its auxiliary);
            # "Ivan Petrov, giornalista russo, ucciso a Mosca": after their apposition
            return True
        if frame == "V" and self._participle_after_name(doc, i):
            return True
        if self._noun_participle(doc, trig, frame):
            # "una nave sequestrata negli ultimi giorni dai pirati": said of the noun
            return True
        if self._reduced_relative(doc, trig, frame):
            # "an Indian diplomat accused of spying": a participle said of the noun before it
            return True
        if self.sx.lang == "it" and frame == "V":
            # "picchiato e assassinato", "rapito e poi ucciso": a participle coordinated
            # with a passive one is passive too
            words = tokens(doc).text
            k = i - 1
            while k > 0 and self.sx.cls(words[k]) == "adv":
                k -= 1
            if (
                k > 0
                and self.sx.cls(words[k]) == "conj"
                and self.sx.is_participle(doc, k - 1)
                and not self.sx.is_participle(doc, i - 1)
                and self.is_passive(doc, doc[k - 1 : k], frame)
            ):
                return True
        j = i - 1
        steps = 0
        while j >= 0 and steps < 4:
            t = tokens(doc).lower[j]
            c = self.sx.cls(t)
            if c == "aux_passive":
                if t in ("stato", "stata", "stati", "state", "been", "being") or t.startswith(
                    ("vien", "veng", "venn", "verr", "verrà")
                ):
                    return True
                if j > 0 and tokens(doc).lower[j - 1] in ("si", "s'", "ci", "mi", "ti", "vi"):
                    return False
                return frame in ("V", "VSYM", "VRCP")
            if c == "aux" or tokens(doc).text[j] in (",", ".") or t in ("si", "s'"):
                return False
            if c in ("complementizer", "relative", "clause"):
                return False  # "it is clear that China sent": the auxiliary of another clause
            j -= 1
            steps += 1
        return False

    def _bare_from(self, doc: Doc, owner: Span, trig: Span) -> bool:
        """The complement ``owner`` after a noun trigger is governed by a bare "da / dal /
        dall' ..." (a place left or a source), not by "da parte di" / "per mano di" (an
        agent)."""
        if self.sx.lang != "it" or self.sx.governing_prep(doc, owner.start, trig.end) != "prep_by":
            return False
        low = tokens(doc).lower
        return not any(low[k] in ("parte", "mano") for k in range(trig.end, owner.start))

    def _headline_participle(self, doc: Doc, trig: Span) -> bool:
        """An Italian past participle with no auxiliary (Italian's active past needs one, so
        it is a passive) right after a headline colon ("Iran: arrestati tre cittadini
        statunitensi"), or opening its sentence with the one it is done to right after it
        ("Arrestati Mario Rossi e Luigi Bianchi"); not a fronted clause of the main one
        ("Arrestata per immigrazione clandestina, ne era stato disposto il rimpatrio")."""
        i = trig.start
        if not self.sx.is_participle(doc, i):
            return False
        sent = sent_of(doc, i)
        words = tokens(doc).text
        if i > sent.start:
            if words[i - 1] == ":":
                return True
            # the last of coordinated participles right after the colon ("Turchia: morti e
            # feriti in un attentato", "Messico: rapiti e uccisi tre studenti"): a passive too
            k = i
            while (
                k - 2 > sent.start
                and words[k - 1] in (",", "e", "ed")
                and (
                    self.sx.is_participle(doc, k - 2)
                    # one lower-case word first after the colon: "morti e feriti"
                    or (words[k - 3] == ":" and words[k - 2].isalpha() and words[k - 2].islower())
                )
            ):
                k -= 2
            if k < i and words[k - 1] == ":":
                return True
            return self._comma_label(doc, trig, None)
        # opening its sentence (a title, or a headline KIND split at its colon), with the one
        # it is done to right after it: "Arrestati Mario Rossi e Luigi Bianchi", or after a
        # place or time phrase ("Ucciso in Malesia il fratellastro del leader")
        k = i + 1
        between = self._time_and_place_phrases(doc, k, sent.end)
        while k in between:
            k += 1
        nxt = words[k] if k < sent.end else ""
        return nxt[:1].isalnum() and not (self.sx.cls(nxt) or "").startswith(("prep", "conj"))

    def _comma_label(self, doc: Doc, trig: Span, subj: Span | None) -> bool:
        """Italian: a headline participle after a place label and a comma ("Somalia,
        liberati i cooperanti italiani", "Iran, arrestati tre statunitensi"), the label alone,
        one place name, opening the sentence, with a word right after the participle: the
        headline of "Somalia: liberati ...", whose label is no party the participle is said of
        (``subj``, if given, is that label)."""
        i = trig.start
        sent = sent_of(doc, i)
        words = tokens(doc).text
        if i - 1 <= sent.start or words[i - 1] != "," or i + 1 >= sent.end:
            return False
        label = next(
            (
                m
                for m in self.mentions_in(doc, sent.start, i - 1)
                if m.start == sent.start and m.end == i - 1 and m.label_ == "GPE"
            ),
            None,
        )
        if label is None or (subj is not None and subj.start != label.start):
            return False
        nxt = words[trig.end]
        return nxt[:1].isalnum() and not (self.sx.cls(nxt) or "").startswith(("prep", "conj"))

    def _reduced_relative(self, doc: Doc, trig: Span, frame: str) -> bool:
        """English: a participle of ``reduced_relatives.tsv`` right after a mention, with
        no auxiliary, followed by its usual preposition ("a diplomat accused of spying",
        "two activists charged with sedition", "a commander wanted for war crimes")."""
        i = trig.start
        if self.sx.lang != "en" or frame != "V" or i == 0 or trig.end >= len(doc):
            return False
        preps = reduced_relatives(self.sx.lang).get(tokens(doc).lower[i])
        if not preps or tokens(doc).lower[trig.end] not in preps:
            return False
        # a group or office noun ("an Indian diplomat"), or a demonym and a noun ("a British
        # volunteer"), not a name: "Israel killed in airstrikes three commanders" is active
        prev = tokens(doc).text[i - 1]
        common = prev.isalpha() and prev.islower() and self.sx.cls(prev) is None
        return any(
            (m.end == i and m.label_ == "AGENT")
            or (m.end == i - 1 and common and m.label_ == "GPE")
            for m in self.mentions_in(doc, max(0, i - 10), i)
        )

    def _noun_participle(self, doc: Doc, trig: Span, frame: str) -> bool:
        """An Italian participle right after a lower-case word that is no mention, no
        auxiliary and no function word, with a "da" agent after it in the clause ("una nave
        indiana sequestrata negli ultimi giorni dai pirati"): a passive said of that noun
        (Italian's active past needs its auxiliary), whose subject is no mention before it."""
        i = trig.start
        if (
            self.sx.lang != "it"
            or frame not in ("V", "VSYM")  # "il memorandum firmato ad Addis Abeba da X e Y"
            or i == 0
            or not self.sx.is_participle(doc, i)
        ):
            return False
        tab = tokens(doc)
        prev = tab.text[i - 1]
        if not (tab.is_alpha[i - 1] and prev.islower()) or self.sx.cls(prev) is not None:
            return False
        if self._present_form(doc, i) or any(
            m.end == i for m in self.mentions_in(doc, max(0, i - 10), i)
        ):
            return False
        return self.agent_after(doc, trig, sent_of(doc, i)) is not None

    def _participle_of_common_noun(self, doc: Doc, trig: Span, frame: str) -> bool:
        """Italian: a past participle right after a lower-case noun that is no mention, in a
        counted noun phrase ("per i tre serbi uccisi", "tre uomini sospettati di"), with no
        auxiliary of its own: a participle said of that noun (the active past
        needs its auxiliary right before it)."""
        i = trig.start
        if self.sx.lang != "it" or frame != "V" or i < 2 or not self.sx.is_participle(doc, i):
            return False
        if self._present_form(doc, i):
            return False
        tab = tokens(doc)
        prev = tab.text[i - 1]
        if not (tab.is_alpha[i - 1] and prev.islower()) or self.sx.cls(prev) is not None:
            return False
        if prev.endswith("mente") or self.sx.is_participle(doc, i - 1):
            return False
        if any(m.end == i for m in self.mentions_in(doc, max(0, i - 10), i)):
            return False  # a party: the said-of rules of is_passive read it
        before = [self.sx.cls(tab.text[k]) for k in range(max(0, i - 3), i - 1)]
        # counted people only: "la donna rapita" may be the subject's own victim
        return bool(before) and before[-1] == "count" and "aux" not in before

    def _armed_body(self, m: Span) -> bool:
        """A mention that names an armed force as a body ("l'esercito israeliano", "la polizia",
        "le milizie"), by a body noun of ``actors_agents.tsv`` (rule agent.body) with an armed
        sector: not people counted or named ("tre soldati", "un poliziotto"), who are as
        often the victims of an attack."""
        actors = ext(m, "actors") or []
        whys = ext(m, "actor_why") or []
        return (
            bool(actors)
            and all(a.sector in ARMED_SECTORS or a.sector == "COP" for a in actors)
            and any(w.rule == "agent.body" for w in whys)
            and not any(w.rule == "agent.people" for w in whys)
        )

    def participle_of_prep_noun(
        self, doc: Doc, trig: Span, sent: Span, subj: Span | None
    ) -> Span | None:
        """Italian: the mention a passive participle is said of when a preposition other than
        "da" governs it ("ha espresso vicinanza ai nostri militari feriti in un attentato",
        "parole di solidarietà agli agenti aggrediti"): the one the act was done to, where
        the clause subject ("il ministro ha espresso vicinanza") took no part in it. A
        mention in a prepositional phrase is neither the clause subject nor its object, so
        the participle (Italian's active past needs its auxiliary) is a reduced relative."""
        i = trig.start
        if self.sx.lang != "it" or i == 0 or self._present_form(doc, i):
            return None
        if not self.sx.is_participle(doc, i):
            return None
        # right before it, or before an apposition in commas; not across a "di" phrase
        # ("ha ammesso davanti al giudice di averla accoltellata": an active infinitive)
        ends = set(self._said_of_ends(doc, i)) - set(
            self._genitive_starts(doc, self._before_aside(doc, i), i)
        )
        near = [
            m
            for m in self.mentions_in(doc, max(sent.start, i - 16), i)
            if m.end in ends and (subj is None or m.start >= subj.end)
        ]
        if not near:
            return None
        m = max(near, key=lambda m: (m.end, -m.start))
        if self._past_historic_of(doc, m, i):
            return None
        prep = self.sx.governing_prep(doc, m.start, sent.start)
        if prep is None or prep in ("prep_by", "prep_of"):
            return None  # a bare noun is the subject or object; "da" is an agent, "di" a part
        return m

    def _verb_object_before(self, doc: Doc, start: int, i: int) -> bool:
        """The lower-case noun phrase right before token ``i`` (at most three words) is the
        bare object of a verb (an auxiliary or a trigger) between ``start`` and it: "hanno
        liberato una nave indiana sequestrata": the participle is said of that object.
        Not a noun after a preposition ("ucciso dai colpi sparati da un poliziotto")."""
        tab = tokens(doc)
        j = i - 1
        while (
            j - 1 > start
            and j > i - 3
            and tab.is_alpha[j - 1]
            and tab.text[j - 1].islower()
            and self.sx.cls(tab.text[j - 1]) is None
        ):
            j -= 1
        if self.sx.governing_prep(doc, j, start) is not None:
            return False
        trigs = {t.start for t in spans_of(doc, "triggers")}
        return any(
            self.sx.cls(tab.text[k]) in ("aux", "aux_passive") or k in trigs
            for k in range(start, j)
        )

    # -- the rules -------------------------------------------------------------------
    def subject_floor(self, doc: Doc, trig: Span, sent: Span) -> int:
        """Where the subject search stops: a complementizer opening the trigger's clause.

        "che"/"that" right after a mention (or its comma) is a relative pronoun whose
        antecedent is that mention: the search goes on past it, as it does past clause words
        inside an apposition.
        """
        appos = self.appositions(doc, sent, trig.start)
        low = tokens(doc).lower
        for k in range(trig.start - 1, sent.start - 1, -1):
            t = low[k]
            if appos and any(a <= k < b for a, b in appos):
                continue  # ", l'unico organo che avrebbe il potere di ...,": an aside
            if (
                t in ("che", "that", "cui")
                or self.sx.cls(t) == "clause"
                # "Biden, al quale ha" (_prep_relative holds only for these words)
                or (t in _RELATIVE_WORDS and self._prep_relative(doc, k, sent) is not None)
            ):
                if self.sx.cls(t) == "clause" and self._adverbial_aside(doc, k, trig, sent):
                    continue  # "i carabinieri, dopo una lunga indagine, hanno arrestato"
                prev = k - 1
                while prev >= sent.start and tokens(doc).text[prev] == ",":
                    prev -= 1
                if (
                    t in ("che", "that")
                    and prev >= sent.start
                    and self._before_relative(doc, prev, sent) is not None
                ):
                    continue
                return k + 1
        return sent.start

    def _adverbial_aside(self, doc: Doc, k: int, trig: Span, sent: Span) -> bool:
        """A clause word at ``k`` that opens an aside in commas between a subject and its
        verb, with no subject of its own: ", dopo uno scontro a fuoco con i pirati, hanno
        liberato", ", after a long inquiry, have arrested". The aside opens right after a
        comma that follows a word of the clause, closes with a comma at most three words
        (auxiliaries, adverbs) before the trigger, and holds no bare mention (", mentre i
        ministri, riuniti a Roma, hanno deciso": the ministers are the subject)."""
        words = tokens(doc).text
        if k - 1 <= sent.start or words[k - 1] != ",":
            return False
        close = next((j for j in range(k + 1, trig.start) if words[j] == ","), None)
        if close is None or close == k + 1 or trig.start - close > 3:
            return False
        if any(
            self.sx.is_hard_boundary(doc, j) or words[j] in ("che", "that")
            for j in range(k + 1, trig.start)
        ):
            return False
        if self.mentions_in(doc, close + 1, trig.start):
            return False
        return not any(self._bare(doc, m, k + 1) for m in self.mentions_in(doc, k + 1, close))

    def aside_subject(self, doc: Doc, trig: Span, sent: Span) -> Span | None:
        """The subject of the clause a trigger's adverbial aside sits in (", dopo uno
        scontro con i pirati, hanno liberato", ", tornando dall'incontro con l'ONU, ha
        riunito": the subject before the aside), or None when
        the trigger is in no such aside (``_adverbial_aside``)."""
        words = tokens(doc).text
        k = trig.start - 1
        while k > sent.start and words[k] != "," and self.sx.cls(words[k]) != "clause":
            k -= 1
        if (
            k > sent.start
            and words[k] == ","
            and k + 1 < trig.start
            and self.sx.is_gerund(doc, k + 1)
        ):
            k += 1  # ", tornando dall'incontro con l'ONU, ha riunito": a gerund opens it
        if k <= sent.start or not (self.sx.cls(words[k]) == "clause" or self.sx.is_gerund(doc, k)):
            return None
        close = next((j for j in range(trig.end, sent.end) if words[j] == ","), None)
        if close is None:
            return None
        p = close + 1
        while p < sent.end and p - close <= 3 and self.sx.cls(words[p]) in ("aux", "adv"):
            p += 1
        if p >= sent.end or p - close > 3 or not tokens(doc).is_alpha[p]:
            return None
        verb = doc[p : p + 1]
        if not self._adverbial_aside(doc, k, verb, sent):
            return None
        return self.subject(doc, verb, sent)

    def fronted_adjunct_subject(
        self, doc: Doc, trig: Span, sent: Span, parties: list[Span]
    ) -> Span | None:
        """The subject of the main clause after an adjunct that opens the sentence and holds
        the trigger ("Dopo l'incontro con il Papa, il presidente Obama ha incontrato", "Al
        termine del vertice con X, il ministro ha detto"): the adjunct starts with a
        preposition or clause word and holds no bare mention; after the comma that closes it
        (the first after the trigger's parties), a mention with only determiners before it."""
        words = tokens(doc).text
        k = sent.start
        while k < trig.start and (
            self.sx.cls(words[k]) == "adv" or words[k].lower().endswith("mente")
        ):
            k += 1  # "Successivamente all'incontro con il Papa, ..."
        if not (self.sx.cls(words[k]) or "").startswith(("prep", "clause")):
            return None
        end = max([trig.end] + [m.end for m in parties])
        close = next((k for k in range(end, sent.end) if words[k] in (",", ";", ":")), None)
        if close is None or words[close] != ",":
            return None
        if any(self._bare(doc, m, sent.start) for m in self.mentions_in(doc, sent.start, close)):
            return None
        k = close + 1
        while k < sent.end and self.sx.cls(words[k]) == "det":
            k += 1

        def name_part(x: int) -> bool:
            # "Qin Gang" whose mention is the surname the text named before ("Gang")
            return words[x][:1].isupper() and self.sx.cls(words[x]) is None

        return next(
            (
                m
                for m in self.mentions_in(doc, k, sent.end)
                if m.start == k or all(name_part(x) for x in range(k, m.start))
            ),
            None,
        )

    def trailing_adjunct_subject(
        self, doc: Doc, trig: Span, sent: Span, parties: list[Span]
    ) -> Span | None:
        """The subject of the main clause a trigger's adjunct follows ("Vietnamese forces
        retook the village after fierce fighting with guerrillas", "the minister left after
        talks with X"): the trigger's clause opens with a clause word at most three words
        before it, with no mention between, and the trigger's "with" comes right after it (no
        verb of its own: "after an agreement was reached with Baghdad" is another clause);
        the subject is the one that clause word's own clause has: its first bare mention
        (the ones after its verb are its objects)."""
        k = self.subject_floor(doc, trig, sent) - 1
        if k <= sent.start or trig.start - k > 4 or self.sx.cls(tokens(doc).lower[k]) != "clause":
            return None
        if trig.end >= sent.end or self.sx.cls(tokens(doc).lower[trig.end]) != "prep_with":
            return None
        if self.mentions_in(doc, k + 1, trig.start):
            return None
        floor = self.subject_floor(doc, doc[k : k + 1], sent)
        main = next((m for m in self.mentions_in(doc, floor, k) if self._bare(doc, m, floor)), None)
        return None if main is None or main in parties else main

    def _before_relative(self, doc: Doc, j: int, sent: Span) -> Span | None:
        """The mention a relative pronoun refers to, ``j`` being the last word before the
        pronoun (and its commas): the mention ending there, or the one a short "di" phrase
        of lower-case words qualifies ("il leader dell'opposizione di sinistra che è stato
        assassinato", "un uomo di mezza età che"): the relative is said of the mention's head."""
        tab = tokens(doc)
        ends = {m.end: m for m in spans_of(doc, "actors")}
        if j + 1 in ends:
            return ends[j + 1]
        k = j
        while (
            k > j - 2
            and k > sent.start
            and tab.is_alpha[k]
            and tab.text[k].islower()
            and self.sx.cls(tab.lower[k]) is None
        ):
            k -= 1
        if k < j and k >= sent.start and self.sx.cls(tab.lower[k]) == "prep_of" and k in ends:
            return ends[k]
        return None

    def subject(self, doc: Doc, trig: Span, sent: Span) -> Span | None:
        """Nearest bare actor mention before the trigger in its clause.

        A personal pronoun met first ("Syria says it is willing", "Bouteflika said he is
        prepared") stands for the nearest bare mention before it in the sentence, else
        for the first bare mention of the previous sentence. A relative "che/who/which"
        opening the clause stands for the mention right before it ("la Nato, che inizia a
        ritirarsi"). A verb with nothing before it in its sentence ("Hanno chiesto ..."), or
        in a sentence opening with an auxiliary ("Ha inoltre annunciato nuove sanzioni"),
        keeps the subject of the sentence before.
        """
        cleft = self.cleft_subject(doc, trig, sent)
        if cleft is not None:
            return cleft
        floor = self.subject_floor(doc, trig, sent)
        latter = self.latter(doc, trig, sent, floor)
        if latter is not None:
            return latter
        appos = self.appositions(doc, sent, trig.start)
        cands = sorted(
            (
                m
                for m in self.mentions_in(doc, floor, trig.start)
                if not any(a <= m.start < b for a, b in appos)
            ),
            key=lambda m: -m.start,
        )
        pron = next(
            (
                k
                for k in range(trig.start - 1, floor - 1, -1)
                if self.sx.cls(tokens(doc).text[k]) in ("pronoun", "pronoun_person")
            ),
            None,
        )
        marks = [
            k
            for k in range(pron + 1 if pron is not None else trig.start, trig.start)
            if tokens(doc).text[k] in ('"', "“", "”", "«", "»", "(", ")")
        ]
        if marks and trig.start - marks[-1] > 2:
            # 'Lui ha commentato: "... i bambini uccisi negli scontri"': the pronoun is the
            # reporting clause's, not the subject of a verb inside the quotation (the
            # quotation's first verb, «Condanno ...», is still the speaker's)
            pron = None
        if pron is None and (own := self.relative_subject(doc, trig, sent)) is not None:
            # "insieme alla Procura di Genova, che attualmente indaga", "Mosca ha concesso il
            # transito alla Nato, che inizia a ritirarsi": the relative pronoun right before
            # the verb is its subject, and stands for the mention before it
            return own
        for m in cands:
            if pron is not None and m.end <= pron:
                break
            if (
                self._bare(doc, m, sent.start)
                and not self._shares_prep(doc, m, sent.start)
                and not self._in_quote_or_paren(doc, m, trig)
            ):
                return m
        if pron is None:
            # "A camp for Congolese refugees was attacked", "the offices of the Palestinian
            # administrators were burned": a short noun phrase naming their place or thing
            for m in cands:
                if self._owner_phrase(doc, floor, m) and not self._in_quote_or_paren(doc, m, trig):
                    return m
        if pron is not None:
            return self.antecedent(doc, pron, sent)
        rel = self.relative_antecedent(doc, floor, sent)
        if rel is not None:
            return rel
        if (
            not cands
            and floor == sent.start
            and sent.start > 0
            and (
                trig.start - sent.start <= 3
                or self._opens_with_auxiliary(doc, sent)
                or self._only_auxiliaries_after_opening_time(doc, sent, trig.start)
            )
            and not (trig.start == sent.start and self.sx.is_participle(doc, trig.start))
        ):
            # a participle opening its sentence is a passive with its auxiliary left out
            # ("Arrestato un giornalista"): its doer is not the subject of the sentence before
            # the first bare mention that agrees with the verb in gender and number ("La
            # polizia ha fermato tre giornalisti. Sono stati picchiati": the journalists)
            prev = sent_of(doc, sent.start - 1)
            bare = [
                m
                for m in sorted(self.mentions_in(doc, prev.start, prev.end), key=lambda m: m.start)
                if self._bare(doc, m, prev.start)
            ]
            feats = self.sx.clause_features(doc, trig.start, sent.start)
            agreeing = [m for m in bare if agree(feats, self.sx.phrase_features(doc, m.start))]
            if agreeing or bare:
                return (agreeing or bare)[0]
        if not cands and sent.start > 0 and not self.mentions_in(doc, sent.start, trig.start):
            return self.zero_subject_after_adjunct(doc, trig, sent)
        return None

    def zero_subject_after_adjunct(self, doc: Doc, trig: Span, sent: Span) -> Span | None:
        """Italian drops a subject it keeps from the sentence before also after an opening
        prepositional adjunct ("Durante la visita ha incontrato il presidente Xi", "Al
        termine dell'incontro ha minacciato ritorsioni", "Secondo fonti tedesche, ha
        criticato"): a sentence that opens with a preposition (``function_words.tsv``
        prep_* classes, or an ``adjunct_openers.tsv`` word), then at most
        ``_ADJUNCT_WORDS`` words with no clause word, pronoun, quote or verb auxiliary, then
        only auxiliaries and adverbs up to the verb, takes the first bare mention of the
        sentence before whose gender and number the verb's form (its auxiliary, a participle
        after essere) agrees with. Conservative: the verb's form must tell the number, the
        antecedent must agree with it, and after an essere auxiliary ("A Roma è arrivato il
        presidente X") a mention right after the verb is its subject, so the rule stays out."""
        if self.sx.lang != "it":
            return None
        words = tokens(doc).text
        k = self._after_opening_time(doc, sent)
        if k >= trig.start or not (
            self.sx.cls(words[k]) in PREP_CLASSES
            or words[k].lower() in adjunct_openers(self.sx.lang)
        ):
            return None
        j = k + 1
        while (
            j < trig.start
            and self.sx.cls(words[j]) not in ("aux", "aux_passive")
            and words[j].lower() not in _VERB_GROUP_WORDS
        ):
            c = self.sx.cls(words[j])
            if (
                j - k > _ADJUNCT_WORDS
                or c in ("clause", "complementizer", "relative", "pronoun", "pronoun_person")
                or words[j] in QUOTES
                or words[j] in ("(", ")", ":", ";")
                or words[j].lower() in ("che", "cui")
                # an article not governed by a preposition opens a noun phrase of its own,
                # the subject ("Secondo le notizie, il condannato è stato consegnato")
                or (c == "det" and self.sx.cls(words[j - 1]) not in PREP_CLASSES and j - 1 != k)
                # past the comma that closes the adjunct only the verb group may follow
                or (words[j - 1] == "," and self.sx.cls(words[j]) != "adv")
            ):
                return None
            j += 1
        group = [w.lower() for w in words[j : trig.start]]
        if not group or not all(
            self.sx.cls(w) in ("aux", "aux_passive", "adv")
            or w in _VERB_GROUP_WORDS
            or w in CLITICS
            for w in group
        ):
            return None
        # after essere or a clitic ("si è dimesso il ministro", "non lo ha confermato la
        # polizia") a mention right after the verb is its subject
        if any(self.sx.cls(w) == "aux_passive" or w in CLITICS for w in group) and any(
            all(self.sx.cls(words[x]) == "det" for x in range(trig.end, m.start))
            for m in self.mentions_in(doc, trig.end, sent.end)
        ):
            return None
        feats = self.sx.clause_features(doc, trig.start, j)
        if feats[1] is None:
            return None
        prev = sent_of(doc, sent.start - 1)
        bare = [
            m
            for m in sorted(self.mentions_in(doc, prev.start, prev.end), key=lambda m: m.start)
            if self._bare(doc, m, prev.start)
        ]
        # the subject of the sentence before, not a mention of a later clause or an object
        # ("che i ladri avevano portato via", "le trasferte erano il pane quotidiano")
        return next(
            (
                m
                for m in bare
                if agree(feats, self.sx.phrase_features(doc, m.start))
                and self._clause_subject(doc, m, prev)
            ),
            None,
        )

    def _opens_with_auxiliary(self, doc: Doc, sent: Span) -> bool:
        """A sentence that opens with an auxiliary ("Ha inoltre annunciato nuove sanzioni",
        "Aveva poi chiesto"): its subject is unexpressed, the one of the sentence before.
        A time phrase opening the sentence does not count ("Ieri ha poi incontrato")."""
        k = self._after_opening_time(doc, sent)
        return k < sent.end and self.sx.cls(tokens(doc).text[k]) == "aux"

    def _only_auxiliaries_after_opening_time(self, doc: Doc, sent: Span, end: int) -> bool:
        """Nothing but auxiliaries and adverbs between an opening time phrase and ``end``
        ("In serata è stato ricevuto al Quirinale"): the verb's subject is left out."""
        k = self._after_opening_time(doc, sent)
        return k < end and all(
            self.sx.cls(w) in ("aux", "aux_passive", "adv") for w in tokens(doc).text[k:end]
        )

    def _after_opening_time(self, doc: Doc, sent: Span) -> int:
        """The first word of the clause past opening quotes, conjunctions, adverbs and a
        time phrase with its preposition ("In serata è stato ricevuto": "è")."""
        words = tokens(doc).text
        k = self._clause_head(doc, sent)
        timex = [s for s in spans_of(doc, "timex") if sent.start <= s.start < sent.end]
        while k < sent.end:
            span = next((s for s in timex if s.start <= k < s.end), None)
            if span is not None:
                k = span.end
            elif words[k] == "," or self.sx.cls(words[k]) == "adv":
                k += 1
            elif self.sx.cls(words[k]) in ("prep_in", "prep_to", "det") and any(
                s.start in (k + 1, k + 2) for s in timex
            ):
                k += 1
            else:
                break
        return k

    def cleft_subject(self, doc: Doc, trig: Span, sent: Span) -> Span | None:
        """The subject of a cleft with a fronted infinitive: "A chiedere aiuto per i birmani è
        anche il Papa", "A denunciare la truffa è stato il sindaco". The infinitive opens its
        sentence (or follows a comma) after "a/ad"; a finite essere form closes its phrase, and
        the mention right after it (past "stato" and adverbs) does the act."""
        tab = tokens(doc)
        k = trig.start - 1
        if k < sent.start or self.sx.cls(tab.lower[k]) != "prep_to":
            return None
        if not self.sx.is_infinitive(doc, trig.start):
            return None
        if k > sent.start and tab.text[k - 1] not in (",", ":", "«", '"'):
            return None
        end = min(sent.end, trig.end + 12)
        j = next(
            (
                j
                for j in range(trig.end, end)
                if self.sx.cls(tab.lower[j]) == "aux_passive"
                and tab.lower[j] not in PASSIVE_PARTICIPLES
            ),
            None,
        )
        if j is None or any(
            tab.text[x] == "," or self.sx.is_hard_boundary(doc, x) for x in range(trig.end, j)
        ):
            return None
        j += 1
        while j < sent.end and (
            tab.lower[j] in PASSIVE_PARTICIPLES or self.sx.cls(tab.lower[j]) == "adv"
        ):
            j += 1
        return next(
            (m for m in self.mentions_in(doc, j, min(sent.end, j + 3)) if m.start <= j + 1),
            None,
        )

    def appositions(self, doc: Doc, sent: Span, end: int) -> list[tuple[int, int]]:
        """Token ranges of appositions before ``end``: ", a key U.S. ally in the war," after a
        mention. Mentions inside them are not the subject of the verb after them."""
        memo = self._memo(doc, "appositions")
        got = memo.get((sent.start, end))
        if got is None:
            got = memo[(sent.start, end)] = self._appositions(doc, sent, end)
        return list(got)

    def _appositions(self, doc: Doc, sent: Span, end: int) -> list[tuple[int, int]]:
        out = []
        words = tokens(doc).text
        commas = [k for k in range(sent.start, end) if words[k] == ","]
        ends = _actor_ends(doc)
        for a, b in zip(commas, commas[1:], strict=False):
            if b - a < 2 or b - a > 15:
                continue
            if self.sx.cls(words[a + 1]) in ("det",) and a in ends:
                if self._names_the_office(doc, a, b):
                    continue
                out.append((a + 1, b))
            elif a in ends and self._office_of_named(doc, a, b):
                out.append((a + 1, b))
        out.extend(self.relative_clauses(doc, sent, commas))
        out.extend(self.source_asides(doc, sent, end))
        return out

    @staticmethod
    def _office_of_named(doc: Doc, a: int, b: int) -> bool:
        """Rule argument.office_apposition: "Il premier malese Anwar Ibrahim, presidente di
        turno dell'Asean, ha chiesto": a bare lower-case office phrase in the commas ``a``
        and ``b`` right after a named person is that person's second office, an aside; the
        named mention before it is the subject (not the office, read alone as some other
        president)."""
        group = spans_of(doc, "actors")
        head = next((m for m in group if m.end == a), None)
        # a named person of a known country: an apposition giving the country of a name
        # the KB does not know ("José Perez, studente messicano, è stato arrestato") is
        # the mention that says who he is, not an aside
        if head is None or not any(x.name and x.country for x in ext(head, "actors") or []):
            return False
        inner = next((m for m in group if m.start == a + 1), None)
        return (
            inner is not None
            # an office read as a person by title coreference ("presidente" -> an earlier
            # president) is still an office phrase: it starts in lower case
            and inner.label_ in ("AGENT", "PER")
            and inner.end <= b
            and doc[a + 1].text[:1].islower()
        )

    @staticmethod
    def _names_the_office(doc: Doc, a: int, b: int) -> bool:
        """Rule argument.apposed_name: "Il capo dell'esercito, il generale Abdel Fattah
        al-Burhan, ha annunciato": the apposition between the commas ``a`` and ``b`` names
        the person of an office phrase right before it that has no name of its own. It is
        no aside then but the subject itself: one mention of a named person fills the
        apposition up to its closing comma."""
        group = spans_of(doc, "actors")
        head = next((m for m in group if m.end == a), None)
        if head is None or head.label_ != "AGENT" or not ext(head, "actors"):
            return False  # an office or body phrase, not a state ("Turkey, a Nato member,")
        if any(x.name for x in ext(head, "actors")):
            return False
        inner = [m for m in group if a < m.start and m.end <= b]
        return (
            len(inner) == 1
            and inner[0].label_ == "PER"
            and inner[0].end == b
            and all(x.name for x in ext(inner[0], "actors") or [None])
            and len(ext(inner[0], "actors") or []) == 1
        )

    def source_asides(self, doc: Doc, sent: Span, end: int) -> list[tuple[int, int]]:
        """Token ranges of source asides in commas before ``end`` (rule
        argument.source_aside): ", come si legge nella nota del Quirinale,", ", secondo fonti
        locali,", ", a quanto riferisce la stampa,". The aside opens right after a comma with
        a ``source_prep`` cue of ``attribution_cues.tsv``, or with an ``aside_open`` cue
        ("come", "a quanto") that a reporting verb (``report_verb``, ``aside_verb``) follows
        within three words, and closes with the next comma (at most fifteen words on). It
        says where the news comes from: its mentions are no party of the clause around it,
        and a subject or a light verb before it reaches past it."""
        key = "eventwire_source_aside_opens"
        opens = doc.user_data.get(key)
        if opens is None:
            hits = cue_index(self.sx.lang, "attribution_cues.tsv").match(doc)
            verb_at = {s for s, _e, c in hits if c.kind in ("report_verb", "aside_verb")}
            found = set()
            for s, e, c in hits:
                if c.kind == "source_prep" or (
                    c.kind == "aside_open" and any(k in verb_at for k in range(e, e + 3))
                ):
                    found.add(s)
            opens = doc.user_data[key] = frozenset(found)
        words = tokens(doc).text
        out = []
        for a in range(sent.start - 1, end - 1):
            # an aside after a comma, or one opening the sentence ("Secondo l'organizzazione
            # X, i paramilitari avrebbero ucciso ...": X is no subject of the verb after it)
            if (a >= sent.start and words[a] != ",") or a + 1 not in opens:
                continue
            b = next((k for k in range(a + 2, min(end, a + 17)) if words[k] == ","), None)
            if b is not None and not any(self.sx.is_hard_boundary(doc, k) for k in range(a + 1, b)):
                out.append((a + 1, b))
        return out

    def relative_clauses(self, doc: Doc, sent: Span, commas: list[int]) -> list[tuple[int, int]]:
        """Token ranges of relative clauses closed by a comma before the verb: "gli hacker
        cinesi che ... erano entrati in siti tedeschi, hanno violato", "the rebels, who had
        seized two towns, attacked". The relative pronoun follows a mention (or its comma);
        mentions inside the clause are not the subject of the verb after it."""
        tab = tokens(doc)
        ends = _actor_ends(doc)
        out = []
        for b in commas:
            k = b - 1
            while k > sent.start and k > b - 20 and tab.text[k] != ",":
                if self.sx.cls(tab.lower[k]) == "relative" or tab.lower[k] == "che":
                    prev = k - 1 if tab.text[k - 1] == "," else k
                    if prev in ends and k + 1 < b:
                        out.append((k, b))
                    elif (
                        k - 2 >= sent.start
                        and tab.text[k - 2] == ","
                        and (self.sx.cls(tab.lower[k - 1]) or "").startswith("prep_")
                        and k - 2 in ends
                        and k + 1 < b
                    ):
                        # "tre agenti, di cui uno afroamericano, sono stati uccisi", "the
                        # officers, some of whom ...": a part of the mention, an aside
                        out.append((k - 1, b))
                    break
                k -= 1
        return out

    def infinitive_after_prep(self, doc: Doc, trig: Span, sent: Span) -> bool:
        """Whether the trigger is an infinitive right after "a/di/to/of" with a word before
        that ("ha deciso di ritirare", "inizia a ritirarsi")."""
        k = trig.start - 1
        return (
            self.sx.is_infinitive(doc, trig.start)
            and k - 1 > sent.start
            and self.sx.cls(tokens(doc).lower[k]) in ("prep_to", "prep_of")
        )

    def governing_words(self, doc: Doc, trig: Span, sent: Span, most: int) -> int | None:
        """For an ``infinitive_after_prep`` trigger, the first of the (at most ``most``)
        lower-case content words right before the preposition that govern the infinitive
        ("deciso", "avuto modo"), or None when there is none."""
        tab = tokens(doc)
        j = trig.start - 2
        while (
            trig.start - 2 - j < most
            and j > sent.start
            and tab.is_alpha[j]
            and tab.text[j].islower()
            and self.sx.cls(tab.lower[j]) is None
        ):
            j -= 1
        return j + 1 if j < trig.start - 2 else None

    def relative_subject(self, doc: Doc, trig: Span, sent: Span) -> Span | None:
        """The antecedent of a "che/who/which/il quale" that opens the trigger's clause as its
        subject: only adverbs, auxiliaries, clitics, negation and one comma-enclosed aside
        ("il quale, intervistato dalla radio, ha avvertito") between it and the verb."""
        tab = tokens(doc)
        k = trig.start - 1
        if (
            self.infinitive_after_prep(doc, trig, sent)
            and (first := self.governing_words(doc, trig, sent, 1)) is not None
        ):
            # "la Nato, che inizia a ritirarsi", "il governo, che ha deciso di ritirare": the
            # verb governing the infinitive shares its subject
            k = first - 1
        elif (
            self.sx.is_infinitive(doc, trig.start)
            and k > sent.start
            and tab.lower[k] in _causative_verbs(self.sx.lang)
        ):
            # "un presidente che ha fatto arrestare decine di oppositori": the causer acts
            k -= 1
        floor = max(sent.start, k - 4)
        aside = False
        timex = [s for s in spans_of(doc, "timex") if sent.start <= s.start < trig.start]
        while k >= floor:
            low = tab.lower[k]
            span = next((s for s in timex if s.start <= k < s.end), None)
            if span is not None:
                # "l'uomo che il 19 novembre 2001 uccise", "che nel 2003 ha ucciso": a time
                # phrase (with its preposition or article) between the pronoun and the verb
                k = span.start - 1
                if k >= sent.start and self.sx.cls(tab.text[k]) in ("det", "prep_in", "prep_to"):
                    k -= 1
                floor = max(sent.start, k - 3)
                timex.remove(span)
                continue
            if low == "," and not aside:
                # jump over one aside: back to the comma that opens it
                opening = next(
                    (
                        j
                        for j in range(k - 1, max(sent.start, k - 15) - 1, -1)
                        if tab.text[j] == ","
                    ),
                    None,
                )
                if opening is None:
                    return None
                aside, k = True, opening - 1
                floor = max(sent.start, k - 3)
                continue
            if low in ("che", "who", "which", "quale", "quali"):
                j = k - 1
                if (
                    low in ("quale", "quali")
                    and j >= sent.start
                    and self.sx.cls(tab.text[j]) == "det"
                ):
                    j -= 1  # "il quale"
                while j >= sent.start and tab.text[j] == ",":
                    j -= 1
                return self._before_relative(doc, j, sent) if j >= sent.start else None
            if not (
                self.sx.cls(low) in ("adv", "aux", "aux_passive", "modal")
                or low in CLITICS
                or low == "non"  # Italian negation (English "not" is a modal)
                or low.endswith(("mente", "ly"))
            ):
                return None
            k -= 1
        return None

    def relative_antecedent(self, doc: Doc, floor: int, sent: Span) -> Span | None:
        """The mention a relative pronoun at the clause start refers to."""
        k = floor - 1
        if k < sent.start or tokens(doc).lower[k] not in (
            "che",
            "who",
            "which",
            "that",
            "il quale",
            "la quale",
        ):
            return None
        j = k - 1
        while j >= sent.start and tokens(doc).text[j] == ",":
            j -= 1
        return self._before_relative(doc, j, sent) if j >= sent.start else None

    def latter(self, doc: Doc, trig: Span, sent: Span, floor: int) -> Span | None:
        """ "e quest'ultimo ha minacciato", "the latter said": the subject is the party named
        last before the phrase (in its sentence, else the last of the sentence before)."""
        for s, e, _ in _latter_anaphors(self.sx.lang).match(doc):
            if not (floor <= s and e <= trig.start) or self.mentions_in(doc, e, trig.start):
                continue
            for m in sorted(self.mentions_in(doc, sent.start, s), key=lambda m: -m.end):
                return m
            if sent.start > 0:
                prev = sent_of(doc, sent.start - 1)
                for m in sorted(self.mentions_in(doc, prev.start, prev.end), key=lambda m: -m.end):
                    return m
        return None

    def singular_latter(self, doc: Doc, trig: Span) -> bool:
        """A singular Italian "latter" ("quest'ultimo", "quest'ultima") stands before the
        trigger in its sentence."""
        sent = sent_of(doc, trig.start)
        low = tokens(doc).lower
        return any(
            sent.start <= s and e <= trig.start and low[e - 1] in ("ultimo", "ultima")
            for s, e, _ in _latter_anaphors(self.sx.lang).match(doc)
        )

    def hung_over(self, doc: Doc, trig: Span, sent: Span) -> Span | None:
        """The one a noun trigger "hangs over" (``pending_verbs.tsv``): the mention after a
        "su" opening the clause ("Su Scaramella grava l'accusa"), a person pronoun there ("Su
        di lui pende un mandato"), or the mention before "su cui / sul quale"."""
        tab = tokens(doc)
        keys = token_keys(doc, self.sx.lang)
        verbs = _pending_verbs(self.sx.lang)
        j = trig.start - 1
        while j >= sent.start and self.sx.cls(tab.text[j]) in ("det", "adv", "aux", "count"):
            j -= 1
        if j < sent.start or verbs.isdisjoint(keys[j][1]):
            return None
        k = j - 1
        while k >= sent.start and tab.text[k] not in (",", ";", ":") and k > j - 12:
            k -= 1
        head = k + 1  # the clause's first word
        while head < j and (tab.text[head] in QUOTES or self.sx.cls(tab.text[head]) == "conj"):
            head += 1
        if head >= j or self.sx.cls(tab.text[head]) != "prep_on":
            return None
        nxt = head + 1
        if nxt < j and tab.lower[nxt] == "di":
            nxt += 1  # "su di lui"
        if nxt < j and self.sx.cls(tab.text[nxt]) == "relative":
            # "X, sul quale pende": the mention right before the comma
            before = [m for m in self.mentions_in(doc, sent.start, head) if m.end >= head - 1]
            return max(before, key=lambda m: m.end) if before else None
        if nxt < j and self.sx.cls(tab.text[nxt]) == "pronoun_person":
            return self.antecedent(doc, nxt, sent)
        inside = [m for m in self.mentions_in(doc, head + 1, j) if m.start <= nxt + 1]
        return min(inside, key=lambda m: m.start) if inside else None

    def _object_pronoun(self, doc: Doc, k: int, sent: Span, actor: tuple[Span, ...]) -> Span | None:
        """The person a pronoun object at ``k`` names: a person first, never the actor
        ("contro di sé" would name that one)."""
        own = {(m.start, m.end) for m in actor}
        return self._antecedent(
            doc, k, sent, lambda m: _person(m) and (m.start, m.end) not in own
        ) or self._antecedent(doc, k, sent, lambda m: (m.start, m.end) not in own)

    def antecedent(self, doc: Doc, k: int, sent: Span) -> Span | None:
        """The mention a pronoun at token ``k`` stands for (nearest bare mention before it,
        else the first bare mention of the sentence before). A pronoun of persons ("lui",
        "lei", "he") stands for a person first: a name or one holder of an office ("Il
        governo ha ricevuto il presidente turco. Lui ha poi criticato ...")."""
        if self.sx.cls(tokens(doc).text[k]) == "pronoun_person":
            found = self._antecedent(doc, k, sent, _person)
            if found is not None:
                return found
        return self._antecedent(doc, k, sent, lambda m: True)

    def _antecedent(self, doc: Doc, k: int, sent: Span, fits) -> Span | None:  # noqa: ANN001
        words = tokens(doc).text
        for m in sorted(self.mentions_in(doc, sent.start, k), key=lambda m: -m.start):
            if m.start > sent.start and words[m.start - 1] == "(":
                continue  # an acronym gloss "(Rsf)": the name before it is the antecedent
            if self._bare(doc, m, sent.start) and fits(m):
                return m
        if sent.start > 0:
            prev = sent_of(doc, sent.start - 1)
            for m in sorted(self.mentions_in(doc, prev.start, prev.end), key=lambda m: m.start):
                if self._bare(doc, m, prev.start) and fits(m):
                    return m
        return None

    def speaker_before(self, doc: Doc, end: int, sent: Span) -> Span | None:
        """The subject of a reporting verb before token ``end`` ("Russia said that ...")."""
        keys = token_keys(doc, self.sx.lang)
        verbs = report_verbs(self.sx.lang)
        for k in range(end - 1, sent.start - 1, -1):
            if not verbs.isdisjoint(keys[k][1]):
                for m in sorted(self.mentions_in(doc, sent.start, k), key=lambda m: -m.start):
                    if self._bare(doc, m, sent.start):
                        return m
                return None
        return None

    def after_conjunction(self, doc: Doc, trig: Span, sent: Span) -> bool:
        """A verb right after "e/and" (auxiliaries and clitics aside): it shares the subject
        of the first verb ("La Russia accusa la Georgia ... e avverte che ...")."""
        j = trig.start - 1
        low = tokens(doc).lower
        while j > sent.start and (
            self.sx.cls(tokens(doc).text[j]) in ("aux", "aux_passive", "adv", "modal")
            or low[j] in CLITICS
            or low[j] in ("still", "also", "then", "ancora", "poi", "inoltre")
            # "ma si è detta pronta al dialogo": a reflexive "dirsi" before the trigger
            or (low[j] in SELF_REPORT_PARTICIPLES and j - 2 >= sent.start and low[j - 2] in CLITICS)
        ):
            j -= 1
        if (
            j > sent.start
            and tokens(doc).lower[j] == "però"
            and (
                self.sx.cls(tokens(doc).text[j - 1]) in ("aux", "aux_passive")
                or any(m.end == j for m in self.mentions_in(doc, sent.start, j))
            )
        ):
            return False  # "la Germania (ha) però respinto": "però" is an adverb of its clause
        if j > sent.start and tokens(doc).text[j] == ",":
            return self._conjunction_before_aside(doc, j, sent)
        return j > sent.start and (
            self.sx.cls(tokens(doc).text[j]) == "conj"
            or tokens(doc).lower[j] in ("but", "ma", "però")
        )

    def _conjunction_before_aside(self, doc: Doc, close: int, sent: Span) -> bool:
        """The comma at ``close`` ends an adverbial aside that opens right after ", e/and"
        (", e dopo essersi consultato con il suo avvocato, ha accettato", ", e, mentre
        trattava, ha liberato"): a clause word of time or cause, or a gerund, after the
        conjunction, at most ``_ASIDE_WORDS`` words, no bare mention, quotation or other
        clause inside. The verb after the aside is coordinated with the first verb."""
        tab = tokens(doc)
        words, low = tab.text, tab.lower
        for c in range(close - 1, max(sent.start, close - _ASIDE_WORDS) - 1, -1):
            if words[c] in QUOTES or low[c] in ("che", "cui", "that", "which", "who"):
                return False
            if self.sx.is_hard_boundary(doc, c):
                return False
            if self.sx.cls(low[c]) != "conj" or c - 1 <= sent.start or words[c - 1] != ",":
                continue
            k = c + 2 if words[c + 1] == "," else c + 1
            if k >= close or not (
                low[k] in SUBORDINATORS or low[k] in ("dopo", "after") or self.sx.is_gerund(doc, k)
            ):
                continue
            return not any(self._bare(doc, m, k + 1) for m in self.mentions_in(doc, k + 1, close))
        return False

    def _before_verb_group(self, doc: Doc, k: int, sent: Span, modal: bool = True) -> int:
        """The first token at or before ``k`` (not before the sentence's first word) that is
        no auxiliary, adverb, clitic or "non", nor a modal unless ``modal`` is False: the
        word the verb group ending at ``k`` follows ("quando", "a cui", "e")."""
        tab = tokens(doc)
        skip = ("aux", "aux_passive", "adv", "modal") if modal else ("aux", "aux_passive", "adv")
        while k > sent.start and (
            self.sx.cls(tab.lower[k]) in skip or tab.lower[k] in CLITICS or tab.lower[k] == "non"
        ):
            k -= 1
        return k

    def subordinate_after_main(self, doc: Doc, trig: Span, sent: Span) -> bool:
        """A verb with no subject of its own right after ", quando/mentre/perché/poiché"
        (auxiliaries, adverbs, clitics and "non" aside) shares the main clause's subject:
        "Il ministro si era recato a Lima a maggio, quando aveva promesso al governo ...".
        Not a clause opening the sentence, whose subject comes after it."""
        tab = tokens(doc)
        k = self._before_verb_group(doc, trig.start - 1, sent)
        return (
            k > sent.start
            and tab.lower[k] in SUBORDINATORS
            and self.sx.cls(tab.lower[k]) == "clause"
            and tab.text[k - 1] == ","
        )

    def _clause_opened(self, doc: Doc, start: int, end: int) -> bool:
        """A clause word, relative or complementizer ("che", "cui", "quando") or a semicolon
        among tokens ``start:end``: another clause opens there."""
        return any(
            self.sx.cls(w) in ("clause", "complementizer", "relative") or w in ("che", "cui", ";")
            for w in tokens(doc).lower[start:end]
        )

    def _clause_subject(self, doc: Doc, m: Span, sent: Span) -> bool:
        """``m`` is the subject of its sentence's first clause: no clause word, relative or
        complementizer before it in the sentence, and the verb group right after it (past
        one comma-enclosed aside: "I militari, per catturarli, hanno organizzato"; "Un
        diplomatico stava uscendo"; not "una Fiat Seicento", "la Dda di Bologna che")."""
        tab = tokens(doc)
        if self._clause_opened(doc, sent.start, m.start):
            return False
        spots = [m.end]
        if m.end < sent.end and tab.text[m.end] == ",":
            # "Vladimir Putin, presidente della Federazione Russa, ha": the mention takes its
            # apposition but not its last comma; "I militari, per catturarli, hanno"
            k = m.end + 1
            while k < sent.end and tab.text[k] != "," and k - m.end < 12:
                k += 1
            spots = [m.end + 1, k + 1]

        def verb_group(k: int) -> bool:
            if k >= sent.end:
                return False
            w, c = tab.lower[k], self.sx.cls(tab.lower[k])
            # an auxiliary, adverb, clitic or negation, or a lower-case word of no function
            # class (a finite verb: "stava uscendo"); not a preposition, article,
            # conjunction or name
            return (
                c in ("aux", "aux_passive", "modal", "adv")
                or w in CLITICS
                or w == "non"
                or (
                    c is None
                    and tab.is_alpha[k]
                    and tab.text[k].islower()
                    and w not in ("che", "cui")
                )
            )

        return any(verb_group(k) for k in spots)

    def _prep_relative(self, doc: Doc, k: int, sent: Span) -> int | None:
        """The preposition governing a relative pronoun at ``k`` ("a cui", "al quale", "con
        la quale", "contro i quali"), or None."""
        low = tokens(doc).lower
        if low[k] not in _RELATIVE_WORDS or k <= sent.start:
            return None
        p = k - 1
        if low[k] != "cui" and self.sx.cls(low[p]) == "det" and p > sent.start:
            p -= 1  # "con la quale"
        if self.sx.cls(low[p]) in PREP_CLASSES:
            return p
        return None

    def prepositional_relative(self, doc: Doc, trig: Span, sent: Span) -> tuple[Span, Span] | None:
        """(actor, recipient) of a verb in a relative clause opened by a preposition that
        names the one it is done to or with ("ha telefonato a Netanyahu, a cui ha chiesto di
        fermare l'offensiva", "ha incontrato Biden, al quale ha promesso ...", "il
        ministro, con il quale ha discusso ..."): the recipient is the mention the relative
        follows (a comma between), the actor the main clause's subject, the first bare
        mention of the sentence before it. Only "a", "con" and "contro" relatives (the
        addressee, the partner, the target: ``function_words.tsv`` prep_to, prep_with,
        prep_against), only auxiliaries, adverbs, clitics and "non" between the pronoun and
        the verb, and the actor must be another party than the recipient."""
        tab = tokens(doc)
        k = self._before_verb_group(doc, trig.start - 1, sent)
        p = self._prep_relative(doc, k, sent)
        if p is None or self.sx.cls(tab.lower[p]) not in ("prep_to", "prep_with", "prep_against"):
            return None
        if any(self.sx.cls(w) == "aux_passive" for w in tab.lower[k + 1 : trig.start]):
            return None  # "a cui è stato chiesto": a passive, the actor is not the main subject
        j = p - 1
        while j >= sent.start and tab.text[j] == ",":
            j -= 1
        if j < sent.start:
            return None
        ante = self._before_relative(doc, j, sent)
        if ante is None:
            return None
        main = self.main_subject(doc, doc[ante.start : ante.start + 1], sent)
        if main is None or main.end > ante.start or main.text == ante.text:
            return None
        if not self._clause_subject(doc, main, sent) or self._clause_opened(
            doc, main.end, ante.start
        ):
            return None  # "i ladri non ... e ora la Polizia, alla quale abbiamo denunciato"
        # the relative's verb is in the third person and agrees with the main subject
        feats = self.sx.clause_features(doc, trig.start, k + 1)
        if feats[1] is None or not agree(feats, self.sx.phrase_features(doc, main.start)):
            return None
        if any(
            all(self.sx.cls(tab.lower[x]) in ("det", "adv") for x in range(trig.end, m.start))
            for m in self.mentions_in(doc, trig.end, sent.end)
        ):
            return None  # "a cui ha collaborato anche la Mobile": a subject after the verb
        return main, ante

    def passive_subordinate_patient(self, doc: Doc, trig: Span, sent: Span) -> Span | None:
        """The one a passive verb with no subject of its own, right after "quando/mentre/dopo
        che" (auxiliaries, adverbs and clitics aside), is done to: the main clause's subject ("Un
        giornalista stava attraversando la strada quando è stato colpito", "Il console
        rientrava in albergo, quando fu aggredito"). Italian only, and conservative: the
        participle's gender and number (``agreement.tsv``) must be known and the main
        subject must agree with them while no other bare mention (an object) between it and
        "quando" does ("Il poliziotto ha fermato il ladro quando è stato aggredito" names no
        one)."""
        if self.sx.lang != "it":
            return None
        tab = tokens(doc)
        k = self._before_verb_group(doc, trig.start - 1, sent, modal=False)
        date = next(
            (t for t in spans_of(doc, "timex") if t.end == k + 1 and t.start > sent.start), None
        )
        if date is not None:
            # "dopo che lunedì era stato invitato": a date between the opener and the verb
            k = date.start - 1
            if k > sent.start and self.sx.cls(tab.lower[k]) == "det":
                k -= 1  # "quando il 3 maggio è stato contestato"
            k = self._before_verb_group(doc, k, sent, modal=False)
        opener = k
        if k > sent.start + 1 and tab.lower[k] == "che" and tab.lower[k - 1] == "dopo":
            # "Il ministro ha lasciato l'aula, dopo che era stato contestato dai deputati"
            opener = k - 1
        elif not (k > sent.start and tab.lower[k] in ("quando", "mentre")):
            return None
        feats = self.sx.clause_features(doc, trig.start, k + 1)
        if feats[1] is None:
            return None
        k = opener
        main = self.main_subject(doc, doc[k : k + 1], sent)
        if main is None or main.end > k or not self._clause_subject(doc, main, sent):
            return None  # "L'imputato, difeso dagli avvocati X e Y, è in carcere ... quando"
        if not agree(feats, self.sx.phrase_features(doc, main.start)):
            return None
        others = [
            m
            for m in self.mentions_in(doc, main.end, k)
            if m.start >= main.end
            and self._bare(doc, m, main.end)  # an object, not "a Kabul"
            and agree(feats, self.sx.phrase_features(doc, m.start))
        ]
        return None if others else main

    def coordinated_relative_subject(self, doc: Doc, trig: Span, sent: Span) -> Span | None:
        """The antecedent of a relative clause whose second verb, after "ma/e/but/and", is
        the trigger: "il generale, il quale non ha partecipato al vertice ma ha parlato con
        il premier", "the envoy, who arrived late but met the minister". The trigger may be
        an infinitive after one or two words and "di/a" ("ma ha avuto modo di parlare").
        Only when no bare mention stands between the pronoun and the conjunction (the
        relative's own subject: "la legge che il governo ha approvato e poi ritirato") and
        no other clause opens between them."""
        tab = tokens(doc)
        k = trig.start - 1
        if self.infinitive_after_prep(doc, trig, sent):
            first = self.governing_words(doc, trig, sent, 2)
            if first is None:
                return None
            k = first - 1
        k = self._before_verb_group(doc, k, sent)
        if k <= sent.start or not (
            self.sx.cls(tab.lower[k]) == "conj" or tab.lower[k] in ("ma", "but")
        ):
            return None
        conj = k
        for j in range(conj - 1, max(sent.start, conj - 25) - 1, -1):
            low = tab.lower[j]
            if low in (";", ":") or tab.text[j] in QUOTES:
                return None
            if low in ("che", "who", "which", "quale", "quali"):
                v = j + 1
                while v < conj and (
                    self.sx.cls(tab.lower[v]) in ("adv", "aux", "aux_passive", "modal")
                    or tab.lower[v] in CLITICS
                    or tab.lower[v] == "non"
                ):
                    v += 1
                # the pronoun's own verb right after it ("che visiterà il Senato e
                # incontrerà"): a party after that verb is its object, not the clause's
                # subject; else any bare party between is ("che il governo ha approvato e")
                verb_first = (
                    v < conj
                    and tab.text[v].isalpha()
                    and tab.text[v].islower()
                    and self.sx.cls(tab.lower[v]) is None
                )
                if not verb_first and any(
                    self._bare(doc, m, j + 1) for m in self.mentions_in(doc, j + 1, conj)
                ):
                    return None
                i = j - 1
                if (
                    low in ("quale", "quali")
                    and i >= sent.start
                    and self.sx.cls(tab.text[i]) == "det"
                ):
                    i -= 1
                if i < sent.start or tab.text[i] != ",":
                    return None  # a restrictive "che" may be an object: "la legge che ..."
                while i >= sent.start and tab.text[i] == ",":
                    i -= 1
                return self._before_relative(doc, i, sent) if i >= sent.start else None
            if self.sx.cls(low) == "clause":
                return None
        return None

    def object_controller(self, doc: Doc, trig: Span, sent: Span) -> Span | None:
        """The party after "a" of a verb of permission or command that governs the
        infinitive trigger through "di": "non permetteremo ad Hamas di continuare a
        sparare", "ha consentito ai ribelli di attaccare la città" (the rebels attack, not
        the one who lets them). None for any other trigger."""
        verbs = _object_control_verbs(self.sx.lang)
        if not verbs or not self.sx.is_infinitive(doc, trig.start):
            return None
        tab = tokens(doc)
        k = trig.start - 1
        # a chain of infinitives: "di continuare a sparare", "di tornare ad attaccare"
        for _ in range(2):
            if (
                k - 2 >= sent.start
                and tab.lower[k] in ("a", "ad", "di", "d'")
                and self.sx.is_infinitive(doc, k - 1)
                and tab.lower[k - 2] in ("a", "ad", "di", "d'")
            ):
                k -= 2
        if k <= sent.start or tab.lower[k] not in ("di", "d'"):
            return None
        # the party may carry an adjective the mention leaves out ("ai ribelli curdi")
        m = next(
            (
                m
                for m in self.mentions_in(doc, max(sent.start, k - 8), k)
                if k - m.end <= 2
                and all(
                    tab.text[j].isalpha() and tab.text[j].islower() and not self.sx.cls(tab.text[j])
                    for j in range(m.end, k)
                )
            ),
            None,
        )
        if m is None or self.sx.governing_prep(doc, m.start, sent.start) != "prep_to":
            return None
        v = m.start - 1
        while v > sent.start and self.sx.cls(tab.text[v]) in ("det", "possessive", "prep_to"):
            v -= 1
        if v < sent.start or v == m.start - 1 or tab.lemma[v].lower() not in verbs:
            return None
        return m

    def _as_clause(self, doc: Doc, trig: Span, sent: Span) -> bool:
        """A participle opening a comparative clause after a comma (", come chiesto",
        ", as requested"), adverbs between."""
        low = tokens(doc).lower
        k = trig.start - 1
        while k > sent.start and self.sx.cls(low[k]) == "adv":
            k -= 1
        return k > sent.start and low[k] in ("come", "as") and low[k - 1] == ","

    def main_subject(self, doc: Doc, trig: Span, sent: Span) -> Span | None:
        """The subject of the sentence's first clause (for a gerund: "police opened fire,
        killing one person and arresting 12")."""
        for m in sorted(self.mentions_in(doc, sent.start, trig.start), key=lambda m: m.start):
            if self._bare(doc, m, sent.start) and not self._shares_prep(doc, m, sent.start):
                return m
        if self.sx.is_gerund(doc, trig.start) and trig.start == self._clause_head(doc, sent):
            # "Richiamando le parti all'autocontrollo, le missioni dell'UE hanno ...": a gerund
            # opening the sentence is done by the subject of the main clause after its comma
            words = tokens(doc).text
            k = trig.end
            while k < sent.end and words[k] != ",":
                k += 1
            for m in sorted(self.mentions_in(doc, k + 1, sent.end), key=lambda m: m.start):
                if self._bare(doc, m, k + 1) or self._owner_phrase(doc, k + 1, m):
                    return m  # "le missioni dell'UE": the owner of the subject phrase
                break
        return None

    def main_object(self, doc: Doc, main: Span, trig: Span, sent: Span) -> Span | None:
        """The object of the main clause a gerund follows ("Il presidente ha chiamato il
        premier pakistano, offrendo aiuto": the premier): the one bare mention after the
        main subject and before the gerund, right after its verb (determiners only
        between, or a recipient preposition: "ha telefonato al premier"), with only a comma
        after it; None when there are several or none."""
        words = tokens(doc).text
        if not sent.start <= main.start < trig.start:
            return None
        found = [
            m
            for m in self.mentions_in(doc, main.end, trig.start)
            if m.start > main.end and m.end <= trig.start
        ]
        if len(found) != 1:
            return None
        m = found[0]
        if any(words[k] not in (",",) for k in range(m.end, trig.start)):
            return None
        k = m.start - 1
        while k > main.end and self.sx.cls(words[k]) == "det":
            k -= 1
        if (self.sx.cls(words[k]) or "") in ("prep_to", "prep_against", "prep_with"):
            k -= 1
        # the main verb right before: a word of the clause that is no function word
        if k <= main.end or self.sx.cls(words[k]) is not None or not tokens(doc).is_alpha[k]:
            return None
        return m

    def _clause_head(self, doc: Doc, sent: Span) -> int:
        """The first word of the sentence after opening quotes and conjunctions."""
        words = tokens(doc).text
        k = sent.start
        while k < sent.end and (words[k] in QUOTES or self.sx.cls(words[k]) == "conj"):
            k += 1
        return k

    def _that_right_after(self, doc: Doc, trig: Span) -> bool:
        """ "charged that", "alleged that": the that-clause opens right after a trigger of at
        most two words (not "condemned the UN claim that", "disputing Trump's claim that",
        where the clause is what another party claimed). The caller asks it only of an
        accusation of wrongdoing (mode ``allege``): "expressed disappointment that", "it is
        unacceptable that" name a regret's cause, not one accused."""
        return (
            len(trig) <= 2
            and trig.end < len(doc)
            and tokens(doc).lower[trig.end] in ("that", "che")
        )

    def that_subject(self, doc: Doc, trig: Span, sent: Span) -> Span | None:
        """ "demanded that the US cancel ...": the subject of the that-clause right after."""
        k = trig.end
        while k < sent.end and k - trig.end < 3 and tokens(doc).lower[k] not in ("that", "che"):
            k += 1
        if k >= sent.end or tokens(doc).lower[k] not in ("that", "che"):
            return None
        for m in sorted(self.mentions_in(doc, k + 1, min(sent.end, k + 6)), key=lambda m: m.start):
            if self._bare(doc, m, k + 1):
                return m
            return None
        return None

    def _right_after_subject(self, doc: Doc, trig: Span, sent: Span) -> bool:
        """A noun-or-verb word right after a bare actor mention is the verb.

        "Russia attacks Ukraine", "La Russia accusa la Georgia".
        """
        k = trig.start
        while k > sent.start and (
            tokens(doc).lower[k - 1]
            in (
                "no",
                "not",
                "never",
                "longer",
                "also",
                "still",
                "now",
                "non",
                "mai",
                "anche",
                "ancora",
                "ora",
            )
        ):
            k -= 1
        return any(
            m.end == k and self._bare(doc, m, sent.start)
            for m in self.mentions_in(doc, sent.start, trig.start)
        )

    def owned_by_subject(self, doc: Doc, trig: Span, sent: Span) -> bool:
        """Whether a noun trigger's act is its clause subject's own.

        True after a possessive ("il suo sostegno", "their visit"), after a light verb
        ("ha lanciato un attacco", "held talks"; ``light_verbs.tsv``) or in "in visita".
        "Il governo ha condannato l'attacco": the government did not attack. A noun
        governed by a phase noun (``phase_nouns.tsv``: "ha deciso la riapertura
        dell'inchiesta", "announced the start of an offensive") is owned as that noun is.
        """
        phase = self.phase_head(doc, trig, sent)
        if phase is not None:
            return self.owned_by_subject(doc, doc[phase : phase + 1], sent)
        g = self.sx.governing_prep(doc, trig.start, sent.start)
        if g == "prep_in" and self.sx.cls(tokens(doc).text[trig.start - 1]) == "prep_in":
            # "in visita", "in missione" (not "in questa strage"); not after a participle:
            # "sono rimasti uccisi nell'esplosione" is no blast of theirs
            k = trig.start - 2
            return not (k >= sent.start and self.sx.is_participle(doc, k))
        if g is not None:
            return self.reply_with(doc, trig, sent) or self.light_phrase(doc, trig, sent)
        j = trig.start - 1
        steps = 0
        keys = token_keys(doc, self.sx.lang)
        lv = light_verbs(self.sx.lang)
        marker = self.role_marker(doc, trig, sent)
        if marker is not None:
            # "used civilians as human shields": the verb is before its object phrase
            verbs = lv | role_markers(self.sx.lang)[tokens(doc).lower[marker]]
            for k in range(marker - 1, max(sent.start, marker - ROLE_REACH) - 1, -1):
                if not verbs.isdisjoint(keys[k][1]):
                    return True
                if self.sx.is_hard_boundary(doc, k) or tokens(doc).text[k] == ",":
                    return False
            return False
        asides = {b: a for a, b in self.source_asides(doc, sent, trig.start)}
        while j >= sent.start and steps < 5:
            if j in asides and asides[j] - 2 >= sent.start:
                # "ha presentato, come si legge nella nota, le dimissioni": past the aside
                j = asides[j] - 2
                continue
            c = self.sx.cls(tokens(doc).text[j])
            if c == "possessive":
                return True
            if not lv.isdisjoint(keys[j][1]):
                return True
            if (
                tokens(doc).text[j] in ("«", "“")
                and j > sent.start
                and not lv.isdisjoint(keys[j - 1][1])
            ):
                return True  # 'ha espresso «forte insoddisfazione»': a light verb's quoted object
            if self.sx.is_hard_boundary(doc, j) or tokens(doc).text[j] == ",":
                return False
            j -= 1
            steps += 1
        return False

    def light_phrase(self, doc: Doc, trig: Span, sent: Span) -> bool:
        """ "ha dato luogo a manifestazioni", "hanno preso parte allo sciopero": a noun trigger
        right after the preposition of a phrase of ``light_phrases.tsv`` (articles skipped,
        the preposition compared by class; adverbs may stand between verb and noun) is the
        clause subject's own act, as the object of a light verb is."""
        phrases = _light_phrases(self.sx.lang)
        if not phrases:
            return False
        tab = tokens(doc)
        keys = token_keys(doc, self.sx.lang)
        k = trig.start - 1
        while k > sent.start and self.sx.cls(tab.text[k]) == "det":
            k -= 1
        if k - 2 < sent.start:
            return False
        prep = self.sx.cls(tab.text[k])
        if prep is None:
            return False
        for verbs, noun, p in phrases:
            if self.sx.cls(p) != prep or tab.lower[k - 1] != noun:
                continue
            j = k - 2
            while j > sent.start and self.sx.cls(tab.text[j]) == "adv":
                j -= 1
            if not verbs.isdisjoint(keys[j][1]):
                return True
        return False

    def reply_with(self, doc: Doc, trig: Span, sent: Span) -> bool:
        """ "Pechino ha risposto con dazi", "ha reagito con un attacco": a noun trigger right
        after a prepositional role marker (``role_markers.tsv``, articles skipped) whose verb
        stands right before the marker (adverbs skipped) is the subject's own act."""
        tab = tokens(doc)
        k = trig.start - 1
        while k > sent.start and self.sx.cls(tab.text[k]) == "det":
            k -= 1
        markers = role_markers(self.sx.lang)
        low = tab.lower[k]
        if k <= sent.start or low not in markers or self.sx.cls(tab.text[k]) is None:
            return False
        j = k - 1
        while j > sent.start and self.sx.cls(tab.text[j]) == "adv":
            j -= 1
        return not markers[low].isdisjoint(token_keys(doc, self.sx.lang)[j][1])

    def owned_noun_owner(self, doc: Doc, trig: Span, end: int) -> Span | None:
        """ "dazi sulle importazioni americane", "ha bombardato postazioni cambogiane": after
        the trigger of an economic measure (goods) or of an attack (targets), a nationality
        adjective right after a noun of ``owned_nouns.tsv`` of that kind, before ``end`` and
        in the trigger's clause, names the state the act hits."""
        entry = ext(trig, "trigger")
        if entry is None:
            return None
        if "economic" in (entry.contexts or ()):
            kind = "goods"
        elif entry.event_type == "ASSAULT":
            kind = "target"
        else:
            return None
        tab = tokens(doc)
        owned = owned_nouns(self.sx.lang)
        keys = token_keys(doc, self.sx.lang)
        for m in _actors_starting_in(doc, trig.end, end):
            if m.start < trig.end or m.start >= end:
                continue  # the noun may end the trigger: "alzare * tariffe * merci"
            if any(
                self.sx.is_hard_boundary(doc, k)
                or tab.lower[k] in ("che", "that", "which")
                # "Gli scontri erano iniziati, quando le forze talebane": another clause
                or (self.sx.cls(tab.lower[k]) == "clause" and tab.lower[k] != "dopo")
                for k in range(trig.end, m.start)
            ):
                return None
            if not tab.text[m.start][:1].islower():
                continue
            heads = [m.start - 1]
            if (
                m.start - 3 >= trig.end
                and tab.lower[m.start - 2] == "di"
                and tab.text[m.start - 1].isalpha()
                and tab.text[m.start - 1].islower()
            ):
                # "posti di frontiera pakistani": the head of a "di" compound, when no
                # party stands between it and the trigger ("un attacco a Taiwan potrebbe
                # giustificare un intervento delle forze di autodifesa giapponesi": no)
                if not any(n.start < m.start for n in self.mentions_in(doc, trig.end, m.start)):
                    heads.append(m.start - 3)
            for k in heads:
                if owned.get(tab.lower[k]) == kind or any(owned.get(x) == kind for x in keys[k][1]):
                    return m
        return None

    def role_marker(self, doc: Doc, trig: Span, sent: Span) -> int | None:
        """The role marker (``role_markers.tsv``) right before a noun trigger, articles
        skipped ("as human shields", "as a human shield"), or None."""
        k = trig.start - 1
        while k > sent.start and self.sx.cls(tokens(doc).text[k]) == "det":
            k -= 1
        if k > sent.start and tokens(doc).lower[k] in role_markers(self.sx.lang):
            return k
        return None

    def phase_head(self, doc: Doc, trig: Span, sent: Span) -> int | None:
        """The phase noun a noun trigger is the "di" complement of ("l'avvio delle
        indagini", "la ripresa dei bombardamenti", "the start of talks"), or None."""
        words = tokens(doc).text
        j = trig.start - 1
        while j > sent.start and self.sx.cls(words[j]) == "det" and trig.start - j <= 2:
            j -= 1
        if j <= sent.start or self.sx.cls(words[j]) != "prep_of":
            return None
        k = j - 1
        if not phase_nouns(self.sx.lang).isdisjoint(token_keys(doc, self.sx.lang)[k][1]):
            return k
        return None

    def reaction_verb(self, doc: Doc, trig: Span, sent: Span) -> int | None:
        """The reaction verb (``reaction_verbs.tsv``) a noun trigger is the object of: only a
        determiner, possessive, adverb or one adjective between ("ha raccolto la piena
        solidarietà", "drew strong criticism")."""
        keys = token_keys(doc, self.sx.lang)
        lemmas, forms = reaction_verbs(self.sx.lang)
        tab = tokens(doc)
        adjectives = 0
        for j in range(trig.start - 1, max(sent.start, trig.start - 5) - 1, -1):
            if not lemmas.isdisjoint(keys[j][1]) or keys[j][0] in forms:
                return j
            if tab.lower[j] == "subito" and j > sent.start and "avere" in keys[j - 1][1]:
                return j  # "ha subito un attacco": the participle, not the adverb
            c = self.sx.cls(tab.text[j])
            if c == "prep_of":
                # "X è stato oggetto di un attacco", "X was the target of an attack"
                return self.patient_noun(doc, j - 1, sent)
            if c in ("det", "possessive", "adv", "quantity"):
                continue
            if (
                c is None
                and tab.is_alpha[j]
                and tab.text[j].islower()
                and adjectives == 0
                and not self.sx.is_participle(doc, j)
                and not self.sx.is_infinitive(doc, j)
            ):
                # one adjective ("la piena solidarietà"), not a verb ("hanno subito avviato le
                # indagini": "subito" is an adverb there)
                adjectives += 1
                continue
            return None
        return None

    def patient_noun(self, doc: Doc, k: int, sent: Span) -> int | None:
        """``k`` if it is a patient noun (``patient_nouns.tsv``: "oggetto", "bersaglio",
        "vittima"; "target", "victim") that a form of "essere" / "be" or a listed link verb
        ties to its clause subject, right before it or before its article ("è stato oggetto",
        "è rimasta vittima", "was the target"): not "le vittime dell'attentato", whose
        noun is no predicate."""
        nouns, links = patient_nouns(self.sx.lang)
        keys = token_keys(doc, self.sx.lang)
        if k <= sent.start or keys[k][0] not in nouns:
            return None
        j = k - 1
        if self.sx.cls(tokens(doc).text[j]) == "det" and j > sent.start:
            j -= 1  # "was the target of", "è diventato il bersaglio di"
        if self.sx.cls(tokens(doc).text[j]) == "aux_passive" or not links.isdisjoint(keys[j][1]):
            return k
        return None

    def reaction_target(self, doc: Doc, verb: int, sent: Span) -> Span | None:
        """The subject of a reaction verb: a bare mention before it in its clause, else the
        owner of the clause's (or the sentence's) first noun phrase ("La nuova esternazione
        di X ... ha scatenato", "... mentre ha raccolto")."""
        vs = doc[verb : verb + 1]
        subj = self.subject(doc, vs, sent)
        if subj is not None:
            return subj
        floor = self.subject_floor(doc, vs, sent)
        for start in dict.fromkeys((floor, sent.start)):
            for m in sorted(self.mentions_in(doc, start, verb), key=lambda m: m.start):
                if self._owner_phrase(doc, start, m):
                    return m
        return None

    def light_verb_parties(
        self, doc: Doc, trig: Span, sent: Span
    ) -> tuple[Span | None, Span | None]:
        """Subject and indirect object of the verb a noun trigger is the object of.

        "Finland will give Tanzania a grant": the first bare mention of the clause acts,
        a second bare mention between it and the noun receives.
        """
        marker = self.role_marker(doc, trig, sent)
        # after a role marker the clause is that of the verb before it ("as" opens none)
        head = trig if marker is None else doc[marker : marker + 1]
        floor = self.subject_floor(doc, head, sent)
        bare = [
            m
            for m in sorted(self.mentions_in(doc, floor, trig.start), key=lambda m: m.start)
            if self._bare(doc, m, sent.start) and not self._in_quote_or_paren(doc, m, trig)
        ]
        if not bare:
            subj = self.subject(doc, trig, sent)
            return subj, None
        # "Il capo dell'esercito, il generale X, ha annunciato il ritiro": the apposed name
        # is the office's person, one party (rule argument.apposed_name)
        words = tokens(doc).text
        bare = [
            m
            for k, m in enumerate(bare)
            if not (
                k + 1 < len(bare)
                and m.end < len(words)
                and words[m.end] == ","
                and bare[k + 1].end < len(words)
                and words[bare[k + 1].end] == ","
                and self._names_the_office(doc, m.end, bare[k + 1].end)
            )
        ]
        # "I due avevano ... e Kim aveva ... il suo sostegno": a conjunction before a bare
        # mention (not a list with the one before) starts a new clause with a new subject
        for k in range(len(bare) - 1, 0, -1):
            j = bare[k].start - 1
            while j > bare[k - 1].end and self.sx.cls(tokens(doc).text[j]) == "det":
                j -= 1
            if self.sx.cls(tokens(doc).text[j]) == "conj" and not self._joined(
                doc, bare[k - 1].end, bare[k].start
            ):
                bare = bare[k:]
                break
        # members of one coordination count once
        first = bare[0]
        group = self.coordinated(doc, first, self.mentions_in(doc, sent.start, sent.end))
        rest = [m for m in bare[1:] if m not in group]
        return first, (rest[-1] if rest else None)

    def struck_by_gerund(self, doc: Doc, trig: Span, sent: Span) -> Span | None:
        """The person a gerund of impact after an attack verb names ("ha sparato due colpi,
        ferendo un passante", "trapassando il collo del giovane tifoso"): the gerund
        (``impact_gerunds.tsv``) follows the trigger in its sentence, after a comma or a
        conjunction, and its
        object (or the owner of the body part it names) is a person or group."""
        tab = tokens(doc)
        keys = token_keys(doc, self.sx.lang)
        verbs = _impact_gerunds(self.sx.lang)
        end = min(sent.end, trig.end + 2 * OBJECT_WINDOW)
        for k in range(trig.end, end):
            if self.sx.is_hard_boundary(doc, k):
                return None
            if not (
                self.sx.is_gerund(doc, k)
                and (tab.text[k - 1] == "," or self.sx.cls(tab.text[k - 1]) == "conj")
                and not verbs.isdisjoint(keys[k][1])
            ):
                continue
            obj, _ = self.object_after(doc, doc[k : k + 1], sent, frozenset())
            if obj is not None and obj.label_ in ("AGENT", "PER"):
                return obj
            return None
        return None

    def struck_by_attack_noun(self, doc: Doc, trig: Span, sent: Span) -> Span | None:
        """The one an attack noun, subject of an impact verb right after it, struck ("Un
        attentato terroristico ha colpito il contingente militare italiano", "un'autobomba ha
        ucciso tre soldati"): the verb (``impact_gerunds.tsv`` lemmas, any finite form, an
        auxiliary before its participle) comes within three words of the noun, no comma
        between, and its object is a party the text names, not a place."""
        tab = tokens(doc)
        # a definite noun names again an attack told before ("Islamabad aveva risposto con raid
        # aerei; i bombardamenti avrebbero ucciso 37 civili"), whose record has its parties
        if trig.start > sent.start and tab.lower[trig.start - 1] in DEFINITE_ARTICLES:
            return None
        keys = token_keys(doc, self.sx.lang)
        verbs = _impact_gerunds(self.sx.lang)
        # the noun's own "di" complement comes first ("un bombardamento dell'aviazione
        # birmana ha ucciso dodici civili", "Ieri un raid dell'esercito ... ha colpito")
        start = trig.end
        gen = self.genitive(doc, trig, sent)
        if gen is not None and 0 <= gen.start - trig.end <= 1:
            start = gen.end
        for k in range(start, min(sent.end, start + 4)):
            if tab.text[k] in (",", ";", ":") or self.sx.is_hard_boundary(doc, k):
                return None
            if self.sx.cls(tab.lower[k]) in ("aux", "modal"):
                continue
            if verbs.isdisjoint(keys[k][1]) or self.sx.is_gerund(doc, k):
                continue
            if self.sx.is_participle(doc, k) and self.sx.cls(tab.lower[k - 1]) != "aux":
                return None  # "l'attentato, ucciso ..." / a participle said of the noun
            obj, _ = self.object_after(doc, doc[k : k + 1], sent, frozenset())
            if obj is not None and obj.label_ in ("AGENT", "PER", "NORP", "ORG"):
                return obj
            return None
        return None

    def clitic_object(self, doc: Doc, trig: Span, sent: Span, actor: list[Span]) -> Span | None:
        """The party an object clitic before the verb stands for ("ha incontrato il ministro
        e gli ha chiesto", "ne ha chiesto le dimissioni"; ``object_clitics.tsv``): the nearest
        other party before it in the sentence, else the last other bare party of the
        sentence before. An article-like clitic ("la", "le", "gli") counts only before an
        auxiliary or modal ("la ha arrestata", not "le proteste")."""
        tab = tokens(doc)
        clitics = object_clitics(self.sx.lang)
        k, aux = trig.start - 1, False
        while k >= sent.start and trig.start - k <= 4:
            low = tab.lower[k]
            if low in clitics:
                break
            c = self.sx.cls(low)
            if c in ("aux", "modal"):
                aux = True
            elif not (c == "adv" or low.endswith("mente")):
                return None
            k -= 1
        else:
            return None
        if tab.lower[k] != "ne" and not aux:
            return None
        own = {m.text for m in actor} | {
            a.name for m in actor for a in (ext(m, "actors") or []) if a.name
        }

        def other(m: Span) -> bool:
            names = {a.name for a in (ext(m, "actors") or []) if a.name}
            return (
                m.text not in own
                and not names & own
                and not any(a.start <= m.start < a.end for a in actor)
                and not _generic_people(m)
            )

        # the party agrees with the clitic ("li ha arrestati": a plural one), else the
        # nearest as before
        feats = self.sx.clitic_features(doc, k, trig.start) if aux else (None, None)

        def nearest(ms: list[Span]) -> Span:
            agreeing = [m for m in ms if self.sx.agrees(doc, m.start, feats)]
            return max(agreeing or ms, key=lambda m: m.start)

        before = [m for m in self.mentions_in(doc, sent.start, k) if other(m)]
        if before:
            return nearest(before)
        if sent.start > 0:
            # "Polizia ha fermato un giornalista russo. Lo ha interrogato": an object clitic
            # continues the object, the last bare party of the sentence before
            prev = sent_of(doc, sent.start - 1)
            bare = [
                m
                for m in self.mentions_in(doc, prev.start, prev.end)
                if other(m) and self._bare(doc, m, prev.start)
            ]
            if bare:
                return nearest(bare)
        return None

    def _subject_is_noun(self, doc: Doc, subj: Span, trig: Span) -> bool:
        """The trigger noun heads the subject itself ("il meeting tra i due")."""
        return trig.start < subj.start

    def _quoted_trigger_phrase(self, doc: Doc, k: int, trig: Span) -> bool:
        """The quote opened at ``k`` right after a light verb holds only the trigger's own
        short noun phrase (at most two words before it, closing right after it): "ha
        espresso «forte insoddisfazione» per la decisione", the object the news quotes, no
        speech of another voice ("definendole «diktat inaccettabili»" is not read so)."""
        words = tokens(doc).text
        return (
            k > 0
            and not light_verbs(self.sx.lang).isdisjoint(token_keys(doc, self.sx.lang)[k - 1][1])
            and trig.start - k <= 3
            and trig.end < len(words)
            and words[trig.end] in ("»", "”")
            and not any(w in ("«", "»", "“", "”") for w in words[k + 1 : trig.start])
        )

    def _after_own_quote(self, doc: Doc, trig: Span) -> int:
        """Where the words after a trigger start: past the closing mark of its own short
        quote ("«forte insoddisfazione» per la decisione di X"), else right after it."""
        words = tokens(doc).text
        for k in range(max(0, trig.start - 3), trig.start):
            if words[k] in ("«", "“") and self._quoted_trigger_phrase(doc, k, trig):
                return trig.end + 1
        return trig.end

    def _in_quote_or_paren(self, doc: Doc, m: Span, trig: Span) -> bool:
        """A bracket or quote between the mention and the trigger: one of them is inside it.
        A short parenthesis right after the mention is its own acronym or gloss ("The
        International Labor Office (ILO) reiterated", "il Consiglio d'Europa (PACE) ha
        chiesto"), not a boundary."""
        words = tokens(doc).text
        start = m.end
        if start < trig.start and words[start] == "(":
            close = next(
                (k for k in range(start + 1, min(trig.start, start + 6)) if words[k] == ")"),
                None,
            )
            if close is not None:
                start = close + 1
        # so is one right after a later mention of the same clause ("i rappresentanti
        # dell'esercito e delle Forze di supporto rapido (Rsf) si incontreranno")
        ends = {n.end for n in self.mentions_in(doc, start, trig.start)}
        k = start
        while k < trig.start:
            if words[k] == "(" and k in ends:
                close = next(
                    (j for j in range(k + 1, min(trig.start, k + 6)) if words[j] == ")"), None
                )
                if close is not None:
                    k = close + 1
                    continue
            if words[k] in ("«", "“") and self._quoted_trigger_phrase(doc, k, trig):
                k += 1  # 'ha espresso «forte insoddisfazione»': the noun's own short quote
                continue
            if words[k] in ("(", ")", "«", "»"):
                return True
            k += 1
        return False

    def _addressee_start(self, doc: Doc, trig: Span, sent: Span, allow_bare: bool = True) -> int:
        """Where the trigger's addressee (``object_after`` with RECIPIENT_PREPS) starts, or
        the end of the document when it has none: an agent before it is the act's doer."""
        obj = self.object_after(doc, trig, sent, RECIPIENT_PREPS, allow_bare)[0]
        return obj.start if obj is not None else len(doc)

    def object_after(
        self,
        doc: Doc,
        trig: Span,
        sent: Span,
        preps: frozenset[str],
        allow_bare: bool = True,
        actor: tuple[Span, ...] = (),
    ) -> tuple[Span | None, str | None]:
        """First actor mention after the trigger that is bare or governed by ``preps``; a
        person pronoun governed by one of ``preps`` before it ("ha sporto denuncia contro di
        lui", "ha chiesto a lei di ...") stands for the person it names."""
        inside = self._addressee_in_gap(doc, trig, preps)
        if inside is not None:
            return inside, "object.in_trigger_gap"
        reach = (
            window_end(doc, trig.end)
            if getattr(ext(trig, "trigger"), "event_type", None) in GAP_ADDRESSEE_TYPES
            else trig.end + OBJECT_WINDOW
        )  # a transfer's destination after compounds ("to famine-stricken southern Sudan")
        end = min(sent.end, reach, self._next_trigger(doc, trig, sent))
        # a mention that starts inside the window may run past it: a name with its
        # apposition ("per apologia del fascismo Mario Rossi, comandante dei vigili urbani")
        mentions = sorted(
            (m for m in self.mentions_in(doc, trig.end, sent.end) if m.start < end),
            key=lambda m: m.start,
        )
        tab = tokens(doc)
        lo = self._after_own_quote(doc, trig)
        for k in range(lo, mentions[0].start if mentions else end):
            if self.sx.is_hard_boundary(doc, k) or tab.lower[k] in ("che", "that", "which", "who"):
                break
            if self.sx.cls(tab.text[k]) == "pronoun_person":
                j = k - 1
                if j > trig.end and tab.lower[j] == "di":
                    j -= 1  # "contro di lui", "su di lei"
                if j >= trig.end and self.sx.cls(tab.text[j]) in preps:
                    ante = self._object_pronoun(doc, k, sent, actor)
                    if ante is not None:
                        return ante, "object.pronoun"
                break
        owner = self.owned_noun_owner(doc, trig, end)
        if owner is not None:
            return owner, "object.owned_noun"
        for m in mentions:
            if any(self.sx.is_hard_boundary(doc, k) for k in range(lo, m.start)):
                break
            if any(
                tokens(doc).lower[k] in ("che", "that", "which", "who")
                for k in range(trig.end, m.start)
            ):
                break
            if self._temporal_infinitive_between(doc, trig.end, m.start):
                break  # "visiterà Napoli prima di rientrare ad Algeri": the other verb's
            g = self.sx.governing_prep(doc, m.start, trig.end)
            if (
                g is None
                and any(
                    self.sx.cls(tokens(doc).text[k]) == "conj" for k in range(trig.end, m.start)
                )
                and not self._joined(doc, trig.end, m.start)
            ):
                break  # "... e Kim aveva": a new clause with its own subject
            if g is None and any(doc[k].text == "," for k in range(trig.end, m.start)):
                # "overran it late last month, Thai military sources said": after a comma a
                # bare phrase starts another clause (appositions are joined by _joined)
                if not self._joined(doc, trig.end, m.start):
                    break
            if g is None and allow_bare:
                return m, "object.bare"
            if g in ("prep_to", "prep_in") and allow_bare and self._place_before_object(doc, m):
                continue  # "ha arrestato a Parigi un attivista": where, then whom
            if g in ("prep_to", "prep_in") and self._place_of_joint_act(doc, trig, m):
                continue  # "hanno concordato ieri a Doha un cessate il fuoco": where
            if g == "prep_of" and allow_bare and self._object_noun_before(doc, trig.end, m.start):
                return m, "object.of_object"  # "shelled positions of the security forces"
            if g in ("prep_of", "prep_from") and allow_bare and self._ends_in_noun(doc, trig, m):
                # "violato i sistemi informatici del Parlamento", "replicato alle accuse
                # della Russia", "received a mission of observers from the OSCE": the owner
                # (or source) of the noun a verb+noun trigger ends in
                return m, "object.of_trigger_noun"
            if g in preps:
                return m, f"object.{g}"
            if g == "prep_of" and (owned := self._owned_place_prep(doc, lo, m.start)):
                if owned in preps:
                    # "l'attacco alla sede del partito", "attacks on the offices of the
                    # party": the owner of the place or thing acted on
                    return m, "object.owner_after_prep"
        return None, None

    def _temporal_infinitive_between(self, doc: Doc, start: int, end: int) -> bool:
        """An infinitive clause of time in [start, end) ("prima di rientrare", "dopo aver
        firmato", "before returning"): a party after it is that verb's, not the trigger's."""
        low = tokens(doc).lower
        for k in range(start + 1, end - 1):
            if low[k - 1 : k + 1] == ["prima", "di"] or low[k] == "dopo":
                j = k + 1
                if j < end and low[j] in ("aver", "avere", "essere", "esser"):
                    j += 1
                if j < end and (self.sx.is_infinitive(doc, j) or self.sx.is_participle(doc, j)):
                    return True
            if low[k] in ("before", "after") and low[k + 1].endswith("ing"):
                return True
        return False

    def coordinated_verb(self, doc: Doc, trig: Span, sent: Span) -> int | None:
        """The Italian verb of the same form (participle or infinitive) right after a one-word
        verb trigger and "e"/"o", adverbs skipped ("ha arrestato e poi interrogato", "di
        arrestare e processare"): the verb whose object the trigger shares, or None."""
        tab = tokens(doc)
        i, k = trig.start, trig.end
        if self.sx.lang != "it" or len(trig) != 1 or k >= sent.end:
            return None
        if tab.lower[k] not in ("e", "ed", "o"):
            return None
        k += 1
        while k < sent.end and self.sx.cls(tab.text[k]) == "adv":
            k += 1
        if k >= sent.end or not tab.text[k].islower():
            return None
        if (self.sx.is_participle(doc, i) and self.sx.is_participle(doc, k)) or (
            self.sx.is_infinitive(doc, i) and self.sx.is_infinitive(doc, k)
        ):
            return k
        return None

    def _addressee_in_gap(self, doc: Doc, trig: Span, preps: frozenset[str]) -> Span | None:
        """ "ha fornito ai ribelli yemeniti droni", "avrebbe inviato a Cuba tecnici militari":
        a transfer's trigger pattern with a gap ("fornire * missili", ``GAP_ADDRESSEE_TYPES``)
        can hold its addressee, an actor mention governed by "a" inside the matched words;
        not a city named for its seat of power ("inviato a Kiev armi" is read as a place
        there, as by ``object_after``) unless the verb is one of giving
        (``dative_give_verbs.tsv``: "ha fornito a Mosca droni" gives to Russia)."""
        if "prep_to" not in preps or len(trig) < 3:
            return None
        entry = ext(trig, "trigger")
        if (
            getattr(entry, "event_type", None) not in GAP_ADDRESSEE_TYPES | GAP_ASKED_TYPES
            and getattr(entry, "cameo", None) not in GAP_ADDRESSEE_CAMEOS
        ):
            return None  # "went to Syria to fight", "close to the Turkish border": places
        for m in self.mentions_in(doc, trig.start + 1, trig.end - 1):
            if m.end >= trig.end:
                continue
            if self.sx.governing_prep(doc, m.start, trig.start + 1) != "prep_to":
                continue
            if (
                m.label_ == "GPE"
                and any((w.rule or "").startswith("metonym.") for w in ext(m, "actor_why") or [])
                and not (_first_forms(trig) & _dative_give_verbs(self.sx.lang))
            ):
                continue  # "ha fornito a Mosca droni": a verb of giving's receiver
            return m
        return None

    def _place_before_object(self, doc: Doc, m: Span) -> bool:
        """A city named for its seat of power ("a Parigi", "a Gaza") right before a bare
        mention ("ha arrestato a Parigi un attivista russo", "ha incontrato a Roma il premier
        italiano"): the city is where the act happens, the bare mention is its object."""
        if m.label_ != "GPE" or not any(
            (w.rule or "").startswith("metonym.") for w in ext(m, "actor_why") or []
        ):
            return False
        words = tokens(doc).text
        nxt = next((n for n in spans_of(doc, "actors") if n.start >= m.end), None)
        if nxt is None or nxt.start - m.end > 3:
            return False
        if not all(
            self.sx.cls(w) in ("det", "count", "adv") or w.isdigit()
            for w in words[m.end : nxt.start]
        ):
            return False
        return self.sx.governing_prep(doc, nxt.start, m.end) is None

    def _place_of_joint_act(self, doc: Doc, trig: Span, m: Span) -> bool:
        """A place name after "a/in" ("a Doha", "al Cairo", "in Turchia") following a joint
        act's trigger (frame VSYM: "concordare", "firmare", "negoziare"): such verbs name
        the other party with "con" or in a joint subject, never with "a" or "in", so the
        place is where the act happens, not its addressee (Italian)."""
        entry = ext(trig, "trigger")
        return (
            self.sx.lang == "it"
            and entry is not None
            and entry.frame == "VSYM"
            and m.label_ == "GPE"
        )

    def _owned_place_prep(self, doc: Doc, start: int, mention_start: int) -> str | None:
        """The class of the preposition opening "a/contro/on + short noun phrase + di/of X"
        between ``start`` and the mention ("alla sede del", "contro la casa di"), else None."""
        tab = tokens(doc)
        words = [
            k
            for k in range(start, mention_start)
            if self.sx.cls(tab.text[k]) not in ("det", "possessive")
        ]
        if not 3 <= len(words) <= 5 or self.sx.cls(tab.text[words[-1]]) != "prep_of":
            return None
        first = self.sx.cls(tab.text[words[0]])
        if not first or not first.startswith("prep_") or first == "prep_of":
            return None
        inner = words[1:-1]
        if all(
            tab.is_alpha[k] and tab.text[k].islower() and self.sx.cls(tab.text[k]) is None
            for k in inner
        ):
            return first
        return None

    def postverbal_subject(
        self, doc: Doc, trig: Span, sent: Span, entry: TriggerEntry
    ) -> Span | None:
        """The subject after a verb that opens its sentence ("Protestano i sindacati contro
        il governo", "Indaga la polizia sulla rapina", "Indagano i carabinieri"): a mention
        right after the verb, with only a determiner between. A transitive verb opening a
        headline often drops its subject ("Aggredisce un poliziotto", "Minaccia il sindaco"):
        there only an intransitive frame, or police or a court acting (not attacked), takes
        the mention as subject."""
        if not self.sx.is_verb_first(doc, trig.start, sent):
            return None
        words = tokens(doc).text
        for m in sorted(self.mentions_in(doc, trig.end, sent.end), key=lambda m: m.start):
            if not all(self.sx.cls(words[k]) == "det" for k in range(trig.end, m.start)):
                return None
            if entry.frame == "VINTR":
                return m
            info = ext(m, "info") or {}
            state = info.get("agent_type") == "body" or str(info.get("agent_code")) in (
                "~COP",
                "~JUD",
            )
            return m if state and entry.event_type not in ("ASSAULT", "THREATEN") else None
        return None

    def quotation_speaker_after(self, doc: Doc, trig: Span, sent: Span) -> Span | None:
        """The subject after a verb that follows the quotation it reports, in its commas
        ("«Il governo deve dimettersi», ha chiesto il leader dell'opposizione", '"Basta
        con le bugie", accusa il sindaco'): the speaker is the mention right after the
        verb (determiners only between), never a party inside the quotation. The verb comes
        right after the closing quote and its comma, with only auxiliaries and adverbs
        between; a straight quote closes when it is the sentence's second, fourth ..."""
        words = tokens(doc).text
        k = trig.start - 1
        while k > sent.start and self.sx.cls(words[k]) in ("aux", "adv"):
            k -= 1
        if k > sent.start and words[k] == ",":
            k -= 1
        if k <= sent.start or words[k] not in QUOTES or words[k] in ("«", "“"):
            return None
        if words[k] == '"' and sum(words[j] == '"' for j in range(sent.start, k + 1)) % 2:
            return None  # an opening straight quote
        for m in sorted(self.mentions_in(doc, trig.end, sent.end), key=lambda m: m.start):
            if all(self.sx.cls(words[j]) == "det" for j in range(trig.end, m.start)):
                return m
            return None
        return None

    def reflexive_postverbal_subject(
        self, doc: Doc, trig: Span, sent: Span, entry: TriggerEntry
    ) -> Span | None:
        """The subject after a pronominal verb ("Con il campione si sono complimentati il
        presidente e il premier", "la richiesta, cui si oppongono altre forze politiche"): its
        reflexive "si" takes the object's place, so a mention right after the verb, with
        only determiners, counting words and adverbs between, is its subject. Only for verbs
        the lexicon gives as pronominal (a pattern opening with "si" or an infinitive in
        -rsi, used with "si"): with another verb "si" may make a passive ("si accusa il
        governo": the government is accused)."""
        if self.sx.lang != "it" or not entry.words:
            return None
        first = entry.words[0][0]
        if first != "si" and not first.endswith("rsi"):
            return None
        lower = tokens(doc).lower
        k = trig.start if first == "si" else trig.start - 1
        while k > sent.start and self.sx.cls(tokens(doc).text[k]) in ("aux", "aux_passive", "adv"):
            k -= 1
        if lower[k] != "si":
            return None
        words = tokens(doc).text
        for m in sorted(self.mentions_in(doc, trig.end, sent.end), key=lambda m: m.start):
            if all(
                self.sx.cls(words[j]) in ("det", "count", "adv")
                or (words[j].islower() and words[j].endswith("mente") and len(words[j]) > 7)
                for j in range(trig.end, m.start)
            ):
                return m  # "si sono complimentati telefonicamente anche il presidente"
            return None
        return None

    def copular_patient(self, doc: Doc, trig: Span, sent: Span) -> Span | None:
        """The one a participle after its noun is said of, named by the copula after it
        ("L'uomo arrestato è un cittadino tunisino", "l'altro uomo indagato dalla polizia è
        Mario Rossi, un cittadino britannico"): the participle follows a lower-case noun
        (no mention), and "è / sono / era ..." (no auxiliary: not followed by a participle)
        comes within eight words after it, with no comma or other trigger between; the
        mention right after the copula (determiners only between) is the patient."""
        words = tokens(doc).text
        k = trig.start - 1
        if (
            k <= sent.start
            or not (words[k].isalpha() and words[k].islower())
            or self.sx.cls(words[k]) is not None
            or self.mentions_in(doc, k, k + 1)
        ):
            return None
        end = min(sent.end, trig.end + 8, self._next_trigger(doc, trig, sent))
        for j in range(trig.end, end):
            if words[j] in (",", ";", ":") or self.sx.is_hard_boundary(doc, j):
                return None
            if self.sx.cls(words[j]) != "aux_passive":
                continue
            if j + 1 >= sent.end or self.sx.is_participle(doc, j + 1):
                return None
            p = j + 1
            while p < sent.end and self.sx.cls(words[p]) == "det":
                p += 1
            return next((m for m in self.mentions_in(doc, p, sent.end) if m.start == p), None)
        return None

    def passive_postverbal_subject(self, doc: Doc, trig: Span, sent: Span) -> Span | None:
        """The subject after a passive participle, Italian's usual order for new referents
        ("Ieri è stato ucciso un giornalista americano", "sono stati arrestati tre attivisti
        russi"): a mention right after the participle, with only determiners, counting
        words and adverbs between, or a time expression or a place phrase ("sono stati
        arrestati ieri a Roma tre uomini", "è stato ucciso lunedì scorso un soldato")."""
        if self.sx.lang != "it":
            return None
        words = tokens(doc).text
        end = trig.end
        if (
            end + 1 < sent.end
            and words[end] in ("e", "ed")
            and self.sx.is_participle(doc, end + 1)
            and words[end + 1].islower()
        ):
            # "era stato fermato e arrestato un operaio marocchino": coordinated participles
            # share the subject after the second
            end += 2
        between = self._time_and_place_phrases(doc, end, sent.end)
        for m in sorted(self.mentions_in(doc, end, sent.end), key=lambda m: m.start):
            if all(k in between for k in range(m.start, m.end)):
                continue  # the place of "a Roma" is no subject
            if all(
                k in between or self.sx.cls(words[k]) in ("det", "count", "adv")
                for k in range(end, m.start)
            ):
                return m
            return None
        return None

    def _time_and_place_phrases(self, doc: Doc, start: int, end: int) -> set[int]:
        """Token positions in [start, end) of time expressions and of place phrases
        headed by "a/in" ("a Roma", "nella provincia di Kabul" as far as the place)."""
        words = tokens(doc).text
        got: set[int] = set()
        for s in spans_of(doc, "timex"):
            if start <= s.start and s.end <= end:
                got.update(range(s.start, s.end))
        for s in spans_of(doc, "places"):
            if not (start <= s.start and s.end <= end):
                continue
            j = s.start - 1
            while j >= start and self.sx.cls(words[j]) == "det":
                j -= 1
            if j >= start and self.sx.cls(words[j]) in ("prep_in", "prep_to"):
                got.update(range(j, s.end))
        return got

    def _owner_phrase(self, doc: Doc, floor: int, m: Span) -> bool:
        """``m`` owns the clause's first noun phrase: "[A temporary camp] for X", "[The
        offices] of X" (at most three words, no verb or function word, before of/for)."""
        words = [
            t for t in doc[floor : m.start] if self.sx.cls(t.text) not in ("det", "possessive")
        ]
        if not 2 <= len(words) <= 4 or self.sx.cls(words[-1].text) not in ("prep_of", "prep_for"):
            return False
        return all(
            t.is_alpha and not t.is_title and self.sx.cls(t.text) is None for t in words[:-1]
        )

    def _own_side_after_che(self, doc: Doc, trig: Span, obj: Span, actor: list[Span]) -> bool:
        """ "La portavoce russa ha avvertito che Mosca risponderà": a trigger ending in "che"
        is followed by the subject of its clause, which is the addressee only when it is
        another party; the speaker's own state restated there is her side, no recipient."""
        if tokens(doc).lower[trig.end - 1] not in ("che", "that") or obj.start != trig.end:
            return False
        own = {a.country for m in actor for a in (m._.actors or []) if a.country}
        theirs = {a.country for a in (obj._.actors or []) if a.country}
        return bool(own) and theirs == own

    def visited(self, doc: Doc, trig: Span, sent: Span) -> tuple[Span | None, str | None]:
        """The "in X" phrase right after a visit ("visita ufficiale in Francia", "visita di
        Stato in Cina"): within four words, no comma or conjunction between."""
        tab = tokens(doc)
        end = min(sent.end, trig.end + 5)
        for m in sorted(self.mentions_in(doc, trig.end, sent.end), key=lambda m: m.start):
            if m.start >= end:
                break
            if any(
                tab.text[k] == "," or self.sx.cls(tab.text[k]) == "conj"
                for k in range(trig.end, m.start)
            ):
                break
            if self.sx.governing_prep(doc, m.start, trig.end) == "prep_in":
                return m, "object.prep_in"
        return None, None

    def _ends_in_noun(self, doc: Doc, trig: Span, m: Span) -> bool:
        """A verb+noun trigger ("violato i sistemi", "replied to the accusations") whose noun
        is followed right away by the "di/of/from" phrase of mention ``m``."""
        tab = tokens(doc)
        last = trig.end - 1
        if len(trig) < 2 or not tab.is_alpha[last] or self.sx.cls(tab.text[last]) is not None:
            return False
        between = [k for k in range(trig.end, m.start) if self.sx.cls(tab.text[k]) != "det"]
        return len(between) == 1 and self.sx.cls(tab.text[between[0]]) in ("prep_of", "prep_from")

    def _agent_of_object(self, doc: Doc, start: int, mention_start: int) -> bool:
        """The "da (parte di)" agent at ``mention_start`` follows the verb's object noun
        (with at most a participle or adjective after it), not the verb itself: "ha
        denunciato abusi da parte della polizia", "le violenze commesse dai manifestanti";
        not "ha criticato da Bruxelles il governo"."""
        tab = tokens(doc)
        j = mention_start - 1
        while j > start and self.sx.cls(tab.text[j]) in ("det", "possessive", "prep_of"):
            j -= 1
        if j > start and self.sx.cls(tab.text[j]) == "prep_by":
            j -= 1
        elif j - 1 > start and tab.lower[j] == "parte" and tab.lower[j - 1] == "da":
            j -= 2
        else:
            return False
        words = [  # an adverb after the verb is none of the object ("condannato duramente")
            k
            for k in range(start, j + 1)
            if self.sx.cls(tab.text[k]) not in ("det", "possessive", "adv")
        ]
        # "l'uso della forza": a "di" inside the object noun phrase
        inner = [k for k in words[1:-1] if self.sx.cls(tab.text[k]) == "prep_of"]
        return (
            1 <= len(words) - len(inner) <= 4
            and all(
                tab.is_alpha[k] and self.sx.cls(tab.text[k]) is None
                for k in words
                if k not in inner
            )
            and not any(m.start <= words[-1] and m.end > words[0] for m in spans_of(doc, "actors"))
        )

    def _object_noun_before(self, doc: Doc, start: int, mention_start: int) -> bool:
        """Only a short noun phrase (no preposition) stands between verb and "of X"; an
        adverb after the verb is none of it ("ha criticato duramente l'intervento di X")."""
        tab = tokens(doc)
        words = [
            k
            for k in range(start, mention_start)
            if self.sx.cls(tab.text[k]) not in ("det", "possessive", "adv")
        ]
        if self.sx.lang == "en" and len(words) >= 2 and self.sx.cls(tab.text[words[-1]]) == "count":
            # "demolished the homes of two Palestinian militants": the count is the
            # complement's own, after its "of"
            words = words[:-1]
        if not words or len(words) > 4:
            return False
        if self.sx.cls(tab.text[words[-1]]) != "prep_of":
            return False
        return (
            all(tab.is_alpha[k] and self.sx.cls(tab.text[k]) is None for k in words[:-1])
            and len(words) >= 2
        )

    def passive_noun_agent(self, doc: Doc, trig: Span, sent: Span) -> Span | None:
        """English: the "by" agent of a passive said of a noun trigger, the noun being its
        subject: "An agreement (to reopen the border crossing) was reached (after talks) by
        Ethiopia and Djibouti", "A ceasefire agreement was signed in Lusaka by X and Y".
        The auxiliary ("was", "were", "has/have/had been") comes within eight words after
        the noun, an "-ed" participle (or "made", "struck") right after it or one adverb
        later, and "by" within eight words after the participle; no comma or hard boundary
        before "by", no trigger of another type after the auxiliary ("was welcomed by"; the
        noun's own complement may hold one: "to reopen the border"), no actor mention but a place
        after "in"/"at" (the venue: "signed in Lusaka by"); an actor in the gap is another
        party, and the reading is left to the other rules."""
        if self.sx.lang != "en":
            return None
        tab = tokens(doc)
        lower = tab.lower
        stop = min(sent.end - 1, trig.end + 9)
        aux = next(
            (
                k
                for k in range(trig.end, stop)
                if lower[k] in ("was", "were")
                or (lower[k] == "been" and k > trig.end and lower[k - 1] in ("has", "have", "had"))
            ),
            None,
        )
        if aux is None:
            return None

        def participle(k: int) -> bool:
            return k < sent.end and (
                (lower[k].endswith("ed") and tab.is_alpha[k]) or lower[k] in ("made", "struck")
            )

        part = aux + 1 if participle(aux + 1) else aux + 2 if participle(aux + 2) else None
        if part is None:
            return None
        by = next(
            (k for k in range(part + 1, min(sent.end - 1, part + 9)) if lower[k] == "by"), None
        )
        if by is None:
            return None
        span = range(trig.end, by)
        if any(tab.text[k] in (",", ";", ":") or self.sx.is_hard_boundary(doc, k) for k in span):
            return None
        if any(aux < t.start < by and t.label_ != trig.label_ for t in spans_of(doc, "triggers")):
            return None  # "The agreement was welcomed by the EU": another act's agent
        mentions = sorted(self.mentions_in(doc, trig.end, sent.end), key=lambda m: m.start)
        if any(
            m.start < by and self.sx.governing_prep(doc, m.start, trig.end) != "prep_in"
            for m in mentions
        ):
            return None  # a party before "by" (a place after "in"/"at" is the venue)
        first = next((m for m in mentions if m.start > by), None)
        if first is None or self.sx.governing_prep(doc, first.start, by) != "prep_by":
            return None
        return first

    def agent_after(self, doc: Doc, trig: Span, sent: Span, sources: bool = False) -> Span | None:
        """A "da X" / "by X" agent after the trigger (with ``sources``, also "from X")."""
        wanted = ("prep_by", "prep_from") if sources else ("prep_by",)
        end = min(sent.end, trig.end + OBJECT_WINDOW, self._next_trigger(doc, trig, sent))
        for m in sorted(self.mentions_in(doc, trig.end, end), key=lambda m: m.start):
            if any(self.sx.is_hard_boundary(doc, k) for k in range(trig.end, m.start)):
                break
            if self.sx.governing_prep(doc, m.start, trig.end) in wanted:
                return m
        # "viene ucciso in un'area di servizio ..., vicino Arezzo, per mano di un agente": an
        # unambiguous agent phrase ("per mano di", "da parte di", "on behalf of") may stand
        # further away, in the same sentence and before the next trigger
        far = min(sent.end, trig.end + FAR_AGENT_WINDOW, self._next_trigger(doc, trig, sent))
        for m in sorted(self.mentions_in(doc, end, far), key=lambda m: m.start):
            if any(self.sx.is_hard_boundary(doc, k) for k in range(trig.end, m.start)):
                break
            if self._complex_agent(doc, m.start, trig.end):
                return m
        return None

    def agent_after_complement(self, doc: Doc, trig: Span, owner: Span, sent: Span) -> Span | None:
        """The party a "da parte di" / "per mano di" phrase names right after a noun
        trigger's "di" complement ("l'invasione dell'Ucraina da parte della Russia" ->
        Russia; the parties coordinated with the complement may come between: "dell'esercito
        francese, americano e inglese"). None when ``owner`` is no "di" complement after the
        trigger, or anything else stands between it and the phrase (another complement, a
        verb: "il sostegno della Francia all'Ucraina è stato ribadito da parte di X")."""
        if owner.start < trig.end or self.sx.governing_prep(doc, owner.start, trig.end) != (
            "prep_of"
        ):
            return None
        tab = tokens(doc)
        floor = owner.end
        far = min(sent.end, floor + FAR_AGENT_WINDOW, self._next_trigger(doc, trig, sent))
        for m in sorted(self.mentions_in(doc, floor, far), key=lambda m: m.start):
            if m.start < floor:
                continue
            if self._complex_agent(doc, m.start, floor):
                # only the agent phrase itself (and its articles) between: "da parte della"
                k = m.start - 1
                while k > floor and self.sx.cls(tab.text[k]) in ("det", "possessive"):
                    k -= 1
                return m if k - 2 <= floor + 1 and k - 2 >= floor else None
            gap = range(floor, m.start)
            if (
                len(gap) <= 3
                and any(tab.text[k] in (",", "e", "ed") for k in gap)
                and all(
                    tab.text[k] in (",", "e", "ed")
                    or self.sx.cls(tab.text[k]) in ("det", "prep_of")
                    for k in gap
                )
            ):
                floor = m.end  # a party coordinated with the complement ("e della Georgia")
                continue
            return None
        return None

    def _complex_agent(self, doc: Doc, start: int, floor: int) -> bool:
        """A multi-word agent preposition ("per mano di", "da parte di") governs ``start``."""
        tab = tokens(doc)
        j = start - 1
        while j > floor and self.sx.cls(tab.text[j]) in ("det", "possessive"):
            j -= 1
        return (
            j - 2 >= floor
            and self.sx.cls(tab.text[j]) == "prep_of"
            and COMPLEX_PREPS.get((tab.lower[j - 2], tab.lower[j - 1])) == "prep_by"
        )

    def _avere_before(self, doc: Doc, i: int) -> bool:
        """An avere/have auxiliary shortly before token ``i`` (active perfect)."""
        for k in range(max(0, i - 4), i):
            if self.sx.cls(tokens(doc).text[k]) == "aux":
                return True
        return False

    def _agent_right_after(self, doc: Doc, trig: Span) -> bool:
        """A da/by agent right after the participle, or after an adverb or comma ("proibita
        anche dalla polizia", "criticized strongly by"); not after an object noun ("rejected
        recent calls by Belarus": the agent of the noun)."""
        entry = trig._.trigger
        if (
            self.sx.lang == "en"
            and entry is not None
            and "*" in entry.pattern
            and not self.sx.is_participle(doc, trig.end - 1)
            and any(
                self.sx.cls(tokens(doc).text[j]) in ("det", "possessive")
                for j in range(trig.start + 1, trig.end - 1)
            )
        ):
            # a gapped verb+noun trigger ends in its object noun, with its own article:
            # "turned down a request by Morocco" (the agent of the request; not "taken
            # hostage by")
            return False
        for k in range(trig.end, min(len(doc), trig.end + 3)):
            if self.sx.cls(tokens(doc).text[k]) == "prep_by":
                # "conferred by phone with": a means, no agent (``means_nouns.tsv``);
                # "accusa da tempo Kabul": a span of time, no agent (``since_words.tsv``)
                return not (
                    k + 1 < len(doc)
                    and (
                        doc[k + 1].lower_ in _means_nouns(self.sx.lang)
                        or doc[k + 1].lower_ in _since_words(self.sx.lang)
                    )
                )
            low = doc[k].lower_
            if not (
                low == ","
                or low.endswith(("ly", "mente"))
                or self.sx.cls(low) == "adv"
                or self.sx.cls(low) == "frequency"
                or (k + 1 < len(doc) and self.sx.cls(doc[k + 1].lower_) == "frequency")
            ):
                # "come chiesto più volte da Kiev": a count of times is adverbial
                return False
        return False

    @staticmethod
    def _next_trigger(doc: Doc, trig: Span, sent: Span) -> int:
        """Start of the next trigger in the sentence: an argument after it is that one's
        ("fu arrestato nel 1998 e subito liberato dalle autorità francesi")."""
        trigs = spans_of(doc, "triggers")  # in text order
        k = bisect_left(trigs, trig.end, key=lambda t: t.start)
        if k >= len(trigs) or trigs[k].start >= sent.end:
            return sent.end
        nxt = trigs[k].start
        # "offerto un risarcimento ai feriti": a trigger word that is itself a mention of
        # people (the wounded, the protesters) can still be this one's argument
        starts, spans = _actor_index(doc)  # (by start: no scan of the group per trigger)
        own = []
        for j in range(bisect_left(starts, (nxt, -1)), len(starts)):
            if starts[j][0] != nxt:
                break
            own.append(spans[j].end)
        return max(own) if own else nxt

    def mediation_before_between(self, doc: Doc, trig: Span, sent: Span) -> bool:
        """A mediation word (``mediation_words.tsv``: "mediate", "host") is the trigger or
        stands between it and the next "between" of its clause, within eight words."""
        words = _mediation_words(self.sx.lang)
        tab = tokens(doc)
        end = min(sent.end, trig.end + 8)
        seen = any(tab.lemma[k].lower() in words for k in range(trig.start, trig.end))
        for k in range(trig.end, end):
            if self.sx.is_hard_boundary(doc, k):
                return False
            if self.sx.cls(tab.text[k]) == "prep_between":
                return seen
            seen = seen or tab.lemma[k].lower() in words or tab.lower[k] in words
        return False

    def between_group(self, doc: Doc, trig: Span, sent: Span) -> list[Span]:
        """Parties after "tra/fra/between/among" within a few words of the trigger, or inside
        it ("talks between * and * collapse")."""
        end = min(sent.end, trig.end + 8)
        words = tokens(doc).text
        inside = next(
            (k for k in range(trig.start + 1, trig.end) if self.sx.cls(words[k]) == "prep_between"),
            None,
        )
        for k in range(trig.end if inside is None else inside, end):
            if self.sx.is_hard_boundary(doc, k):
                break
            if self.sx.cls(tokens(doc).text[k]) == "prep_between":
                ms = [m for m in self.mentions_in(doc, k + 1, sent.end) if m.start <= k + 3]
                if ms:
                    first = min(ms, key=lambda m: m.start)
                    return self.coordinated(doc, first, self.mentions_in(doc, sent.start, sent.end))
        return []

    def riot_sides(self, doc: Doc, trig: Span, sent: Span) -> tuple[list[Span], list[Span]] | None:
        """The sides of a riot noun followed by "tra/fra X e Y" ("tafferugli tra le forze
        dell'ordine e i giovani dei centri sociali", "disordini tra la polizia e i
        manifestanti", "tra la polizia e i ragazzi dei centri sociali"): people clashing with the police or the army riot against them (dev
        conventions: protesters clashing with the forces of order are PROTEST riot, the
        protesters acting on the police). (the others, the forces) when both are there;
        None otherwise."""
        sides = self.between_group(doc, trig, sent)
        forces = [
            p for p in sides if any(a.sector in ("COP", "MIL") for a in ext(p, "actors") or [])
        ]
        others = [p for p in sides if p not in forces]
        if forces and not others:
            # "e i giovani dei centri sociali": the other side is a group of people named by
            # a head noun and a "di" complement right after the conjunction
            tab = tokens(doc)
            last = max(p.end for p in sides)
            if last < sent.end and self.sx.cls(tab.text[last]) == "conj":
                nxt = min(
                    (m for m in self.mentions_in(doc, last + 1, sent.end)),
                    key=lambda m: m.start,
                    default=None,
                )
                gap = range(last + 1, nxt.start) if nxt is not None else range(0)
                if (
                    nxt is not None
                    and 2 <= len(gap) <= 3
                    and self.sx.cls(tab.text[gap[-1]]) == "prep_of"
                    and all(
                        self.sx.cls(tab.text[k]) == "det"
                        or (
                            tab.is_alpha[k]
                            and tab.text[k].islower()
                            and self.sx.cls(tab.text[k]) is None
                        )
                        for k in gap[:-1]
                    )
                ):
                    others = [nxt]
        if not forces or not others:
            return None
        return others, forces

    def genitive(self, doc: Doc, trig: Span, sent: Span) -> Span | None:
        """The "di X" / "of X" / "da parte di X" complement right after a noun trigger, or
        right after a dash- or parenthesis-enclosed aside that follows it ("la visita – per la
        prima volta visita di Stato – dell'attuale Pontefice")."""
        tab = tokens(doc)
        came = self.provenance_agent(doc, trig, sent)
        if came is not None:
            return came
        start = trig.end
        if start < sent.end and tab.text[start] in ("–", "—", "("):
            close = ")" if tab.text[start] == "(" else tab.text[start]
            after = next(
                (k for k in range(start + 1, min(sent.end, start + 16)) if tab.text[k] == close),
                None,
            )
            if after is not None:
                start = after + 1
        if start + 1 < sent.end and self.sx.cls(tab.text[start]) in ("prep_to", "prep_in"):
            # "l'omicidio a Genova di quattro militanti", "l'arresto a Mosca dell'oppositore":
            # the place where it happened stands between the noun and its "di" complement
            places = [p for p in spans_of(doc, "places") if p.start == start + 1]
            places += [
                m
                for m in _actors_starting_in(doc, start + 1, start + 2)
                if m.start == start + 1 and m.label_ == "GPE"
            ]
            place = max(places, key=lambda p: p.end, default=None)
            if (
                place is not None
                and place.end < sent.end
                and self.sx.cls(tab.text[place.end]) == "prep_of"
            ):
                start = place.end
        end = min(sent.end, start + GENITIVE_WINDOW + 3)
        # after "da parte di" / "per mano di" the complement starts inside the window and may
        # end past it ("un mandato di cattura internazionale da parte della Corte penale
        # internazionale")
        inside = [
            m
            for m in self.mentions_in(doc, start, sent.end)
            if m.start < end and (m.end <= end or self._complex_agent(doc, m.start, start))
        ]
        for m in sorted(inside, key=lambda m: m.start):
            g = self.sx.governing_prep(doc, m.start, start)
            if g == "prep_of" and any(
                (self.sx.cls(tab.text[k]) or "prep_of") not in ("prep_of",)
                and (self.sx.cls(tab.text[k]) or "").startswith("prep_")
                for k in range(start, m.start - 1)
            ):
                # "l'attacco alla sede del partito": the "di" is the inner noun's (the party
                # owns the place attacked), not the trigger's
                break
            if (
                g == "prep_by"
                and self.sx.lang == "it"
                and self._verb_group_between(doc, start, m.start)
            ):
                # "dopo l'agguato sono riusciti a sfuggire dalla polizia": a verb group
                # between the noun and the "da" phrase governs it; the police did not ambush
                break
            if g == "prep_by" or (g == "prep_of" and m.start - start <= GENITIVE_WINDOW):
                return m
            break
        return None

    def provenance_agent(self, doc: Doc, trig: Span, sent: Span) -> Span | None:
        """ "Proteste sono arrivate anche dai sindaci di Roma e Torino", "critiche al governo
        sono giunte dall'opposizione": a verb of ``provenance_verbs.tsv`` within eight words
        after a noun trigger (no comma, clause word or other verb between; an essere form may
        precede it), adverbs, then "da" and a mention right after it (determiners skipped):
        that party did the act, whatever the length of its name."""
        verbs = _provenance_verbs(self.sx.lang)
        if not verbs:
            return None
        tab = tokens(doc)
        keys = token_keys(doc, self.sx.lang)
        end = min(sent.end, trig.end + 8)
        for k in range(trig.end, end):
            if tab.text[k] in (",", ";", ":", "(", "«", "»", '"') or self.sx.is_hard_boundary(
                doc, k
            ):
                return None
            if tab.lower[k] in ("che", "cui") or self.sx.cls(tab.text[k]) == "clause":
                return None
            if verbs.isdisjoint(keys[k][1]):
                continue
            j = k + 1
            while j < sent.end and self.sx.cls(tab.text[j]) == "adv":
                j += 1
            if j >= sent.end or self.sx.cls(tab.text[j]) != "prep_by":
                return None
            j += 1
            while j < sent.end and self.sx.cls(tab.text[j]) in ("det", "possessive"):
                j += 1
            return next((m for m in self.mentions_in(doc, j, sent.end) if m.start == j), None)
        return None

    def _verb_group_between(self, doc: Doc, start: int, end: int) -> bool:
        """An auxiliary or an infinitive in [start, end): a clause of its own ("sono
        riusciti a sfuggire dalla polizia", "l'attacco è condannato da Obama"), not an
        adjective or a participle of the noun ("l'attacco compiuto dalle milizie" keeps its
        agent), nor the passive of a ``light_verbs.tsv`` verb, whose agent does the noun's
        act ("il duro attacco è lanciato da X"). Italian only: English keeps its readings
        (249 Guardian articles unchanged)."""
        words = tokens(doc).lower
        keys = token_keys(doc, self.sx.lang)
        light = light_verbs(self.sx.lang)
        if any(not light.isdisjoint(keys[k][1]) for k in range(start, end)):
            return False
        return any(
            self.sx.cls(w) in ("aux", "aux_passive")
            or (
                w.endswith(INFINITIVE_ENDINGS)
                and is_verb(self.sx.lang, w)
                and not is_noun(self.sx.lang, w)
            )
            for w in words[start:end]
        )

    def voiced_by(self, doc: Doc, owner: Span, sent: Span, pool: list[Span]) -> list[Span]:
        """The parties a noun trigger's "di" complement acted through, in a participle aside
        right after it: "le proteste dell'opposizione, espresse da X e da Y" -> X, Y (a
        participle, then a "da" agent and those coordinated with it)."""
        tab = tokens(doc)
        k = owner.end
        if k + 3 >= sent.end or tab.text[k] != "," or not self.sx.is_participle(doc, k + 1):
            return []
        if self.sx.cls(tab.text[k + 2]) != "prep_by":
            return []
        first = next((m for m in pool if m.start == k + 3), None)
        if first is None:
            return []
        return self.coordinated(doc, first, pool)

    def demonym_after(self, doc: Doc, trig: Span) -> Span | None:
        """A nationality adjective right after a noun trigger (one adjective may intervene;
        a function word may not: "un appello ai keniani" names whom the appeal is made to,
        not who makes it)."""
        tab = tokens(doc)
        if self.sx.cls(tab.text[trig.end - 1]) is not None:
            return None  # the trigger ends in a preposition ("appello ai"): its object follows
        for m in _actors_starting_in(doc, trig.end, trig.end + 2):
            if (
                trig.end <= m.start <= trig.end + 1
                and m.end - m.start == 1
                and tab.text[m.start].islower()  # Token.is_lower
                and m.label_ == "GPE"
                and all(
                    tab.is_alpha[k] and tab.text[k].islower() and self.sx.cls(tab.text[k]) is None
                    for k in range(trig.end, m.start)
                )
            ):
                return m
        return None

    def owner_demonym(
        self, doc: Doc, trig: Span, sent: Span, preps: frozenset[str], allow_bare: bool
    ) -> Span | None:
        """The nationality adjective of the thing acted on, when no party is named: "ha
        criticato la legge russa", "ha respinto la proposta americana", "le critiche alla
        riforma francese". The object noun phrase (bare, or governed by one of ``preps``)
        is an article, a common noun and at most one more adjective before the demonym: the
        country that owns the law, decision or place is the one the act is aimed at."""
        tab = tokens(doc)
        k = trig.end
        # one or two adverbs may stand between the verb and its object ("ha criticato
        # duramente il veto ungherese", "ha condannato ieri la decisione russa")
        while allow_bare and k < min(sent.end, trig.end + 2) and self.sx.cls(tab.text[k]) == "adv":
            k += 1
        opened = k
        if k < sent.end and self.sx.cls(tab.text[k]) in preps:
            k += 1
        elif not allow_bare:
            return None
        while k < sent.end and self.sx.cls(tab.text[k]) in ("det", "possessive"):
            k += 1
        if k == opened or k >= sent.end:
            return None  # an article opens the object ("la legge", "alla riforma")
        if not (tab.is_alpha[k] and tab.text[k].islower() and self.sx.cls(tab.text[k]) is None):
            return None
        if any(m.start <= k < m.end for m in spans_of(doc, "actors")):
            return None  # the noun is a party itself ("il governo russo"): object_after's
        demo = self.demonym_after(doc, doc[k : k + 1])
        if demo is None or demo.end > sent.end:
            return None
        # an adjective may stand between, no function word ("il corteo dei russi")
        if any(self.sx.cls(tab.text[j]) is not None for j in range(k + 1, demo.start)):
            return None
        return demo

    def passive_subject_owner(self, doc: Doc, trig: Span, sent: Span) -> Span | None:
        """Rule argument.passive_subject_owner: the nationality adjective of a passive verb's
        subject, when the subject is a thing, not a party: "Il veto ungherese è stato
        criticato dal premier polacco", "la decisione russa è stata condannata da Parigi".
        The subject opens its clause (the sentence, or past a comma) as an article, a common
        noun, at most one more adjective and the demonym, right before the passive
        auxiliaries (adverbs may stand among them): the passive form of owner_demonym."""
        tab = tokens(doc)
        k = trig.start - 1
        aux = 0
        while k >= sent.start and self.sx.cls(tab.text[k]) in ("aux_passive", "adv"):
            aux += self.sx.cls(tab.text[k]) == "aux_passive"
            k -= 1
        if not aux or k < sent.start:
            return None
        demo = next(
            (
                m
                for m in spans_of(doc, "actors")
                if m.end == k + 1
                and m.end - m.start == 1
                and m.label_ == "GPE"
                and tab.text[m.start].islower()
            ),
            None,
        )
        if demo is None:
            return None
        j = demo.start - 1
        nouns = 0
        while (
            j >= sent.start
            and nouns < 2
            and tab.is_alpha[j]
            and tab.text[j].islower()
            and self.sx.cls(tab.text[j]) is None
            and not any(m.start <= j < m.end for m in spans_of(doc, "actors"))
        ):
            nouns += 1
            j -= 1
        if not nouns or j < sent.start or self.sx.cls(tab.text[j]) not in ("det", "possessive"):
            return None
        if (
            j > sent.start
            and tab.text[j - 1] not in (",", ";", ":", "«", '"')
            and self.sx.cls(tab.text[j - 1]) != "complementizer"
        ):
            return None  # "ha criticato il veto ungherese": only a clause's own subject
        return demo

    def _past_owner(self, doc: Doc, trig: Span, actor: list[Span]) -> Span:
        """The noun trigger with its "di" owner right after it ("le critiche dell'ONU"), for
        what follows the two."""
        after = [m for m in actor if trig.end <= m.start <= trig.end + 2]
        return doc[trig.start : max(m.end for m in after)] if after else trig

    def possessor_before(self, doc: Doc, trig: Span, sent: Span) -> Span | None:
        """English "Russia's attack": a mention followed by 's right before the noun."""
        for m in self.mentions_in(doc, max(sent.start, trig.start - 4), trig.start):
            if m.end < len(doc) and tokens(doc).lower[m.end] in ("'s", "'"):
                return m
        return None

    def investigated(self, doc: Doc, trig: Span, args: Arguments) -> Span | None:
        """The party an investigation is on: the first mention after the trigger, within
        ``OBJECT_WINDOW`` words and before a hard boundary, governed right before it (past
        determiners) by "su / sul / sulla ..." ("indagini sul sindaco di Napoli", "indaga
        sulla società spagnola Bankia"); not one past a noun ("sull'omicidio di X" names
        the victim), nor the investigator."""
        sent = sent_of(doc, trig.start)
        tab = tokens(doc)
        end = min(sent.end, trig.end + OBJECT_WINDOW)
        for m in sorted(self.mentions_in(doc, trig.end, sent.end), key=lambda m: m.start):
            if m.start >= end or m in args.actor:
                return None
            if any(self.sx.is_hard_boundary(doc, k) for k in range(trig.end, m.start)):
                return None
            j = m.start - 1
            while j >= trig.end and self.sx.cls(tab.text[j]) == "det":
                j -= 1
            if j >= trig.end and self.sx.cls(tab.text[j]) == "prep_on":
                return m
        return None

    def find(self, doc: Doc, trig: Span, entry: TriggerEntry) -> Arguments:
        """Apply the frame's rules to one trigger.

        A meeting "al Cremlino" / "at the White House" is held there: a seat of power after
        a locative preposition is the meeting's place, not a party (a visit's place is its
        host, and "chiesto a Mosca" names an addressee: both kept)."""
        args = self._find(doc, trig, entry)
        if (
            not args.recipient
            and entry.event_type == "ACCUSE"
            and entry.mode == "investigate"
            and self.sx.lang == "it"
            and (target := self.investigated(doc, trig, args)) is not None
        ):
            # "le indagini sul ministro X", "la procura indaga sulla società Y": the one the
            # investigation is on
            sent = sent_of(doc, trig.start)
            args.recipient = self.coordinated(
                doc, target, self.mentions_in(doc, sent.start, sent.end)
            )
            args.why.append(Why("recipient", "argument.investigated_party", target.text))
        for role, side in (("actor", args.actor), ("recipient", args.recipient)):
            for a, b in zip(side, side[1:], strict=False):
                if b.start - a.end > 3 and self._repeated_prep_after_modifier(doc, a, b.start):
                    # "con i rappresentanti iraniani nella regione e con il consolato"
                    args.why.append(Why(role, "argument.coordinated_repeated_prep", b.text))
        if (
            not args.recipient
            and len(trig) > 1
            and self.sx.cls(tokens(doc).text[trig.end - 1])
            in ("prep_to", "prep_against", "prep_with", "prep_on", "prep_for")
        ):
            # "fiducia verso | il governatore", "protesta contro | il governo": a trigger
            # ending in its preposition takes the phrase right after it
            sent = sent_of(doc, trig.start)
            nxt = next(
                (
                    m
                    for m in self.mentions_in(doc, trig.end, sent.end)
                    if m.start
                    < trig.end + 4  # it may run on: "a tutte le forze politiche italiane"
                    and m not in args.actor
                    and all(
                        self.sx.cls(w) in ("det", "possessive", "predet")
                        for w in tokens(doc).text[trig.end : m.start]
                    )
                ),
                None,
            )
            if (
                nxt is not None
                and entry.frame == "VINTR"
                and tokens(doc).lower[trig.end - 1] in ("a", "ad", "in", "at")
                and any(p.start == nxt.start for p in spans_of(doc, "places"))
            ):
                nxt = None  # "hanno manifestato a Tbilisi": where they marched, not a target
            if nxt is not None:
                args.recipient = self.coordinated(
                    doc, nxt, self.mentions_in(doc, sent.start, sent.end)
                )
                args.why.append(Why("recipient", "argument.after_trigger_preposition", nxt.text))
        sent = sent_of(doc, trig.start)
        # "accusandolo, insieme a Dick Cheney, di ...": after an object pronoun, "insieme a"
        # joins the object
        clitic = self.clitic_object(doc, trig, sent, args.actor) is not None or any(
            tokens(doc).lower[trig.end - 1].endswith(stem + c)
            for c in object_clitics(self.sx.lang)
            if len(c) > 1
            for stem in ("ndo", "r")
        )  # "accusandolo", "per accusarla"
        alongside = [
            m
            for m in args.recipient
            if not clitic and not args.passive and self._comitative_before(doc, m)
        ]
        if alongside:
            # "fornito insieme alla Francia": who acts along with the doer, no recipient
            args.recipient = [m for m in args.recipient if m not in alongside]
        if not clitic and (joined := self.trailing_companions(doc, trig, args)):
            if args.passive and args.recipient:
                # "rapiti il 7 dicembre assieme a X": X suffered it with the subject
                args.recipient = args.recipient + [m for m in joined if m not in args.recipient]
                args.why.append(Why("recipient", "argument.trailing_companion", joined[0].text))
            else:
                args.actor = args.actor + joined
                args.why.append(Why("actor", "argument.trailing_companion", joined[0].text))
        if entry.event_type == "CONSULT" and entry.mode != "visit" and args.recipient:
            sent = sent_of(doc, trig.start)
            places = [
                s
                for s in args.recipient
                if any((w.rule or "").startswith("metonym.") for w in ext(s, "actor_why") or [])
                and self.sx.governing_prep(doc, s.start, sent.start) in ("prep_to", "prep_in")
            ]
            if places:
                args.recipient = [s for s in args.recipient if s not in places]
                args.why.append(
                    Why("recipient", "argument.meeting_place_not_party", places[0].text)
                )
                if not args.recipient and args.frame.startswith("V"):
                    # "potrebbe incontrare a Pechino il suo omologo russo": the object after
                    # the place is the one met
                    k = max(s.end for s in places)
                    words = tokens(doc).text
                    while k < sent.end and self.sx.cls(words[k]) in ("det", "possessive"):
                        k += 1
                    met = next(
                        (m for m in self.mentions_in(doc, k, sent.end) if m.start == k), None
                    )
                    if met is not None and met not in args.actor:
                        args.recipient = self.coordinated(
                            doc, met, self.mentions_in(doc, sent.start, sent.end)
                        )
                        args.why.append(Why("recipient", "argument.met_after_place", met.text))
                seats = [
                    s
                    for s in places
                    if any(w.rule == "metonym.seat_of_power" for w in s._.actor_why or [])
                ]
                if seats and not args.actor and not args.recipient and args.frame.startswith("N"):
                    # "l'incontro al Quirinale", "il vertice al Cremlino": a meeting named
                    # by a noun with no party of its own is held by the body whose seat it
                    # is held at (a party named with it keeps the place a place); not a
                    # capital: "una conferenza tenuta a Parigi" is not the French state's
                    args.actor = seats[:1]
                    args.symmetric = True
                    args.why.append(Why("actor", "argument.meeting_place_host", seats[0].text))
                    # "l'incontro al Cremlino con il presidente francese": the party the
                    # "con" phrase right after the seat names is the host's guest (one of a country
                    # of its own: "con i leader europei" would take the host's from context)
                    seat = seats[0]
                    guest = next(
                        (
                            m
                            for m in self.mentions_in(
                                doc, seat.end + 1, min(sent.end, seat.end + 4)
                            )
                            if self.sx.cls(tokens(doc).text[seat.end]) == "prep_with"
                            and any(a.country for a in ext(m, "actors") or [])
                            and not any(
                                w.rule == "country.context" for w in ext(m, "actor_why") or []
                            )
                            and all(
                                self.sx.cls(w) in ("det", "possessive")
                                for w in tokens(doc).text[seat.end + 1 : m.start]
                            )
                        ),
                        None,
                    )
                    if guest is not None:
                        args.recipient = self.coordinated(
                            doc, guest, self.mentions_in(doc, sent.start, sent.end)
                        )
                        args.why.append(Why("recipient", "argument.guest_of_the_host", guest.text))
        return args

    def _fronted_patient_passive(
        self, doc: Doc, trig: Span, sent: Span, pool: list[Span], why: list[Why]
    ) -> Arguments:
        """Frame VPASS, a passive whose pattern opens on the thing acted on ("ties with
        Taiwan were severed by South Africa", "an arms embargo was imposed on Liberia by the
        Security Council"): the "by" party acts; a party inside the pattern, else the first
        to/on/against party after it, is the recipient."""
        args = Arguments(frame="VPASS", why=why)
        args.passive = True
        entry = ext(trig, "trigger")
        if entry is not None and entry.note.startswith(PASSIVE_NOTE):
            return self._passive_of_row(doc, trig, sent, pool, args, entry)
        agent = self.agent_after(doc, trig, sent)
        if agent is not None:
            args.actor = self.coordinated(doc, agent, pool)
            why.append(Why("actor", "argument.passive_agent", agent.text))
        inside = [m for m in pool if trig.start < m.start < trig.end and m not in args.actor]
        target = inside[0] if inside else None
        if target is None:
            target, _how = self.object_after(
                doc, trig, sent, NOUN_RECIPIENT_PREPS, allow_bare=False, actor=tuple(args.actor)
            )
        if target is not None and target not in args.actor:
            args.recipient = self.coordinated(doc, target, pool)
            why.append(Why("recipient", "argument.fronted_patient_owner", target.text))
        return args

    def _passive_of_row(
        self,
        doc: Doc,
        trig: Span,
        sent: Span,
        pool: list[Span],
        args: Arguments,
        entry: TriggerEntry,
    ) -> Arguments:
        """A verb-object row in the passive (rule trigger.passive_of_row: "le sanzioni sono
        state imposte a Mosca dall'Ue", "i diplomatici russi espulsi da Varsavia"): the
        "da X" agent after the participle acts; the recipient is a party named on the object
        in the rows whose object belongs to the one acted on (``passive_rows.tsv``
        owner_recipient: "i diplomatici russi"), else the first a/contro/su party after the
        participle. A party named on the object of any other row is the one that acts ("le
        truppe russe inviate al confine"). With no agent the actor is left to the
        implied-actor rules: the object is never a party of its own act."""
        why = args.why
        v = passive_fits(doc, trig.start, entry, self.sx.lang)
        verb = doc[v : v + 1] if v is not None else trig
        agent = self.agent_after(doc, verb, sent)
        if agent is not None:
            args.actor = self.coordinated(doc, agent, pool)
            why.append(Why("actor", "argument.passive_agent", agent.text))
        rows = passive_rows(self.sx.lang).get("owner_recipient", frozenset())
        owned = f"{entry.event_type}/{entry.mode or ''}" in rows
        owner = next(
            (
                m
                for m in pool
                if trig.start <= m.start < verb.start
                and m not in args.actor
                and any(a.country for a in ext(m, "actors") or [])
                and not any(
                    w.rule in ("country.locative", "country.context")
                    for w in ext(m, "actor_why") or []
                )
            ),
            None,
        )  # a party named on the object ("i diplomatici russi"), not the bare noun nor one
        # placed by where it goes ("mille soldati verranno inviati in Lituania")
        if owner is not None and not owned:
            if not args.actor:
                args.actor = self.coordinated(doc, owner, pool)
                why.append(Why("actor", "argument.passive_object_owner", owner.text))
            owner = None
        target = owner
        if target is None:
            target, _how = self.object_after(
                doc, verb, sent, NOUN_RECIPIENT_PREPS, allow_bare=False, actor=tuple(args.actor)
            )
        if target is not None and target not in args.actor:
            args.recipient = self.coordinated(doc, target, pool)
            rule = "passive_object_owner" if target is owner else "passive_target"
            why.append(Why("recipient", f"argument.{rule}", target.text))
        return args

    def _arrived_goods(
        self, doc: Doc, trig: Span, sent: Span, pool: list[Span], why: list[Why]
    ) -> Arguments:
        """Frame VARR, goods that arrive: the pattern opens on the goods and ends on the verb
        of arrival ("food and medicine from Iran reached the besieged town", "medical supplies
        sent by Doctors Without Borders reached Armenia"): the "from" or "by" party inside
        the pattern gave them, the first party after the verb got them. With no giver
        named there is no act between parties ("food prices reached a record")."""
        args = Arguments(frame="VARR", why=why)
        givers = [
            m
            for m in pool
            if trig.start < m.start
            and m.end <= trig.end
            and self.sx.governing_prep(doc, m.start, trig.start) in ("prep_by", "prep_from")
        ]
        if not givers:
            return args
        args.actor = self.coordinated(doc, givers[0], pool)
        why.append(Why("actor", "argument.goods_sender", givers[0].text))
        target, _how = self.object_after(
            doc, trig, sent, RECIPIENT_PREPS, allow_bare=True, actor=tuple(args.actor)
        )
        if target is not None and target not in args.actor:
            args.recipient = self.coordinated(doc, target, pool)
            why.append(Why("recipient", "argument.goods_reached", target.text))
        return args

    def _find(self, doc: Doc, trig: Span, entry: TriggerEntry) -> Arguments:
        sent = sent_of(doc, trig.start)
        pool = self.mentions_in(doc, sent.start, sent.end)
        frame = "V" if entry.frame == "STANCE" else entry.frame
        why: list[Why] = []
        if frame == "VPASS":
            return self._fronted_patient_passive(doc, trig, sent, pool, why)
        if frame == "VARR":
            return self._arrived_goods(doc, trig, sent, pool, why)
        if frame.startswith("V") and self.sx.is_nominal_use(doc, trig.start):
            frame = {"V": "N", "VSYM": "NSYM", "VINTR": "NINTR", "VRCP": "N"}[frame]
            why.append(Why("frame", "frame.nominal_use", entry.pattern))
        elif frame.startswith("N") and (
            self.sx.is_verbal_use(doc, trig.start) or self._right_after_subject(doc, trig, sent)
        ):
            frame = {"N": "V", "NSYM": "VSYM", "NINTR": "VINTR"}[frame]
            why.append(Why("frame", "frame.verbal_use", entry.pattern))
        args = Arguments(frame=frame, why=why)
        if entry.frame == "NINTR" and entry.event_type == "PROTEST" and entry.mode == "riot":
            riot = self.riot_sides(doc, trig, sent)
            if riot is not None:
                args.actor, args.recipient = riot
                why.append(Why("actor", "argument.riot_sides", None))
                return args

        def group(m: Span | None) -> list[Span]:
            if m is None:
                return []
            if not sent.start <= m.start < sent.end:
                # a subject kept from the sentence before ("PACE e Amnesty hanno denunciato
                # ... Hanno chiesto"): its coordination is read in its own sentence
                home = sent_of(doc, m.start)
                return self.coordinated(doc, m, self.mentions_in(doc, home.start, home.end))
            return self.coordinated(doc, m, pool)

        if frame == "OBLIG":
            obligee = next(
                (
                    m
                    for m in sorted(
                        self.mentions_in(doc, max(sent.start, trig.start - 8), trig.start),
                        key=lambda m: -m.start,
                    )
                    if self._bare(doc, m, sent.start)
                ),
                None,
            )
            speaker = self.speaker_before(doc, obligee.start if obligee else trig.start, sent)
            if obligee is not None and speaker is not None:
                args.actor = group(speaker)
                args.recipient = group(obligee)
                why.append(Why("actor", "argument.obligation_speaker", speaker.text))
            return args
        if frame in ("V", "VINTR", "VRCP", "VSYM"):
            headline = False
            if entry.event_type in (
                "ASSAULT",
                "COERCE",
                "ACCUSE",
            ) and self._participle_of_common_noun(doc, trig, frame):
                # "il lutto per i tre serbi uccisi", "ha arrestato tre uomini sospettati di":
                # said of a noun that is no party; the clause subject neither did nor
                # suffered it
                passive, subj = True, None
                why.append(Why("recipient", "argument.participle_of_noun", None))
            else:
                passive = self.is_passive(doc, trig, frame)
                subj = self.subject(doc, trig, sent)
                if (
                    self.sx.lang == "it"
                    and frame == "V"
                    and self._headline_participle(doc, trig)
                    and (
                        (not passive and (subj is None or entry.event_type == "ASSAULT"))
                        or self._comma_label(doc, trig, subj)
                    )
                ):
                    # a headline's participle with no auxiliary is a passive (Italian's
                    # active past needs one): "Scandalo appalti: arrestati X e Y" names those
                    # arrested; in "Afghanistan: ucciso un militare italiano" the label before
                    # the colon is the story's place, not the attacker (dev conventions:
                    # unidentified perpetrators are never guessed). A state's act keeps its
                    # label as the state that acts ("Iran: arrestati tre statunitensi").
                    passive, subj = True, None
                    headline = True
                    why.append(Why("frame", "frame.headline_participle", None))
            said_why = None
            if passive and self.sx.lang == "it" and frame == "V" and not headline:
                said_of = next(
                    (
                        m
                        for m in sorted(
                            self.mentions_in(doc, max(sent.start, trig.start - 16), trig.start),
                            key=lambda m: -m.start,
                        )
                        if m.end == self._before_aside(doc, trig.start)
                    ),
                    None,
                )
                if (
                    said_of is not None
                    and (subj is None or said_of.start >= subj.end)
                    and any(a.country for a in ext(said_of, "actors") or [])
                    and not any(
                        w.rule == "country.context" for w in ext(said_of, "actor_why") or []
                    )
                ):
                    # "il lutto per i tre civili uccisi": the participle is said of the
                    # people right before it, not of the clause subject
                    subj = said_of
                    said_why = Why("recipient", "argument.participle_said_of", said_of.text)
                    why.append(said_why)
                elif said_of is None and self._participle_after_name(doc, trig.start):
                    # "... del leader Nijjar, ucciso a giugno": said of the named person
                    # the KB does not know, not of the clause subject
                    subj = None
                    why.append(
                        Why("recipient", "argument.participle_after_name", doc[trig.start - 2].text)
                    )
            if passive:
                args.passive = True
                if (
                    subj is not None
                    and self._noun_participle(doc, trig, frame)
                    and self._verb_object_before(doc, subj.end, trig.start)
                ):
                    # "hanno liberato una nave sequestrata dai pirati": said of the verb's
                    # object noun, not of the clause subject
                    subj = None
                    if said_why is not None:
                        why.remove(said_why)
                        said_why = None
                if (
                    pp := self.participle_of_prep_noun(
                        doc, trig, sent, None if said_why is not None else subj
                    )
                ) is not None:
                    # "vicinanza ai nostri militari feriti", "solidarietà agli agenti
                    # aggrediti": said of the noun the preposition governs, not of the
                    # clause subject
                    if said_why is not None:
                        if pp != subj:
                            pp = None  # the people right before it are nearer
                        else:
                            why.remove(said_why)  # the same noun: the narrower reading
                if pp is not None:
                    subj = pp
                    why.append(Why("recipient", "argument.participle_of_prep_noun", pp.text))
                agent = self.agent_after(doc, trig, sent)
                args.actor = group(agent)
                if (subj is None or subj.start < sent.start) and (
                    post := self.passive_postverbal_subject(doc, trig, sent)
                ) is not None:
                    # "Ieri è stato ucciso un giornalista americano": the subject after
                    subj = post
                    why.append(Why("recipient", "argument.passive_postverbal_subject", post.text))
                if subj is None and (cop := self.copular_patient(doc, trig, sent)) is not None:
                    # "l'uomo arrestato è un cittadino tunisino": the copula names him
                    subj = cop
                    why.append(Why("recipient", "argument.copular_patient", cop.text))
                if (
                    subj is None
                    and (main := self.passive_subordinate_patient(doc, trig, sent)) is not None
                ):
                    # "Il console stava rientrando quando fu aggredito": the main subject
                    subj = main
                    why.append(Why("recipient", "argument.subordinate_main_patient", main.text))
                if (
                    subj is None
                    and self.sx.lang == "it"
                    and frame == "V"
                    and entry.event_type not in OWN_OBJECT_TYPES
                    and (owner := self.passive_subject_owner(doc, trig, sent)) is not None
                    and owner not in args.actor
                ):
                    # "Il veto ungherese è stato criticato da Tusk": the country owning the
                    # thing acted on (owner_demonym for an active verb's object)
                    subj = owner
                    why.append(Why("recipient", "argument.passive_subject_owner", owner.text))
                # an intransitive frame's passive subject is what was acted with
                # ("reservists were called up"), no recipient
                args.recipient = group(subj) if frame != "VINTR" else []
                why.append(Why("actor", "argument.passive_agent", None))
                if (
                    entry.event_type == "REQUEST"
                    and subj is None
                    and agent is not None
                    and self._as_clause(doc, trig, sent)
                    and (main := self.main_subject(doc, trig, sent)) is not None
                    and main not in args.actor
                ):
                    # "Parigi non ha inviato i carri, come chiesto da Kiev": the main clause's
                    # subject is the one asked
                    args.recipient = group(main)
                    why.append(Why("recipient", "argument.asked_main_subject", main.text))
                if entry.event_type in ("AID", "REQUEST") and subj is None:
                    # "le armi erano state consegnate al governo marocchino": what is handed
                    # over is the subject, the one it goes to follows "a"; so is the one asked
                    # ("verranno richiesti al Congresso altri fondi")
                    obj, _rule = self.object_after(
                        doc, trig, sent, frozenset({"prep_to"}), allow_bare=False
                    )
                    if obj is not None and obj not in args.actor:
                        args.recipient = group(obj)
                        why.append(Why("recipient", "argument.passive_transfer_receiver", obj.text))
                if (
                    agent is None
                    and subj is not None
                    and entry.event_type == "CONSULT"
                    and entry.mode == "visit"
                    and (
                        seat := next(
                            (
                                m
                                for m in pool
                                if trig.start < m.start < trig.end
                                and any(
                                    w.rule == "metonym.seat_of_power"
                                    for w in ext(m, "actor_why") or []
                                )
                            ),
                            None,
                        )
                    )
                    is not None
                ):
                    # "Meloni sarà ricevuta alla Casa Bianca": with no host named, the guest
                    # visits the state whose seat receives her (a visit's visitor acts)
                    args.actor, args.recipient = args.recipient, [seat]
                    why.append(Why("recipient", "argument.received_at_seat", seat.text))
                if agent is None and subj is not None and _forces_yield(entry, subj):
                    # "the guerrillas have been disarmed / demobilized", "Russian troops were
                    # withdrawn from Georgia": with no one named who did it, the forces are
                    # the side that yields; a "from" party is the one they leave
                    args.actor, args.recipient = args.recipient, []
                    why.append(Why("actor", "argument.passive_yielding_forces", subj.text))
                    left = (
                        self.agent_after(doc, trig, sent, sources=True)
                        if entry.mode == "withdraw"
                        else None
                    )
                    if left is not None and left not in args.actor:
                        args.recipient = group(left)
                        why.append(Why("recipient", "argument.withdrawn_from", left.text))
            elif frame == "VRCP":
                agent = self.agent_after(doc, trig, sent, sources=True)
                if agent is None and entry.event_type == "CONSULT" and len(trig) > 1:
                    # "the premier received the visiting Pakistani foreign minister": a host
                    # receives a guest, the guest named inside the pattern is the other side
                    agent = next(
                        (
                            m
                            for m in self.mentions_in(doc, trig.start + 1, trig.end)
                            if subj is None or m.start >= subj.end
                        ),
                        None,
                    )
                    if agent is not None:
                        why.append(Why("actor", "argument.received_guest", agent.text))
                args.actor = group(agent)
                args.recipient = group(subj)
                why.append(Why("recipient", "argument.receiver_subject", None))
            else:
                gerund_main = None
                prel = None
                controlled = self.object_controller(doc, trig, sent)
                if controlled is not None:
                    subj = controlled
                    why.append(Why("actor", "argument.object_control", controlled.text))
                elif (
                    (rel := self.coordinated_relative_subject(doc, trig, sent)) is not None
                    and (
                        subj is None
                        or (
                            # the main clause's subject, or a party of the relative's first
                            # verb ("che visiterà il Senato e incontrerà")
                            (subj.start <= rel.start or rel.end <= subj.start < trig.start)
                            # a relative closed by a comma gives the verb after ", e" back to the
                            # main clause: "Meloni ha ricevuto Macron, che ha parlato, e ha poi"
                            and "," not in tokens(doc).text[rel.end + 1 : trig.start]
                        )
                    )
                ):
                    # "Meloni riceverà papa Francesco, che interverrà alla sessione e
                    # incontrerà Biden": the relative's second verb is the antecedent's, not
                    # that of the main clause's subject before it
                    subj = rel
                    why.append(Why("actor", "argument.coordinated_relative_subject", rel.text))
                elif (
                    subj is None
                    and (prel := self.prepositional_relative(doc, trig, sent)) is not None
                ):
                    subj = prel[0]
                    why.append(Why("actor", "argument.prepositional_relative_main", subj.text))
                elif self.sx.is_gerund(doc, trig.start) or self.after_conjunction(doc, trig, sent):
                    main = self.main_subject(doc, trig, sent)
                    if main is not None:
                        subj = main
                        why.append(Why("actor", "argument.gerund_main_subject", main.text))
                        gerund_main = main
                elif subj is None and self.subordinate_after_main(doc, trig, sent):
                    main = self.main_subject(doc, trig, sent)
                    if main is not None:
                        subj = main
                        why.append(Why("actor", "argument.subordinate_main_subject", main.text))
                if (
                    subj is not None
                    and controlled is None
                    and prel is None
                    and subj.end <= trig.start
                    and ":" in tokens(doc).text[subj.end : trig.start]
                    and self.postverbal_subject(doc, trig, sent, entry) is not None
                ):
                    # "Ucraina: protestano i sindacati polacchi": a headline's topic before
                    # the colon is not the subject of a verb-first clause whose subject follows
                    subj = None
                args.actor = group(subj)
                otrig = trig  # what the object follows
                if (speaker := self.quotation_speaker_after(doc, trig, sent)) is not None:
                    # "«...», ha chiesto il ministro": the object is looked for after him
                    args.actor = group(speaker)
                    why.append(Why("actor", "argument.quotation_speaker_after", speaker.text))
                    otrig = doc[trig.start : max(m.end for m in args.actor)]
                elif controlled is not None or prel is not None:
                    pass  # its rule is given above
                elif subj is not None:
                    cleft = self.cleft_subject(doc, trig, sent) is subj
                    latter = (
                        self.latter(doc, trig, sent, self.subject_floor(doc, trig, sent)) is subj
                    )
                    if latter and self.singular_latter(doc, trig):
                        # "tra Mosca e Kiev, dopo che quest'ultima ha schierato truppe": the
                        # one party named last, not those coordinated with it ("queste
                        # ultime" may stand for all of them)
                        args.actor = [subj]
                    zero = (
                        subj.start < sent.start
                        and self.zero_subject_after_adjunct(doc, trig, sent) == subj
                    )
                    rule = (
                        "argument.cleft_subject"
                        if cleft
                        else "argument.latter_subject"
                        if latter
                        else "argument.zero_subject_after_adjunct"
                        if zero
                        else "argument.subject"
                    )
                    why.append(Why("actor", rule, subj.text))
                elif (post := self.postverbal_subject(doc, trig, sent, entry)) is not None or (
                    post := self.reflexive_postverbal_subject(doc, trig, sent, entry)
                ) is not None:
                    # the object is looked for after the subject
                    args.actor = group(post)
                    why.append(Why("actor", "argument.postverbal_subject", post.text))
                    otrig = doc[trig.start : max(m.end for m in args.actor)]
                # the party after "from/by" receives: "dismissed an appeal from President
                # Gbagbo", "rejected calls by Belarus" (whose request is rejected); "withdraw
                # its troops from Lebanon" (the troops are one's own)
                from_party = (
                    "argument.rejected_requester"
                    if entry.event_type == "REJECT"
                    and not self.object_after(doc, trig, sent, RECIPIENT_PREPS)[0]
                    else "argument.accepted_proposer"
                    # "accepted a proposal by the National Liberation Army": a gapped
                    # acceptance pattern ends on what was proposed; its "by/from" party made it
                    if entry.event_type == "AGREE"
                    and entry.frame == "V"
                    and GAP in [w for w, _ in entry.words]
                    and not self.object_after(doc, trig, sent, RECIPIENT_PREPS)[0]
                    and (src1 := self.agent_after(doc, trig, sent, sources=True)) is not None
                    and src1.start - trig.end <= 2
                    else "argument.withdrawn_from"
                    if entry.event_type == "RETREAT"
                    and entry.mode == "withdraw"
                    # "ha ritirato l'ambasciatore da Mosca": recalled from the sanctioned state
                    or (
                        entry.event_type == "SANCTION"
                        and entry.mode == "withdraw"
                        and (src0 := self.agent_after(doc, trig, sent, sources=True)) is not None
                        # English "by" names a doer, never the place left ("cancelled a
                        # planned visit by its defence minister to Washington")
                        and not (
                            self.sx.lang == "en"
                            and self.sx.governing_prep(doc, src0.start, trig.end) == "prep_by"
                        )
                    )
                    else None
                )
                if from_party:
                    src = self.agent_after(doc, trig, sent, sources=True)
                    if src is not None:
                        args.recipient = group(src)
                        why.append(Why("recipient", from_party, src.text))
                    elif _visit(entry) and (host := self.visited(doc, trig, sent)[0]):
                        # "ha rinviato il viaggio in Germania": the host of the trip put off
                        args.recipient = group(host)
                        why.append(Why("recipient", "argument.object.prep_in", host.text))
                    obj_that = None
                    obj, rule = None, None
                elif obj_that := (
                    # "demanded that the US cancel"; "charged that Georgian authorities were
                    # harbouring": an accusation's that-clause opens with the one accused
                    (
                        entry.event_type == "REQUEST"
                        or (
                            entry.event_type == "ACCUSE"
                            and entry.mode == "allege"
                            and self._that_right_after(doc, trig)
                        )
                    )
                    and self.that_subject(doc, trig, sent)
                ):
                    args.recipient = group(obj_that)
                    why.append(Why("recipient", "argument.complement_subject", obj_that.text))
                    obj, rule = None, None
                elif (
                    entry.event_type == "REQUEST"
                    and (by := self.agent_after(doc, trig, sent)) is not None
                    and by.start < self._addressee_start(doc, trig, sent, False)
                ):
                    # "demanded an immediate admission by Moscow", "chiesto le dimissioni da
                    # parte del ministro": the one whose act is demanded is asked
                    args.recipient = group(by)
                    why.append(Why("recipient", "argument.demanded_of_agent", by.text))
                    obj_that = None
                    obj, rule = None, None
                elif (
                    entry.event_type == "ACCUSE"
                    and (by := self.agent_after(doc, trig, sent)) is not None
                    and self._agent_of_object(doc, otrig.end, by.start)
                    and by.start < self._addressee_start(doc, otrig, sent)
                ):
                    # "ha denunciato abusi da parte della polizia", "ha condannato le violenze
                    # commesse dai manifestanti": the doer of the act criticised is accused
                    args.recipient = group(by)
                    why.append(Why("recipient", "argument.criticised_agent", by.text))
                    obj_that = None
                    obj, rule = None, None
                elif frame == "VINTR":
                    # "manifestato contro il governo": a trigger ending in its preposition
                    # takes the bare phrase after it
                    ends_in_prep = self.sx.cls(doc[trig.end - 1].text) == "prep_against"
                    obj, rule = self.object_after(
                        doc, otrig, sent, frozenset({"prep_against"}), allow_bare=ends_in_prep
                    )
                else:
                    # "impose sanctions on X", "launched an attack on X": a verb+noun trigger
                    # takes the noun's "on" recipient; a bare verb does not ("agreed on")
                    # (not for joint acts: "sharing intelligence on militants with the
                    # United States", "exchanged information on X": "on" is the topic)
                    preps = (
                        NOUN_RECIPIENT_PREPS
                        if len(trig) > 1 and frame != "VSYM"
                        else RECIPIENT_PREPS
                    )
                    obj, rule = self.object_after(doc, otrig, sent, preps, actor=tuple(args.actor))
                    if obj is not None and self._own_side_after_che(doc, trig, obj, args.actor):
                        obj, rule = None, None
                    owner_inside = [
                        m
                        for m in pool
                        if trig.start < m.start < m.end < trig.end
                        and m not in args.actor
                        and (
                            tokens(doc).text[m.end] in ("'s", "’s")
                            # "imposed a ban on British beef exports": a nationality word
                            # before the trigger's noun names the owner of what is acted on
                            or (
                                self.sx.lang == "en"
                                # acts on what a country owns, not on a place near it
                                # ("close to the Turkish border", "shelled a Syrian town")
                                and entry.event_type in ("SANCTION", "ACCUSE", "SUPPORT")
                                and m.text in _demonym_words(self.sx.lang)
                                and self.sx.governing_prep(doc, m.start, trig.start + 1)
                                not in (None, "prep_of")
                            )
                        )
                        and not _generic_people(m)  # "holding a Syrian women's summit"
                    ]
                    if owner_inside and entry.event_type not in OWN_OBJECT_TYPES:
                        # "backed Turkey's bid to join the EU", "defended Belgrade's right to
                        # fight separatists": the owner of the thing acted on, not a party of
                        # its content after it
                        obj, rule = owner_inside[0], "object_owner_in_trigger"
                    elif entry.event_type == "REJECT" and len(trig) > 1:
                        # "turned down an American request to hand over X", "dismissed
                        # Argentina's claim to the islands": the one whose request or claim
                        # is refused, not the party of its content after it
                        inside = [
                            m
                            for m in pool
                            if trig.start < m.start < trig.end
                            and m not in args.actor
                            and self._bare(doc, m, trig.start)
                        ]
                        if inside:
                            obj, rule = inside[0], "object_in_trigger"
                    elif len(trig) > 1 and entry.event_type not in OWN_OBJECT_TYPES:
                        # "ha convocato l'incaricato d'affari cinese a Manila": the trigger's
                        # last noun heads a party that runs past it (its demonym), which is
                        # the object, not the place or party after it
                        heads = [
                            m
                            for m in pool
                            if trig.start < m.start < trig.end < m.end
                            and m not in args.actor
                            and not _generic_people(m)
                            and self._bare(doc, m, trig.start)
                        ]
                        if heads:
                            obj, rule = heads[0], "object_headed_in_trigger"
                    if obj is None and _visit(entry):
                        obj, rule = self.visited(doc, otrig, sent)  # "si è recato in Cina"
                    if (
                        obj is None
                        and otrig is trig
                        and (k := self.coordinated_verb(doc, trig, sent)) is not None
                    ):
                        # "ha fermato e interrogato due tunisini", "per aver violentato e
                        # ucciso una ragazza": the two verbs share the object after the second
                        shared, how = self.object_after(
                            doc, doc[k : k + 1], sent, RECIPIENT_PREPS, actor=tuple(args.actor)
                        )
                        if shared is not None and how == "object.bare":
                            obj, rule = shared, "shared_object"
                    if (
                        obj is not None
                        and rule == "object.bare"
                        and entry.event_type == "COOPERATE"
                        and frame == "V"
                    ):
                        # "handed over a suspected drug lord to U.S. authorities": the one
                        # the person is handed to is the other side, not the person
                        to, _how = self.object_after(
                            doc,
                            doc[obj.start : obj.end],
                            sent,
                            frozenset({"prep_to"}),
                            allow_bare=False,
                            actor=tuple(args.actor),
                        )
                        if to is not None and to not in args.actor:
                            obj, rule = to, "handed_to"
                if prel is not None:
                    # "a Netanyahu, a cui ha chiesto": the relative's antecedent
                    obj, rule = prel[1], "prepositional_relative"
                if obj is not None:
                    args.recipient = group(obj)
                    why.append(Why("recipient", f"argument.{rule}", obj.text))
                if (
                    not args.recipient
                    and not obj_that
                    and frame != "VINTR"
                    and entry.event_type not in OWN_OBJECT_TYPES
                    and (owner := self.owner_demonym(doc, otrig, sent, RECIPIENT_PREPS, True))
                    is not None
                ):
                    # "ha criticato la legge russa": the country owning the thing acted on
                    args.recipient = [owner]
                    why.append(Why("recipient", "argument.object_owner_demonym", owner.text))
                if (
                    not args.recipient
                    and not obj_that
                    and len(trig) > 1
                    and (
                        entry.event_type not in OWN_OBJECT_TYPES
                        or (entry.event_type, entry.mode)
                        in (("RETREAT", "release"), ("RETREAT", "access"))
                        or entry.event_type == "AID"
                    )
                ):
                    # "expelled two Russian diplomats", "espulso l'ambasciatore russo",
                    # "rilasciato il giornalista australiano": a gapped pattern's object is the
                    # mention inside the trigger (not one's own troops or goods: "inviare
                    # altri 21.000 militari"; but those released, and inspectors let in, are
                    # the other side's: "let UN inspectors into the site")
                    # unnamed people count when they are of another country than the
                    # actor ("released 250 Palestinian prisoners", "repatriated Burundian
                    # refugees"): their country is the other side
                    own = {a.country for m in args.actor for a in (m._.actors or [])}
                    inside = [
                        m
                        for m in pool
                        if trig.start < m.start < trig.end
                        and m not in args.actor
                        and (not _generic_people(m) or _foreign_people(m, own))
                        # aid: only a party of another country than the giver, never its
                        # own troops or goods ("lent Vietnam 150 million dollars"); so for
                        # those let in ("allowing Tehran greater access" is Iran's own)
                        and (
                            entry.event_type != "AID"
                            and entry.mode != "access"
                            or _foreign_people(m, own)
                        )
                    ]
                    if inside and (
                        self._bare(doc, inside[0], trig.start)
                        or self._after_pattern_prep(doc, inside[0], trig)
                    ):
                        args.recipient = group(inside[0])
                        why.append(Why("recipient", "argument.object_in_trigger", inside[0].text))
                if (
                    not args.recipient
                    and not obj_that
                    and args.actor
                    and (clit := self.clitic_object(doc, trig, sent, args.actor)) is not None
                ):
                    # "il ministro gli ha chiesto di ritirarsi": the party the clitic stands for
                    args.recipient = group(clit)
                    why.append(Why("recipient", "argument.clitic_object", clit.text))
                if (
                    not args.recipient
                    and entry.event_type == "ASSAULT"
                    and (struck := self.struck_by_gerund(doc, otrig, sent)) is not None
                    and struck not in args.actor
                ):
                    # "ha sparato due colpi, ... trapassando il collo del giovane tifoso"
                    args.recipient = group(struck)
                    why.append(Why("recipient", "argument.struck_by_gerund", struck.text))
                if (
                    not args.recipient
                    and not obj_that
                    and gerund_main is not None
                    and self.sx.is_gerund(doc, trig.start)
                    and entry.event_type in GERUND_ADDRESSED_TYPES
                    and (main_obj := self.main_object(doc, gerund_main, trig, sent)) is not None
                ):
                    # "ha chiamato il premier pakistano offrendo aiuto", "ha accusato l'Ucraina,
                    # minacciando sanzioni": the gerund's act goes to the main verb's object
                    args.recipient = group(main_obj)
                    why.append(Why("recipient", "argument.gerund_main_object", main_obj.text))
                if not args.recipient and (
                    (entry.mode == "third-party" and frame == "V")
                    or (
                        entry.event_type in ("AGREE", "CONSULT")
                        and frame in ("V", "VINTR")
                        and self.mediation_before_between(doc, trig, sent)
                    )
                ):
                    # "ha mediato tra Washington e Teheran": the mediator acts on both sides;
                    # "offered to mediate between the government and the rebels", "hosted a
                    # meeting between Ethiopian and Eritrean officials": so does the one who
                    # offers mediation or hosts the talks
                    sides = [p for p in self.between_group(doc, trig, sent) if p not in args.actor]
                    if sides:
                        args.recipient = sides
                        why.append(Why("recipient", "argument.mediated_sides", None))
                if frame == "VSYM":
                    args.symmetric = True
                    if not args.recipient:
                        parties = self.between_group(doc, trig, sent)
                        if parties:
                            args.recipient = parties
                    if len(args.actor) > 1 and not args.recipient:
                        args.actor, args.recipient = args.actor[:1], args.actor[1:]
        else:  # nominal frames
            parties = self.between_group(doc, trig, sent) if frame == "NSYM" else []
            mediator = (
                self.subject(doc, trig, sent) if parties and entry.mode == "third-party" else None
            )
            if mediator is not None and mediator not in parties:
                # "Qatar's emir launched a mediation effort between the Emirates and Saudi
                # Arabia": the one who mediates acts on the two sides (PLOVER third-party)
                args.actor, args.recipient = group(mediator), parties
                why.append(Why("actor", "argument.mediator_subject", mediator.text))
            elif parties:
                args.symmetric = True
                args.actor, args.recipient = parties, []
                if len(parties) == 2:
                    args.actor, args.recipient = parties[:1], parties[1:]
                why.append(Why("actor", "argument.between_parties", None))
            elif frame == "NSYM" and (by := self.passive_noun_agent(doc, trig, sent)) is not None:
                # "A ceasefire agreement was signed in Lusaka by the Angolan government and
                # UNITA rebels", "An agreement to reopen the border was reached by Ethiopia
                # and Djibouti": the agents of the noun's own passive verb are its sides
                args.symmetric = True
                args.actor, args.recipient = group(by), []
                why.append(Why("actor", "argument.passive_noun_agent", by.text))
            else:
                owner = self.genitive(doc, trig, sent) or self.possessor_before(doc, trig, sent)
                if owner is not None and owner == self.provenance_agent(doc, trig, sent):
                    # "Proteste sono arrivate anche dai sindaci di ...": the "da" of a verb of
                    # provenance (it/provenance_verbs.tsv) names who did the act
                    why.append(Why("argument", "argument.provenance_agent", owner.text))
                left = None
                if (
                    owner is not None
                    and entry.event_type in ("RETREAT", "SANCTION")
                    and entry.mode == "withdraw"
                    and self._bare_from(doc, owner, trig)
                ):
                    # "il ritiro di 1600 soldati americani dall'Iraq": a withdrawal's bare
                    # "da" complement is the place left, not the one withdrawing (as the
                    # verb's "si ritirano dall'Iraq"); its troops' demonym names them; so
                    # for an envoy recalled ("il ritiro del proprio ambasciatore da Abuja")
                    left, owner = owner, None
                verb = self.reaction_verb(doc, trig, sent) if frame != "NSYM" else None
                if (
                    owner is not None
                    and patient_genitive(entry.event_type, entry.mode, _first_forms(trig))
                    and self.sx.governing_prep(doc, owner.start, trig.end) == "prep_by"
                ):
                    # "l'arresto da parte della polizia di tre attivisti": the agent phrase
                    # comes first, the one arrested is the "di" complement right after it
                    args.actor = group(owner)
                    why.append(Why("actor", "argument.noun_agent", owner.text))
                    after = doc[owner.start : max(m.end for m in args.actor)]
                    patient = self.genitive(doc, after, sent)
                    if patient is not None and patient not in args.actor:
                        args.recipient = group(patient)
                        why.append(
                            Why("recipient", "argument.noun_complement_patient", patient.text)
                        )
                elif (
                    owner is not None
                    and entry.event_type == "ASSAULT"
                    and self._armed_body(owner)
                    and self.genitive(doc, trig, sent) is owner
                ):
                    # "l'ennesima strage dell'esercito israeliano", "i raid dell'aviazione
                    # siriana": an army, a police force or an armed group as the "di"
                    # complement of an attack noun is the one that struck, not the victim
                    # ("l'uccisione di tre soldati" names people, not the force: a victim)
                    args.actor = group(owner)
                    why.append(Why("actor", "argument.armed_body_genitive", owner.text))
                elif owner is not None and patient_genitive(
                    entry.event_type, entry.mode, _first_forms(trig)
                ):
                    # "l'arresto di Gbagbo": the complement is the one arrested
                    args.recipient = group(owner)
                    why.append(Why("recipient", "argument.noun_complement_patient", owner.text))
                    by = self.agent_after(doc, trig, sent)
                    if by is not None and by not in args.recipient:
                        args.actor = group(by)
                        why.append(Why("actor", "argument.noun_agent", by.text))
                    elif (
                        demo := self.demonym_after(doc, trig)
                    ) is not None and demo not in args.recipient:
                        # "l'invasione russa dell'Ucraina": the demonym right after the noun
                        # does the act done to its complement
                        args.actor = [demo]
                        why.append(Why("actor", "argument.noun_demonym", demo.text))
                    elif self.genitive(doc, trig, sent) is owner and self.owned_by_subject(
                        doc, trig, sent
                    ):
                        # "il tribunale ha disposto l'arresto di X": the subject of a light
                        # verb does the act done to the complement
                        subj, _ = self.light_verb_parties(doc, trig, sent)
                        if subj is not None and subj not in args.recipient:
                            args.actor = group(subj)
                            why.append(Why("actor", "argument.clause_subject", subj.text))
                elif owner is not None and (
                    agent := self.agent_after_complement(doc, trig, owner, sent)
                ):
                    # "i bombardamenti della Libia da parte dell'esercito francese", "la
                    # condanna di Mosca da parte di Parigi": with its agent named by "da parte
                    # di" / "per mano di", a noun's "di" complement is the one it is done to
                    args.recipient = group(owner)
                    args.actor = [m for m in group(agent) if m not in args.recipient]
                    why.append(Why("recipient", "argument.noun_complement_patient", owner.text))
                    why.append(Why("actor", "argument.noun_agent", agent.text))
                elif owner is not None:
                    args.actor = group(owner)
                    why.append(Why("actor", "argument.noun_complement", owner.text))
                    voices = self.voiced_by(doc, owner, sent, pool)
                    if voices and not any(m in args.recipient for m in voices):
                        # "le proteste dell'opposizione, espresse da X e da Y": X and Y too
                        args.actor = args.actor + [m for m in voices if m not in args.actor]
                        why.append(Why("actor", "argument.voiced_by", voices[0].text))
                elif (demo := self.demonym_after(doc, trig)) is not None:
                    # "l'invasione russa", "un attacco militare statunitense"; coordinated
                    # demonyms are joint doers ("gli attacchi israeliani e americani")
                    args.actor = [demo] + [
                        m
                        for m in spans_of(doc, "actors")
                        if m.start == demo.end + 1
                        and m.end == m.start + 1
                        and doc[m.start].text.islower()
                        and doc[demo.end].lower_ in ("e", "ed")
                    ]
                    why.append(Why("actor", "argument.noun_demonym", demo.text))
                elif verb is not None:
                    # "ha ricevuto sostegno da X", "drew criticism from the opposition"
                    src = self.agent_after(doc, trig, sent, sources=True)
                    if src is not None:
                        args.actor = group(src)
                        why.append(Why("actor", "argument.noun_agent", src.text))
                elif self.owned_by_subject(doc, trig, sent):
                    # the object of a light verb ("ha espresso il suo sostegno", "launched an
                    # attack"), a possessed noun, or "in visita": its clause subject acts
                    subj, iobj = self.light_verb_parties(doc, trig, sent)
                    if frame == "NINTR":
                        iobj = None
                    if subj is not None:
                        args.actor = group(subj)
                        why.append(Why("actor", "argument.clause_subject", subj.text))
                    if iobj is not None:
                        args.recipient = group(iobj)
                        why.append(Why("recipient", "argument.indirect_object", iobj.text))
                if (
                    verb is not None
                    and not args.recipient
                    and not (
                        owner is not None
                        and patient_genitive(entry.event_type, entry.mode, _first_forms(trig))
                    )
                ):
                    # "la decisione del governo ha scatenato le proteste dell'opposizione",
                    # "il ministro ha raccolto la solidarietà dei colleghi": the act is done to
                    # the reaction verb's subject
                    target = self.reaction_target(doc, verb, sent)
                    if (
                        target is not None
                        and entry.event_type == "ACCUSE"
                        and entry.mode in ("allege", "investigate")
                        and all(a.sector in ("COP", "JUD") for a in ext(target, "actors") or [])
                    ):
                        # "i carabinieri hanno raccolto la denuncia": the police take a
                        # complaint in; it is not made against them
                        target = None
                    if target is not None and target not in args.actor:
                        args.recipient = group(target)
                        how = (
                            "argument.patient_noun_subject"
                            if token_keys(doc, self.sx.lang)[verb][0]
                            in patient_nouns(self.sx.lang)[0]
                            else "argument.reaction_to_subject"
                        )
                        why.append(Why("recipient", how, target.text))
                if left is not None and not args.recipient and left not in args.actor:
                    args.recipient = group(left)
                    why.append(Why("recipient", "argument.place_left", left.text))
                    troops = next(
                        (
                            m
                            for m in spans_of(doc, "actors")
                            if trig.start < m.start < trig.end < m.end <= left.start
                            and any(a.country for a in ext(m, "actors") or [])
                        ),
                        None,
                    )
                    if not args.actor and troops is not None:
                        # "il ritiro delle truppe americane": the troops the pattern names
                        args.actor = [troops]
                        why.append(Why("actor", "argument.troops_in_trigger", troops.text))
                if not args.actor and entry.event_type == "MOBILIZE":
                    # "le esercitazioni delle truppe russe": the forces the pattern ends on,
                    # with their demonym after it, are the ones that mobilize
                    troops = next(
                        (
                            m
                            for m in spans_of(doc, "actors")
                            if trig.start < m.start < trig.end < m.end
                            and any(a.country for a in ext(m, "actors") or [])
                        ),
                        None,
                    )
                    if troops is not None:
                        args.actor = [troops]
                        why.append(Why("actor", "argument.troops_in_trigger", troops.text))
                if (
                    not args.recipient
                    and entry.event_type == "ASSAULT"
                    and (struck := self.struck_by_attack_noun(doc, trig, sent)) is not None
                    and struck not in args.actor
                ):
                    # "un attentato ha colpito il contingente italiano": the one the attack
                    # noun's impact verb struck (not the people of the place named after it)
                    args.recipient = group(struck)
                    why.append(Why("recipient", "argument.struck_by_attack_noun", struck.text))
                if not args.recipient and (over := self.hung_over(doc, trig, sent)) is not None:
                    # "Su di lui pende un mandato di cattura", "X, sul quale grava l'accusa"
                    args.recipient = [m for m in group(over) if m not in args.actor]
                    why.append(Why("recipient", "argument.fronted_on_pending", over.text))
                if (
                    not args.recipient
                    and owner is None
                    and entry.event_type != "ASSAULT"
                    and patient_genitive(entry.event_type, entry.mode, _first_forms(trig))
                    and (main := self.fronted_adjunct_subject(doc, trig, sent, [])) is not None
                    and main not in args.actor
                    and not any(a.sector in STATE_AGENTS for a in ext(main, "actors") or [])
                ):
                    # "Al termine dell'interrogatorio, X ha rifiutato", "Dopo l'arresto, X è
                    # stato portato in carcere": the one arrested or questioned is the main
                    # clause's subject (not when that is a state body, who rather did it)
                    args.recipient = group(main)
                    why.append(Why("recipient", "argument.fronted_adjunct_patient", main.text))
                # "la condanna a 4 anni per Mario Rossi", "aiuti per la Siria", "support for
                # the government": a party after "per/for" is the one the act is for or against
                preps = (
                    frozenset({"prep_against"})
                    if frame == "NINTR"
                    else RECIPIENT_PREPS | {"prep_for"}
                    if frame == "N"
                    else RECIPIENT_PREPS
                )
                if (
                    frame == "N"
                    and len(trig) > 1
                    and self.sx.lang == "en"
                    and entry.event_type in ("RETREAT", "CONCEDE")
                ):
                    # "a suspension of attacks on Israelis": a de-escalation's "on" party is
                    # the other side (not for attacks: "missile strikes on regime targets")
                    preps = preps | {"prep_on"}
                obj, rule = (None, None)
                if not args.recipient:
                    obj, rule = self.object_after(
                        doc, trig, sent, preps, allow_bare=False, actor=tuple(args.actor)
                    )
                if (
                    obj is None
                    and not args.recipient
                    and frame == "N"
                    and entry.event_type not in OWN_OBJECT_TYPES
                    and (
                        owner := self.owner_demonym(
                            doc,
                            self._past_owner(doc, trig, args.actor),
                            sent,
                            RECIPIENT_PREPS,
                            False,
                        )
                    )
                    is not None
                    and owner not in args.actor
                ):
                    # "le critiche alla legge russa": the country owning the thing acted on
                    obj, rule = owner, "object_owner_demonym"
                if obj is None and not args.recipient and _visit(entry):
                    # "la sua visita ufficiale in Francia": the country visited hosts it
                    obj, rule = self.visited(doc, trig, sent)
                if obj is not None and obj not in args.actor and not args.recipient:
                    args.recipient = group(obj)
                    why.append(Why("recipient", f"argument.{rule}", obj.text))
                if frame == "NSYM":
                    args.symmetric = True
            # a joint act with one side named (the other may be the clause's subject)
            one_side = frame == "NSYM" and not args.actor and bool(args.recipient)
            with_partner = one_side and any(w.rule == "argument.object.prep_with" for w in why)
            if (
                one_side
                and (side := self.aside_subject(doc, trig, sent)) is not None
                and side not in args.recipient
            ):
                # "le forze di sicurezza, dopo uno scontro a fuoco con i pirati, hanno
                # liberato": a two-sided act naming one side in an aside of the clause
                # has the clause subject as the other
                args.actor = group(side)
                why.append(Why("actor", "argument.aside_clause_subject", side.text))
            elif (
                with_partner
                and (subj := self.subject(doc, trig, sent)) is not None
                and sent.start <= subj.start
                and subj not in args.recipient
                and not (
                    self.sx.governing_prep(doc, trig.start, subj.end) is None
                    and any(subj.end <= t.start < trig.start for t in spans_of(doc, "triggers"))
                )
            ):
                # "ha partecipato a un vertice con il premier", "ha dichiarato lo stato di
                # emergenza durante una videoconferenza con il capo": a joint act with one
                # side named has the clause subject as the other (not when it is the
                # object of another act: "ha criticato l'incontro con X")
                args.actor = group(subj)
                why.append(Why("actor", "argument.joint_act_subject", subj.text))
            elif with_partner:
                # a joint act in an adjunct has the main clause's subject as the other side:
                # opening the sentence ("Dopo l'incontro con il Papa, il presidente ha ..."),
                # or after the main clause ("X retook the village after fierce fighting with Y")
                for find, rule in (
                    (self.fronted_adjunct_subject, "argument.joint_act_subject"),
                    (self.trailing_adjunct_subject, "argument.trailing_adjunct_subject"),
                ):
                    main = find(doc, trig, sent, args.recipient)
                    if main is not None:
                        args.actor = group(main)
                        why.append(Why("actor", rule, main.text))
                        break
        # a party on both sides is an actor only
        args.recipient = [m for m in args.recipient if m not in args.actor]
        return args
