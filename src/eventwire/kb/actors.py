"""The actor knowledge base: the shipped table, the ``lang/`` lexicons and custom dictionaries.

:class:`ActorKB` holds every entry (a named actor, a country, an agent noun, a demonym, ...)
and an index from normalised alias to entries, and finds entry names in a spaCy Doc with
a longest-match lookup over token n-grams (the same result as spaCy's ``PhraseMatcher`` with
``attr="LOWER"``, built in a fraction of the time: no pattern Docs to tokenise).

Priorities, highest first, when two entries have the same words: custom dictionaries given by
the user, then the hand-written lexicons of ``lang/`` (``xx/`` for every language), then the
derived table ``data/actors.json.gz``.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter
from pathlib import Path
from typing import Any

from eventwire.kb import wordclass
from eventwire.kb.build_actors import ARTIFACT, FORMAT, entry_from_list, load_artifact
from eventwire.kb.dictionaries import (
    DictEntry,
    DictionaryError,
    Role,
    read_dictionary,
    read_table,
)
from eventwire.kb.normalize import accent_key, first_run, fold, norm, norm_folded
from eventwire.records import SECTORS, Actor

LANG_DIR = Path(__file__).resolve().parent.parent / "lang"
PRIORITY_CUSTOM, PRIORITY_LEXICON, PRIORITY_TABLE = 0, 1, 2
#: Case rules of an alias: any case, a capital first letter, all capitals, lower case only,
#: every word capitalised (a title-case name of several words: "Russia Today", not "Russia
#: today"; short particles aside: "Luigi di Maio"): every name in a language whose grammar file
#: says "names title" (English), media names in all.
ANY_CASE, CAPITALISED, ALL_CAPS, LOWER_ONLY, TITLE_CASE = 0, 1, 2, 3, 4
MAX_TOKENS = 12
#: Types of agent nouns (``lang/<lang>/actors_agents.tsv``): see lang/README.actors.md.
AGENT_TYPES = ("office", "body", "people", "people_adj", "equipment", "victims")

__all__ = ["ActorKB", "Match", "get_kb", "resolve_on_date", "role_on"]


@dataclass(frozen=True)
class Match:
    """Entries whose alias covers tokens ``start:end`` of a Doc (best priority only)."""

    start: int
    end: int
    entries: tuple[int, ...]
    priority: int


def _letters(text: str) -> str:
    return re.sub(r"[^A-Za-zÀ-ÿ]", "", text)


def case_rule(alias: str, cased: bool, upper_source: bool) -> int:
    """How an alias must be written in the text: any case, capitalised, or all capitals."""
    if not cased:
        return ANY_CASE
    if not upper_source and alias[:1].islower():
        return ANY_CASE  # a lexicon form written in lower case matches any case
    letters = _letters(alias)
    if alias.upper() == alias and letters and len(letters) <= (3 if upper_source else 5):
        return ALL_CAPS  # acronyms: "US", "UN", "NATO"
    return CAPITALISED


def _title_case(alias: str) -> bool:
    """Several words, each starting with a capital letter ("New York Times")."""
    words = [w for w in alias.split() if w[:1].isalpha()]
    return len(words) > 1 and all(w[:1].isupper() for w in words)


#: A Roman numeral of two letters or more ("XI", "XVI", "LI"): a king's, a pope's or a
#: century's number, never a capitalised name written in capitals ("XI" is not Xi Jinping).
_ROMAN = re.compile(r"(?=[MDCLXVI]{2})M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")


def _case_ok(text: str, rule: int) -> bool:
    if rule == ANY_CASE:
        return True
    if rule == CAPITALISED and _ROMAN.fullmatch(text):
        return False  # "Pio XI", "nel XI arrondissement": the numeral, not the name "Xi"
    if rule == TITLE_CASE:  # particles may be lower case: "Luigi di Maio"
        return all(w[:1].isupper() for w in text.split() if w[:1].isalpha() and len(w) > 3)
    if rule == LOWER_ONLY:
        return text[:1].islower()
    if rule == ALL_CAPS:
        letters = _letters(text)
        return bool(letters) and letters.upper() == letters
    return text[:1].isupper() or text[:1].isdigit()


def _split_forms(value: str) -> list[str]:
    return [f.strip() for f in value.split("|") if f.strip()]


_JOINER_CHARS = "-'/"
_WHITESPACE = re.compile(r"\s")


@functools.lru_cache(maxsize=1 << 17)
def _token_key(token_text: str) -> tuple[str | None, str]:
    """A token's part of an n-gram key (:func:`fold`; None when it is empty or holds
    whitespace, and the n-gram key is then normalised whole) and its first run."""
    folded = fold(token_text)
    piece: str | None = folded
    if not piece or _WHITESPACE.search(piece):
        piece = None
    return piece, first_run(norm_folded(folded))


class _LexiconFile:
    """Rows of a ``lang/`` TSV lexicon: ``(where, columns)`` with a clear error per bad row."""

    def __init__(self, path: Path, ncols: int) -> None:
        self.path = path
        self.rows: list[tuple[str, list[str]]] = []
        rel = f"{path.parent.name}/{path.name}"
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < ncols:
                cols += [""] * (ncols - len(cols))
            if not cols[0].strip():
                raise DictionaryError(f"{path}:{lineno}: empty first column")
            self.rows.append((f"{rel}:{lineno}", [c.strip() for c in cols]))


def role_on(entry: DictEntry, iso_date: str) -> Role | None:
    """The role of ``entry`` on ``iso_date``: the first dated role that holds, else the first
    undated one (PETRARCH's rule), else None."""
    for role in entry.roles:
        if role.dated and role.holds_on(iso_date):
            return role
    for role in entry.roles:
        if not role.dated:
            return role
    return None


def usual_role(entry: DictEntry) -> Role | None:
    """The actor's usual role when the date is unknown: the most frequent non-ELI sector
    (ties: the latest role), with its country; the title is left out (no date, no office).

    A person whose dated offices include a sector-less international one (IGO leaders have
    no sector) is known for the office held longest: Ban Ki-moon, foreign minister of Korea
    for three years and UN Secretary-General for ten, is the UN's.
    """
    active = [r for r in entry.roles if r.sector and r.sector != "ELI"]
    offices = [r for r in entry.roles if r.start and r.sector != "ELI"]
    if offices and any(r.sector is None and r.country for r in offices):
        longest = max(offices, key=lambda r: (_years(r), r.start or ""))
        if longest.sector is None:
            return Role(longest.code, longest.country, None, None, None, None)
    if not active:
        return None
    counts = Counter(r.sector for r in active)
    best = max(counts.values())
    role = [r for r in active if counts[r.sector] == best][-1]
    return Role(role.code, role.country, role.sector, None, None, None)


def _years(role: Role) -> float:
    """How long a dated role lasted (an open one: until today)."""
    start = dt.date.fromisoformat(iso_day(role.start) or today())
    end = dt.date.fromisoformat(iso_day(role.end) or today())
    return (end - start).days / 365.25


def iso_day(value: str | None) -> str | None:
    """A full ISO date for a possibly partial one (``2023-09`` -> ``2023-09-15``), or None."""
    if not value:
        return None
    value = str(value).strip()[:10]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return value + "-15"
    if re.fullmatch(r"\d{4}", value):
        return value + "-07-01"
    return None


class _Entries(list):
    """The KB's entries; those of the shipped table stay in their JSON form until first read."""

    def __getitem__(self, idx):  # type: ignore[no-untyped-def, override]
        item = super().__getitem__(idx)
        if isinstance(item, list):
            item = entry_from_list(item)
            if item.kind == "AGENT":
                item.extra.setdefault("type", "any")
            self[idx] = item
        return item

    def __iter__(self):  # type: ignore[no-untyped-def]
        for i in range(len(self)):
            yield self[i]


class ActorKB:
    """Entries and alias index for one language (plus any custom dictionaries)."""

    def __init__(
        self,
        lang: str,
        dictionaries: tuple[str, ...] = (),
        *,
        artifact: str | Path = ARTIFACT,
        lang_dir: str | Path = LANG_DIR,
    ) -> None:
        self.lang = lang
        self.entries: list[DictEntry] = _Entries()
        self.priority: list[int] = []
        self.index: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self.starts: dict[str, int] = {}
        self.by_name: dict[str, list[int]] = defaultdict(list)
        self.grammar: dict[str, frozenset[str]] = {}
        self.max_grammar_words = 1
        self.given_names: dict[str, str] = {}  # normalised given name -> source
        #: country names that are also given names ("jordan", "chad")
        self.country_given_names: set[str] = set()
        self.name_titles: set[str] = set()  # words before KB names that are no given names
        #: agent nouns (``actors_agents.tsv``) -> their forms with accents kept: a common
        #: noun's accent tells words apart ("papà" is no "papa"), a name's does not
        self.accent_forms: dict[int, frozenset[str]] = {}
        lang_dir = Path(lang_dir)
        gc_was_on = gc.isenabled()
        gc.disable()  # many small objects: the collector would only slow loading down
        try:
            self._load(dictionaries, artifact, lang_dir)
        finally:
            if gc_was_on:
                gc.enable()

    def _load(self, dictionaries: tuple[str, ...], artifact: str | Path, lang_dir: Path) -> None:
        lang = self.lang
        grammar = lang_dir / lang / "actors_grammar.tsv"
        #: names of several words are written in title case in this language ("names title"):
        #: "Russia Today" is the channel, "Russia today" is not; in Italian only media names
        self.title_case_names = grammar.is_file() and any(
            row[:2] == ["names", "title"] for _w, row in _LexiconFile(grammar, 2).rows
        )
        for path in dictionaries:
            for e in read_dictionary(path, SECTORS):
                upper = Path(path).suffix.lower() not in (".csv", ".tsv", ".yaml", ".yml")
                e.source = f"{Path(path).name}:{e.source.rsplit(':', 1)[-1]}"
                if e.kind == "AGENT":
                    e.extra.setdefault("type", "any")
                self._add(e, PRIORITY_CUSTOM, upper_source=upper)
        self._load_lexicons(lang_dir)
        data = load_artifact(artifact)
        self.places: dict[str, str] = data["places"]
        if data.get("format") != FORMAT:
            raise DictionaryError(
                f"{artifact}: table format {data.get('format')}, expected "
                f"{FORMAT}; run `eventwire kb build`"
            )
        for raw in data["entries"]:
            if raw[2] not in (None, lang):
                continue
            self._add(raw, PRIORITY_TABLE, keys=raw[4])  # type: ignore[arg-type]
        self._add_spelling_variants(lang_dir / lang / "actors_spellings.tsv")
        self._drop_capital_aliases_of_people_and_words(lang_dir / lang / "place_names.tsv")
        self.max_place_words = 4

    def _drop_capital_aliases_of_people_and_words(self, place_names: Path) -> None:
        """A capital's alternate name (GeoNames lists it in many languages, untagged) stands
        for its government only when it is no word of the language, no given name and no
        KB person's surname: 'Parisi' (Paris) is mostly the surname ('risponde a Parisi'),
        'Pari' a word ('ministro delle Pari opportunità'), 'Victoria' (Hong Kong) a given
        name, 'Tirano' (Tirana) a verb form. The capital's main name and the names the
        language's ``place_names.tsv`` gives (Mosca, Parigi) stay."""
        keep = set()
        if place_names.is_file():
            for _w, row in _LexiconFile(place_names, 2).rows:
                keep.add(norm(row[0]))
        for key, bucket in list(self.index.items()):
            caps = [(i, r) for i, r in bucket if self._kind(i) == "CAPITAL"]
            if not caps or key in keep or " " in key or not self.person_name_or_word(key):
                continue
            for i, r in caps:
                raw = list.__getitem__(self.entries, i)
                name = raw[0] if isinstance(raw, list) else raw.name
                if norm(name) != key:
                    bucket.remove((i, r))
            if not bucket:
                del self.index[key]
        self.__dict__.pop("_kb_given_names", None)  # computed with the dropped aliases

    def _add_spelling_variants(self, path: Path) -> None:
        """Index names of several words under their other spellings too ("organisation" /
        "organization"), where no entry is written that way already."""
        if not path.is_file():
            return
        other: dict[str, str] = {}
        for _where, (a, b, *_r) in _LexiconFile(path, 2).rows:
            other[norm(a)], other[norm(b)] = norm(b), norm(a)
        taken = set(self.index)
        for key, bucket in list(self.index.items()):
            words = key.split(" ")
            spots = [k for k, w in enumerate(words) if w in other]
            if not spots or len(words) < 2 or len(spots) > 3:
                continue
            for mask in range(1, 1 << len(spots)):
                variant = list(words)
                for bit, k in enumerate(spots):
                    if mask >> bit & 1:
                        variant[k] = other[words[k]]
                vkey = " ".join(variant)
                if vkey in taken:
                    continue
                taken.add(vkey)  # one spelling's entries, not a mix of several
                self.index[vkey] = list(bucket)
                run = first_run(vkey)
                if run and len(vkey) > self.starts.get(run, 0):
                    self.starts[run] = len(vkey)

    # -- loading -----------------------------------------------------------------------
    def _add(
        self,
        e: DictEntry | list[Any],
        priority: int,
        *,
        upper_source: bool = False,
        keys: list[list[Any]] | None = None,
    ) -> int:
        idx = len(self.entries)
        self.entries.append(e)
        self.priority.append(priority)
        if isinstance(e, list):  # a table entry, converted when first read
            kind, name = e[1], e[0]
        else:
            kind, name = e.kind, e.name
        if keys is None:
            keys = []
            for alias in e.aliases:
                key = norm(alias)
                keys.append([alias, key, case_rule(alias, e.cased, upper_source), first_run(key)])
        lower_only = not isinstance(e, list) and e.extra.get("lower_only")
        for alias, key, rule, run in keys:
            if len(key) < 2:
                continue
            if lower_only and rule == ANY_CASE:
                rule = LOWER_ONLY
            if rule == CAPITALISED and " " in alias and _title_case(alias):
                if self.title_case_names or kind == "MEDIA":
                    rule = TITLE_CASE
            bucket = self.index[key]
            if (idx, rule) not in bucket:
                bucket.append((idx, rule))
            if run and len(key) > self.starts.get(run, 0):
                self.starts[run] = len(key)
        if kind in ("PER", "ORG", "MEDIA"):
            self.by_name[norm(name)].append(idx)
        if kind == "AGENT" and not isinstance(e, list):
            self.accent_forms[idx] = frozenset(accent_key(a) for a in e.aliases)
        return idx

    def _load_lexicons(self, lang_dir: Path) -> None:
        for folder in (lang_dir / "xx", lang_dir / self.lang):
            if not folder.is_dir():
                continue
            curated = folder / "actors_curated.tsv"
            if curated.is_file():
                for e in read_table(curated, SECTORS):
                    e.source = f"{folder.name}/{e.source}"
                    self._add(e, PRIORITY_LEXICON)
            media = folder / "actors_media.tsv"
            if media.is_file():
                for where, (forms, country, name, *_rest) in _LexiconFile(media, 3).rows:
                    country = country.upper() or None
                    self._add(
                        DictEntry(
                            name=name or _split_forms(forms)[0],
                            aliases=_split_forms(forms),
                            roles=[Role((country or "") + "JRN", country, "JRN")],
                            kind="MEDIA",
                            source=where,
                        ),
                        PRIORITY_LEXICON,
                    )
            self._load_lang_files(folder)

    def _load_lang_files(self, folder: Path) -> None:
        path = folder / "actors_grammar.tsv"
        if path.is_file():
            grammar: dict[str, set[str]] = defaultdict(set)
            for _where, (role, forms, *_r) in _LexiconFile(path, 2).rows:
                for f in _split_forms(forms):
                    grammar[role].add(norm(f) if f != "," else ",")
                    self.max_grammar_words = max(self.max_grammar_words, len(f.split()))
            self.grammar = {k: frozenset(v) for k, v in grammar.items()}
        path = folder / "actors_agents.tsv"
        if path.is_file():
            for where, (forms, sector, title, typ, country, *_r) in _LexiconFile(path, 6).rows:
                inherit = sector.startswith("*")
                state = sector[1:].upper() or None if inherit else None  # "*GOV"
                if state and state not in SECTORS:
                    raise DictionaryError(f"{where}: unknown sector {state!r}")
                sector = None if inherit or not sector else sector.upper()
                if sector and sector not in SECTORS:
                    raise DictionaryError(f"{where}: unknown sector {sector!r}")
                if typ not in AGENT_TYPES:
                    raise DictionaryError(f"{where}: type must be one of {', '.join(AGENT_TYPES)}")
                country = country.upper() or None
                default = None
                if country and country.endswith("?"):  # only a default: "ITA?"
                    default, country = country.rstrip("?"), None
                self._add(
                    DictEntry(
                        name=_split_forms(forms)[0],
                        aliases=_split_forms(forms),
                        roles=[Role("~" + (sector or ""), country, sector, title or None)],
                        kind="AGENT",
                        source=where,
                        extra={
                            "type": typ,
                            "inherit": inherit,
                            "state_sector": state,
                            "title": title or None,
                            "default_country": default,
                        },
                    ),
                    PRIORITY_LEXICON,
                )
        for fname, kind in (("actors_demonyms.tsv", "DEMONYM"), ("actors_countries.tsv", "GPE")):
            path = folder / fname
            if not path.is_file():
                continue
            for where, (forms, country, *_r) in _LexiconFile(path, 2).rows:
                country = country.upper()
                self._add(
                    DictEntry(
                        name=_split_forms(forms)[0],
                        aliases=_split_forms(forms),
                        roles=[Role(country, country, None)],
                        kind="GPE",
                        source=where,
                        # demonyms are written in lower case in Italian ("russo"); the
                        # grammar file says so ("demonyms lower"): "Ucraina" is the country
                        extra={"demonym": True, "lower_only": self._lower_demonyms()}
                        if kind == "DEMONYM"
                        else {},
                    ),
                    PRIORITY_LEXICON,
                )
        path = folder / "actors_metonyms.tsv"
        if path.is_file():
            for where, (forms, country, sector, name, _note, flag, *_r) in _LexiconFile(
                path, 6
            ).rows:
                country = country.upper() or None
                sector = sector.upper() or None
                if flag not in ("", "article"):
                    raise DictionaryError(f"{where}: sixth column is 'article' or empty")
                self._add(
                    DictEntry(
                        name=name or _split_forms(forms)[0],
                        aliases=_split_forms(forms),
                        roles=[Role((country or "") + (sector or ""), country, sector)],
                        kind="ORG",
                        source=where,
                        extra={"metonym": True, "after_article": flag == "article"},
                    ),
                    PRIORITY_LEXICON,
                )
        path = folder / "actors_groups.tsv"
        if path.is_file():
            for where, (forms, refers, count, *_r) in _LexiconFile(path, 3).rows:
                self._add(
                    DictEntry(
                        name=_split_forms(forms)[0],
                        aliases=_split_forms(forms),
                        roles=[],
                        kind="GROUP",
                        source=where,
                        cased=False,
                        extra={"refers": refers or "any", "count": int(count or 2)},
                    ),
                    PRIORITY_LEXICON,
                )
        path = folder / "actors_not_actors.tsv"
        if path.is_file():
            for where, (forms, *_r) in _LexiconFile(path, 1).rows:
                self._add(
                    DictEntry(
                        name=_split_forms(forms)[0],
                        aliases=_split_forms(forms),
                        roles=[],
                        kind="STOP",
                        source=where,
                        cased=False,
                    ),
                    PRIORITY_LEXICON,
                )
        path = folder / "actors_given_names.tsv"
        if path.is_file():
            for where, (forms, kind, *_r) in _LexiconFile(path, 2).rows:
                for f in _split_forms(forms):
                    if kind == "title":
                        self.name_titles.add(norm(f))
                    elif kind == "country_given":
                        self.country_given_names.add(norm(f))
                    else:
                        self.given_names[norm(f)] = where
        path = folder / "actors_modifiers.tsv"
        if path.is_file():
            for where, (forms, effect, *_r) in _LexiconFile(path, 2).rows:
                self._add(
                    DictEntry(
                        name=_split_forms(forms)[0],
                        aliases=_split_forms(forms),
                        roles=[],
                        kind="MOD",
                        source=where,
                        cased=False,
                        extra={"effect": effect},
                    ),
                    PRIORITY_LEXICON,
                )

    def _lower_demonyms(self) -> bool:
        return "lower" in self.grammar.get("demonyms", frozenset())

    @functools.cached_property
    def capital_keys(self) -> frozenset[str]:
        """Normalised names of capitals (metonyms that are also places)."""
        keys = set()
        for key, bucket in self.index.items():
            for idx, _rule in bucket:
                raw = list.__getitem__(self.entries, idx)
                kind = raw[1] if isinstance(raw, list) else raw.kind
                if kind == "CAPITAL":
                    keys.add(key)
                    break
        return frozenset(keys) | frozenset(self.places)

    # -- lookups -----------------------------------------------------------------------
    def matches(self, doc: Any) -> list[Match]:
        """Every alias occurrence in ``doc`` (overlapping; best-priority entries per span).

        An n-gram's key is :func:`norm` of its text, built token by token from each token's
        fold (one space where the text has one, none beside ``- ' /``), which is what
        ``norm`` gives for the whole text; an n-gram stops growing when no alias starts
        with its key.
        """
        from eventwire.pipeline.extensions import doc_text
        from eventwire.pipeline.tokens import tokens

        out: list[Match] = []
        text = doc_text(doc)
        tab = tokens(doc)
        n = len(tab.text)
        starts, ends, space, ws = tab.idx, tab.end, tab.is_space, tab.ws
        # per token: (its piece of a key, its start limit: 0 when no alias key starts with
        # its fold), read with one C-level pass over a memo by token text; only the tokens
        # with a limit start an n-gram
        memo = self._token_keys
        keys = list(map(memo.get, tab.text))
        if None in keys:
            if len(memo) > 1 << 18:
                memo.clear()
            for i, got in enumerate(keys):
                if got is None:
                    word = tab.text[i]
                    piece, run = _token_key(word)
                    keys[i] = memo[word] = (piece, self._start_limit(piece, run))
        limits = list(map(itemgetter(1), keys))
        index, priority = self.index, self.priority
        sorted_keys = self._sorted_keys
        n_keys = len(sorted_keys)
        grows = self._grows
        if len(grows) > 1 << 18:
            grows.clear()
        for i in compress(range(n), limits):
            limit = limits[i]
            piece = keys[i][0]
            begin = starts[i]
            key = ""
            whole = piece is None  # normalise the n-gram's text whole (and never stop early)
            for j in range(i + 1, min(n, i + MAX_TOKENS) + 1):
                k = j - 1
                if space[k]:
                    break
                if ends[k] - begin > limit + 2 * (j - i):
                    break
                if not whole:
                    piece = keys[k][0]
                    if piece is None:
                        whole = True
                    elif j == i + 1:
                        key = piece
                    elif (
                        ws[k - 1]
                        and key[-1] not in _JOINER_CHARS
                        and (piece[0] not in _JOINER_CHARS)
                    ):
                        key = f"{key} {piece}"
                    else:
                        key += piece
                if whole:
                    key = norm(text[begin : ends[k]])
                found = index.get(key)
                if not found:
                    # stop when no alias key starts with this one (a first token's fold is
                    # known to start one: see _start_limit)
                    if not whole and j > i + 1:
                        grow = grows.get(key)
                        if grow is None:
                            at = bisect_left(sorted_keys, key)
                            grow = grows[key] = at < n_keys and sorted_keys[at].startswith(key)
                        if not grow:
                            break
                    continue
                span_text = text[begin : ends[k]]
                ok = [idx for idx, rule in found if _case_ok(span_text, rule)]
                if ok and not span_text.isascii():
                    ok = self._accents_ok(span_text, ok)
                if not ok:
                    continue
                best = min(priority[idx] for idx in ok)
                out.append(Match(i, j, tuple(x for x in ok if priority[x] == best), best))
        return out

    def _accents_ok(self, span_text: str, ok: list[int]) -> list[int]:
        """The entries of ``ok`` whose accents agree with the text's: an agent noun matches
        only as written ("il papà" is no Pope); names match whatever their accents."""
        forms = self.accent_forms
        if not any(idx in forms for idx in ok):
            return ok
        key = accent_key(span_text)
        return [idx for idx in ok if idx not in forms or key in forms[idx]]

    @functools.cached_property
    def _sorted_keys(self) -> list[str]:
        return sorted(self.index)

    @functools.cached_property
    def _token_keys(self) -> dict[str, tuple[str | None, int]]:
        """Token text -> (its piece of an n-gram key, its start limit): see :meth:`matches`."""
        return {}

    @functools.cached_property
    def _grows(self) -> dict[str, bool]:
        """N-gram key -> whether some alias key starts with it (a memo of the bisection)."""
        return {}

    @functools.cached_property
    def _start_limits(self) -> dict[str, int]:
        """Token fold -> the longest key an n-gram starting with it may have (0: none)."""
        return {}

    def _start_limit(self, piece: str | None, run: str) -> int:
        """How long a key an n-gram starting with a token may have: 0 when no alias key is,
        or starts with, the token's fold (the n-gram lookup would stop at once)."""
        limit = self.starts.get(run) or 0
        if limit and piece is not None and piece not in self.index:
            keys = self._sorted_keys
            at = bisect_left(keys, piece)
            if at == len(keys) or not keys[at].startswith(piece):
                limit = 0
        if piece is not None:
            memo = self._start_limits
            if len(memo) > 1 << 17:
                memo.clear()
            memo[piece] = limit
        return limit

    def person_name_or_word(self, word: str) -> str | None:
        """Why ``word`` (one word) reads as no alternate place name: a KB person's surname,
        a given name, or a word of the language (a noun, adjective or verb form); else
        None."""
        from eventwire.kb import wordclass

        key = norm(word)
        if key in self._kb_surnames:
            return "the last word of a KB person's name"
        if self.given_name(key):
            return "a given name"
        if wordclass.is_content_word(self.lang, key.lower()):
            return "a word of the language"
        return None

    @functools.cached_property
    def _kb_surnames(self) -> frozenset[str]:
        """Last words of KB person names of two words or more ("Parisi", "Lagarde")."""
        out = set()
        for idx in range(len(self.entries)):
            raw = list.__getitem__(self.entries, idx)
            kind, name = (raw[1], raw[0]) if isinstance(raw, list) else (raw.kind, raw.name)
            words = name.split()
            if kind == "PER" and len(words) > 1:
                out.add(norm(words[-1]))
        return frozenset(out)

    def given_name(self, word: str) -> str | None:
        """Where ``word`` is listed as a given name (the ``lang/`` list, else the first word
        of at least two person names in the KB), or None."""
        key = norm(word)
        if key in self.given_names:
            return self.given_names[key]
        if key in self._kb_given_names:
            return "first word of KB person names (data/actors.json.gz)"
        return None

    @functools.cached_property
    def _kb_given_names(self) -> frozenset[str]:
        """First words of two or more KB person names that are no title, common word, place
        or other actor name ("Giuseppe", "Zoran"; not "Sheikh", "Sri", "Jordan")."""
        counts: Counter[str] = Counter()
        for idx in range(len(self.entries)):
            raw = list.__getitem__(self.entries, idx)
            kind, name = (raw[1], raw[0]) if isinstance(raw, list) else (raw.kind, raw.name)
            if kind != "PER":
                continue
            words = name.split()
            if len(words) > 1 and words[0].isalpha() and len(words[0]) > 2:
                counts[norm(words[0])] += 1
        out = set()
        for key, n in counts.items():
            if n < 2 or key in self.name_titles or key in self.places:
                continue
            if any(self._kind(i) != "PER" for i, _r in self.index.get(key, ())):
                continue
            if key in self.grammar_words:
                continue
            out.add(key)
        return frozenset(out)

    def _kind(self, idx: int) -> str:
        raw = list.__getitem__(self.entries, idx)
        return raw[1] if isinstance(raw, list) else raw.kind

    @functools.cached_property
    def grammar_words(self) -> frozenset[str]:
        return frozenset().union(*self.grammar.values()) if self.grammar else frozenset()

    @functools.cached_property
    def _country_deletes(self) -> dict[str, set[int]]:
        """One-letter deletions of one-word country names (6+ letters) -> entries. The first
        letter is never deleted: a misspelling keeps it ("Ethopia", "Quatar"), another word
        differs there ("Hanish" islands, not "Danish")."""
        out: dict[str, set[int]] = defaultdict(set)
        for key, bucket in self.index.items():
            if len(key) < 6 or not key.isalpha():
                continue
            for idx, rule in bucket:
                if self._kind(idx) != "GPE" or rule in (ANY_CASE, LOWER_ONLY):
                    continue
                e = self.entries[idx]
                if e.extra.get("demonym"):
                    continue
                out[key].add(idx)
                for k in range(1, len(key)):
                    out[key[:k] + key[k + 1 :]].add(idx)
        return out

    def fuzzy_country(self, word: str) -> int | None:
        """The one country whose one-word name is ``word`` up to one letter added, dropped or
        changed ("Ethopia", "Quatar"); None when none or several (or ``word`` is short)."""
        memo = self._fuzzy
        if word in memo:
            return memo[word]
        if len(memo) > 1 << 16:
            memo.clear()
        got = memo[word] = self._fuzzy_country(word)
        return got

    @functools.cached_property
    def _fuzzy(self) -> dict[str, int | None]:
        """Word -> :meth:`fuzzy_country` (a memo)."""
        return {}

    def _fuzzy_country(self, word: str) -> int | None:
        key = norm(word)
        if len(key) < 6 or not key.isalpha() or key in self.index or key in self.places:
            return None
        if wordclass.is_noun(self.lang, key) or wordclass.is_adjective(self.lang, key):
            return None  # a word of the language ("Romana"), not a misspelt country
        deletes = self._country_deletes
        found: set[int] = set(deletes.get(key, ()))
        for k in range(1, len(key)):
            found |= deletes.get(key[:k] + key[k + 1 :], set())
        countries = {self.entries[i].roles[0].country for i in found if self.entries[i].roles}
        if len(countries) != 1:
            return None
        return min(found)

    @functools.cached_property
    def _surnames(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = defaultdict(list)
        for idx in range(len(self.entries)):
            raw = list.__getitem__(self.entries, idx)
            kind, name = (raw[1], raw[0]) if isinstance(raw, list) else (raw.kind, raw.name)
            if kind == "PER" and " " in name:
                out[norm(name.split()[-1])].append(idx)
        return out

    def persons_by_surname(self, word: str) -> list[int]:
        """KB persons whose name ends with ``word`` ("Bush" -> George Bush, George W. Bush)."""
        return self._surnames.get(norm(word), [])

    def is_word(self, role: str, text: str) -> bool:
        """True when ``text`` is one of the grammar words of ``role`` (``of``, ``determiner``)."""
        return norm(text) in self.grammar.get(role, frozenset())

    def place_country(self, text: str) -> str | None:
        """The country of a city or region name (unambiguous names only), or None."""
        return self.places.get(norm(text))

    def find_by_name(self, name: str) -> list[int]:
        """Entries (persons, organisations, media) whose canonical name is ``name``, from the
        highest-priority source that has it (custom, then lexicons, then the table)."""
        found = self.by_name.get(norm(name), [])
        if not found:
            return []
        best = min(self.priority[i] for i in found)
        return [i for i in found if self.priority[i] == best]

    def office_holders(self, country: str, title: str, iso_date: str) -> list[int]:
        """Persons whose role on ``iso_date`` is in ``country`` with a title containing
        every word of ``title`` ("President" -> "President of Russia")."""
        words = set(norm(title).split())
        out = []
        for idx in self._titled.get(country, ()):
            role = role_on(self.entries[idx], iso_date)
            if role and role.title and role.country == country:
                if words <= set(norm(role.title).split()):
                    out.append(idx)
        return out

    @functools.cached_property
    def _titled(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = defaultdict(list)
        for idx in range(len(self.entries)):
            raw = list.__getitem__(self.entries, idx)
            if isinstance(raw, list) and not any(r[3] for r in raw[5]):
                continue  # the shipped table has no titles
            e = self.entries[idx]
            if e.kind == "PER" and any(r.title for r in e.roles):
                for c in {r.country for r in e.roles if r.title and r.country}:
                    out[c].append(idx)
        return out


@functools.lru_cache(maxsize=16)
def get_kb(lang: str, dictionaries: tuple[str, ...] = ()) -> ActorKB:
    """The (cached) knowledge base for ``lang`` with the given custom dictionaries.

    Without custom dictionaries the loaded KB is also kept in the user's cache
    (``eventwire.cache``), under a key that fingerprints the shipped table, the language's
    lexicon files and this code: a new process reads it back instead of building it.
    """
    if dictionaries:
        return ActorKB(lang, tuple(str(p) for p in dictionaries))
    from eventwire import cache

    key = cache.fingerprint(_kb_sources(lang), extra=(lang, str(FORMAT)))
    state = cache.load_object(f"actors-{lang}", key)
    if isinstance(state, dict) and state.get("lang") == lang:
        kb = ActorKB.__new__(ActorKB)
        kb.__dict__.update(state)
        return kb
    kb = ActorKB(lang)
    for name in _DERIVED:  # indexes built on first use: built now, and kept too
        getattr(kb, name)
    cache.save_object(f"actors-{lang}", key, dict(kb.__dict__))
    return kb


#: The KB's lazily built indexes (cached properties) that the cache keeps.
_DERIVED = (
    "capital_keys",
    "_kb_given_names",
    "_country_deletes",
    "_surnames",
    "_titled",
    "grammar_words",
    "_sorted_keys",
)


def _kb_sources(lang: str) -> list[Path]:
    """What a built-in KB is made from: the table, the lexicons, the code that reads them."""
    here = Path(__file__).resolve().parent
    files = [Path(ARTIFACT), here.parent / "records.py"]
    files += sorted(here.glob("*.py"))
    for folder in (LANG_DIR / "xx", LANG_DIR / lang):
        if folder.is_dir():
            files += sorted(folder.glob("actors_*"))
    return files


def today() -> str:
    """Today's ISO date (the resolution date when an article has none)."""
    return dt.date.today().isoformat()


def resolve_on_date(actor_or_span: Any, iso_date: str | None, lang: str = "en") -> Actor:
    """The actor re-resolved on ``iso_date``: office, country and sector that held that day.

    ``actor_or_span`` is a span of ``doc.spans["actors"]`` (its KB entry is in
    ``span._.info``) or an :class:`~eventwire.records.Actor` (looked up by name). An actor
    the KB does not know, or a date that is not a date, returns the actor unchanged.
    """
    day = iso_day(iso_date)
    if hasattr(actor_or_span, "_"):
        span = actor_or_span
        actors = span._.actors or []
        base = actors[0] if actors else Actor(raw_text=span.text)
        info = span._.actor_info or span._.info or {}
        kb = get_kb(span.doc.lang_, tuple(info.get("dictionaries", ())))
        entry_ids = info.get("entries") or []
    else:
        base = actor_or_span
        kb = get_kb(lang)
        entry_ids = kb.find_by_name(base.name) if base.name else []
    if not day or len(entry_ids) != 1:
        return base
    entry = kb.entries[entry_ids[0]]
    role = role_on(entry, day)
    if role is None:
        return Actor(base.raw_text, base.name, base.country, None, None, base.wikidata_id)
    return Actor(
        raw_text=base.raw_text,
        name=base.name,
        country=role.country or base.country,
        sector=role.sector,
        title=role.title,
        wikidata_id=base.wikidata_id,
    )
