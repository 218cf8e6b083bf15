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

from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire.kb.actors import ActorKB, Match, get_kb, iso_day, role_on, today, usual_role
from eventwire.kb.dictionaries import DictEntry, Role
from eventwire.kb.normalize import norm
from eventwire.pipeline import extensions  # noqa: F401
from eventwire.records import Actor, Why

# spaCy keys span extensions by character offsets only: a place span over the same words
# ("Russia") shares ``._.why``/``._.info`` with the actor span. The actor stage keeps its own
# copies under names no other stage writes, and reads those.
for _name in ("actor_why", "actor_info"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)

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
}
#: Lower-case words allowed inside a person's name ("Abu Musab al-Zarqawi").
_NAME_PARTICLES = frozenset("al el bin ibn ben abu van von der den de dos da la le du".split())
_MAX_NAME_TOKENS = 6
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
    name: Atom | None = None
    name_span: tuple[int, int] | None = None  # an unknown capitalised name
    led_by: Atom | None = None
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
        return doc


class _Run:
    """One Doc's actor analysis (state shared by the steps)."""

    def __init__(self, kb: ActorKB, doc: Doc, dictionaries: tuple[str, ...]) -> None:
        self.kb = kb
        self.doc = doc
        self.toks = list(doc)
        self.text = doc.text  # Doc.text joins every token: compute it once
        self.dictionaries = dictionaries
        published = iso_day(doc._.published)
        self.date_known = published is not None
        self.date = published or today()
        self.sent_id = [0] * len(doc)
        self.sent_bounds: list[tuple[int, int]] = []
        if len(doc) and doc.has_annotation("SENT_START"):
            for k, sent in enumerate(doc.sents):
                self.sent_bounds.append((sent.start, sent.end))
                for i in range(sent.start, sent.end):
                    self.sent_id[i] = k
        else:
            self.sent_bounds = [(0, len(doc))]
        self.atoms = self._atoms(kb.matches(doc))
        self.atom_at: dict[int, Atom] = {a.start: a for a in self.atoms}
        self.covered = [False] * len(doc)
        for a in self.atoms:
            for i in range(a.start, a.end):
                self.covered[i] = True

    # -- step 1: atoms -----------------------------------------------------------------
    def _atoms(self, matches: list[Match]) -> list[Atom]:
        # a name listed with its article ("THE WHITE HOUSE") competes without it
        fixed = []
        for m in matches:
            if m.end - m.start > 1 and self.kb.is_word("determiner", self.doc[m.start].text):
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
            entries = [self.kb.entries[i] for i in m.entries]
            best = min(_KIND_ORDER.get(e.kind, 9) for e in entries)
            keep = tuple(
                i
                for i, e in zip(m.entries, entries, strict=True)
                if _KIND_ORDER.get(e.kind, 9) == best
            )
            kind = _KIND_OF_ENTRY.get(self.kb.entries[keep[0]].kind)
            if kind is None:
                continue
            if kind == NAMED and not self._name_ok(m, keep):
                continue
            for i in range(m.start, m.end):
                taken[i] = True
            chosen.append(Atom(m.start, m.end, kind, keep, m.priority))
        chosen.sort(key=lambda a: a.start)
        self.covered = [False] * len(self.doc)
        for a in chosen:
            for i in range(a.start, a.end):
                self.covered[i] = True
        if "after" in self.kb.grammar.get("adjectives", frozenset()):
            chosen = [a for a in chosen if not self._adjective_use(a)]
        chosen = [a for a in chosen if not self._inside_proper_name(a)]
        self.covered = [False] * len(self.doc)
        for a in chosen:
            for i in range(a.start, a.end):
                self.covered[i] = True
        return chosen

    def _inside_proper_name(self, a: Atom) -> bool:
        """A capitalised agent word after an unknown capitalised word is part of a name the KB
        does not know ("Homeland Union", "West Bank"): not an agent of its own."""
        if a.kind != AGENT or a.start == 0:
            return False
        tok, prev = self.doc[a.start], self.doc[a.start - 1]
        return (
            tok.text[:1].isupper()
            and not tok.is_sent_start
            and prev.text[:1].isupper()
            and prev.is_alpha
            and not self.covered[a.start - 1]
            and not prev.is_sent_start
        )

    def _adjective_use(self, a: Atom) -> bool:
        """A people-word that is also an adjective, right after a noun ("esercitazioni
        militari"): in a language whose adjectives follow the noun, not a mention."""
        if a.kind != AGENT or self._entry(a).extra.get("type") != "people_adj" or a.start == 0:
            return False
        prev = self.doc[a.start - 1]
        if not prev.is_alpha or not prev.text[:1].islower() or prev.like_num:
            return False
        if self.covered[a.start - 1]:
            return False  # after another agent: "consiglieri militari" is one compound
        return not any(
            self.kb.is_word(role, prev.text)
            for role in ("determiner", "of", "locative", "and", "quantity", "led_by")
        )

    def _name_ok(self, m: Match, entries: tuple[int, ...]) -> bool:
        """A one-word name from the big table must not be a common (stop) word."""
        if m.end - m.start > 1 or m.priority < 2:
            return True
        return not self.doc[m.start].is_stop

    # -- step 2: composition -----------------------------------------------------------
    def mentions(self) -> list[Span]:
        parses = self._parse_all()
        resolved: list[tuple[Parse, Resolved]] = []
        for p in parses:
            resolved.append((p, self._resolve(p)))
        self._shared_heads(resolved)
        self._coreference(resolved)
        self._context_countries(resolved)
        spans = []
        for p, r in resolved:
            start = p.start
            while (
                r.label not in ("MEDIA", "GROUP")
                and start < p.end - 1
                and self.kb.is_word("determiner", self.doc[start].text)
            ):
                start += 1  # "The White House" -> "White House": no leading determiner
            if start != p.start:
                for a in r.actors:
                    if a.raw_text == self.doc[p.start : p.end].text:
                        a.raw_text = self.doc[start : p.end].text
            span = Span(self.doc, start, p.end, label=r.label)
            span._.actors = r.actors
            span._.why = r.why
            span._.actor_why = r.why
            info = dict(r.info)
            if self.dictionaries:
                info["dictionaries"] = list(self.dictionaries)
            span._.info = info
            span._.actor_info = info
            spans.append(span)
        return spans

    def _sent_end(self, i: int) -> int:
        return self.sent_bounds[self.sent_id[i]][1] if self.sent_bounds else len(self.doc)

    def _grammar_len(self, role: str, i: int) -> int:
        """Tokens of a grammar word/phrase of ``role`` starting at ``i`` (0 if none)."""
        forms = self.kb.grammar.get(role)
        if not forms or i >= len(self.doc):
            return 0
        end = self._sent_end(i)
        text = self.text
        for n in range(min(self.kb.max_grammar_words, end - i), 0, -1):
            if self.covered[i] and n == 1 and role != "possessive":
                break
            last = self.toks[i + n - 1]
            piece = text[self.toks[i].idx : last.idx + len(last.text)]
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
        if first.kind in (COUNTRY, CAPITAL, NAMED):
            k = first.end + self._grammar_len("possessive", first.end)
            m = k
            while (mod := self._atom(m, MOD)) is not None:
                m = mod.end
            if self._atom(m, AGENT) is not None:
                p.pre = first
                j = k
            else:
                if lead:
                    return None  # "former Gondor": not handled, the country is read alone
                p.single = first
                p.end = first.end
                return p
        p.mods.extend(lead)
        # modifiers
        while (mod := self._atom(j, MOD)) is not None:
            p.mods.append(mod)
            j = mod.end
        # agents (the last is the head)
        while (ag := self._atom(j, AGENT)) is not None:
            p.heads.append(ag)
            j = ag.end
            while (mod := self._atom(j, MOD)) is not None and self._atom(mod.end, AGENT):
                p.mods.append(mod)
                j = mod.end
        if not p.heads:
            return None  # modifiers alone are not a mention
        # modifiers after the noun ("segretario federale", "President-elect")
        while (mod := self._atom(j, MOD)) is not None:
            p.mods.append(mod)
            j = mod.end
            while (ag := self._atom(j, AGENT)) is not None:
                p.heads.append(ag)
                j = ag.end
        # demonym after the head ("presidente russo")
        while (c := self._atom(j, COUNTRY)) is not None and self._is_demonym(c):
            p.demonyms.append(c)
            j = c.end
        # of-complements: "del Cremlino", "della Russia", "del Consiglio di sicurezza americano"
        for _ in range(2):
            g = self._grammar_len("of", j)
            if not g:
                break
            k = j + g
            k += self._grammar_len("determiner", k)
            target = self._complement_at(k, end_limit)
            if target is None:
                break
            comp, k = target
            p.compl.append(comp)
            j = k
            while (c := self._atom(j, COUNTRY)) is not None and self._is_demonym(c):
                p.compl_demonyms.append(c)
                j = c.end
        # a place right after a body: "Regione Lombardia", "Comune Milano"
        head_type = self._entry(p.heads[-1]).extra.get("type", "any")
        if head_type == "body" and not p.compl and not p.demonyms and j < end_limit:
            target = self._complement_at(j, end_limit)
            if target is not None and isinstance(target[0], tuple):
                p.compl.append(target[0])
                j = target[1]
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
        # an apposition: "il segretario della Lega Nord, Roberto Maroni, ..."
        if (
            p.name is None
            and p.name_span is None
            and head_type in ("office", "any")
            and j + 1 < end_limit
            and self.doc[j].text == ","
        ):
            k = j + 1
            named = self._atom(k, NAMED)
            stop = None
            if named is not None and self._entry(named).kind == "PER":
                stop = named.end
            elif named is None and self.atom_at.get(k) is None:
                stop = self._scan_name(k, end_limit)
            if stop is not None and (stop >= end_limit or self.doc[stop].text in (",", ".", ";")):
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

    def _complement_at(self, k: int, limit: int) -> tuple[Atom | tuple[str, int, int], int] | None:
        if k >= limit:
            return None
        a = self.atom_at.get(k)
        if a is not None and a.kind in (COUNTRY, CAPITAL, NAMED):
            return a, a.end
        if a is not None and a.kind in (AGENT, MOD):
            j = k
            while (mod := self._atom(j, MOD)) is not None:
                j = mod.end
            last = None
            while (ag := self._atom(j, AGENT)) is not None:
                last = ag
                j = ag.end
            if last is None:
                return None
            return last, j
        if a is None and self.doc[k].text[:1].isupper():
            for n in range(min(self.kb.max_place_words, limit - k), 0, -1):
                if any(self.covered[k : k + n]):
                    continue
                country = self.kb.place_country(self.doc[k : k + n].text)
                if country:
                    return (country, k, k + n), k + n
        return None

    def _scan_name(self, i: int, limit: int) -> int | None:
        doc = self.doc
        j = i
        words = 0
        while j < limit and words < _MAX_NAME_TOKENS:
            t = doc[j]
            if self.covered[j] and not self._atom(j, NAMED):
                break
            if t.text[:1].isupper() and (t.is_alpha or t.text.rstrip(".").isalpha()):
                if j == i and self.kb.is_word("determiner", t.text):
                    break
                j += 1
                words += 1
                continue
            if (
                j > i
                and t.text in ("-", "'", "’")
                and not t.whitespace_
                and j + 1 < limit
                and doc[j + 1].is_alpha
                and not doc[j - 1].whitespace_
            ):
                j += 2
                continue
            if (
                j > i
                and t.lower_ in _NAME_PARTICLES
                and j + 1 < limit
                and doc[j + 1].text[:1].isupper()
            ):
                j += 1
                continue
            break
        return j if words else None

    def _entry(self, a: Atom) -> DictEntry:
        return self.kb.entries[a.entries[0]]

    def _is_demonym(self, a: Atom) -> bool:
        """An adjectival country word: a lexicon demonym, or written in lower case."""
        if not self.doc[a.start].text[:1].isupper():
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
            return role, "kb.role_on_date"
        if role is not None and role.sector in _ACTIVE:
            return role, "kb.role_today"
        usual = usual_role(e)
        if usual is not None:
            return usual, "kb.usual_role"
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
        if a.kind == COUNTRY:
            country, why = self._country_of(a)
            demonym = bool(e.extra.get("demonym")) or not raw[:1].isupper()
            sector = None
            whys = [why] if why else []
            if self._counted_people(p.start):
                sector = "CVL"
                whys.append(Why("actor", "demonym.people_counted", f"{raw}: a number of people"))
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
            [Why("actor", rule_name, f"{entry.source} {entry.name}{_role_text(role)}")],
            label,
            {"kind": "name", "entries": ids, "code": role.code if role else None},
        )

    def _counted_people(self, i: int) -> bool:
        """True when people are counted just before ``i`` ("thousands of Nigerians")."""
        j = i - 1
        if j >= 0 and self.kb.is_word("of", self.doc[j].text):
            j -= 1
        if j < 0:
            return False
        tok = self.doc[j]
        return bool(tok.like_num) or self.kb.is_word("quantity", tok.text)

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
        for comp in p.compl:
            if isinstance(comp, tuple):
                c_country, s, e_ = comp
                if not country:
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
                    if cwhy:
                        why.append(cwhy)
        for c in p.compl_demonyms + p.demonyms:
            cc, cwhy = self._country_of(c)
            if cc and not country:
                country = cc
                base = self._base_code(c, cc)
                if cwhy:
                    why.append(cwhy)
        if p.pre is not None:
            cc, cwhy = self._country_of(p.pre)
            pe = self._entry(p.pre)
            if p.pre.kind == NAMED:
                prole = self._dated_role(pe)[0]
                if prole and prole.sector and inherit and compl_sector is None:
                    compl_sector = prole.sector
                    why.append(
                        Why("actor", "agent.of_body", f"{pe.source} {pe.name} -> {prole.sector}")
                    )
            if cc and not country:
                country = cc
                base = self._base_code(p.pre, cc)
                if cwhy:
                    why.append(cwhy)
        if compl_sector and (inherit or htype == "office"):
            if compl_sector != sector:
                sector = compl_sector
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
                if rule == "kb.usual_role" and text_office:
                    # no date: the office the text gives beats the actor's usual one
                    country = country or (role.country if role else None)
                    why.append(Why("actor", "text_office_over_usual", f"{he.name} -> {sector}"))
                elif role is not None and role.sector in _ACTIVE:
                    if role.country and country and role.country != country:
                        why.append(
                            Why("actor", "kb.country_over_text", f"{country} -> {role.country}")
                        )
                    country = role.country or country
                    sector = role.sector
                    title = role.title or title
                    code_base = role.code or code_base
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
            why.append(Why("actor", "name.after_title", f"{name} (not in the KB)"))
        if p.led_by is not None:
            le, lrole, lrule, _ids = self._pick_named(p.led_by)
            if le is not None and lrole is not None and not country:
                country = lrole.country
                why.append(Why("actor", "agent.led_by", f"{le.source} {le.name} -> {country}"))
        if former:
            sector = "ELI"
            title = None
            agent_code = "~ELI"
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
            "default_country": he.extra.get("default_country"),
            "has_country": country is not None,
        }
        return Resolved([actor], why, label, info)

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
                while (
                    m >= 0
                    and self._bare_country(resolved[m])
                    and self._joined(resolved[m][0].end, edge)
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
                while (
                    m < n
                    and self._bare_country(resolved[m])
                    and self._joined(edge, resolved[m][0].start)
                ):
                    self._share(resolved[m], s, q)
                    edge = resolved[m][0].end
                    m += 1

    def _bare_country(self, pr: tuple[Parse, Resolved]) -> bool:
        p, r = pr
        return (
            p.single is not None
            and p.single.kind in (COUNTRY, CAPITAL, NAMED)
            and r.label in ("GPE", "ORG")
            and bool(r.actors)
            and r.actors[0].country is not None
        )

    def _joined(self, left: int, right: int) -> bool:
        """Only list separators ("," / "and" / "e") between tokens ``left`` and ``right``."""
        if right - left < 1 or right - left > 2:
            return False
        return all(self.kb.is_word("and", self.doc[i].text) for i in range(left, right))

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
        """(token, country, text) of every stated country: mentions and places after a preposition."""
        ev = []
        for p, r in resolved:
            for a in r.actors:
                if a.country and a.country not in ("IGO", "NGO", "MNC"):
                    ev.append((p.start, a.country, self.doc[p.start : p.end].text))
                    break
        doc = self.doc
        for i in range(1, len(doc)):
            if (
                self.covered[i]
                or not doc[i].text[:1].isupper()
                or not self.kb.is_word("locative", doc[i - 1].text)
                and not self.kb.is_word("of", doc[i - 1].text)
            ):
                continue
            for n in range(min(self.kb.max_place_words, len(doc) - i), 0, -1):
                if any(self.covered[i : i + n]):
                    continue
                c = self.kb.place_country(doc[i : i + n].text)
                if c:
                    ev.append((i, c, doc[i : i + n].text))
                    break
        ev.sort()
        return ev

    def _context_countries(self, resolved: list[tuple[Parse, Resolved]]) -> None:
        """An agent with no stated country takes the nearest country of its sentence (or of the
        sentence before): "i manifestanti" in an article about Tunisia are Tunisian."""
        todo = [
            (p, r)
            for p, r in resolved
            if p.single is None
            and r.actors
            and r.actors[0].country is None
            and r.label in ("AGENT", "PER")
            and not r.info.get("coref")
        ]
        if not todo:
            return
        evidence = self._country_evidence(resolved)
        for p, r in todo:
            sid = self.sent_id[p.start]
            same = [
                e for e in evidence if self.sent_id[e[0]] == sid and not p.start <= e[0] < p.end
            ]
            pick, rule = None, "country.context"
            # "le milizie sciite in Iraq": a place right after the mention says where they are
            after = [e for e in same if p.end <= e[0] <= p.end + 3 and self._locative_before(e[0])]
            if after:
                pick, rule = after[0], "country.locative"
            elif r.label == "PER" and not (same and same[0][0] < p.start):
                pick = None  # a person's country: only from an office word and its sentence
            elif r.label == "PER":
                pick = [e for e in same if e[0] < p.start][-1]
            elif same:
                before_me = [e for e in same if e[0] < p.start]
                pick = before_me[-1] if before_me else same[0]
            else:
                before = [e for e in evidence if e[0] < p.start and sid - self.sent_id[e[0]] <= 1]
                if before:
                    pick = before[-1]
            if pick is None:
                default = r.info.get("default_country")
                if default:
                    pick, rule = (p.start, default, "lexicon default"), "agent.default_country"
                else:
                    continue
            r.actors[0].country = pick[1]
            r.info["code"] = _compose_code(
                pick[1], r.info.get("agent_code") or "", r.actors[0].sector
            )
            r.why.append(Why("actor", rule, f"{pick[2]} -> {pick[1]}"))

    def _locative_before(self, i: int) -> bool:
        """A locative or "of" word right before token ``i`` ("in Iraq", "di Viterbo")."""
        if i == 0:
            return False
        prev = self.doc[i - 1].text
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
            if a is not None and r.label == "PER" and a.name:
                titles = [t for t in (a.title, r.info.get("office")) if t]
                if not self.date_known:  # no date: any office the person held
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
                if act.country and act.country not in {x.country for x in seen_c}:
                    seen_c.append(
                        Actor(
                            country=act.country,
                            sector=act.sector if refers == "countries" else None,
                        )
                    )
            take(seen_c)
        if len(picked) == count:
            r.actors = [_copy(x, raw_text=self.doc[p.start : p.end].text) for x in reversed(picked)]
            r.why.append(
                Why(
                    "actor", "coref.group", " + ".join(x.name or x.country or "?" for x in r.actors)
                )
            )

    def _surnames(
        self,
        resolved: list[tuple[Parse, Resolved]],
        name_parts: dict[str, list[tuple[int, Actor]]],
    ) -> None:
        """A capitalised word left over that is part of a name given before ("Kim")."""
        if not name_parts:
            return
        doc = self.doc
        extra: list[tuple[Parse, Resolved]] = []
        inside = [False] * len(doc)
        for p, _r in resolved:
            for i in range(p.start, p.end):
                inside[i] = True
        for i, tok in enumerate(doc):
            if self.covered[i] or inside[i] or not tok.text[:1].isupper() or not tok.is_alpha:
                continue
            if tok.is_stop or len(tok.text) < 3:
                continue
            earlier = [h for h in name_parts.get(norm(tok.text), ()) if h[0] < i]
            if not earlier or len({h[1].name for h in earlier}) > 1:
                continue  # not named before, or two persons share this word
            hit = earlier[-1]
            if i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha:
                continue  # part of a longer unknown name
            prev = hit[1]
            p = Parse(i, i + 1)
            r = Resolved(
                [_copy(prev, raw_text=tok.text)],
                [Why("actor", "coref.name_part", f"{tok.text} -> {prev.name}, token {hit[0]}")],
                "PER",
                {"kind": "name", "coref": hit[0]},
            )
            extra.append((p, r))
        if extra:
            resolved.extend(extra)
            resolved.sort(key=lambda pr: pr[0].start)


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
