"""Actor mentions: find who is named in the text and resolve it to canonical actors.

The component writes ``doc.spans["actors"]`` (see ``extensions.py``): one span per mention,
the longest noun-phrase-like stretch without its leading determiner. It works in four steps:

1. **Lookup** (:meth:`ActorKB.matches`): names, countries, demonyms, capitals and seats of power,
   agent nouns, modifiers and group references, the longest match winning ("New York Times"
   over "New York", "Vladimir Putin" over "Vladimir").
2. **Composition**: adjacent pieces form one mention following the language's grammar words
   (``lang/<lang>/actors_grammar.tsv``): [country|org ('s)] [modifiers] agent+ [demonym]
   [of-complement]* [demonym] [name] [led-by name] — "il ministro della Difesa russo Sergej
   Shoigu", "Russian President Vladimir Putin", "portavoce del Consiglio di sicurezza
   americano Adrienne Watson", "l'amministrazione americana guidata da Joe Biden".
3. **Resolution**: a named actor takes the role that held on the article's date (published,
   else today; an actor without a current role takes its usual sector); an agent takes its
   sector, the country of its demonym / complement / place, else the nearest country in the
   context; unknown names keep their text and get no codes.
4. **Coreference**: an office without a name ("il leader nordcoreano") is the person named
   earlier with that country and office (else the office holder on the date); a surname
   alone ("Kim") the person named earlier; "i due" / "the two" the last two actors.

Every decision adds a ``Why(field="actor", rule, entry)``; ``span._.info`` keeps the KB entry
ids and a CAMEO-style code (for PETRARCH comparisons).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from itertools import compress
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire.kb import wordclass
from eventwire.kb.actors import ActorKB, Match, get_kb, iso_day, role_on, today, usual_role
from eventwire.kb.dictionaries import DictEntry, Role
from eventwire.kb.gazetteer import get_gazetteer, normalize_name
from eventwire.kb.normalize import norm
from eventwire.pipeline import extensions  # noqa: F401
from eventwire.pipeline.lexicon import agreement, cue_index, read_table
from eventwire.pipeline.places import alternate_name_of_a_person, place_lexicon
from eventwire.pipeline.syntax import INDEFINITE_ARTICLES, italian_participle
from eventwire.pipeline.tokens import sentences, tokens
from eventwire.records import Actor, Why

# spaCy keys span extensions by character offsets only: a place span over the same words
# ("Russia") shares ``._.why``/``._.info`` with the actor span. The actor stage keeps its own
# copies under names no other stage writes, and reads those.
for _name in ("actor_why", "actor_info"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)

#: Sentences back a bloc anaphor ("i tre Paesi") reaches for its list of states; with a
#: count of three or more, which few lists match, further (rule coref.bloc_anaphor).
BLOC_REACH = 4
BLOC_REACH_COUNTED = 8

#: Articles and articled prepositions that may open the next state of a list ("agli Stati
#: Uniti e al Regno Unito"): see ActorResolver._state_lists.
_LIST_LINKS = frozenset(
    "la il l' le lo i gli a ad al allo alla all' ai agli alle di del dello della dell' dei "
    "degli delle con da dal dallo dalla dall' dai dagli dalle in nel nello nella nell' nei "
    "negli nelle per su sul sullo sulla sull' sui sugli sulle tra fra".split()
)
#: The title of a counterpart office ("il suo omologo": agents' "Counterpart" rows).
COUNTERPART = "Counterpart"
#: Atom kinds: named actor, country/demonym, capital, agent noun, group reference, modifier.
NAMED, COUNTRY, CAPITAL, AGENT, GROUP, MOD = "N", "C", "K", "A", "G", "M"
_KIND_OF_ENTRY = {
    "PER": NAMED,
    "ORG": NAMED,
    "MEDIA": NAMED,
    "GPE": COUNTRY,
    "CAPITAL": CAPITAL,
    "AGENT": AGENT,
    "GROUP": GROUP,
    "MOD": MOD,
}
#: On the same words and priority, which kind of entry to believe.
_KIND_ORDER = {
    "ORG": 0,
    "GPE": 1,
    "CAPITAL": 2,
    "MEDIA": 3,
    "PER": 4,
    "AGENT": 5,
    "GROUP": 6,
    "MOD": 7,
    "STOP": 8,
}
#: Lower-case words allowed inside a person's name ("Abu Musab al-Zarqawi").
_NAME_PARTICLES = frozenset("al el bin ibn ben abu van von der den de dos da la le du".split())
_MAX_NAME_TOKENS = 6
#: How many sentences back a definite person noun ("l'uomo") may find the person it names.
PERSON_NOUN_SENTENCES = 2
#: How many sentences back a bare armed-group noun ("i ribelli") finds the same noun with its
#: group named ("i ribelli Houthi"): the article's rebels, whoever the sentence says arms them.
ARMED_GROUP_SENTENCES = 8
#: "i due governi": the states named in its sentence and the ones before it may be its pair
PAIR_SENTENCES = 3
#: A weapon's model designation ("F-16", "T-72", "Su-35", "MiG-29", "S-400").
_MODEL_DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?")
#: Sectors of a state's own bodies: an office of a body with another sector takes that sector
#: ("al-Qaeda leaders" -> REB, "leader del Movimento 5 Stelle" -> PTY).
_STATE = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
_ACTIVE = frozenset(
    "COP GOV JUD LEG MIL PRM PTY REB SPY UAF OPP IGO NGO BUS CVL CRM EDU JRN LAB MED REF REL "
    "SOC AGR".split()
)


@dataclass
class Atom:
    """A KB match kept after overlap resolution."""

    start: int
    end: int
    kind: str
    entries: tuple[int, ...]
    priority: int
    fuzzy: bool = False  # a misspelt country name ("Ethopia"), matched up to one letter


@dataclass
class Parse:
    """The pieces of one mention (token positions are Doc indices)."""

    start: int
    end: int
    pre: Atom | None = None
    mods: list[Atom] = field(default_factory=list)
    heads: list[Atom] = field(default_factory=list)
    demonyms: list[Atom] = field(default_factory=list)
    compl: list[Atom | tuple[str, int, int]] = field(default_factory=list)
    compl_demonyms: list[Atom] = field(default_factory=list)
    aim: list[Atom | tuple[str, int, int]] = field(default_factory=list)  # "alla presidenza"
    portfolio: tuple[int, int] | None = None  # "dei Beni e Attività Culturali" (a department)
    name: Atom | None = None
    name_span: tuple[int, int] | None = None  # an unknown capitalised name
    led_by: Atom | None = None
    led_by_surname: tuple[str, int, int, str] | None = None  # "governo Prodi": country, span
    single: Atom | None = None  # a mention of one atom (name, country, capital, group)


@dataclass
class Resolved:
    actors: list[Actor]
    why: list[Why]
    label: str
    info: dict[str, Any]


class ActorMentions:
    """Finds actor mentions and writes ``doc.spans["actors"]`` (see extensions.py)."""

    def __init__(
        self,
        nlp: Language,
        name: str = "eventwire_actors",
        actor_dictionaries: list[str] | tuple[str, ...] = (),
    ) -> None:
        self.name = name
        self.lang = nlp.lang
        self.dictionaries = tuple(str(p) for p in actor_dictionaries or ())
        self._kb: ActorKB | None = None

    @property
    def kb(self) -> ActorKB:
        if self._kb is None:
            self._kb = get_kb(self.lang, self.dictionaries)
        return self._kb

    def __call__(self, doc: Doc) -> Doc:
        run = _Run(self.kb, doc, self.dictionaries)
        doc.spans["actors"] = run.mentions()
        doc.spans["private_persons"] = [
            Span(doc, start, end, label="PER") for start, end in run.private
        ]
        return doc


#: Italian definite articles, bare and joined to a preposition, masculine (the only ones
#: before a metonym marked "article" in actors_metonyms.tsv: "il Colle", "i Ventisette")
_DEFINITE_ARTICLES = frozenset(
    {"il", "al", "del", "dal", "nel", "sul", "col", "i", "ai", "dei", "dai", "nei", "sui", "coi"}
)


class _Run:
    """One Doc's actor analysis (state shared by the steps)."""

    def __init__(self, kb: ActorKB, doc: Doc, dictionaries: tuple[str, ...]) -> None:
        self.kb = kb
        self.doc = doc
        self.tab = tab = tokens(doc)  # token attributes as lists (no Token objects)
        self.txt = tab.text
        self.text = tab.doc_text
        #: tokens starting with a capital letter (the only ones names, countries and places
        #: the rules look for can start with)
        self.caps = [k for k, w in enumerate(tab.text) if w[:1].isupper()]
        self.dictionaries = dictionaries
        self.private: list[tuple[int, int]] = []  # described persons (_private_persons)
        published = iso_day(doc._.published)
        self.date_known = published is not None
        self.date = published or today()
        sents = sentences(doc)
        self.sent_id = sents.of
        self.sent_bounds: list[tuple[int, int]] = sents.bounds or [(0, len(doc))]
        self.sent_first = [False] * len(doc)  # Token.is_sent_start
        for first, _end in sents.bounds:
            self.sent_first[first] = True
        #: tokens of KB person names read as part of another person's name
        #: (``_beside_other_name``): a cue for the unknown-person step
        self.other_person: set[int] = set()
        self.atoms = self._atoms(kb.matches(doc))
        self.atom_at: dict[int, Atom] = {a.start: a for a in self.atoms}
        self.covered = [False] * len(doc)
        for a in self.atoms:
            for i in range(a.start, a.end):
                self.covered[i] = True

    # -- step 1: atoms -----------------------------------------------------------------
    def _participle_after_aux(self, m: Match) -> bool:
        """A lower-case one-word agent right after a form of essere is the verb's participle
        ("il corteo è partito", "sono detenuti a Roma")."""
        i = m.start
        if m.end - i != 1 or i == 0 or not self.txt[i].islower():
            return False
        if not italian_participle(self.txt[i]):
            return False
        if not self.kb.is_word("verb_aux", self.txt[i - 1]):
            return False
        return all(self.kb.entries[k].kind == "AGENT" for k in m.entries)

    def _street_name(self, i: int) -> bool:
        """A name right after a street word names the street ("in viale Tunisia")."""
        if i == 0:
            return False
        prev = self.txt[i - 1]
        if self.kb.is_word("street", prev):
            return True
        return (
            self.kb.is_word("street_after_prep", prev)
            and i >= 2
            and (
                prev[:1].isupper()
                or self.kb.is_word("locative", self.txt[i - 2])
                or self.kb.is_word("of", self.txt[i - 2])
            )
        )

    def _after_article(self, m: Match) -> bool:
        """A metonym marked "article" ("il Colle" for the Quirinale) stands right after a
        definite article, bare or articulated ("al Colle", "dal Colle"), and is no part of a
        longer name: not "Gioia del Colle" (a capitalised word before "del"), "il Colle di
        Val d'Elsa", "il Colle Oppio" (a "di" phrase or a capitalised word after it)."""
        i = m.start
        if i == 0:
            return False
        art = self.txt[i - 1].lower()
        if art not in _DEFINITE_ARTICLES:
            return False
        if art == "del" and i >= 2 and self.txt[i - 2][:1].isupper() and not self.sent_first[i - 2]:
            return False
        if self.txt[i - 1][:1].isupper() and not self.sent_first[i - 1]:
            return False  # "Il Colle" inside a title-case name
        if m.end < len(self.doc):
            nxt = self.txt[m.end]
            if nxt[:1].isupper() or self.kb.is_word("of", nxt):
                return False
        return True

    def _atoms(self, matches: list[Match]) -> list[Atom]:
        # a name listed with its article ("THE WHITE HOUSE") competes without it
        fixed = []
        for m in matches:
            if m.end - m.start > 1 and self.kb.is_word("determiner", self.txt[m.start]):
                kinds = {self.kb.entries[i].kind for i in m.entries}
                if not kinds & {"MEDIA", "GROUP"}:
                    m = Match(m.start + 1, m.end, m.entries, m.priority)
            fixed.append(m)
        matches = fixed
        chosen: list[Atom] = []
        taken = [False] * len(self.doc)
        for m in sorted(matches, key=lambda m: (-(m.end - m.start), m.priority, m.start)):
            if any(taken[m.start : m.end]):
                continue
            if self.sent_id[m.start] != self.sent_id[m.end - 1]:
                continue
            if self._street_name(m.start) or self._participle_after_aux(m):
                for i in range(m.start, m.end):
                    taken[i] = True
                continue
            entries = [self.kb.entries[i] for i in m.entries]
            best = min(_KIND_ORDER.get(e.kind, 9) for e in entries)
            keep = tuple(
                i
                for i, e in zip(m.entries, entries, strict=True)
                if _KIND_ORDER.get(e.kind, 9) == best
            )
            kind = _KIND_OF_ENTRY.get(self.kb.entries[keep[0]].kind)
            if kind is None:
                if self.kb.entries[keep[0]].kind == "STOP":  # never a mention: words taken
                    for i in range(m.start, m.end):
                        taken[i] = True
                continue
            if kind == NAMED and not self._name_ok(m, keep):
                continue
            if any(self.kb.entries[i].extra.get("after_article") for i in keep) and (
                not self._after_article(m)
            ):
                continue
            for i in range(m.start, m.end):
                taken[i] = True
            chosen.append(Atom(m.start, m.end, kind, keep, m.priority))
        chosen.sort(key=lambda a: a.start)
        self.covered = [False] * len(self.doc)
        for a in chosen:
            for i in range(a.start, a.end):
                self.covered[i] = True
        adjectives = self.kb.grammar.get("adjectives", frozenset())
        if "after" in adjectives:
            chosen = [a for a in chosen if not self._adjective_use(a)]
        if "before" in adjectives:
            self._chosen = chosen
            chosen = [a for a in chosen if not self._modifier_use(a)]
        chosen = [a for a in chosen if not self._inside_proper_name(a)]
        chosen = [a for a in chosen if not self._given_name_first(a)]
        chosen = [a for a in chosen if not self._language_name(a)]
        self._set_covered(chosen)
        chosen.extend(self._fuzzy_countries())
        chosen.sort(key=lambda a: a.start)
        self._set_covered(chosen)
        return chosen

    def _set_covered(self, atoms: list[Atom]) -> None:
        self.covered = [False] * len(self.doc)
        for a in atoms:
            for i in range(a.start, a.end):
                self.covered[i] = True

    def _fuzzy_countries(self) -> list[Atom]:
        """A capitalised word the KB does not know that is a country's name up to one letter
        ("Ethopia", "Quatar"): that country (rule ``country.fuzzy_name``)."""
        out = []
        txt, alpha = self.txt, self.tab.is_alpha
        n = len(txt)
        for i in self.caps:
            word = txt[i]
            if self.covered[i] or not alpha[i] or len(word) < 6:
                continue
            if not word[:1].isupper() or word.isupper():
                continue
            if i + 1 < n and txt[i + 1][:1].isupper():
                continue  # part of a longer name
            if i > 1 and self._name_word(i - 1):
                continue  # the end of a longer name ("della stessa Vanessa Lizano": no Libano)
            if (
                i > 1
                and self.kb.is_word("of", txt[i - 1])
                and self.kb.is_word("place_noun", txt[i - 2])
            ):
                continue  # "la città di Panamao": a town's name, no misspelt country (Panama)
            idx = self.kb.fuzzy_country(word)
            if idx is not None:
                out.append(Atom(i, i + 1, COUNTRY, (idx,), 3, fuzzy=True))
        return out

    def _given_name_first(self, a: Atom) -> bool:
        """A one-word country or place that is also a given name, followed by a capitalised
        word nobody knows ("Maurizio Beretta", "Israel Katz"): the start of a person's name."""
        if a.kind not in (COUNTRY, CAPITAL) or a.end - a.start != 1:
            return False
        if not self.kb.given_names.get(norm(self.txt[a.start])):
            return False
        return self._name_word(a.end) and not self.covered[a.end]

    def _language_name(self, a: Atom) -> bool:
        """Italian: a lower-case demonym right after "in" names a language ("due nastri, uno
        in svedese e uno in arabo", "spirito di tempesta in tedesco"), not the country or its
        people: no mention, and no country for the passage."""
        if self.doc.lang_ != "it" or a.kind != COUNTRY or a.end - a.start != 1 or a.start == 0:
            return False
        word = self.txt[a.start]
        return (
            word.islower()
            and self.txt[a.start - 1].lower() == "in"
            and self.sent_id[a.start - 1] == self.sent_id[a.start]
            and self._is_demonym(a)
        )

    def _name_word(self, i: int) -> bool:
        """Token ``i`` is a capitalised word that can be part of a name."""
        if i >= len(self.txt) or self.sent_id[i] != self.sent_id[i - 1]:
            return False
        word = self.txt[i]
        return bool(
            word[:1].isupper() and self.tab.is_alpha[i] and not self.kb.is_word("determiner", word)
        )

    def _modifier_use(self, a: Atom) -> bool:
        """English: an agent word right before a noun modifies it ("military aid", "naval
        blockade", "official protest", "police station"), and an adjective-like agent right
        before a country word or a name modifies that ("official Syrian newspaper", "rebel
        Kurdistan Workers' Party"): not a mention of its own."""
        if a.kind != AGENT or a.end - a.start != 1 or a.end >= len(self.doc):
            return False
        word, nxt = self.txt[a.start], self.doc[a.end]
        if self.sent_id[a.end] != self.sent_id[a.start]:
            return False
        lang = self.doc.lang_
        adjective = wordclass.is_adjective(lang, word)
        if self.covered[a.end]:
            if not adjective:
                return False
            nxt_atom = next((b for b in self._chosen if b.start == a.end), None)
            if (
                nxt_atom is not None
                and nxt_atom.kind == NAMED
                and word[:1].isupper()
                and self._entry(a).extra.get("type") == "office"
            ):
                return False  # a title before a name: "General Michel Aoun"
            return nxt_atom is not None and nxt_atom.kind in (COUNTRY, NAMED)
        if not nxt.is_alpha or not nxt.text[:1].islower() or nxt.is_stop:
            return False
        if any(self.kb.is_word(r, nxt.text) for r in ("of", "locative", "and", "led_by")):
            return False
        if not adjective and self._vicinity_after(a.end):
            return False  # "40 villagers south of X": where they are, no "villagers south"
        if not wordclass.is_noun(lang, nxt.text) or wordclass.is_inflected_verb(lang, nxt.text):
            return False
        # a noun that can also be a verb ("aid", "use") follows an adjective only
        return adjective or not wordclass.is_verb(lang, nxt.text)

    def _vicinity_after(self, i: int) -> bool:
        """A word of the grammar role ``vicinity`` at token ``i`` that opens a place phrase
        with "of" after it ("south of Algiers", "west of the capital")."""
        return (
            i + 1 < len(self.doc)
            and self.kb.is_word("vicinity", self.txt[i])
            and self.kb.is_word("of", self.txt[i + 1])
        )

    def _inside_proper_name(self, a: Atom) -> bool:
        """A capitalised agent word after an unknown capitalised word is part of a name the KB
        does not know ("Homeland Union", "West Bank"): not an agent of its own. So is a
        one-word name of the derived table next to an unknown capitalised word ("Unità
        Popolare" is not UNITA, "Liberation Tigers" not a Swazi group, "Abdullah Ocalan" not
        King Abdullah)."""
        if a.kind == NAMED and a.end - a.start == 1 and self._other_given_name(a):
            return True
        if a.kind == NAMED and a.end - a.start == 1 and self._beside_other_name(a):
            return True
        if a.kind == COUNTRY and a.end - a.start == 1 and self._country_as_given_name(a):
            return True
        if a.kind == NAMED and a.end - a.start == 1 and a.priority >= 2:
            return self._unknown_capitalised(a.start - 1) or self._unknown_capitalised(a.end)
        if a.kind != AGENT or a.start == 0:
            return False
        i = a.start
        return bool(
            self.txt[i][:1].isupper()
            and not self.sent_first[i]
            and self.txt[i - 1][:1].isupper()
            and self.tab.is_alpha[i - 1]
            and not self.covered[i - 1]
            and not self.sent_first[i - 1]
        )

    def _other_given_name(self, a: Atom) -> bool:
        """A KB person's surname right after a given name none of his names has
        ("Padre Giancarlo Bossi" is not Umberto Bossi, "Paolo Berlusconi" not Silvio): another
        person, no KB mention (the unknown-person step may read the whole name)."""
        i = a.start - 1
        if i < 0 or self.covered[i] or self.sent_id[i] != self.sent_id[a.start]:
            return False
        word = self.txt[i]
        if not (self.tab.is_alpha[i] and word[:1].isupper() and self.kb.given_name(word)):
            return False
        e = self._entry(a)
        if e.kind != "PER":
            return False
        own = {norm(w) for n in (e.name, *e.aliases) for w in n.split()}
        return norm(word) not in own

    def _beside_other_name(self, a: Atom) -> bool:
        """A KB person's one-word name (surname or given name) with a capitalised name word
        right before or after it that none of his names has and no KB entry covers ("Cameron
        MacKay" is not David Cameron, "Lisa Obama" not Barack): another person's name, no KB
        mention; the unknown-person step may read the whole name (rule
        ``name.other_person``). Title words ("Mr", "Sheikh"), all-capital words and
        title-case headlines are left alone."""
        e = self._entry(a)
        if e.kind != "PER":
            return False
        own: set[str] | None = None
        for i in (a.start - 1, a.end):
            if not self._name_word_beside(i, a.start):
                continue
            word = self.txt[i]
            if own is None:
                own = {norm(w) for n in (e.name, *e.aliases) for w in n.split()}
            if norm(word) in own:
                continue
            if i < a.start and self._place_ends_at(i):
                continue  # "a Villa Madama Tebboune e Draghi": a place, then the KB name
            if self._title_case_sentence(a.start):
                return False
            self.other_person.add(a.start)
            return True
        return False

    def _name_word_beside(self, i: int, start: int) -> bool:
        """Token ``i``, beside a mention starting at ``start``, is a capitalised name word of
        the same sentence that no KB entry covers: no title ("Mr", "Sheikh"), no all-capital
        word, no common word of the language ("Mussi Nuove manifestazioni": a headline run
        into the text)."""
        if not self._unknown_capitalised(i) or self.sent_id[i] != self.sent_id[start]:
            return False
        word = self.txt[i]
        if word.isupper() or norm(word) in self.kb.name_titles:
            return False
        return not (
            self.kb.is_word("not_name", word)
            or wordclass.is_content_word(self.doc.lang_, word.lower())
        )

    def _country_as_given_name(self, a: Atom) -> bool:
        """A country's one-word name that is also a given name (``actors_given_names.tsv``,
        kind ``country_given``: "Jordan", "Chad", "Georgia") right before a capitalised name word that no KB entry
        covers ("Jordan Bardella", "Jordan Peterson"): a person's given name, no country
        mention (rule ``name.other_person``; the unknown-person step reads the whole name).
        Not before a place's or a landmark's next word, nor in a title-case headline."""
        if norm(self.txt[a.start]) not in self.kb.country_given_names:
            return False
        i = a.end
        if not self._name_word_beside(i, a.start) or self._place_ends_at(i):
            return False
        if self._title_case_sentence(a.start):
            return False
        self.other_person.add(a.start)
        return True

    def _place_ends_at(self, i: int) -> bool:
        """The capitalised words ending at token ``i`` name a place or a landmark ("Villa
        Madama", "Porta Pia")."""
        j = i
        while j > 0 and self.sent_id[j - 1] == self.sent_id[i] and self.txt[j - 1][:1].isupper():
            if not self.tab.is_alpha[j - 1] or i - j >= 3:
                break
            j -= 1
        lang = self.doc.lang_
        for k in range(j, i + 1):
            text = self.doc[k : i + 1].text
            if self.kb.place_country(text) or get_gazetteer().is_landmark(text, lang):
                return True
        return False

    def _title_case_sentence(self, i: int) -> bool:
        """The sentence of token ``i`` is a title-case headline: no lower-case word of four
        letters or more but stop words ("Cameron Says He Will Quit"; a short sentence of
        names, "The Canadian envoy Cameron Whitfield left Rome", is none)."""
        sent = self.sent_bounds[self.sent_id[i]]
        alpha, stop, txt = self.tab.is_alpha, self.tab.is_stop, self.txt
        return not any(
            alpha[k] and txt[k][:1].islower() and len(txt[k]) > 3 and not stop[k]
            for k in range(sent[0], sent[1])
        )

    def _unknown_capitalised(self, i: int) -> bool:
        """Token ``i`` is a capitalised word of the same sentence that no KB entry covers and
        that does not start the sentence."""
        if i < 0 or i >= len(self.txt) or self.covered[i]:
            return False
        return bool(
            self.tab.is_alpha[i]
            and self.txt[i][:1].isupper()
            and not self.sent_first[i]
            and not self.tab.is_stop[i]
            and not self.kb.is_word("determiner", self.txt[i])
        )

    def _adjective_use(self, a: Atom) -> bool:
        """A people-word that is also an adjective, right after a noun ("esercitazioni
        militari", "visita ufficiale", "elezioni generali"): in a language whose adjectives
        follow the noun, not a mention. Words typed ``people_adj`` in the lexicon, and any
        one-word agent that the language's word lists give as an adjective after a word they
        give as a noun."""
        if a.kind != AGENT or a.start == 0:
            return False
        typ = self._entry(a).extra.get("type")
        typed = typ == "people_adj"
        prev = self.doc[a.start - 1]
        if not typed:
            if typ not in ("people", "office"):
                return False  # bodies ("siti governativi") are kept as the lexicon says
            lang = self.doc.lang_
            word = self.txt[a.start]
            if a.end - a.start != 1 or not word[:1].islower():
                return False
            if not wordclass.is_adjective(lang, word) or not wordclass.is_noun(lang, prev.text):
                return False
        if not prev.is_alpha or not prev.text[:1].islower() or prev.like_num:
            return False
        if self.covered[a.start - 1]:
            return False  # after another agent: "consiglieri militari" is one compound
        return not any(
            self.kb.is_word(role, prev.text)
            # "ai militari", "ai nostri militari": after an articled preposition or a
            # possessive the word is the noun
            for role in (
                "determiner",
                "of",
                "locative",
                "and",
                "quantity",
                "number",
                "led_by",
                "to",
                "possessive",
            )
        )

    def _name_ok(self, m: Match, entries: tuple[int, ...]) -> bool:
        """A one-word name from the big table must not be a common (stop) word."""
        if m.end - m.start > 1 or m.priority < 2:
            return True
        return not self.tab.is_stop[m.start]

    # -- step 2: composition -----------------------------------------------------------
    def mentions(self) -> list[Span]:
        parses = self._parse_all()
        resolved: list[tuple[Parse, Resolved]] = []
        for p in parses:
            resolved.append((p, self._resolve(p)))
        self._article_period(resolved)
        self._unknown_persons(resolved)
        self._appositions(resolved)
        self._bracketed_party(resolved)
        self._speaker_office(resolved)
        self._shared_heads(resolved)
        self._coreference(resolved)
        self._context_countries(resolved)
        self._definite_anaphors(resolved)
        self._bloc_anaphors(resolved)
        self.private = self._private_persons(resolved)
        spans = []
        for p, r in resolved:
            start = p.start
            while (
                r.label not in ("MEDIA", "GROUP")
                and start < p.end - 1
                and self.kb.is_word("determiner", self.txt[start])
            ):
                start += 1  # "The White House" -> "White House": no leading determiner
            if start != p.start:
                for a in r.actors:
                    if a.raw_text == self.doc[p.start : p.end].text:
                        a.raw_text = self.doc[start : p.end].text
            span = Span(self.doc, start, p.end, label=r.label)
            ext = span._  # (each ``span._`` is a new object)
            ext.actors = r.actors
            ext.why = r.why
            ext.actor_why = r.why
            info = dict(r.info)
            if self.dictionaries:
                info["dictionaries"] = list(self.dictionaries)
            ext.info = info
            ext.actor_info = info
            spans.append(span)
        short = self._short_names(spans)
        return sorted(spans + short, key=lambda s: s.start) if short else spans

    def _short_names(self, spans: list[Span]) -> list[Span]:
        """Rule actor.short_name: "l'Unione" after the article has named the European Union
        in full (``short_names.tsv``) stands for it; not before the full name, not
        inside another mention, not before a capitalised or nationality word ("l'Unione
        africana")."""
        table = _short_names(self.doc.lang_)
        if not table:
            return []
        # the words of the table the text has, first (most articles have none)
        found = [i for i in compress(range(len(self.txt)), map(table.__contains__, self.txt)) if i]
        if not found:
            return []
        covered = {k for s in spans for k in range(s.start, s.end)}
        demonyms = _lower_demonyms(self.doc.lang_)
        out = []
        for i in found:
            got = table[self.txt[i]]
            if i in covered or not self.txt[i - 1].endswith(("'", "’")):
                continue
            forms, code, name, line = got
            nxt = self.txt[i + 1] if i + 1 < len(self.txt) else ""
            if nxt[:1].isupper() or nxt.lower() in demonyms:
                continue
            before = self.doc.text[: self.doc[i].idx]
            if not any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", before) for f in forms):
                continue
            span = Span(self.doc, i, i + 1, label="ORG")
            why = [Why("actor", "actor.short_name", f"{line} {self.txt[i]} -> {name}")]
            span._.actors = [Actor(raw_text=self.txt[i], name=name, country=code)]
            span._.why = why
            span._.actor_why = why
            span._.info = {}
            span._.actor_info = {}
            out.append(span)
        return out

    def _article_period(self, resolved: list[tuple[Parse, Resolved]]) -> None:
        """With no article date, the named actors of one article are read at one time.

        A KB actor whose dated roles all give one reading (Gaddafi, leader of Libya until
        August 2011) tells when the article can be, if it is in office then; the periods of
        all such actors, intersected, are the article's period; so are the years of a
        person's reading that an office in the text picks ("il segretario federale della
        Lega Nord, Roberto Maroni": his years as the party's leader). An actor with several
        readings resolved to its usual or today's role (the National Transitional Council:
        rebels' body until October 2011, then Libya's government) takes the one reading of
        its roles that overlap that period (rule ``kb.role_in_article_period``): "il portavoce
        di Gheddafi ... negoziare con il CNT" is the rebels' council. No period (no such
        actor, or periods that do not meet) or several readings in it change nothing.
        """
        if self.date_known:
            return
        named: list[tuple[int, int]] = []
        for k, (p, r) in enumerate(resolved):
            ids = r.info.get("entries") or []
            if r.info.get("kind") == "name" and not p.mods and len(ids) == 1 and len(r.actors) == 1:
                named.append((k, ids[0]))
        readings = {idx: _reading_periods(self.kb.entries[idx]) for _k, idx in named}
        times = [next(iter(sp.values())) for sp in readings.values() if sp and len(sp) == 1]
        for _p, r in resolved:
            # a person named with an office: the person's one reading, or the one the office
            # picks ("il segretario della Lega Nord, Roberto Maroni": his years as the
            # party's leader); not an office the KB does not give him
            ids = r.info.get("entries") or []
            if r.info.get("kind") == "agent" and len(ids) == 1 and len(r.actors) == 1:
                sp = _reading_periods(self.kb.entries[ids[0]])
                a = r.actors[0]
                if (
                    sp
                    and (a.country, a.sector) in sp
                    and (len(sp) == 1 or any(w.rule == "text_office_over_usual" for w in r.why))
                ):
                    times.append(sp[(a.country, a.sector)])
        period: list[tuple[str, str]] | None = None
        for ivs in times:
            period = _merged(ivs) if period is None else _meet(period, ivs)
            if not period:
                return
        if not period:
            return
        for k, idx in named:
            p, r = resolved[k]
            e = self.kb.entries[idx]
            if (
                not r.why
                or r.why[0].rule not in ("kb.usual_role", "kb.role_today")
                or e.extra.get("metonym")
            ):
                continue
            spans = readings[idx]
            if spans is None or len(spans) < 2:
                continue
            fits = [key for key, ivs in spans.items() if _meet(period, ivs)]
            a = r.actors[0]
            if len(fits) != 1 or fits[0] == (a.country, a.sector):
                continue
            country, sector = fits[0]
            r.actors[0] = replace(a, country=country, sector=sector, title=None)
            r.info["code"] = (country or "") + (sector or "")
            r.why[0] = Why(
                "actor",
                "kb.role_in_article_period",
                f"{e.source} {e.name} [{(country or '')}{(sector or '')}] "
                f"{period[0][0]}..{period[-1][1]}",
            )

    def _sent_end(self, i: int) -> int:
        return self.sent_bounds[self.sent_id[i]][1] if self.sent_bounds else len(self.doc)

    def _grammar_len(self, role: str, i: int) -> int:
        """Tokens of a grammar word/phrase of ``role`` starting at ``i`` (0 if none)."""
        forms = self.kb.grammar.get(role)
        if not forms or i >= len(self.doc):
            return 0
        end = self._sent_end(i)
        text, idx, ends = self.text, self.tab.idx, self.tab.end
        for n in range(min(self.kb.max_grammar_words, end - i), 0, -1):
            if self.covered[i] and n == 1 and role != "possessive":
                break
            piece = text[idx[i] : ends[i + n - 1]]
            key = norm(piece) if piece != "," else ","
            if key in forms:
                return n
        return 0

    def _atom(self, i: int, *kinds: str) -> Atom | None:
        a = self.atom_at.get(i)
        if a is not None and a.kind in kinds:
            return a
        return None

    def _parse_all(self) -> list[Parse]:
        out: list[Parse] = []
        i = 0
        n = len(self.doc)
        while i < n:
            a = self.atom_at.get(i)
            if a is None:
                i += 1
                continue
            p = self._parse_at(a)
            if p is None:
                i = a.end
                continue
            out.append(p)
            i = p.end
        return out

    def _bracket_end(self, k: int, limit: int) -> int | None:
        """The token after the ")" closing a bracket opened at ``k`` (a few words, one
        sentence), or None."""
        if k >= limit or self.txt[k] != "(":
            return None
        for j in range(k + 1, min(k + 8, limit)):
            if self.txt[j] == ")":
                return j + 1 if j + 1 < limit else None
            if self.txt[j] == "(":
                return None
        return None

    def _name_before_noun(self, first: Atom, k: int, m: int) -> bool:
        """A country's or capital's name right before a lower-case agent noun, in a language
        whose adjectives follow the noun ("ha fornito a Mosca missili", "ha offerto a
        Manila navi"): two phrases, the name no owner of the noun (Italian says "missili
        russi", "navi di Manila"); English "Moscow officials" keeps its owner."""
        if "after" not in self.kb.grammar.get("adjectives", frozenset()):
            return False
        if first.kind == NAMED:
            if not self._entry(first).extra.get("metonym"):
                return False  # a seat of power ("Mosca", "Cremlino") only
        elif first.kind not in (COUNTRY, CAPITAL) or self._is_demonym(first):
            return False
        return k == first.end and m == k and self.txt[m][:1].islower()

    def _parse_at(self, a: Atom) -> Parse | None:
        end_limit = self._sent_end(a.start)
        p = Parse(a.start, a.end)
        j = a.start
        lead: list[Atom] = []
        while (mod := self._atom(j, MOD)) is not None:
            lead.append(mod)
            j = mod.end
        first = self.atom_at.get(j)
        if first is None:
            return None
        if first.kind == GROUP:
            if lead:
                return None
            p.single = first
            return p
        # [country|org|person ('s)] before modifiers and an agent
        # "the Russian language", "Russian-language media", "Arabic-speaking": a language,
        # not the country's people
        if first.kind == COUNTRY and self._grammar_len("language", first.end):
            return None
        if first.kind in (COUNTRY, CAPITAL, NAMED):
            # "Bosnian Serbs", "Bosnian Serb forces": a country word before a word for an ethnic
            # group says which country's members they are; the ethnic word is left out
            ethnic = self._atom(first.end, COUNTRY) if first.kind == COUNTRY else None
            if ethnic is not None and self.kb.is_word("ethnic_group", self.txt[ethnic.start]):
                if self._atom(ethnic.end, AGENT) is None:
                    p.single = first
                    p.end = ethnic.end
                    return p
            else:
                ethnic = None
            k = (ethnic or first).end
            k += self._grammar_len("possessive", k)
            # "Ecuador's (main) Indian federation", "Fiji's Indian community": an ethnic
            # group's word after a country's possessive names that country's members of the
            # group, as "Bosnian Serbs" does; the group word gives no country of its own
            owned = self._possessed_ethnic_end(first, ethnic, k, end_limit)
            if owned is not None:
                if self._atom(owned, AGENT) is None:
                    p.single = first
                    p.end = owned
                    return p
                k = owned
            if first.kind == NAMED and (close := self._bracket_end(k, end_limit)) is not None:
                # "the Hizbollah (Party of God) group": a bracketed alias between a name and
                # a group noun that takes its sector
                ag = self._atom(close, AGENT)
                if ag is not None and not any(r.sector for r in self._entry(ag).roles):
                    k = close
            m = k
            while (mod := self._atom(m, MOD)) is not None:
                m = mod.end
            if self._atom(m, AGENT) is not None and not self._name_before_noun(first, k, m):
                p.pre = first
                j = k
            else:
                if lead and not (
                    first.kind == NAMED
                    and self._entry(first).kind == "PER"
                    and all(self._entry(m).extra.get("effect") == "former" for m in lead)
                ):
                    return None  # "former Gondor": not handled, the country is read alone
                p.mods.extend(lead)  # "former President Bill Clinton" (one KB name)
                p.single = first
                p.end = first.end
                return p
        p.mods.extend(lead)
        # modifiers
        while (mod := self._atom(j, MOD)) is not None:
            p.mods.append(mod)
            j = mod.end
        # agents (the last is the head); a victims word after a group is a verb ("guerrillas
        # wounded two soldiers")
        while (ag := self._atom(j, AGENT)) is not None:
            if p.heads and self._entry(ag).extra.get("type") == "victims":
                break
            p.heads.append(ag)
            j = ag.end
            while (mod := self._atom(j, MOD)) is not None and self._atom(mod.end, AGENT):
                p.mods.append(mod)
                j = mod.end
        if not p.heads:
            return None  # modifiers alone are not a mention
        # "chief Palestinian negotiator": an office word before a country word and an agent
        c = self._atom(j, COUNTRY)
        if p.pre is None and c is not None and not self._is_demonym(c):
            if self._atom(c.end, AGENT) is not None:
                p.pre = c
                j = c.end
                while (ag := self._atom(j, AGENT)) is not None:
                    p.heads.append(ag)
                    j = ag.end
        # modifiers after the noun ("segretario federale", "President-elect")
        while (mod := self._atom(j, MOD)) is not None:
            p.mods.append(mod)
            j = mod.end
            while (ag := self._atom(j, AGENT)) is not None:
                p.heads.append(ag)
                j = ag.end
        # a weapon's model designation before its owner's demonym ("caccia F-16 thailandesi",
        # "carri armati T-72 russi")
        if (
            j + 1 < end_limit
            and _MODEL_DESIGNATION.fullmatch(self.txt[j])
            and self._entry(p.heads[-1]).extra.get("type") == "equipment"
            and (c := self._atom(j + 1, COUNTRY)) is not None
            and self._is_demonym(c)
        ):
            j += 1
        # demonym after the head ("presidente russo")
        while (c := self._atom(j, COUNTRY)) is not None and self._is_demonym(c):
            p.demonyms.append(c)
            j = c.end
        # a minister's portfolio: "ministro dei Beni e Attività Culturali", "ministro delle
        # Infrastrutture e dei Trasporti", "Ministro delle Pari opportunità": its words name a
        # department, neither a place nor an owner; the name after it is the minister's
        if not p.pre and self._portfolio_office(p.heads[-1]):
            k = self._portfolio_end(j, end_limit, self._entry(p.heads[-1]).extra.get("title"))
            if k > j:
                p.portfolio = (j, k)
                j = k
                while (c := self._atom(j, COUNTRY)) is not None and self._is_demonym(c):
                    p.demonyms.append(c)
                    j = c.end
        # of-complements: "del Cremlino", "della Russia", "del Consiglio di sicurezza americano"
        for _ in range(2 if p.portfolio is None else 0):
            g = self._grammar_len("of", j)
            if not g:
                break
            k = j + g
            k += self._grammar_len("determiner", k)
            target = self._complement_at(k, end_limit)
            if target is None:
                break
            comps, k = target
            p.compl.extend(comps)
            j = k
            while (c := self._atom(j, COUNTRY)) is not None and self._is_demonym(c):
                p.compl_demonyms.append(c)
                j = c.end
        # a person's name right after an office in the complement is that office's holder
        # ("portavoce del premier Mario Draghi", "supporters of former President Ahmed Ben
        # Bella"): part of the complement, not the head's name
        last = p.compl[-1] if p.compl else None
        if (
            isinstance(last, Atom)
            and last.kind == AGENT
            and self._entry(last).extra.get("type", "any") in ("office", "any")
            and j < end_limit
        ):
            named = self._atom(j, NAMED)
            if named is not None and self._entry(named).kind == "PER":
                p.compl.append(named)
                j = named.end
            elif named is None and self._person_start(j):
                j = self._scan_name(j, end_limit) or j
        # the office an office holder aims at or answers for ("candidato alla presidenza
        # della Regione", "assessore alla Sanità"): part of the mention, not its owner, so it
        # gives a country but no sector
        head_type = self._entry(p.heads[-1]).extra.get("type", "any")
        g = self._grammar_len("aim", j) if head_type == "office" and not p.compl else 0
        if g and (chain := self._agent_chain(j + g)) is not None:
            p.aim.append(chain[0])
            j = chain[1]
            while (mod := self._atom(j, MOD)) is not None:
                j = mod.end
            g = self._grammar_len("of", j)
            target = self._complement_at(j + g + self._grammar_len("determiner", j + g), end_limit)
            if g and target is not None:
                p.aim.extend(target[0])
                j = target[1]
        # a place right after a body: "Regione Lombardia", "Comune Milano"; a surname after a
        # body: "governo Prodi", "amministrazione Bush" (the body that person leads)
        if head_type == "body" and not p.compl and not p.demonyms and j < end_limit:
            led = self._surname_leader(j, end_limit)
            named = self._atom(j, NAMED)
            if (
                named is not None
                and named.end - named.start == 1
                and self._entry(named).kind == "PER"
            ):
                p.led_by = named  # "governo Prodi": the government that person leads
                j = named.end
            elif led is not None:
                p.led_by_surname = led
                j = led[2]
            else:
                place = self._place_after_body(j, end_limit)
                if place is not None:
                    p.compl.append(place)
                    j = place[2]
        # weapons and victims need an owner in the text ("Israeli tanks", "vittime irachene");
        # victims are also parties as whom something is given to ("un risarcimento ai feriti")
        if head_type in ("equipment", "victims") and not (
            p.pre or p.demonyms or p.compl or p.compl_demonyms or len(p.heads) > 1
        ):
            if head_type == "equipment" or not (
                self._given_to(p.start)
                or p.start > 0
                and self.kb.is_word("definite", self.txt[p.start - 1])
            ):
                return None
        # a name after an office: a known person or capitalised words
        if head_type in ("office", "any") and j < end_limit:
            named = self._atom(j, NAMED)
            if named is not None and self._entry(named).kind == "PER":
                p.name = named
                j = named.end
            elif named is None:
                k = self._scan_name(j, end_limit)
                if k is not None:
                    p.name_span = (j, k)
                    j = k
        # a person's name after a word for one of a group ("il giornalista Fabio Rossi",
        # "il carabiniere Mario Placanica", "il boss Antonio Pelle"): a known person, or an
        # unknown one starting with a given name
        elif head_type in ("people", "people_adj") and not p.compl and j < end_limit:
            named = self._atom(j, NAMED)
            if named is not None and self._entry(named).kind == "PER":
                p.name = named
                j = named.end
            elif named is None and self._person_start(j):
                k = self._scan_name(j, end_limit)
                if k is not None:
                    p.name_span = (j, k)
                    j = k
        # an apposition: "il segretario della Lega Nord, Roberto Maroni, ..."
        if (
            p.name is None
            and p.name_span is None
            and head_type in ("office", "any")
            and j + 1 < end_limit
            and self.txt[j] == ","
        ):
            k = j + 1
            named = self._atom(k, NAMED)
            stop = None
            if named is not None and self._entry(named).kind == "PER":
                stop = named.end
            elif named is None and self.atom_at.get(k) is None:
                stop = self._scan_name(k, end_limit)
            if stop is not None and (stop >= end_limit or self.txt[stop] in (",", ".", ";")):
                if named is not None and stop == named.end:
                    p.name = named
                else:
                    p.name_span = (k, stop)
                j = stop
        # "guidata da Joe Biden", "led by X"
        g = self._grammar_len("led_by", j)
        if g and (named := self._atom(j + g, NAMED)) is not None:
            p.led_by = named
            j = named.end
        p.end = j
        return p

    def _state_owner(self, p: Parse) -> bool:
        """The office's owner is a state named by a demonym ("inviato americano", "Russian
        spokesman") or an abbreviation ("US envoy"); not a country name, which is as often
        the office's object ("Syria envoy")."""
        if p.compl:
            return False
        if p.demonyms or p.compl_demonyms:
            return True
        pre = p.pre
        if pre is None or pre.kind != COUNTRY:
            return False
        text = self.doc[pre.start : pre.end].text
        return (
            self._is_demonym(pre)
            or text in _demonym_words(self.doc.lang_)
            or text.replace(".", "").isupper()
        )

    def _given_to(self, i: int) -> bool:
        """A "to" preposition right before token ``i`` (a determiner between): "ai feriti",
        "to the victims"."""
        j = i - 1
        if j >= 0 and self.kb.is_word("determiner", self.txt[j]):
            j -= 1
        return j >= 0 and self.kb.is_word("to", self.txt[j])

    def _portfolio_office(self, head: Atom) -> bool:
        """The office's first word is one whose "di" complement names its department
        (actors_grammar.tsv ``portfolio``: "ministro", "sottosegretario")."""
        forms = self.kb.grammar.get("portfolio")
        return bool(forms) and norm(self.txt[head.start]) in forms

    def _department_word(self, k: int, limit: int, first: bool) -> bool:
        """Token ``k`` can be a word of a department's name: a capitalised word that is no
        actor, place-name atom or person's name ("Infrastrutture", "Beni", "Pari"); after the
        first, also a lower-case adjective of a department (actors_grammar.tsv
        ``department_endings``: "culturali", "opportunità", "economico")."""
        if k >= limit or not self.tab.is_alpha[k] or self.atom_at.get(k) is not None:
            return False
        word = self.txt[k]
        if word[:1].isupper():
            return not self._person_start(k) and not self.kb.is_word("not_name", word)
        if first:
            return False
        key = norm(word)
        return len(key) > 5 and any(
            key.endswith(e) for e in self.kb.grammar.get("department_endings", ())
        )

    def _portfolio_end(self, j: int, limit: int, titled: str | None) -> int:
        """Where a minister's department name that starts at ``j`` ends (``j`` if none): "di"
        and capitalised words ("dei Beni", "delle Pari opportunità"), joined by "e" to more
        ("e Attività Culturali", "e dei Trasporti"). An office whose lexicon entry already
        names its department ("ministro delle Infrastrutture") takes only the joined part."""
        end = j
        opened = titled not in (None, "", "Minister", "Deputy Minister", "Undersecretary")
        k = j
        while k < limit:
            if opened:
                g = self._grammar_len("and", k)
                if not g or self.txt[k] == ",":
                    break
                k += g
            g = self._grammar_len("of", k)
            if not g and not opened:
                break
            k += g
            k += self._grammar_len("determiner", k)
            if not self._department_word(k, limit, True):
                break
            k += 1
            while self._department_word(k, limit, False):
                k += 1
            end, opened = k, True
        return end

    def _complement_at(
        self, k: int, limit: int
    ) -> tuple[list[Atom | tuple[str, int, int]], int] | None:
        """The complement of an office or body at token ``k`` ("del Cremlino", "della
        polizia", "di Genova", "of the Israeli prime minister", "della Regione Lazio", "of
        Israel's militia"): its pieces and where it ends."""
        if k >= limit:
            return None
        a = self.atom_at.get(k)
        if a is not None and a.kind in (COUNTRY, CAPITAL, NAMED):
            # an owner and its agent: "the Israeli prime minister", "Israel's militia"
            j = a.end + self._grammar_len("possessive", a.end)
            # "of Fiji's Indian community": the group's word belongs to the owner's mention
            owned = self._possessed_ethnic_end(a, None, j, limit)
            agents = self._agent_chain(j if owned is None else owned)
            if agents is not None:
                return [a, agents[0]], agents[1]
            return [a], a.end if owned is None else owned
        if a is not None and a.kind in (AGENT, MOD):
            agents = self._agent_chain(k)
            if agents is None:
                return None
            last, j = agents
            if self._entry(last).extra.get("type") == "body":
                place = self._place_after_body(j, limit)
                if place is not None:  # "della Regione Lazio"
                    return [last, place], place[2]
            return [last], j
        if a is None:
            # "di Genova"; "della regione Lombardia", "del comune di Quartu" (a lower-case
            # place noun before the place's name)
            g = self._grammar_len("place_noun", k)
            if g:
                g += self._grammar_len("of", k + g)
            place = self._place_after_body(k + g, limit)
            if place is not None:
                return [place], place[2]
        return None

    def _agent_chain(self, j: int) -> tuple[Atom, int] | None:
        """Modifiers and agents from ``j``: the last agent and the end, or None."""
        while (mod := self._atom(j, MOD)) is not None:
            j = mod.end
        last = None
        while (ag := self._atom(j, AGENT)) is not None:
            last = ag
            j = ag.end
        return (last, j) if last is not None else None

    def _place_after_body(self, k: int, limit: int) -> tuple[str, int, int] | None:
        """A city or region name at ``k`` (GeoNames/ISTAT): (country, start, end). Not the
        start of a person's name ("Maurizio Beretta"), nor a word of ``non_places.txt``
        ("la Chiesa Cattolica" is the Church, not the town of Cattolica)."""
        if k >= limit or self.covered[k] or not self.txt[k][:1].isupper():
            return None
        if self._person_start(k):
            return None
        non_places = place_lexicon(self.doc.lang_).non_places
        for n in range(min(self.kb.max_place_words, limit - k), 0, -1):
            if any(self.covered[k : k + n]):
                continue
            if normalize_name(self.doc[k : k + n].text) in non_places:
                continue
            country = self.kb.place_country(self.doc[k : k + n].text)
            if country:
                return (country, k, k + n)
        return None

    def _surname_holder(self, s: int, e: int, title: str | None) -> tuple[int, Role] | None:
        """The one KB person whose name ends with the one word ``doc[s:e]`` and who held
        an office of ``title`` (on the article's date, when it is known): (entry, role)."""
        if e - s != 1 or not title:
            return None
        found = []
        for idx in self.kb.persons_by_surname(self.txt[s]):
            roles = [
                r
                for r in self.kb.entries[idx].roles
                if r.title == title and (not self.date_known or r.holds_on(self.date))
            ]
            if roles:
                found.append((idx, roles[0]))
        return found[0] if len(found) == 1 else None

    def _surname_leader(self, k: int, limit: int) -> tuple[str, int, int, str] | None:
        """ "governo Prodi", "amministrazione Bush": a capitalised word right after a body that
        is the surname of KB persons of one country: (country, start, end, name)."""
        if k >= limit or self.covered[k] or not self._name_word(k):
            return None
        if k + 1 < limit and self._name_word(k + 1):
            return None  # a longer name
        ids = self.kb.persons_by_surname(self.txt[k])
        if not ids:
            return None
        best = min(self.kb.priority[i] for i in ids)  # the lexicons before the derived table
        ids = [i for i in ids if self.kb.priority[i] == best]
        countries = set()
        for idx in ids:
            e = self.kb.entries[idx]
            role = role_on(e, self.date) or usual_role(e) or (e.roles[0] if e.roles else None)
            role = _state_role(e, role)
            countries.add(role.country if role else None)
        if len(countries) != 1 or None in countries:
            return None
        return (countries.pop(), k, k + 1, self.kb.entries[ids[0]].name)

    def _person_start(self, i: int) -> bool:
        """Token ``i`` is a given name followed by a capitalised word: a person's name."""
        t = self.doc[i]
        if not t.is_alpha or not self.kb.given_name(t.text):
            return False
        return self._name_word(i + 1)

    def _scan_name(self, i: int, limit: int) -> int | None:
        txt, tab = self.txt, self.tab
        j = i
        words = 0
        while j < limit and words < _MAX_NAME_TOKENS:
            word = txt[j]
            if self.covered[j] and not self._atom(j, NAMED):
                break
            if (
                word[:1].isupper()
                and word[-1:] in ("'", "’")
                and not tab.ws[j]
                and j + 1 < limit
                and txt[j + 1][:1].isupper()
            ):
                j += 1  # "D'Avanzo", "O'Brien": the elided particle joins the next word
                continue
            if word[:1].isupper() and (tab.is_alpha[j] or word.rstrip(".").isalpha()):
                if j == i and (
                    self.kb.is_word("determiner", word) or self.kb.is_word("not_name", word)
                ):
                    break
                j += 1
                words += 1
                continue
            if (
                j > i
                and word in ("-", "'", "’")
                and not tab.ws[j]
                and j + 1 < limit
                and tab.is_alpha[j + 1]
                and not tab.ws[j - 1]
            ):
                j += 2
                continue
            if (
                j > i
                and tab.lower[j] in _NAME_PARTICLES
                and j + 1 < limit
                and txt[j + 1][:1].isupper()
            ):
                j += 1
                continue
            break
        return j if words else None

    def _entry(self, a: Atom) -> DictEntry:
        return self.kb.entries[a.entries[0]]

    def _possessed_ethnic_end(
        self, first: Atom, ethnic: Atom | None, k: int, limit: int
    ) -> int | None:
        """The end of an ethnic group's demonym (grammar class ``ethnic_group``) that follows
        a country name's possessive, with up to two lower-case words or modifiers between
        ("Ecuador's main Indian federation"), or None. ``k`` is the token after the
        possessive."""
        if ethnic is not None or first.kind not in (COUNTRY, CAPITAL) or k == first.end:
            return None
        if first.kind == COUNTRY and self._is_demonym(first):
            return None
        m = k
        for _ in range(3):
            while (mod := self._atom(m, MOD)) is not None:
                m = mod.end
            if m >= limit:
                return None
            c = self._atom(m, COUNTRY)
            if c is not None:
                word = self.txt[c.start]
                demonym = self._is_demonym(c) or word in _demonym_words(self.doc.lang_)
                if demonym and self.kb.is_word("ethnic_group", word):
                    return c.end
                return None
            if m in self.atom_at or not (self.txt[m].isalpha() and self.txt[m].islower()):
                return None
            m += 1
        return None

    def _is_demonym(self, a: Atom) -> bool:
        """An adjectival country word: a lexicon demonym, or written in lower case."""
        if not self.txt[a.start][:1].isupper():
            return True
        return any(self.kb.entries[i].extra.get("demonym") for i in a.entries)

    # -- step 3: resolution ------------------------------------------------------------
    def _country_of(self, a: Atom) -> tuple[str | None, Why | None]:
        e = self._entry(a)
        if a.kind == CAPITAL:
            role = e.roles[0] if e.roles else None
        elif a.kind == NAMED:
            role = self._dated_role(e)[0]
        else:
            role = role_on(e, self.date)
        country = role.country if role else None
        if country is None and e.roles:
            country = e.roles[0].country
        rule = {COUNTRY: "country", CAPITAL: "capital", NAMED: "name"}.get(a.kind, "agent")
        if a.kind == COUNTRY and e.extra.get("demonym"):
            rule = "demonym"
        if a.fuzzy:  # "Ethopia": one letter from the name
            rule = "fuzzy_name"
            return country, Why(
                "actor", "country.fuzzy_name", f"{self.txt[a.start]} ~ {e.source} {e.name}"
            )
        return country, Why("actor", f"country.{rule}", f"{e.source} {e.name} -> {country}")

    def _base_code(self, a: Atom, country: str | None) -> str:
        """The code an actor contributes before its agents: the dictionary code of a name or
        country ("ARN", "NGM"), the country of a capital."""
        if a.kind in (NAMED, COUNTRY):
            e = self._entry(a)
            role = role_on(e, self.date) or (e.roles[0] if e.roles else None)
            if role is not None and role.code:
                return role.code
        return country or ""

    def _pick_named(self, a: Atom) -> tuple[DictEntry | None, Role | None, str, list[int]]:
        """The named entry (disambiguated by the date) and its role; rule name."""
        cands = list(a.entries)

        def score(idx: int) -> int:
            r = role_on(self.kb.entries[idx], self.date)
            if r is None:
                return 0
            return 2 if r.sector in _ACTIVE else 1

        if len(cands) > 1:
            best = max(score(i) for i in cands)
            cands = [i for i in cands if score(i) == best]
        if len(cands) > 1:
            names = {norm(self.kb.entries[i].name) for i in cands}
            if len(names) > 1:
                # several people share the name: keep what they all agree on
                roles = [self._dated_role(self.kb.entries[i])[0] for i in cands]
                agreed = None
                if all(r is not None for r in roles):
                    keys = {(r.country, r.sector) for r in roles if r is not None}
                    if len(keys) == 1:
                        country, sector = keys.pop()
                        agreed = Role((country or "") + (sector or ""), country, sector)
                return None, agreed, "kb.ambiguous", cands
        e = self.kb.entries[cands[0]]
        role, rule = self._dated_role(e)
        return e, role, rule, cands[:1]

    def _dated_role(self, e: DictEntry) -> tuple[Role | None, str]:
        """The entry's role on the article's date; with no date, today's active role, else
        the actor's usual one (its most frequent sector, no title)."""
        role = role_on(e, self.date)
        if self.date_known:
            if role is None and (home := _home_country(e)):
                # out of office that day ("George W. Bush" in 2012): still his country's
                return Role(home, home, None), "kb.home_country"
            return role, "kb.role_on_date"
        if role is not None and role.sector in _ACTIVE:
            return role, "kb.role_today"
        usual = usual_role(e)
        if usual is not None:
            return usual, "kb.usual_role"
        if role is None and (home := _home_country(e)):
            return Role(home, home, None), "kb.home_country"
        return role, "kb.role_today"

    def _resolve(self, p: Parse) -> Resolved:
        if p.single is not None:
            return self._resolve_single(p)
        return self._resolve_agent(p)

    def _resolve_single(self, p: Parse) -> Resolved:
        a = p.single
        assert a is not None
        e = self._entry(a)
        raw = self.doc[p.start : p.end].text
        if a.kind == GROUP:
            return Resolved(
                [],
                [Why("actor", "group", f"{e.source} {e.name}")],
                "GROUP",
                {
                    "kind": "group",
                    "refers": e.extra.get("refers"),
                    "count": e.extra.get("count", 2),
                },
            )
        if a.kind == COUNTRY and self._ethnic_before(p.start) and p.end == a.end:
            # "ethnic Albanians", "ethnic Turks": a minority, of the country they live in
            # (the sentence's place, else the demonym's country)
            country, _why = self._country_of(a)
            return Resolved(
                [Actor(raw_text=raw, sector="CVL")],
                [Why("actor", "country.ethnic_not_state", raw)],
                "AGENT",
                {"kind": "agent", "ethnic": True, "default_country": country},
            )
        if a.kind == COUNTRY:
            country, why = self._country_of(a)
            demonym = bool(e.extra.get("demonym")) or not raw[:1].isupper()
            sector = None
            whys = [why] if why else []
            if p.end > a.end:  # "Bosnian Serbs": the ethnic group's country is the first word's
                whys.append(Why("actor", "country.ethnic_group", f"{raw} -> {country}"))
                if self.kb.is_word("possessive", self.txt[a.end]):
                    # "Ecuador's Indians": a group of the country's people, not its state
                    sector = "CVL"
            if self._counted_people(p.start):
                sector = "CVL"
                whys.append(Why("actor", "demonym.people_counted", f"{raw}: a number of people"))
            elif (
                (demonym or raw in _demonym_words(self.doc.lang_))
                and p.start > 0
                and self.kb.is_word("one_person", self.txt[p.start - 1])
            ):
                # "l'argentino", "un belga", "an American": one person of that nationality
                sector = "CVL"
                whys.append(Why("actor", "demonym.one_person", f"{raw}: a person"))
            elif self._bare_plural_people(
                self.doc[a.end if p.end > a.end else a.start : p.end].text, p.start
            ):
                # (with "Ecuadorean Indians", "Bosnian Serbs": the ethnic word is the plural)
                # "refusing admittance to Ghanaians", "Palestinians protested": the people of
                # a nationality, not its state ("the Americans" stays the state)
                sector = "CVL"
                whys.append(Why("actor", "demonym.people_plural", f"{raw}: people"))
            info = {"kind": "demonym" if demonym else "country", "code": country}
            return Resolved(
                [Actor(raw_text=raw, country=country, sector=sector)], whys, "GPE", info
            )
        if a.kind == CAPITAL:
            role = e.roles[0] if e.roles else None
            return Resolved(
                [
                    Actor(
                        raw_text=raw,
                        name=e.name,
                        country=role.country if role else None,
                        sector=role.sector if role else None,
                    )
                ],
                [
                    Why(
                        "actor",
                        "metonym.capital",
                        f"{e.source} {e.name} -> {role.code if role else ''}",
                    )
                ],
                "GPE",
                {
                    "kind": "capital",
                    "code": role.code if role else None,
                    "entries": list(a.entries[:1]),
                },
            )
        # a named actor
        entry, role, rule, ids = self._pick_named(a)
        if entry is None:
            country = role.country if role else None
            return Resolved(
                [Actor(raw_text=raw, country=country, sector=role.sector if role else None)],
                [Why("actor", "kb.ambiguous", " | ".join(self.kb.entries[i].source for i in ids))],
                "PER",
                {"kind": "name", "entries": ids},
            )
        label = "MEDIA" if entry.kind == "MEDIA" else ("PER" if entry.kind == "PER" else "ORG")
        whys = [Why("actor", rule, f"{entry.source} {entry.name}{_role_text(role)}")]
        if p.mods and role is not None:
            # "former President Bill Clinton": out of the office, one of the elites
            m0 = p.mods[0]
            sector = "ELI" if role.sector in _STATE or role.sector == "PTY" else None
            role = Role("".join(filter(None, (role.country, sector))), role.country, sector)
            whys.append(
                Why(
                    "actor",
                    "modifier.former",
                    f"{self._entry(m0).source} {self.doc[m0.start : m0.end].text}",
                )
            )
        if entry.extra.get("metonym") and norm(raw) in self.kb.capital_keys:
            label = "GPE"  # a capital standing for its government ("Mosca", "Washington")
        actor = Actor(
            raw_text=raw,
            name=entry.name,
            country=role.country if role else None,
            sector=role.sector if role else None,
            title=role.title if role else None,
            wikidata_id=entry.wikidata_id,
        )
        rule_name = rule
        if entry.extra.get("metonym"):
            rule_name = "metonym.capital" if label == "GPE" else "metonym.seat_of_power"
        return Resolved(
            [actor],
            [replace(whys[0], rule=rule_name), *whys[1:]],
            label,
            {"kind": "name", "entries": ids, "code": role.code if role else None},
        )

    def _bare_plural_people(self, raw: str, i: int) -> bool:
        """``raw`` is a nationality noun in the plural (a demonym plus an ending of the
        grammar's ``people_plural``: "Ghanaians") with no determiner before it."""
        words = _demonym_words(self.doc.lang_)
        if raw not in words:
            return False
        for ending in self.kb.grammar.get("people_plural", frozenset()):
            suffix = ending.lstrip("-")
            if suffix and raw.endswith(suffix) and raw[: -len(suffix)] in words:
                return i == 0 or not self.kb.is_word("determiner", self.txt[i - 1])
        return False

    def _counted_people(self, i: int) -> bool:
        """True when people are counted just before ``i`` ("thousands of Nigerians", "due
        tedeschi")."""
        j = i - 1
        if j >= 0 and self.kb.is_word("of", self.txt[j]):
            j -= 1
        if j < 0:
            return False
        tok = self.doc[j]
        return (
            bool(tok.like_num)
            or self.kb.is_word("quantity", tok.text)
            or self.kb.is_word("number", tok.text.lower())  # "due tedeschi", "alcuni russi"
        )

    def _resolve_agent(self, p: Parse) -> Resolved:
        doc = self.doc
        raw = doc[p.start : p.end].text
        why: list[Why] = []
        head = p.heads[-1]
        he = self._entry(head)
        hrole = he.roles[0] if he.roles else Role(None, None, None)
        sector = hrole.sector
        title = he.extra.get("title") or hrole.title
        htype = he.extra.get("type", "any")
        inherit = bool(he.extra.get("inherit")) or sector is None
        why.append(Why("actor", f"agent.{htype}", f"{he.source} {he.name} -> {sector or '*'}"))
        agent_code = he.extra.get("code") or ("~" + sector if sector else "")
        country: str | None = hrole.country
        base = country or ""
        if country:
            why.append(Why("actor", "agent.country", f"{he.source} {he.name} -> {country}"))
        # earlier agents give the sector to an inheriting head ("Kremlin spokesman", "rebel leader")
        for prev in reversed(p.heads[:-1]):
            pe = self._entry(prev)
            ps = pe.roles[0].sector if pe.roles else None
            if inherit and ps:
                sector, inherit = ps, False
                why.append(Why("actor", "agent.compound", f"{pe.source} {pe.name} -> {ps}"))
            if not country and pe.roles and pe.roles[0].country:
                country = base = pe.roles[0].country
        # complements: "del Cremlino" (org), "della polizia" (agent), "di Genova" (place)
        compl_sector = None
        # the country came from a named party ("del Partito democratico"): names that parties
        # of many states share, so a KB person named with it keeps his own country
        party_country = False
        for comp in p.compl:
            if isinstance(comp, tuple):
                c_country, s, e_ = comp
                # "il consolato americano di Milano", "l'ambasciatore italiano di Tripoli": a
                # demonym on the head names whom it acts for; the place is only its seat
                if not country and not p.demonyms:
                    country = base = c_country
                    why.append(
                        Why(
                            "actor",
                            "country.place",
                            f"{doc[s:e_].text} -> {c_country} (GeoNames/ISTAT)",
                        )
                    )
                continue
            ce = self._entry(comp)
            if comp.kind == AGENT:
                cs = ce.roles[0].sector if ce.roles else None
                if cs and compl_sector is None:
                    compl_sector = cs
                    why.append(Why("actor", "agent.of_body", f"{ce.source} {ce.name} -> {cs}"))
                if not country and ce.roles and ce.roles[0].country:
                    country = base = ce.roles[0].country
            else:
                cc, cwhy = self._country_of(comp)
                if comp.kind in (NAMED, CAPITAL):
                    crole = (
                        self._dated_role(ce)[0]
                        if comp.kind == NAMED
                        else (ce.roles[0] if ce.roles else None)
                    )
                    if crole and crole.sector and compl_sector is None and comp.kind == NAMED:
                        compl_sector = crole.sector
                        why.append(
                            Why(
                                "actor", "agent.of_body", f"{ce.source} {ce.name} -> {crole.sector}"
                            )
                        )
                if cc and not country:
                    country = cc
                    base = self._base_code(comp, cc)
                    party_country = comp.kind == NAMED and any(r.sector == "PTY" for r in ce.roles)
                    if cwhy:
                        why.append(cwhy)
        if p.portfolio is not None:  # "ministro dei Beni e Attività Culturali": no place
            why.append(Why("actor", "agent.portfolio", doc[p.portfolio[0] : p.portfolio[1]].text))
        for comp in p.aim:  # "candidato alla presidenza della Regione Lazio": its country
            if country:
                break
            if isinstance(comp, tuple):
                country = base = comp[0]
                why.append(
                    Why("actor", "country.place", f"{doc[comp[1] : comp[2]].text} -> {comp[0]}")
                )
            elif (ce := self._entry(comp)).roles and ce.roles[0].country:
                country = base = ce.roles[0].country
                why.append(Why("actor", "agent.aim", f"{ce.source} {ce.name} -> {country}"))
        for c in p.compl_demonyms + p.demonyms:
            cc, cwhy = self._country_of(c)
            if cc and not country:
                country = cc
                base = self._base_code(c, cc)
                if cwhy:
                    why.append(cwhy)
        ethnic_default = None
        if p.pre is not None:
            cc, cwhy = self._country_of(p.pre)
            pe = self._entry(p.pre)
            if p.pre.kind == NAMED:
                prole = self._dated_role(pe)[0]
                if htype == "body" and sector == "GOV" and pe.kind == "PER":
                    # "the Prodi government": a government named after its leader is his
                    # state's, not that of an international body he led longer
                    srole = _state_role(pe, prole)
                    if srole is not None and srole is not prole and srole.country:
                        cc = srole.country
                        cwhy = Why("actor", "agent.led_by", f"{pe.source} {pe.name} -> {cc}")
                if (
                    prole
                    and prole.sector
                    and (inherit or (htype == "office" and prole.sector not in _STATE))
                    and compl_sector is None
                ):
                    compl_sector = prole.sector
                    why.append(
                        Why("actor", "agent.of_body", f"{pe.source} {pe.name} -> {prole.sector}")
                    )
            if cc and not country and p.pre.kind == COUNTRY and self._ethnic_before(p.pre.start):
                # "ethnic Albanian guerrillas": the group's country is where they live
                ethnic_default = cc
                why.append(Why("actor", "country.ethnic_not_state", self.txt[p.pre.start]))
            elif cc and not country:
                country = cc
                base = self._base_code(p.pre, cc)
                if cwhy:
                    why.append(cwhy)
        state_people = htype in ("people", "people_adj") and sector in _STATE
        if compl_sector and (inherit or htype == "office" or state_people):
            # "agenti della CIA" SPY, "militari della Guardia di Finanza" COP: a state's
            # people take their body's sector
            if compl_sector != sector:
                sector = compl_sector
        elif (
            htype == "body"
            and sector == "GOV"
            and any(
                not isinstance(c, tuple)
                and c.kind == AGENT
                and (ce := self._entry(c)).roles
                and ce.roles[0].sector == "REB"
                for c in p.compl
            )
        ):
            # "il governo degli insorti", "the government of the rebels": an armed group's
            # political body is the group
            why.append(Why("actor", "agent.body_of_armed_group", f"{he.name} -> REB"))
            sector = "REB"
        elif inherit and sector is None and he.extra.get("state_sector") and self._state_owner(p):
            # "l'inviato americano", "Russian spokesman", "US envoy": a state's office
            sector = he.extra["state_sector"]
            why.append(Why("actor", "agent.state_office", f"{he.source} {he.name} -> {sector}"))
        elif inherit and sector is None and country and htype == "office":
            pass
        # modifiers: "former president" -> ELI
        former = [m for m in p.mods if self._entry(m).extra.get("effect") == "former"]
        # the name slot
        name = None
        wikidata = None
        entry_ids: list[int] = []
        code_base = base or country or ""
        label = "AGENT"
        if p.name is not None:
            entry, role, rule, ids = self._pick_named(p.name)
            label = "PER"
            text_office = sector is not None and (not inherit or compl_sector is not None)
            if entry is not None:
                entry_ids = ids
                name = entry.name
                wikidata = entry.wikidata_id
                why.append(Why("actor", rule, f"{entry.source} {entry.name}{_role_text(role)}"))
                if rule in ("kb.usual_role", "kb.role_today") and text_office:
                    # no date: the office the text gives beats the actor's usual or present
                    # one ("il candidato Fernando Haddad" in an undated article: PTY)
                    # its country is that of the actor's roles in that sector ("l'ex premier
                    # Romano Prodi", "former Prime Minister Romano Prodi" are Italy's, though
                    # his longest office was the EU's)
                    same = next(
                        (
                            r.country
                            for r in entry.roles
                            if r.sector == sector
                            or (sector == "ELI" and (r.sector in _STATE or r.sector == "PTY"))
                        ),
                        None,
                    )
                    country = country or same or (role.country if role else None)
                    why.append(Why("actor", "text_office_over_usual", f"{he.name} -> {sector}"))
                elif role is not None and role.sector in _ACTIVE and country in ("IGO", "NGO"):
                    # "U.N. mediator Diego Cordovez": the title's organisation is whom he acts for
                    why.append(
                        Why("actor", "country.title_organisation", f"{he.name} -> {country}")
                    )
                    title = title or role.title
                elif (
                    role is not None
                    and role.sector in _ACTIVE
                    and country
                    and country not in ("IGO", "NGO")
                    and role.country
                    and role.country not in ("IGO", "NGO", country)
                    and not any(r.country == country for r in entry.roles)
                    and not party_country
                ):
                    # "il ministro degli Esteri del Mali Abdoulaye Diop": the state the title
                    # names is his; a KB person of that name who never acted for it (a
                    # Senegalese minister of 2003) is a namesake, not him
                    why.append(Why("actor", "kb.namesake_of_other_state", f"{role.country}"))
                    name, wikidata, entry_ids = doc[p.name.start : p.name.end].text, None, []
                elif role is not None and role.sector in _ACTIVE:
                    if role.country and country and role.country != country:
                        why.append(
                            Why("actor", "kb.country_over_text", f"{country} -> {role.country}")
                        )
                    country = role.country or country
                    sector = role.sector
                    title = role.title or title
                    code_base = role.code or code_base
                elif (
                    role is not None
                    and party_country
                    and role.country
                    and role.country != country
                    and not any(r.country == country for r in entry.roles)
                ):
                    # "il leader del Partito democratico Lee Jae-myung" (Seoul, 2024): a party
                    # name of many states; the KB person's own country beats the namesake's
                    why.append(
                        Why(
                            "actor", "kb.person_over_party_namesake", f"{country} -> {role.country}"
                        )
                    )
                    country = role.country
                    code_base = role.code or role.country
                elif role is not None:
                    country = country or role.country
                    code_base = role.code or code_base
            else:
                name = None
                if role is not None:
                    country = country or role.country
                    if not text_office:
                        sector = role.sector
        elif p.name_span is not None:
            s, e_ = p.name_span
            name = doc[s:e_].text
            label = "PER"
            held = self._surname_holder(s, e_, title)
            if held is not None:
                # "il premier Conte": a surname too common to be a name of its own is the
                # one KB person of that surname who held the office the text gives him
                idx, role = held
                entry = self.kb.entries[idx]
                name, wikidata, entry_ids = entry.name, entry.wikidata_id, [idx]
                country = country or role.country
                why.append(
                    Why(
                        "actor",
                        "name.surname_after_title",
                        f"{doc[s:e_].text} -> {entry.source} {entry.name}{_role_text(role)}",
                    )
                )
            else:
                why.append(Why("actor", "name.after_title", f"{name} (not in the KB)"))
        if p.led_by_surname is not None and not country:
            country, s_, e_, lname = p.led_by_surname
            why.append(
                Why("actor", "agent.led_by_surname", f"{doc[s_:e_].text} -> {lname} -> {country}")
            )
        if p.led_by is not None:
            le, lrole, lrule, _ids = self._pick_named(p.led_by)
            if le is not None:
                lrole = _state_role(le, lrole)
            if le is not None and lrole is not None and not country:
                country = lrole.country
                why.append(Why("actor", "agent.led_by", f"{le.source} {le.name} -> {country}"))
        if former:
            # a former official or party leader is one of the elites (ELI); a former
            # militant, player or prisoner is no longer of any sector
            sector = "ELI" if sector in _STATE or sector == "PTY" else None
            title = None
            agent_code = "~" + (sector or "")
            why.append(
                Why(
                    "actor",
                    "modifier.former",
                    f"{self._entry(former[0]).source} {doc[former[0].start : former[0].end].text}",
                )
            )
        if htype in ("body", "people") and p.name is None and p.name_span is None:
            title = None
        actor = Actor(
            raw_text=raw,
            name=name,
            country=country,
            sector=sector,
            title=title if (label == "PER" or htype == "office") else None,
            wikidata_id=wikidata,
        )
        code = _compose_code(code_base or (country or ""), agent_code, sector)
        info: dict[str, Any] = {
            "kind": "agent",
            "agent_type": htype,
            "entries": entry_ids,
            "agent": list(head.entries[:1]),
            "code": code or None,
            "agent_code": agent_code,
            "office": he.extra.get("title"),
            "ethnic_default": ethnic_default is not None,
            "default_country": ethnic_default
            or he.extra.get("default_country")
            or next(
                (
                    self._entry(c).extra.get("default_country")
                    for c in p.compl
                    if not isinstance(c, tuple) and c.kind == AGENT
                ),
                None,
            ),
            "has_country": country is not None,
        }
        return Resolved([actor], why, label, info)

    # -- step 3b: persons the KB does not know, appositions ---------------------------------
    def _unknown_persons(self, resolved: list[tuple[Parse, Resolved]]) -> None:
        """Capitalised names the KB does not know, read as persons when they start with a
        given name ("Giorgio Piacentini", "Goran Miletic") or are followed by an age ("Alfredo
        D'Avanzo, 49 anni"): a PER mention with the name and no codes (never guessed)."""
        inside = self._inside(resolved)
        extra: list[tuple[Parse, Resolved]] = []
        after = 0  # where the next name may start (past the last one found)
        offices = {  # where an office mention starts (its determiner included)
            k
            for p, r in resolved
            if r.info.get("agent_type") in ("office", "any")
            for k in (p.start, p.start - 1)
        }
        for i in self.caps:  # a name starts with a capital letter
            if i < after:
                continue
            if inside[i] or self.covered[i] or not self._name_word_start(i):
                continue
            end = self._scan_name(i, self._sent_end(i))
            if end is None or any(inside[i:end]) or end - i < 2:
                continue
            words = [t for t in self.doc[i:end] if t.is_alpha or "'" in t.text]
            first = self.txt[i]
            given = self.kb.given_name(first)
            age = self._age_after(end)
            # "Chokri Belaid, il leader dell'opposizione": an office in apposition
            # ... not from a sentence's first word ("Ieri Chokri Belaid, ...": "Ieri" may
            # be any capitalised word; the name is tried again from the next one)
            office = (
                end + 1 < len(self.doc)
                and self.txt[end] == ","
                and end + 1 in offices
                and i > 0
                and self.sent_id[i] == self.sent_id[i - 1]
            )
            # "Cameron MacKay": a KB person's one-word name beside another name word
            kb_part = next((k for k in range(i, end) if k in self.other_person), None)
            if kb_part is not None and kb_part != i and self.sent_first[i]:
                kb_part = None  # "Secondo Cameron MacKay": tried again from the next word
            if (
                (given or age or office or kb_part is not None)
                and len(words) >= 2
                and not self._not_a_person(i, end)
                and not self._after_street_word(i)
            ):
                raw = self.doc[i:end].text
                cue = (
                    f"given name {first} ({given})"
                    if given
                    else (
                        f"age after: {age}"
                        if age
                        else (
                            "an office in apposition"
                            if office
                            else f"{self.txt[kb_part]}: a KB name beside another name word"
                            " (name.other_person)"
                        )
                    )
                )
                extra.append(
                    (
                        Parse(i, end),
                        Resolved(
                            [Actor(raw_text=raw, name=raw)],
                            [Why("actor", "name.unknown_person", f"{raw}: {cue}; not in the KB")],
                            "PER",
                            {"kind": "name", "unknown": True},
                        ),
                    )
                )
                after = end
            # else "Ieri Giorgio Piacentini": the name may start at the next word
        if extra:
            resolved.extend(extra)
            resolved.sort(key=lambda pr: pr[0].start)

    def _speaker_office(self, resolved: list[tuple[Parse, Resolved]]) -> None:
        """A person the KB does not know, named right after a reporting verb as its
        inverted subject ("«Siamo pronti a negoziare», avrebbe affermato Mussa Ibrahim"),
        is the one office without a name the sentence gave before ("le trattative da parte
        del portavoce di Gheddafi ..."): the reporter introduces the speaker by office, then
        by name (rule ``coref.speaker_office``: country, sector and title of that office).
        Not when the sentence names another person before the name, has more than one such
        office, or the office is plural ("i portavoce").
        """
        if not any(
            r.info.get("unknown")
            and len(r.actors) == 1
            and not (r.actors[0].country or r.actors[0].sector or r.actors[0].title)
            for _p, r in resolved
        ):
            return  # (no such name: the reporting verbs are not matched for nothing)
        ends = {
            e
            for _s, e, cue in cue_index(self.doc.lang_, "attribution_cues.tsv").match(self.doc)
            if cue.kind == "report_verb"
        }
        if not ends:
            return
        articles = agreement(self.doc.lang_).get("article", {})
        for k, (p, r) in enumerate(resolved):
            if not r.info.get("unknown") or len(r.actors) != 1 or p.start not in ends:
                continue
            a = r.actors[0]
            if a.country or a.sector or a.title:
                continue
            sent = self.sent_id[p.start]
            before = [(q, s) for q, s in resolved[:k] if self.sent_id[q.start] == sent]
            if any(s.label == "PER" for _q, s in before):
                continue
            offices = [
                (q, s)
                for q, s in before
                if s.label == "AGENT"
                and s.info.get("agent_type") == "office"
                and len(s.actors) == 1
                and s.actors[0].name is None
                and s.actors[0].sector not in (None, "ELI")
            ]
            if len(offices) != 1:
                continue
            q, s = offices[0]
            det = self.txt[q.start].lower() if q.start < q.end else ""
            prev = self.txt[q.start - 1].lower() if q.start > 0 else ""
            if any((articles.get(w) or (None, None))[1] == "pl" for w in (det, prev)):
                continue
            o = s.actors[0]
            r.actors[0] = replace(a, country=o.country, sector=o.sector, title=o.title)
            r.why.append(
                Why(
                    "actor",
                    "coref.speaker_office",
                    f"{self.doc[q.start : q.end].text} -> {a.name}",
                )
            )

    def _name_word_start(self, i: int) -> bool:
        word = self.txt[i]
        if not (self.tab.is_alpha[i] and word[:1].isupper() and not word.isupper()):
            return False
        if self.kb.is_word("not_name", word) or self.kb.is_word("determiner", word):
            return False
        # not inside a longer capitalised run that starts before (its start was tried)
        return not (i > 0 and not self.sent_first[i] and self._name_word(i) and self._run_before(i))

    def _run_before(self, i: int) -> bool:
        """A capitalised word before ``i`` that a name would start with (not a sentence's
        first word: "Ieri Giorgio Piacentini")."""
        return bool(
            self.tab.is_alpha[i - 1]
            and self.txt[i - 1][:1].isupper()
            and not self.covered[i - 1]
            and not self.sent_first[i - 1]
        )

    def _not_a_person(self, start: int, end: int) -> bool:
        """A place ("Baton Rouge", a landmark: "Lafayette Park"), or a run in a title-case
        headline."""
        text = self.doc[start:end].text
        if self.kb.place_country(text) or get_gazetteer().is_landmark(text, self.doc.lang_):
            return True
        sent = self.sent_bounds[self.sent_id[start]]
        alpha = self.tab.is_alpha
        words = [self.txt[k] for k in range(sent[0], sent[1]) if alpha[k]]
        return bool(words) and sum(w[:1].isupper() for w in words) / len(words) > 0.6

    def _after_street_word(self, i: int) -> bool:
        """A name right after a street word (``place_cues.tsv`` kind street: "in via Giovanni
        Falcone", "piazza Aldo Moro") is the street's, no person the text speaks of."""
        lex = place_lexicon(self.doc.lang_)
        lo = max(self.sent_bounds[self.sent_id[i]][0] if self.sent_bounds else 0, i - lex.max_cue)
        lows = [self.txt[k].lower().replace("’", "'") for k in range(lo, i)]
        cue = lex.cue_ending_at(lows, len(lows) - 1, 0) if lows else None
        return cue is not None and cue[0] == "street"

    def _age_after(self, end: int) -> str | None:
        """ ", 49 anni", ", 28," or " (49)" right after a name: the person's age."""
        doc = self.doc
        if end + 1 < len(doc) and doc[end].text in (",", "(") and doc[end + 1].like_num:
            k = end + 2
            if (
                k >= len(doc)
                or doc[k].text in (",", ")", ".")
                or self.kb.is_word("age", doc[k].text)
            ):
                return doc[end : min(k + 1, len(doc))].text
        return None

    def _appositions(self, resolved: list[tuple[Parse, Resolved]]) -> None:
        """A person followed by an office in commas ("Giorgio Piacentini, comandante dei vigili
        urbani di Biassono, ...", "Ban Ki-moon, segretario generale dell'ONU, ..."): one
        mention; the office gives country and sector to a person the KB does not know, or
        whose role on the article's date is not known."""
        out: list[tuple[Parse, Resolved]] = []
        k = 0
        while k < len(resolved):
            p, r = resolved[k]
            nxt = resolved[k + 1] if k + 1 < len(resolved) else None
            far = resolved[k + 2] if k + 2 < len(resolved) else None
            if (
                nxt is not None
                and far is not None
                and far[1].label == "ORG"
                and p.end < nxt[0].start
                and nxt[0].end <= far[0].start
                and self._is_apposition(p, r, far)
            ):
                # "X, a capo della squadra della CIA,": the office word between is the phrase's
                q, s = far
                out.append(self._merge_apposition(p, r, q, s))
                k += 3
                continue
            if nxt is not None and self._is_apposition(p, r, nxt):
                q, s = nxt
                merged = self._merge_apposition(p, r, q, s)
                out.append(merged)
                k += 2
                continue
            out.append((p, r))
            k += 1
        resolved[:] = out

    def _bracketed_party(self, resolved: list[tuple[Parse, Resolved]]) -> None:
        """A person with no office followed by a party in brackets ("Marco Bellini (PD)",
        "Anna Verdi (PD, SEL)"): the party's politician, PTY with the party's country. Only
        when every mention in the brackets is a party of one country and nothing else is
        there (no age, no other words); a person the KB gives an office keeps it."""
        for k, (p, r) in enumerate(resolved):
            if r.label != "PER" or len(r.actors) != 1 or r.actors[0].sector:
                continue
            close = self._bracket_end(p.end, self._sent_end(p.start))
            if close is None:
                continue
            inside = [(q, s) for q, s in resolved[k + 1 :] if q.start > p.end and q.end < close]
            parties = {
                (a.country, a.name) for _q, s in inside for a in s.actors if a.sector == "PTY"
            }
            if not inside or any(
                s.label != "ORG" or [a.sector for a in s.actors] != ["PTY"] for _q, s in inside
            ):
                continue
            countries = {c for c, _n in parties}
            covered = {j for q, _s in inside for j in range(q.start, q.end)}
            rest = [
                self.txt[j]
                for j in range(p.end + 1, close - 1)
                if j not in covered and self.txt[j] != ","
            ]
            if len(countries) != 1 or None in countries or rest:
                continue
            person = r.actors[0]
            (country,) = countries
            if person.country and person.country != country:
                continue
            names = ", ".join(sorted(n or "?" for _c, n in parties))
            # "Marco Bellini e Anna Verdi (M5S)": persons listed before it share the brackets
            m, edge = k, p.start
            while m >= 0:
                q, s = resolved[m]
                if m < k and not (
                    s.label == "PER"
                    and len(s.actors) == 1
                    and not s.actors[0].sector
                    and s.actors[0].country in (None, country)
                    and self._joined(q.end, edge, conjunction=m == k - 1)
                ):
                    break
                who = s.actors[0]
                why = Why(
                    "actor", "name.party_in_brackets", f"{who.name} ({names}) -> {country} PTY"
                )
                resolved[m] = (
                    q,
                    Resolved(
                        [_copy(who, country=country, sector="PTY")], [*s.why, why], s.label, s.info
                    ),
                )
                edge = q.start
                m -= 1

    def _is_apposition(self, p: Parse, r: Resolved, nxt: tuple[Parse, Resolved]) -> bool:
        q, s = nxt
        if r.label != "PER" or not r.actors or not r.actors[0].name:
            return False
        if not (p.single is not None or r.info.get("unknown")):
            return False  # a title already composed with the name
        doc = self.doc
        if (
            s.info.get("kind") == "demonym"
            and r.info.get("unknown")
            and q.start == p.end + 1
            and q.end == q.start + 1
            and doc[p.end].text == ","
            and doc[q.start].text.islower()
            and self.sent_id[q.start] == self.sent_id[p.start]
        ):
            # "Ján Kuciac, slovacco, ucciso": a nationality in commas after a name the KB
            # does not know says whose the person is
            return q.end < len(doc) and doc[q.end].text in (",", ".", ";", ")", ":")
        if (
            s.info.get("kind") == "demonym"
            and r.info.get("unknown")
            and q.end == q.start + 1
            and p.end < len(doc)
            and doc[p.end].text == ","
            and doc[q.start].text.islower()
            and self.sent_id[q.start] == self.sent_id[p.start]
            and self._trade_before_demonym(p.end + 1, q.start)
        ):
            # "Marco Bianchi, imbianchino italiano emigrato in Francia", "Anna Verdi, l'ex
            # brigatista italiana": a noun and a nationality in apposition to a name the KB
            # does not know say whose the person is, where the article's country would not
            # (rule name.apposition, the demonym's entry)
            return True
        if s.label == "ORG" and r.info.get("unknown") and self._head_of_gap(p, q):
            # "Robert Lady, in precedenza a capo della squadra della CIA a Milano, ...": a
            # person the KB does not know who heads (a unit of) a known body is its man
            return True
        if s.label != "AGENT" or not s.actors:
            return False
        typ = s.info.get("agent_type")
        if (
            typ not in ("office", "any")
            and not (
                typ == "people"
                and q.start > p.end + 1
                and (
                    self.kb.is_word("one", doc[p.end + 1].text)
                    or self.kb.is_word("one_person", doc[p.end + 1].text)
                )
            )
            and not (typ == "people" and self._one_of_people(q, s))
        ):
            return False  # a group only after "uno dei", "one of the", or as one person
        if p.end >= len(doc) or doc[p.end].text != ",":
            return False
        # between the comma and the office: nothing, or "uno dei", "one of the", "the"
        gap = doc[p.end + 1 : q.start]
        if len(gap) > 3 or any(
            not (
                self.kb.is_word("determiner", t.text)
                or self.kb.is_word("of", t.text)
                or self.kb.is_word("one", t.text)
            )
            for t in gap
        ):
            return False
        if self.sent_id[q.start] != self.sent_id[p.start]:
            return False
        after = doc[q.end].text if q.end < len(doc) else "."
        return (
            after in (",", ".", ";", "(", ")", ":")
            or self.sent_id[q.end] != self.sent_id[q.start]
            # "Mario Rossi, un cittadino britannico che vive a Madrid"
            or self.kb.is_word("relative", after)
        )

    def _head_of_gap(self, p: Parse, q: Parse) -> bool:
        """Between a name and the body after it, in commas: at most two lower-case words
        ("in precedenza", "già"), a ``head_of`` phrase of ``actors_grammar.tsv`` ("a capo",
        "alla guida"), then "di" and at most one lower-case noun with its "di" ("della
        squadra della"); the apposition closes with a comma within four words of the body."""
        doc = self.doc
        if (
            p.end >= len(doc)
            or doc[p.end].text != ","
            or self.sent_id[q.start] != self.sent_id[p.start]
        ):
            return False
        gap = list(range(p.end + 1, q.start))
        if not 3 <= len(gap) <= 8 or any(not doc[k].text[:1].islower() for k in gap):
            return False
        for lead in range(3):
            n = self._grammar_len("head_of", gap[0] + lead) if lead < len(gap) else 0
            if n:
                break
        else:
            return False
        rest = gap[lead + n :]
        if not rest or not self.kb.is_word("of", doc[rest[0]].text):
            return False
        rest = rest[1:]
        if rest and not (
            len(rest) == 2
            and doc[rest[0]].text.isalpha()
            and self.kb.is_word("of", doc[rest[1]].text)
        ):
            return False
        close = next(
            (k for k in range(q.end, min(q.end + 5, len(doc))) if doc[k].text == ","), None
        )
        return close is not None and self.sent_id[close] == self.sent_id[p.start]

    def _one_of_people(self, q: Parse, s: Resolved) -> bool:
        """A people noun in the form that names one person, its lexicon head ("Ivan Petrov,
        attivista russo,", "Marco Bellini, giornalista del Corriere,"): what the person is."""
        agent = s.info.get("agent") or []
        if not agent:
            return False
        head = self.kb.entries[agent[0]]
        return any(norm(self.txt[k]) == norm(head.name) for k in range(q.start, q.end))

    def _trade_before_demonym(self, start: int, end: int) -> bool:
        """Tokens ``start:end`` are one lower-case noun the lexicons do not know (a trade, a
        status: "imbianchino", "brigatista"), after at most an article and a "former"
        modifier ("l'ex brigatista"): the head a nationality adjective right after qualifies.
        No preposition, verb or second noun ("marito della donna italiana")."""
        if not 1 <= end - start <= 3:
            return False
        head = self.doc[end - 1].text
        if not (head.isalpha() and head.islower()) or self.atom_at.get(end - 1) is not None:
            return False
        if self.kb.is_word("determiner", head) or self.kb.is_word("of", head):
            return False
        for k in range(start, end - 1):
            mod = self._atom(k, MOD)
            if not (
                self.kb.is_word("determiner", self.doc[k].text)
                or (mod is not None and self._entry(mod).extra.get("effect") == "former")
            ):
                return False
        return True

    def _merge_apposition(
        self, p: Parse, r: Resolved, q: Parse, s: Resolved
    ) -> tuple[Parse, Resolved]:
        person, office = r.actors[0], s.actors[0]
        rules = {w.rule for w in r.why}
        known_role = bool(rules & {"kb.role_on_date"}) and not r.info.get("unknown")
        new = _copy(person, raw_text=self.doc[p.start : q.end].text)
        why = list(r.why)
        if not known_role:
            if office.sector:
                new.sector = office.sector
            if office.country and (office.country in ("IGO", "NGO") or not new.country):
                new.country = office.country
            new.title = office.title or new.title
            why.append(
                Why(
                    "actor",
                    "name.apposition",
                    f"{person.name}, {s.actors[0].raw_text} -> "
                    f"{new.country or '-'} {new.sector or '-'}",
                )
            )
            why.extend(w for w in s.why if w.rule not in ("country.context",))
        merged = Parse(p.start, q.end, single=p.single)
        info = dict(r.info)
        info["apposition"] = q.start
        if s.info.get("default_country"):
            info.setdefault("default_country", s.info["default_country"])
        if s.info.get("office"):
            info.setdefault("office", s.info["office"])
        return merged, Resolved([new], why, "PER", info)

    # -- step 4: context, shared heads, coreference --------------------------------------
    def _shared_heads(self, resolved: list[tuple[Parse, Resolved]]) -> None:
        """Coordinated countries share one agent: "Hungarian and Romanian officials",
        "siti governativi tedeschi e americani", "the ambassadors of Arnor, Osgiliath and
        Gondor": each bare country of the list gets the agent's sector."""
        n = len(resolved)
        for k, (q, s) in enumerate(resolved):
            if q.single is not None or not s.actors or not s.actors[0].sector:
                continue
            # a list ending right before the agent's own country word ("X and [Y officials]")
            if q.pre is not None and q.pre.start == q.start:
                m = k - 1
                edge = q.start
                # "Hungarian and Romanian officials"; not "in central Baghdad, Iraqi police"
                while (
                    m >= 0
                    and self._bare_country(resolved[m])
                    and self._joined(resolved[m][0].end, edge, conjunction=m == k - 1)
                ):
                    self._share(resolved[m], s, q)
                    edge = resolved[m][0].start
                    m -= 1
            # a list starting right after the agent's last country word ("[officials of X], Y e Z")
            last = q.compl[-1] if q.compl and not isinstance(q.compl[-1], tuple) else None
            tail = (
                q.compl_demonyms[-1]
                if q.compl_demonyms
                else (q.demonyms[-1] if q.demonyms and not q.compl else last)
            )
            if tail is not None and tail.end == q.end:
                m = k + 1
                edge = q.end
                members = []
                conj = False
                while (
                    m < n
                    and self._bare_country(resolved[m])
                    and self._joined(edge, resolved[m][0].start)
                ):
                    conj = conj or self._joined(edge, resolved[m][0].start, conjunction=True)
                    members.append(m)
                    edge = resolved[m][0].end
                    m += 1
                if conj:  # a list has an "and" ("of Arnor, Osgiliath and Gondor")
                    for m in members:
                        self._share(resolved[m], s, q)

    def _bare_country(self, pr: tuple[Parse, Resolved]) -> bool:
        p, r = pr
        return (
            p.single is not None
            and p.single.kind in (COUNTRY, CAPITAL, NAMED)
            and r.label in ("GPE", "ORG")
            and bool(r.actors)
            and r.actors[0].country is not None
        )

    def _joined(self, left: int, right: int, conjunction: bool = False) -> bool:
        """Only list separators ("," / "and" / "e") between tokens ``left`` and ``right``;
        with ``conjunction``, one of them a word ("and", "e"), not a comma alone."""
        if right - left < 1 or right - left > 2:
            return False
        seps = [self.txt[i] for i in range(left, right)]
        if not all(self.kb.is_word("and", t) for t in seps):
            return False
        return not conjunction or any(t != "," for t in seps)

    def _share(self, pr: tuple[Parse, Resolved], agent: Resolved, q: Parse) -> None:
        p, r = pr
        a = r.actors[0]
        sector = agent.actors[0].sector
        base = a.country or ""
        if p.single is not None and p.single.kind in (NAMED, COUNTRY):
            base = self._base_code(p.single, a.country)
        r.actors = [
            Actor(raw_text=a.raw_text, name=None, country=a.country, sector=sector, title=None)
        ]
        r.label = "AGENT"
        r.why.append(
            Why("actor", "agent.shared_head", f"{self.doc[q.start : q.end].text} -> {sector}")
        )
        r.info = {
            **r.info,
            "kind": "agent",
            "agent_code": agent.info.get("agent_code"),
            "code": _compose_code(base, agent.info.get("agent_code") or "", sector),
        }

    def _country_evidence(
        self, resolved: list[tuple[Parse, Resolved]]
    ) -> list[tuple[int, str, str]]:
        """(token, country, text) of every stated country: mentions and places after a
        preposition (locative, "of" or origin)."""
        ev = []
        for p, r in resolved:
            if r.label == "MEDIA":
                # "COLOMBO, Sri Lanka (Reuters) - Tamil Tiger rebels": the agency that reports
                # says nothing of where the agents are from
                continue
            for a in r.actors:
                if a.country and a.country not in ("IGO", "NGO", "MNC"):
                    ev.append((p.start, a.country, self.doc[p.start : p.end].text))
                    break
        txt, text, idx, ends = self.txt, self.text, self.tab.idx, self.tab.end
        n_tok = len(txt)
        # a person's name is no place ("le proteste per George Floyd": no George, ZAF)
        in_person = {i for p, r in resolved if r.label == "PER" for i in range(p.start, p.end)}
        for i in self.caps:
            if i == 0:
                continue
            if (
                self.covered[i]
                or i in in_person
                or not txt[i][:1].isupper()
                or not self.kb.is_word("locative", txt[i - 1])
                and not self.kb.is_word("of", txt[i - 1])
                and not self.kb.is_word("origin", txt[i - 1])
            ):
                continue
            for n in range(min(self.kb.max_place_words, n_tok - i), 0, -1):
                if any(self.covered[i : i + n]):
                    continue
                words = text[idx[i] : ends[i + n - 1]]
                c = self.kb.place_country(words)
                if c and normalize_name(words) in place_lexicon(self.doc.lang_).non_places:
                    break  # "dell'Ossezia del Sud": "Sud" is no Haitian department here
                if c and alternate_name_of_a_person(self.doc.lang_, words):
                    break  # "a Parisi": the surname, not an alternate name of Paris
                if (
                    c
                    and self.kb.is_word("of", txt[i - 1])
                    and i + n < n_tok
                    and self.tab.is_alpha[i + n]
                    and txt[i + n][:1].isupper()
                    and not self.covered[i + n]
                ):
                    break  # "la scuola di Ozar Hatorah": a longer name, no place (as places.py)
                if c:
                    ev.append((i, c, words))
                    break
        ev.sort()
        return ev

    def _context_countries(self, resolved: list[tuple[Parse, Resolved]]) -> None:
        """An agent with no stated country takes the nearest country of its sentence (or of the
        sentence before): "i manifestanti" in an article about Tunisia are Tunisian. A country
        named only after the agent is its own when the passage names no other (or the agent is
        an ethnic group, which lives where its sentence says); in a passage naming several it
        is mostly where the act goes or whom it strikes ("i pirati hanno attaccato una nave
        francese"), no evidence of whose the agent is. So is a country named only in the
        sentence before ("Il presidente francese è partito per Pechino. Il ministro ...")."""
        todo = []
        for p, r in resolved:
            if (
                (p.single is None or r.info.get("ethnic"))
                and r.actors
                and r.actors[0].country is None
                and r.label in ("AGENT", "PER")
                and not r.info.get("coref")
                and not (r.info.get("unknown") and not r.actors[0].sector)
            ):
                if not self._unknown_owner(p):
                    todo.append((p, r))
                    continue
                # "al-Qaeda leaders", "Osama bin Laden's network": the owner has no country
                # (or none the KB knows); neither the sentence nor the article gives one
                r.info["owner_without_country"] = True
                r.why.append(
                    Why("actor", "country.owner_without_country", self.doc[p.start : p.end].text)
                )
        todo = [(p, r) for p, r in todo if not self._apposed_group_name(p, r, resolved)]
        todo = [(p, r) for p, r in todo if not self._same_head_before(p, r, resolved)]
        if not todo:
            return
        evidence = self._country_evidence(resolved)
        for p, r in todo:
            if self._repeated_body(p, r, resolved):
                continue
            # "le forze straniere": not the country of their context (nor, in the event
            # stage, of their article)
            if not self._office(p) and self._described_foreign(p):
                r.why.append(Why("actor", "country.foreign_agent", self.doc[p.start : p.end].text))
                continue
            sid = self.sent_id[p.start]
            same = [
                e for e in evidence if self.sent_id[e[0]] == sid and not p.start <= e[0] < p.end
            ]
            pick, rule = None, "country.context"
            # "le milizie sciite in Iraq": a place right after the mention says where they are
            after = [e for e in same if p.end <= e[0] <= p.end + 3 and self._locative_before(e[0])]
            # "i vertici dei soccorsi indonesiani": a demonym on the noun of its "di"
            # complement says whose the agent is
            owner = [
                e
                for e in same
                if e[0] == p.end + 2
                and self.kb.is_word("of", self.txt[p.end])
                and self.txt[p.end + 1].isalpha()
                and self.txt[p.end + 1].islower()
                and e[2].isalpha()
                and e[2].islower()
            ]
            # "a Christian missionary from Calgary": a place right after an origin word says
            # where they come from (only right after the mention: "troops withdrew from X";
            # "moved its embassy from Tel Aviv to Jerusalem" is a path, no origin)
            origin = [
                e
                for e in same
                if e[0] == p.end + 1
                and self.kb.is_word("origin", self.txt[p.end])
                and not any(
                    self.kb.is_word("to", t.text)
                    for t in self.doc[e[0] + 1 : min(len(self.doc), e[0] + 4)]
                )
            ]
            home = self._home_possessive(p)
            if home is not None:
                # "il rientro delle nostre truppe in Iraq": "our" troops, told by the news
                # outside a quotation, are the home country's (grammar role home_country)
                pick, rule = (p.start, home, self.txt[p.start - 1]), "country.home_possessive"
            elif origin:
                pick, rule = origin[0], "country.origin"
            elif after:
                pick, rule = after[0], "country.locative"
            elif owner:
                pick, rule = owner[0], "country.complement_demonym"
            elif (
                r.actors[0].title == COUNTERPART
                and (other := self._counterpart_country(p, r, resolved, evidence)) is not None
            ):
                # "il ministro francese ha chiesto alle autorità marocchine ..., e il suo
                # omologo X": a counterpart is of the other state, never of the one whose
                # counterpart he is
                pick, rule = other, "country.counterpart"
            elif r.label == "PER" and not (same and same[0][0] < p.start):
                pick = None  # a person's country: only from an office word and its sentence
            elif r.label == "PER":
                pick = [e for e in same if e[0] < p.start][-1]
            elif self._office(p) and not any(e[0] < p.start for e in same):
                # "il presidente X ha interrotto la sua visita in Francia": a place after one
                # person's office is where he goes, not whose he is; the sentence before may say
                before = [e for e in evidence if e[0] < p.start and sid - self.sent_id[e[0]] <= 1]
                if before and len({e[1] for e in evidence}) == 1:
                    pick = before[-1]
            elif same:
                before_me = [e for e in same if e[0] < p.start]
                victim = self._victim_complement_start(p)
                if victim is not None and any(e[0] < victim for e in before_me):
                    # "the shooting of a Palestinian boy by soldiers": the country inside the
                    # noun's "of" complement is the victim's, no evidence of whose the agent
                    # after "by" is; the one named before the act noun may be
                    before_me = [e for e in before_me if e[0] < victim]
                if before_me:
                    pick = before_me[-1]
                elif r.info.get("ethnic") or len({e[1] for e in evidence}) == 1:
                    pick = same[0]  # else none: the event stage may read the act's sentence
            elif not r.info.get("ethnic"):  # a minority's country: from its own sentence
                before = [e for e in evidence if e[0] < p.start and sid - self.sent_id[e[0]] <= 1]
                if before and len({e[1] for e in evidence}) == 1:
                    pick = before[-1]
            if pick is None:
                default = r.info.get("default_country")
                ethnic = r.info.get("ethnic") or r.info.get("ethnic_default")
                if default and not ethnic:
                    # a lexicon default ("il sindaco", "gli studenti" -> ITA?) is no evidence
                    # of whose this party is (on the judged audit records such parties were
                    # mostly foreign or no party at all: a Supreme Court, students, a mayor
                    # abroad). The event stage still counts it towards the article's country
                    # (implied agents) and gives the party the country the article names
                    r.info["default_only"] = default
                    r.why.append(Why("actor", "agent.default_country_withheld", default))
                    continue
                if default:
                    pick, rule = (p.start, default, "lexicon default"), "agent.default_country"
                else:
                    continue
            r.actors[0].country = pick[1]
            r.info["code"] = _compose_code(
                pick[1], r.info.get("agent_code") or "", r.actors[0].sector
            )
            r.why.append(Why("actor", rule, f"{pick[2]} -> {pick[1]}"))

    def _counterpart_country(
        self,
        p: Parse,
        r: Resolved,
        resolved: list[tuple[Parse, Resolved]],
        evidence: list[tuple[int, str, str]],
    ) -> tuple[int, str, str] | None:
        """The country of a counterpart ("il suo omologo") the text gives no country: the
        latest country named before it, in its sentence or the one before, other than the
        country of the person (or office) before it whose counterpart he is. None when the
        text names no such person, or no other country."""
        sid = self.sent_id[p.start]
        own = next(
            (
                s.actors[0].country
                for q, s in reversed(resolved)
                if q.end <= p.start
                and sid - self.sent_id[q.start] <= 1
                and s.label in ("PER", "AGENT")
                and s.actors
                and s.actors[0].country
                and s.actors[0].title
                and s is not r
            ),
            None,
        )
        if own is None:
            return None
        before = [
            e for e in evidence if e[0] < p.start and sid - self.sent_id[e[0]] <= 1 and e[1] != own
        ]
        return before[-1] if before else None

    def _described_foreign(self, p: Parse) -> bool:
        """A foreign word right before or after the mention ("foreign troops", "le forze
        straniere"), not made someone's own by a possessive before it ("its foreign ...")."""
        owned = p.start > 0 and self.kb.is_word("foreign_owner", self.txt[p.start - 1])
        for i in (p.start - 1, p.end):
            if 0 <= i < len(self.txt) and self.kb.is_word("foreign", self.txt[i]):
                if not (owned or (i > 0 and self.kb.is_word("foreign_owner", self.txt[i - 1]))):
                    return True
        return False

    def _definite_anaphors(self, resolved: list[tuple[Parse, Resolved]]) -> None:
        """Rule coref.definite_anaphor: a definite noun of ``definite_anaphors.tsv`` ("il
        movimento", "del Paese", "alle nuove autorità") with no owner of its own stands for
        the latest party before it of a kind the noun can name (a state, its government, a
        named group, party or IGO), within the kind's reach, skipping the parties of its own
        clause (an actor is not its own recipient). The noun becomes a mention of that party,
        or a bare agent mention ("autorità") whose country came only from its sentence's
        context takes that party's country; a state noun is a mention only after a "to"
        preposition ("al Paese"), elsewhere an antecedent for the nouns after it. No
        antecedent: left as it was."""
        lex = _definite_anaphor_lexicon(self.doc.lang_)
        if not lex.heads:
            return
        n = len(self.txt)
        done: set[int] = set()
        # (the articles found in one C-level pass: the loop visits only them)
        for i in compress(range(n - 1), map(lex.articles.__contains__, map(str.lower, self.txt))):
            j = i + 1
            while j < n and j - i <= 2 and self.txt[j].lower() in lex.modifiers:
                j += 1
            kinds = lex.head(self.txt[j]) if j < n else ()
            if not kinds or j in done or self.sent_first[j]:
                continue
            k = j + 1
            while k < n and k - j <= 2 and self.txt[k].lower() in lex.modifiers:
                k += 1
            if k < n and self._owned_after(k):
                continue
            mods = {w.lower() for w in self.txt[i + 1 : k]}
            kinds = tuple(r for r in kinds if not r[3] or mods & set(r[3].split("|")))
            if not kinds:
                continue  # "le autorità" alone: too general ("le indagini delle autorità")
            own = [
                (q, s) for q, s in resolved if q.start <= j < q.end and not s.info.get("anaphor")
            ]
            if own:
                q, s = own[0]
                if q.start < i + 1 or q.end > k or not self._context_only(s):
                    continue
            hit = self._anaphor_antecedent(i, kinds, resolved)
            if hit is None:
                continue
            (q2, s2), (kind, sector, source, _needs) = hit
            done.add(j)
            ante = s2.actors[0]
            raw = self.doc[i + 1 : k].text
            evidence = f"{raw} -> {self.doc[q2.start : q2.end].text}, token {q2.start}"
            why = Why("actor", "coref.definite_anaphor", f"{source} {kind}: {evidence}")
            if kind in ("state", "government"):
                actor = Actor(raw_text=raw, country=ante.country, sector=sector or None)
                label = "GPE" if kind == "state" else "AGENT"
            else:
                actor = _copy(ante, raw_text=raw)
                label = s2.label
            code = _compose_code(actor.country or "", "", actor.sector)
            if own:
                s = own[0][1]
                if kind not in ("state", "government"):
                    s.actors[0] = _copy(ante, raw_text=s.actors[0].raw_text)  # the group itself
                s.actors[0].country = actor.country
                s.info["code"] = _compose_code(
                    actor.country or "", s.info.get("agent_code") or "", s.actors[0].sector
                )
                s.info["anaphor"] = kind
                s.why.append(why)
                continue
            info = {"kind": "anaphor", "anaphor": kind, "code": code, "coref": True}
            if kind == "state" and not self.kb.is_word("to", self.txt[i].lower()):
                # "il Paese" as a subject or a genitive ("la ricostruzione del Paese", "il
                # Paese si incontra", "nell'interesse della nazione") made only wrong records
                # as a party on unseen text: it stays an antecedent for the nouns after it
                # ("... e ha chiesto alle nuove autorità") and no mention; "al Paese" (whom
                # an act is addressed to) is one
                info["antecedent_only"] = True
            resolved.append((Parse(start=i + 1, end=k), Resolved([actor], [why], label, info)))
        resolved[:] = sorted(
            (pr for pr in resolved if not pr[1].info.get("antecedent_only")),
            key=lambda pr: pr[0].start,
        )

    def _state_lists(
        self, resolved: list[tuple[Parse, Resolved]]
    ) -> list[list[tuple[Parse, Resolved]]]:
        """Lists of two or more single-state mentions joined only by commas and "e"/"ed"
        ("Francia, Germania e Regno Unito"), in text order."""
        states = [
            (q, s)
            for q, s in resolved
            if len(s.actors) == 1
            and (c := s.actors[0].country) is not None
            and len(c) == 3
            and c not in ("IGO", "NGO", "MNC")
            and s.label == "GPE"
            and not s.info.get("anaphor")
        ]
        lists: list[list[tuple[Parse, Resolved]]] = []
        run: list[tuple[Parse, Resolved]] = []
        for q, s in states:
            if run:
                gap = [w.lower() for w in self.txt[run[-1][0].end : q.start]]
                if (
                    1 <= len(gap) <= 3
                    and all(w in (",", "e", "ed") or w in _LIST_LINKS for w in gap)
                    and gap[0] in (",", "e", "ed")
                ):
                    # "Francia, Germania e Regno Unito"; "agli Stati Uniti e al Regno
                    # Unito", "con la Francia e con la Germania": the second state repeats
                    # the first's preposition
                    run.append((q, s))
                    continue
                if len(run) >= 2:
                    lists.append(run)
            run = [(q, s)]
        if len(run) >= 2:
            lists.append(run)
        return lists

    def _bloc_anaphors(self, resolved: list[tuple[Parse, Resolved]]) -> None:
        """Rule coref.bloc_anaphor: a plural phrase of ``bloc_anaphors.tsv`` ("i tre Paesi",
        "agli europei", "i tre Paesi europei, Francia, Germania e Regno Unito") stands for a
        list of states the article names together: the list in apposition right after it,
        else the latest list before it (the sentence or the four before; the eight before
        for a count of three or more), of the phrase's count if it has one. The phrase
        becomes a mention of all of them."""
        kinds = _bloc_anaphor_kinds(self.doc.lang_)
        if not kinds:
            return
        articles = _definite_anaphor_lexicon(self.doc.lang_).articles
        lists = self._state_lists(resolved)
        if not lists:
            return
        n = len(self.txt)
        taken = {k for q, _s in resolved for k in range(q.start, q.end)}
        added: list[tuple[Parse, Resolved]] = []
        seen: dict[int, int] = {}  # list id -> sentence of its latest standing-for phrase
        dropped: list[int] = []  # ids of the bare groups a longer phrase replaced
        for i in compress(range(n - 1), map(articles.__contains__, map(str.lower, self.txt))):
            j, count = i + 1, None
            if self.txt[j].lower() in kinds.get("count", {}):
                count = int(kinds["count"][self.txt[j].lower()])
                j += 1
            if j >= n:
                continue
            w = self.txt[j].lower()
            if w in kinds.get("head", {}) and count is not None:
                pass
            elif w in kinds.get("demonym", {}) and not (
                j + 1 < n and self.txt[j + 1][:1].isupper()
            ):
                pass
            else:
                continue
            k = j + 1
            while k < n and k - j <= 2 and self.txt[k].lower() in kinds.get("modifier", {}):
                k += 1
            # a bare group word inside the phrase ("i due" of "i due alleati") gives way
            # to the longer phrase, which names a list; any other mention there stands
            # ("ai tre governi": the bare body noun "governi", its country at most the
            # sentence's context, too)
            shorter = [
                pr
                for pr in resolved
                if i <= pr[0].start
                and (
                    (pr[1].info.get("kind") == "group" and pr[0].end < k)
                    # a count of three or more: few lists match it, and "i due governi"
                    # is left to the pair rules (coref.group_pair)
                    or (
                        count is not None
                        and count >= 3
                        and pr[1].info.get("kind") != "group"
                        and self._context_only(pr[1])
                        and pr[0].end <= k
                    )
                )
            ]
            short_toks = {x for q, _r in shorter for x in range(q.start, q.end)}
            if any(x in taken and x not in short_toks for x in range(i, k)):
                continue
            sid = self.sent_id[i]

            sizes = range(2, 99) if count is None else (count,)
            # the list in apposition: a comma within eight words after the phrase, the list
            # right after it
            ante = None
            comma = next((c for c in range(k, min(n, k + 9)) if self.txt[c] == ","), None)
            if comma is not None and self.sent_id[comma] == sid:
                ante = next(
                    (
                        r
                        for r in lists
                        if r[0][0].start in (comma + 1, comma + 2) and len(r) in sizes
                    ),
                    None,
                )
            if ante is None:
                # a list stays in reach from its last mention, the phrases that stood for it
                # included ("i tre Paesi ... agli europei"); a count of three or more picks
                # its list from further back ("ai tre governi" five sentences after
                # "Varsavia, Budapest e Bratislava"): few lists have that many states
                reach = BLOC_REACH_COUNTED if count is not None and count >= 3 else BLOC_REACH
                before = [
                    r
                    for r in lists
                    if r[-1][0].end <= i
                    and 0 <= sid - seen.get(id(r), self.sent_id[r[0][0].start]) <= reach
                ]
                ante = next((r for r in reversed(before) if len(r) in sizes), None)
            if ante is None:
                continue
            seen[id(ante)] = sid
            raw = self.doc[i + 1 : k].text
            names = ", ".join(self.doc[q.start : q.end].text for q, _s in ante)
            why = Why("actor", "coref.bloc_anaphor", f"{raw} -> {names}")
            actors = [Actor(raw_text=raw, country=s.actors[0].country) for _q, s in ante]
            info = {"kind": "anaphor", "anaphor": "bloc", "code": "", "coref": True}
            added.append((Parse(start=i + 1, end=k), Resolved(actors, [why], "GPE", info)))
            taken.update(range(i, k))
            dropped.extend(id(pr) for pr in shorter)
        if added:
            gone = set(dropped)
            kept = [pr for pr in resolved if id(pr) not in gone]
            resolved[:] = sorted(kept + added, key=lambda pr: pr[0].start)

    def _owned_after(self, k: int) -> bool:
        """The word after a definite anaphor's noun gives it an owner or defines it ("il
        governo di Beirut", "il governo siriano", "il partito Likud", "il gruppo che ..."):
        it is no anaphor. A "di" before an infinitive ("ha accusato il movimento di
        nascondere") is the verb's complement."""
        w = self.txt[k]
        if self.covered[k] or self.kb.is_word("relative", w.lower()):
            return True
        if w[:1].isupper() and not self.sent_first[k]:
            return True
        if self.kb.is_word("of", w.lower()):
            m = k + 1
            if m < len(self.txt) - 1 and self.txt[m].lower() in ("non", "not"):
                m += 1  # "ha chiesto alle autorità di non lasciare"
            nxt = self.txt[m] if m < len(self.txt) else ""
            if nxt.lower() in INDEFINITE_ARTICLES:
                return False  # "ha minacciato l'alleanza di una risposta": no owner
            verb = ("are", "ere", "ire", "ing")  # "di nascondere", "accused of hiding"
            return not (nxt.isalpha() and nxt.islower() and nxt.endswith(verb))
        return w.lower() in _demonym_words(self.doc.lang_)

    @staticmethod
    def _context_only(s: Resolved) -> bool:
        """A bare agent mention whose country, if any, came only from its sentence's context
        or a lexicon default (so a definite anaphor may give it its antecedent's)."""
        if s.label != "AGENT" or not s.actors:
            return False
        if s.actors[0].country is None:
            return True
        rules = [
            w.rule for w in s.why if w.rule.startswith(("country.", "coref.", "agent.default"))
        ]
        return bool(rules) and rules[-1] == "country.context"

    def _anaphor_antecedent(
        self,
        i: int,
        kinds: tuple[tuple[str, str, str, str], ...],
        resolved: list[tuple[Parse, Resolved]],
    ) -> tuple[tuple[Parse, Resolved], tuple[str, str, str, str]] | None:
        """The latest earlier mention of a kind the anaphor at token ``i`` can stand for, and
        that kind; parties named in the anaphor's own clause are skipped (by country for a
        state or government, by name for a group)."""
        lex = _definite_anaphor_lexicon(self.doc.lang_)
        sid = self.sent_id[i]
        first = self.sent_bounds[sid][0]
        clause = first
        for b in range(first, i):
            if self.txt[b].lower() in lex.clause:
                clause = b + 1
        earlier = [(q, s) for q, s in resolved if q.end <= i and s.actors and len(s.actors) == 1]
        # the clause's own parties: its mentions not inside a prepositional phrase ("la
        # Turchia aiuterà la ricostruzione del Paese": Turkey; "il controllo del Paese" is no
        # party of "controllo")
        own = [
            s
            for q, s in earlier
            if q.start >= clause and not self.kb.is_word("of", self.txt[q.start - 1].lower())
        ]
        skip_c = {s.actors[0].country for s in own}
        skip_n = {s.actors[0].name for s in own}
        found = []
        for q, s in reversed(earlier):
            a = s.actors[0]
            back = sid - self.sent_id[q.start]
            for kind, sector, source, needs in kinds:
                reach = 4 if kind in ("state", "government") else ARMED_GROUP_SENTENCES
                if back > reach:
                    continue
                if kind in ("state", "government"):
                    ok = (
                        a.country is not None
                        and len(a.country) == 3
                        and a.country not in ("IGO", "NGO", "MNC")
                        and a.country not in skip_c
                        and s.label in ("GPE", "PER", "AGENT", "ORG")
                        and a.sector in _ANAPHOR_STATE_SECTORS
                        and not any(w.rule in _WEAK_COUNTRY for w in s.why)
                    )
                else:
                    ok = (
                        s.label == "ORG"
                        and a.name is not None
                        and a.name not in skip_n
                        and (
                            (kind == "group" and a.sector in _ANAPHOR_GROUP_SECTORS)
                            or (kind == "party" and a.sector == "PTY")
                            or (kind == "igo" and a.country == "IGO")
                        )
                    )
                if ok:
                    found.append(((q, s), (kind, sector, source, needs)))
                    break
        if not found:
            return None
        if found[0][1][0] not in ("state", "government"):
            # the latest named group, one with a state before one with none (an entry of the
            # KB filed as a group but naming a person: "hand over Osama bin Laden, the
            # militia's ambassador" is the Taliban's)
            return next((f for f in found if f[0][1].actors[0].country), found[0])
        if self.sent_id[found[0][0][0].start] == sid:
            return found[0]  # the latest one; a state named in the noun's own sentence
        # a state named only in earlier sentences: the one the article has named most so far
        # (the country in the news, not a neighbour named last: "Pyongyang non ha
        # commentato. L'ultima legge marziale nel Paese ..." is South Korea's); ties: the latest
        salience: dict[str, int] = {}
        for _q, s in earlier:
            c = s.actors[0].country
            if c and not any(w.rule in _WEAK_COUNTRY for w in s.why):
                salience[c] = salience.get(c, 0) + 1
        best = max(salience.get(f[0][1].actors[0].country or "", 0) for f in found)
        return next(f for f in found if salience.get(f[0][1].actors[0].country or "", 0) == best)

    def _victim_complement_start(self, p: Parse) -> int | None:
        """For a mention right after an agent word (grammar role ``agent_by``: "by") that
        closes an "of" complement of the same sentence ("the shooting of a Palestinian boy by
        soldiers"), where that "of" word is (at most eight words back, no comma between);
        else None."""
        i = p.start
        if i < 2 or not self.kb.is_word("agent_by", self.txt[i - 1]):
            return None
        for k in range(i - 2, max(-1, i - 10), -1):
            if self.sent_id[k] != self.sent_id[i] or self.txt[k] in (",", ";", ":"):
                return None
            if self.kb.is_word("of", self.txt[k]):
                return k
        return None

    def _home_possessive(self, p: Parse) -> str | None:
        """The home country of the language's press (grammar role ``home_country``) for a
        mention right after a first-person plural possessive (``home_possessive``: "le nostre
        truppe", "ai nostri militari") outside a quotation; None otherwise (in a quotation
        "our" is the speaker's)."""
        home = self.kb.grammar.get("home_country")
        i = p.start
        if not home or i < 1 or not self.kb.is_word("home_possessive", self.txt[i - 1]):
            return None
        before = [self.txt[k] for k in range(i) if self.sent_id[k] == self.sent_id[i]]
        guillemets = sum(t in ("«", "“") for t in before) - sum(t in ("»", "”") for t in before)
        quoted = guillemets > 0 or before.count('"') % 2 == 1
        return None if quoted else next(iter(home)).upper()

    def _apposed_group_name(
        self, p: Parse, r: Resolved, resolved: list[tuple[Parse, Resolved]]
    ) -> bool:
        """Rule country.apposed_name: an armed-group noun with no country of its own right
        before the name of an organisation with one ("i ribelli Houthi", "i miliziani di
        Hezbollah", "i ribelli dell'M23") is that organisation's, whatever states its
        sentence names ("gli Stati Uniti hanno bombardato i ribelli Houthi")."""
        if r.actors[0].sector != "REB":
            return False
        for q, s in resolved:
            if q.start < p.end:
                continue
            gap = self.txt[p.end : q.start]
            if len(gap) > 1 or (gap and not self.kb.is_word("of", gap[0])):
                return False
            if s.label != "ORG" or not s.actors or not s.actors[0].country:
                return False
            r.actors[0].country = s.actors[0].country
            r.info["code"] = _compose_code(
                s.actors[0].country, r.info.get("agent_code") or "", r.actors[0].sector
            )
            r.why.append(Why("actor", "country.apposed_name", f"{self.doc[q.start : q.end].text}"))
            return True
        return False

    def _same_head_before(
        self, p: Parse, r: Resolved, resolved: list[tuple[Parse, Resolved]]
    ) -> bool:
        """Rule coref.same_head: a bare body or group noun ("la giunta", "il governo")
        after a mention of the same noun with its state ("la giunta di Bamako", "il governo
        del Venezuela") in the four sentences before is that body again, whatever places
        its own sentence names ("la giunta avrebbe chiesto a Mosca", "con gli accordi di
        Barbados, il governo e l'opposizione"). One person's office is left to the title
        coreference."""
        if (
            r.label != "AGENT"
            or len(p.heads) != 1
            or p.pre is not None
            or p.name is not None
            or p.name_span is not None
            or p.compl
            or p.demonyms
            or p.compl_demonyms
            or p.mods
        ):
            return False
        head = self._entry(p.heads[0])
        if head.extra.get("type") not in ("body", "people"):
            return False
        sid = self.sent_id[p.start]
        # an armed group named once is the article's rebels farther on, whoever arms them
        armed = r.actors[0].sector == "REB"
        for q, s in reversed(resolved):
            if q.end > p.start or sid - self.sent_id[q.start] > (
                ARMED_GROUP_SENTENCES if armed else 4
            ):
                continue
            if len(q.heads) != 1 or self._entry(q.heads[0]).name != head.name:
                continue
            if self.txt[q.heads[0].start].lower() != self.txt[p.heads[0].start].lower():
                continue  # "i sette governi" after "il governo del Venezuela": others
            if not s.actors or not s.actors[0].country or s.info.get("default_only"):
                continue
            if not any(
                w.rule == "coref.same_head"
                or (w.rule.startswith("country") and w.rule != "country.context")
                for w in s.why
            ):
                continue  # its country was itself only read from the context
            if not armed and any(
                self.sent_id[q2.start] == sid
                and q2.end <= p.start
                and s2.actors
                and s2.actors[0].country not in (None, s.actors[0].country)
                and not any(w.rule == "country.context" for w in s2.why)
                for q2, s2 in resolved
            ):
                # "Il Partito democratico ha accusato il governo": a party of another state
                # before the noun in its sentence makes it that party's own body, not the
                # one named earlier (left to the context rules)
                return False
            r.actors[0].country = s.actors[0].country
            r.info["code"] = _compose_code(
                s.actors[0].country, r.info.get("agent_code") or "", r.actors[0].sector
            )
            r.why.append(
                Why(
                    "actor",
                    "coref.same_head",
                    f"{self.doc[q.start : q.end].text} -> {s.actors[0].country}",
                )
            )
            return True
        return False

    def _repeated_body(self, p: Parse, r: Resolved, resolved: list[tuple[Parse, Resolved]]) -> bool:
        """A bare body noun ("la giunta") after a fuller mention of the same noun in the
        article that gave it another sector ("la giunta militare" of Niger) names that body
        again: its country and sector (rule country.repeated_body: "la giunta ha chiesto alla
        popolazione", the junta, not a local executive of a country named near it)."""
        if len(p.heads) != 1 or p.mods or p.demonyms or p.compl or p.compl_demonyms or p.name:
            return False
        if self._entry(p.heads[0]).extra.get("type") != "body" or p.end - p.heads[0].end:
            return False
        head = self.doc[p.heads[0].start : p.heads[0].end].text.lower()
        earlier = [
            (q, o)
            for q, o in resolved
            if q.end <= p.start
            and o.actors
            and o.actors[0].country
            and q.end - q.start > p.heads[0].end - p.heads[0].start
            and self.doc[q.start].lower_ == head
            # the fuller mention gave the noun another sense ("giunta militare": MIL, not a
            # local executive); "il governo" after "il governo tunisino" may be another one
            and o.actors[0].sector
            and o.actors[0].sector != r.actors[0].sector
        ]
        if not earlier:
            return False
        q, o = earlier[-1]
        r.actors[0].country = o.actors[0].country
        r.actors[0].sector = o.actors[0].sector
        r.info["code"] = o.info.get("code")
        r.why.append(Why("actor", "country.repeated_body", self.doc[q.start : q.end].text))
        return True

    def _office(self, p: Parse) -> bool:
        """The mention's head is one person's office ("presidente", "ministro")."""
        return bool(p.heads) and self._entry(p.heads[-1]).extra.get("type") == "office"

    def _unknown_owner(self, p: Parse) -> bool:
        """The text says whose the agent is, and the KB does not know it ("Quatar's emir",
        "al-Qaeda leaders"): no country from the context."""
        if p.pre is not None and p.pre.kind == NAMED:
            return True
        i = p.start
        if i >= 2 and self.kb.is_word("possessive", self.txt[i - 1]):
            return self._unknown_capitalised(i - 2) or (
                self.txt[i - 2][:1].isupper()
                and not self.covered[i - 2]
                # "Il suo omologo": a sentence's capitalised article owns nothing
                and not self.tab.is_stop[i - 2]
            )
        return False

    def _ethnic_before(self, i: int) -> bool:
        """The word "ethnic" (grammar class ``ethnic``) right before token ``i``."""
        return i > 0 and self.kb.is_word("ethnic", self.txt[i - 1])

    def _locative_before(self, i: int) -> bool:
        """A locative or "of" word right before token ``i`` ("in Iraq", "di Viterbo")."""
        if i == 0:
            return False
        prev = self.txt[i - 1]
        return self.kb.is_word("locative", prev) or self.kb.is_word("of", prev)

    def _coreference(self, resolved: list[tuple[Parse, Resolved]]) -> None:
        persons: list[tuple[int, Actor, str | None]] = []  # (token, actor, office title)
        actors_seen: list[tuple[int, Actor, str]] = []
        name_parts: dict[str, list[tuple[int, Actor]]] = {}
        done = set()
        for k, (p, r) in enumerate(resolved):
            a = r.actors[0] if r.actors else None
            # an office without a name: the person named before with that country and office
            if (
                a is not None
                and r.label == "AGENT"
                and r.info.get("agent_type") in ("office", "any")
                and r.info.get("office")
                and a.name is None
                and a.sector != "ELI"
            ):
                office = r.info["office"]
                ante = self._antecedent(persons, a, office)
                if ante is not None:
                    tok, prev, _t = ante
                    r.actors = [_copy(prev, raw_text=a.raw_text)]
                    r.label = "PER"
                    r.why.append(
                        Why(
                            "actor",
                            "coref.title",
                            f"{office} ({a.country}) -> {prev.name}, token {tok}",
                        )
                    )
                    r.info["coref"] = tok
                    a = r.actors[0]
                elif a.country:
                    holders = self.kb.office_holders(a.country, office, self.date)
                    if len(holders) == 1 and self.date_known:
                        e = self.kb.entries[holders[0]]
                        role = role_on(e, self.date)
                        r.actors = [
                            Actor(
                                a.raw_text,
                                e.name,
                                a.country,
                                role.sector if role else a.sector,
                                role.title if role else a.title,
                                e.wikidata_id,
                            )
                        ]
                        r.label = "PER"
                        r.why.append(
                            Why(
                                "actor",
                                "office.holder_on_date",
                                f"{e.source} {e.name}{_role_text(role)}",
                            )
                        )
                        r.info["entries"] = holders
                        a = r.actors[0]
            # a surname alone: the person named before
            if p.single is None and p.heads == [] and a is None:
                pass
            if a is not None and r.info.get("unknown") and a.name:
                # "Hassan Sheikh" after "il presidente somalo Hassan Sheikh Mohamud": a name of
                # two or more words the KB does not know, every word of which is in the name
                # of one person named before, is that person (a name's short form)
                parts = [w for w in norm(a.name).replace("-", " ").split() if len(w) >= 3]
                owners = [{h[1].name for h in name_parts.get(w, ())} for w in parts]
                same = set.intersection(*owners) if len(parts) >= 2 and all(owners) else set()
                if len(same) == 1:
                    hit = [h for h in name_parts[parts[0]] if h[1].name in same][-1]
                    r.actors = [_copy(hit[1], raw_text=a.raw_text)]
                    r.why.append(
                        Why(
                            "actor", "coref.name_part", f"{a.name} -> {hit[1].name}, token {hit[0]}"
                        )
                    )
                    r.info["coref"] = hit[0]
                    r.info.pop("unknown", None)
                    a = r.actors[0]
            if a is not None and r.label == "PER" and a.name:
                titles = [t for t in (a.title, r.info.get("office")) if t]
                if not self.date_known and not r.info.get("office"):
                    # no date: any office the person held, unless the text gives the one he
                    # holds here ("il premier Romano Prodi ... il Presidente della Repubblica":
                    # not his earlier presidency of the Commission)
                    for idx in r.info.get("entries") or ():
                        titles += [ro.title for ro in self.kb.entries[idx].roles if ro.title]
                persons.append((p.start, a, " ".join(titles) or None))
                for part in norm(a.name).replace("-", " ").split():
                    if len(part) >= 3:
                        name_parts.setdefault(part, []).append((p.start, a))
            if a is not None and (a.name or a.country):
                actors_seen.append((p.start, a, r.label))
            if p.single is not None and p.single.kind == GROUP:
                self._resolve_group(p, r, persons, actors_seen)
            done.add(k)
        self._surnames(resolved, name_parts)
        self._person_nouns(resolved, persons)

    def _inside(self, resolved: list[tuple[Parse, Resolved]]) -> list[bool]:
        """For each token of the Doc, whether a resolved mention covers it."""
        inside = [False] * len(self.doc)
        for p, _r in resolved:
            for i in range(p.start, p.end):
                inside[i] = True
        return inside

    def _private_persons(self, resolved: list[tuple[Parse, Resolved]]) -> list[tuple[int, int]]:
        """The (start, end) of persons the text describes but does not name and no mention
        covers ("un uomo di 40 anni", "una donna", "un 45enne", "l'uomo che ha sparato",
        ``person_anaphors.tsv``): no actor mentions (as such they would take part in every
        act around them), but the event stage reads them as the doer of an attack that has
        none (``EventBuilder.private_perpetrators``). A person said to be unknown right after
        the noun ("un uomo non identificato", "un uomo mascherato", kind ``unidentified``) is
        left out: an attack's unidentified perpetrator keeps no country."""
        table = _person_anaphors(self.doc.lang_)
        if not table["noun"] or not table["indefinite"]:
            return []
        inside = self._inside(resolved)
        low = self.tab.lower
        n = len(self.doc)
        suffixes = table["number_suffix"]

        def person(k: int) -> bool:
            word = low[k]
            if word in table["noun"]:
                return True
            return any(word.endswith(x) and word[: -len(x)].isdigit() for x in suffixes)

        out: list[tuple[int, int]] = []
        for i in _person_word_tokens(low, table):  # (the tokens ``person`` holds for)
            bare = not self.covered[i] or self._atom(i, MOD) is not None  # "un giovane"
            if inside[i] or not bare:
                continue
            before = low[i - 1]
            end = i + 1
            if end < n and not self.covered[end] and not inside[end] and person(end):
                end += 1  # "un giovane 29enne"
            nxt = low[end] if end < n else ""
            if before in table["indefinite"]:
                pass
            elif before in table["article"] and nxt in table["defining"]:
                pass  # "l'uomo che ha sparato": a new person, described
            else:
                continue
            after = low[end : end + 2]
            if any(w in table["unidentified"] for w in after):
                continue
            # "un uomo di 40 anni"
            if (
                end + 2 < n
                and low[end] in table["age_prep"]
                and low[end + 1].isdigit()
                and low[end + 2] in table["age_noun"]
            ):
                end += 3
            out.append((i - 1, end))
            for k in range(i - 1, end):
                inside[k] = True
        return out

    def _person_nouns(
        self,
        resolved: list[tuple[Parse, Resolved]],
        persons: list[tuple[int, Actor, str | None]],
    ) -> None:
        """A definite person noun no mention covers ("l'uomo", "la donna", "il 45enne",
        ``person_anaphors.tsv``) stands for the person named last before it, at most
        PERSON_NOUN_SENTENCES sentences back, whose article (if any) agrees in gender."""
        if not persons:
            return
        table = _person_anaphors(self.doc.lang_)
        if not table["noun"] and not table["number_suffix"]:
            return
        inside = self._inside(resolved)
        low = self.tab.lower
        n = len(self.doc)

        def gender_of(k: int) -> str | None:
            word = low[k]
            if word in table["noun"]:
                return table["noun"][word]
            suffix = next((x for x in table["number_suffix"] if word.endswith(x)), None)
            if suffix is None or not word[: -len(suffix)].isdigit():
                return None
            return table["number_suffix"][suffix]

        extra: list[tuple[Parse, Resolved]] = []
        for i in _person_word_tokens(low, table):  # (the tokens with a ``gender_of``)
            gender = gender_of(i)
            article = table["article"].get(low[i - 1])
            # a modifier word no mention took is still a person noun ("il giovane 29enne";
            # "il giovane tifoso" is one mention)
            bare = not self.covered[i] or self._atom(i, MOD) is not None
            if gender is None or article is None or not bare or inside[i]:
                continue
            end = i + 1
            if end < n and not self.covered[end] and gender_of(end) is not None:
                end += 1  # "il giovane 29enne"
            if "x" not in (article, gender) and article != gender:
                continue
            nxt = self.txt[end] if end < n else ""
            if nxt and (
                low[end] in table["defining"]
                or (nxt.isalpha() and nxt.islower() and wordclass.is_adjective(self.doc.lang_, nxt))
            ):
                continue  # "l'uomo che ha sparato", "l'uomo arrestato ieri": a new person
            want = gender if gender != "x" else article
            for tok, prev, _title in reversed(persons):
                if tok >= i:
                    continue
                if self.sent_id[i] - self.sent_id[tok] > PERSON_NOUN_SENTENCES:
                    break
                their = table["article"].get(low[tok - 1]) if tok > 0 else None
                if want != "x" and their not in (None, "x", want):
                    continue
                raw = self.doc[i:end].text
                r = Resolved(
                    [_copy(prev, raw_text=raw)],
                    [Why("actor", "coref.person_noun", f"{raw} -> {prev.name}, token {tok}")],
                    "PER",
                    {"kind": "name", "coref": tok},
                )
                extra.append((Parse(i, end), r))
                break
        if extra:
            resolved.extend(extra)
            resolved.sort(key=lambda pr: pr[0].start)

    def _antecedent(
        self, persons: list[tuple[int, Actor, str | None]], a: Actor, office: str
    ) -> tuple[int, Actor, str | None] | None:
        """The person named before that this office refers to: same country (when the mention
        states one) and a title containing the office's words; a generic office ("leader")
        needs a stated country."""
        words = set(norm(office).split())
        generic = words <= {"leader", "head", "capo", "monarch"}
        if generic and not a.country:
            return None
        for tok, prev, title in reversed(persons):
            if a.country and prev.country != a.country:
                continue
            if generic and prev.sector in ("GOV", "REB", "OPP", "PTY", None):
                return tok, prev, title
            if title and words <= set(norm(title).split()):
                return tok, prev, title
        return None

    def _resolve_group(
        self,
        p: Parse,
        r: Resolved,
        persons: list[tuple[int, Actor, str | None]],
        actors_seen: list[tuple[int, Actor, str]],
    ) -> None:
        refers = r.info.get("refers", "any")
        count = int(r.info.get("count") or 2)
        picked: list[Actor] = []
        keys: set[str] = set()

        def take(pool: list[Actor]) -> None:
            for act in pool:
                key = act.name or act.country or ""
                if key and key not in keys:
                    keys.add(key)
                    picked.append(act)
                if len(picked) == count:
                    return

        before = [(t, act, lab) for t, act, lab in actors_seen if t < p.start]
        if refers in ("persons", "any"):
            take([act for _t, act, lab in reversed(before) if lab == "PER"])
        if len(picked) < count and refers in ("countries", "any"):
            picked.clear()
            keys.clear()
            seen_c: list[Actor] = []
            for _t, act, _lab in reversed(before):
                if act.country in ("IGO", "NGO"):
                    continue  # "l'UE ha chiesto a entrambe le parti": the sides are states
                if act.country and act.country not in {x.country for x in seen_c}:
                    seen_c.append(
                        Actor(
                            country=act.country,
                            sector=act.sector if refers == "countries" else None,
                        )
                    )
            if refers == "countries" and count == 2:
                latest = seen_c[:2]
                seen_c = self._pair_by_salience(p, before, seen_c)
                if {x.country for x in latest} != {x.country for x in seen_c[:2]}:
                    r.info["pair_by_salience"] = True
            take(seen_c)
        if len(picked) == count:
            r.actors = [_copy(x, raw_text=self.doc[p.start : p.end].text) for x in reversed(picked)]
            rule = "coref.group_pair" if r.info.get("pair_by_salience") else "coref.group"
            r.why.append(
                Why("actor", rule, " + ".join(x.name or x.country or "?" for x in r.actors))
            )

    def _pair_by_salience(
        self, p: Parse, before: list[tuple[int, Actor, str]], seen_c: list[Actor]
    ) -> list[Actor]:
        """Rule coref.group_pair: "i due governi", "i due paesi" name the pair the passage is
        about, not the last two states named: among the states named in the noun's sentence
        and the PAIR_SENTENCES before, the two the article has named most so far (ties: the
        latest). "La Somalia accusa l'Etiopia ... Il ministro egiziano ha telefonato al suo
        omologo somalo ... L'Unione africana ha invitato i due governi": Ethiopia and
        Somalia, not Egypt and Somalia."""
        sid = self.sent_id[p.start]
        near = {
            act.country
            for t, act, _lab in before
            if act.country and sid - self.sent_id[t] <= PAIR_SENTENCES
        }
        counts: dict[str, int] = {}
        for _t, act, _lab in before:
            if act.country:
                counts[act.country] = counts.get(act.country, 0) + 1
        ranked = [x for x in seen_c if x.country in near]
        if len(ranked) <= 2:
            return seen_c
        order = {id(x): k for k, x in enumerate(seen_c)}  # latest first
        ranked.sort(key=lambda x: (-counts.get(x.country or "", 0), order[id(x)]))
        return ranked[:2]

    def _surnames(
        self,
        resolved: list[tuple[Parse, Resolved]],
        name_parts: dict[str, list[tuple[int, Actor]]],
    ) -> None:
        """A capitalised word left over that is part of a name given before ("Kim")."""
        if not name_parts:
            return
        extra: list[tuple[Parse, Resolved]] = []
        inside = self._inside(resolved)
        txt, alpha, stop = self.txt, self.tab.is_alpha, self.tab.is_stop
        n = len(txt)
        done = -1
        for i in self.caps:
            word = txt[i]
            if i <= done:
                continue
            if self.covered[i] or inside[i] or not word[:1].isupper() or not alpha[i]:
                continue
            if stop[i] or len(word) < 3:
                continue
            earlier = [h for h in name_parts.get(norm(word), ()) if h[0] < i]
            if not earlier or len({h[1].name for h in earlier}) > 1:
                continue  # not named before, or two persons share this word
            hit = earlier[-1]
            prev = hit[1]
            end = i + 1
            while (
                end < n
                and txt[end][:1].isupper()
                and alpha[end]
                and not self.covered[end]
                and {h[1].name for h in name_parts.get(norm(txt[end]), ()) if h[0] < i}
                == {prev.name}
            ):
                end += 1  # "Qin Gang" again after "il ministro ... Qin Gang": the whole name
            if end < n and txt[end][:1].isupper() and alpha[end]:
                continue  # part of a longer unknown name
            done = end - 1
            word = self.doc[i:end].text
            p = Parse(i, end)
            r = Resolved(
                [_copy(prev, raw_text=word)],
                [Why("actor", "coref.name_part", f"{word} -> {prev.name}, token {hit[0]}")],
                "PER",
                {"kind": "name", "coref": hit[0]},
            )
            extra.append((p, r))
        if extra:
            resolved.extend(extra)
            resolved.sort(key=lambda pr: pr[0].start)


@functools.cache
def _bloc_anaphor_kinds(lang: str) -> dict[str, dict[str, str]]:
    """``bloc_anaphors.tsv`` by kind (second column): phrase -> third column ("" if none);
    read once per language (the per-Doc rule only reads it)."""
    kinds: dict[str, dict[str, str]] = {}
    for _line, cols in read_table(lang, "bloc_anaphors.tsv"):
        kinds.setdefault(cols[1], {})[cols[0]] = cols[2] if len(cols) > 2 else ""
    return kinds


@functools.cache
def _person_anaphors(lang: str) -> dict[str, dict[str, str]]:
    """``person_anaphors.tsv``: kind -> {form: gender}."""
    out: dict[str, dict[str, str]] = {
        "article": {},
        "noun": {},
        "number_suffix": {},
        "defining": {},
        "indefinite": {},
        "unidentified": {},
        "age_prep": {},
        "age_noun": {},
    }
    for _, cols in read_table(lang, "person_anaphors.tsv"):
        if len(cols) >= 3 and cols[1] in out:
            out[cols[1]][cols[0].lower()] = cols[2]
    return out


#: sectors of a party that may stand for its state in a definite anaphor ("il Paese")
_ANAPHOR_STATE_SECTORS = frozenset({None, "GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
#: sectors of a named group "il movimento", "il gruppo" may stand for
_ANAPHOR_GROUP_SECTORS = frozenset({"REB", "PTY", "UAF"})  # not OPP: monitors, NGOs filed so
#: country rules that are no evidence of whose a mention is (a guess from its context)
_WEAK_COUNTRY = frozenset(
    {"country.context", "agent.default_country", "agent.default_country_withheld"}
)


@dataclass(frozen=True)
class _DefiniteAnaphors:
    articles: frozenset[str]
    modifiers: frozenset[str]
    clause: frozenset[str]
    heads_cased: dict[str, tuple[tuple[str, str, str, str], ...]]
    heads_any: dict[str, tuple[tuple[str, str, str, str], ...]]

    @property
    def heads(self) -> bool:
        return bool(self.heads_cased or self.heads_any)

    def head(self, word: str) -> tuple[tuple[str, str, str, str], ...]:
        """(kind, sector, source, needed modifiers) of each reading of ``word`` as an
        anaphoric head noun."""
        return self.heads_cased.get(word, ()) or self.heads_any.get(word.lower(), ())


@functools.cache
def _definite_anaphor_lexicon(lang: str) -> _DefiniteAnaphors:
    """``definite_anaphors.tsv``: articles, modifiers, clause words and head nouns."""
    sets: dict[str, set[str]] = {"article": set(), "modifier": set(), "clause": set()}
    cased: dict[str, list[tuple[str, str, str, str]]] = {}
    any_case: dict[str, list[tuple[str, str, str, str]]] = {}
    for line, cols in read_table(lang, "definite_anaphors.tsv"):
        if len(cols) < 2:
            continue
        form, kind = cols[0], cols[1]
        if kind in sets:
            sets[kind].add(form.lower())
            continue
        reading = (
            kind,
            cols[2] if len(cols) > 2 else "",
            f"{lang}/definite_anaphors.tsv:{line}",
            cols[3] if len(cols) > 3 else "",
        )
        if form[:1].isupper():
            cased.setdefault(form, []).append(reading)
        else:
            any_case.setdefault(form, []).append(reading)
    return _DefiniteAnaphors(
        frozenset(sets["article"]),
        frozenset(sets["modifier"]),
        frozenset(sets["clause"]),
        {k: tuple(v) for k, v in cased.items()},
        {k: tuple(v) for k, v in any_case.items()},
    )


@functools.cache
def _short_names(lang: str) -> dict[str, tuple[tuple[str, ...], str, str, str]]:
    """``short_names.tsv``: short word -> (full forms, code, name, source line)."""
    return {
        cols[0]: (
            tuple(cols[1].split("|")),
            cols[2],
            cols[3],
            f"{lang}/short_names.tsv:{line}",
        )
        for line, cols in read_table(lang, "short_names.tsv")
        if len(cols) >= 4
    }


def _person_word_tokens(low: list[str], table: dict[str, dict[str, str]]) -> list[int]:
    """The tokens after the first that can be a person noun of ``person_anaphors.tsv``: a
    noun of the table, or a number with one of its suffixes ("45enne"). The person-noun
    rules asked it of every token after their other tests; it is theirs, made in one pass
    that looks further only at the words of the table and those starting with a digit."""
    nouns = table["noun"]
    suffixes = table["number_suffix"]
    out = []
    for k in range(1, len(low)):
        word = low[k]
        if word in nouns or (
            word[:1].isdigit()
            and any(word.endswith(x) and word[: -len(x)].isdigit() for x in suffixes)
        ):
            out.append(k)
    return out


@functools.cache
def _lower_demonyms(lang: str) -> frozenset[str]:
    """The nationality words of ``demonyms.tsv``, lower-cased."""
    return frozenset(w.lower() for w in _demonym_words(lang))


@functools.cache
def _demonym_words(lang: str) -> frozenset[str]:
    """The language's nationality words (``demonyms.tsv``: "Russian", "Iranians")."""
    return frozenset(cols[0] for _, cols in read_table(lang, "demonyms.tsv") if cols)


def _reading_periods(
    e: DictEntry,
) -> dict[tuple[str | None, str | None], list[tuple[str, str]]] | None:
    """An entry's readings (country, sector) with the periods its dated roles give them;
    None when a role is undated, sector-less or ELI (no reading bounded in time)."""
    out: dict[tuple[str | None, str | None], list[tuple[str, str]]] = {}
    for role in e.roles:
        if not role.dated or role.sector is None or role.sector == "ELI":
            return None
        start = iso_day(role.start) or "0001-01-01"
        end = iso_day(role.end) or "9999-12-31"
        out.setdefault((role.country, role.sector), []).append((start, end))
    return out or None


def _meet(a: list[tuple[str, str]], b: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The periods in both lists of (start, end) ISO dates, in order."""
    out = [(max(s1, s2), min(e1, e2)) for s1, e1 in a for s2, e2 in b if max(s1, s2) <= min(e1, e2)]
    return _merged(out)


def _merged(periods: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Periods in order, overlapping ones joined."""
    out: list[tuple[str, str]] = []
    for start, end in sorted(periods):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _home_country(e: DictEntry) -> str | None:
    """The one country all of a person's roles are in, or None (IGO and NGO roles aside)."""
    if e.kind != "PER":
        return None
    countries = {r.country for r in e.roles if r.country and r.country not in ("IGO", "NGO")}
    return countries.pop() if len(countries) == 1 else None


def _state_role(e: DictEntry, role: Role | None) -> Role | None:
    """The role of a person leading a body named after him ("governo Draghi", "amministrazione
    Bush"): a state office, so the person's state role when ``role`` is none (Draghi's usual
    role is the ECB's, which he led longer than Italy's government)."""
    if role is not None and role.sector in _STATE:
        return role
    return next((r for r in e.roles if r.sector in _STATE and r.country), role)


def _copy(a: Actor, **changes: Any) -> Actor:
    data = a.to_dict()
    data.update(changes)
    return Actor.from_dict(data)


def _role_text(role: Role | None) -> str:
    if role is None:
        return ": no role on that date"
    dates = ""
    if role.start or role.end:
        dates = f" {role.start or ''}..{role.end or ''}"
    parts = [p for p in (role.code, role.title) if p]
    return f" [{' '.join(parts)}{dates}]"


def _compose_code(base: str, agent_code: str, sector: str | None) -> str:
    """A CAMEO-style code: the actor's code plus the agent's (``DAG`` + ``~GOV`` -> DAGGOV)."""
    if agent_code.endswith("~"):
        return agent_code.rstrip("~") + base
    suffix = agent_code.lstrip("~") if agent_code else (sector or "")
    if suffix and base.endswith(suffix):
        return base
    if len(base) > 3 and suffix:
        return base  # the actor's code already has its sector
    return base + suffix


@Language.factory(
    "eventwire_actors",
    assigns=["doc.spans"],
    default_config={"actor_dictionaries": []},
)
def make_actor_mentions(nlp: Language, name: str, actor_dictionaries: list[str]) -> ActorMentions:
    return ActorMentions(nlp, name, actor_dictionaries)
