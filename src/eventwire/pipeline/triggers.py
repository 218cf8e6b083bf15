"""Event triggers: match the per-language trigger lexicons (``lang/<lang>/triggers*.tsv``).

A lexicon word matches a token's lower-case text or its lemma (quoted words: the text
only). Matching is a dictionary walk from each token over the patterns that start with
one of its keys, so its cost grows with the text, not with the lexicon. Overlaps are
resolved longest-first; on equal length, the earlier lexicon line wins.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import compress, repeat
from operator import is_
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire.pipeline import extensions  # noqa: F401
from eventwire.pipeline.extensions import doc_sents
from eventwire.pipeline.lexicon import (
    cue_index,
    doc_keys,
    function_words,
    lang_dir,
    light_verbs,
    norm,
    read_table,
    split_pattern,
    token_keys,
    word_alternatives,
)
from eventwire.pipeline.syntax import syntax_for
from eventwire.pipeline.tokens import tokens
from eventwire.records import PLOVER_TYPES, Why

FRAMES = frozenset(
    {
        "V",
        "VSYM",
        "VRCP",
        "VINTR",
        "VPASS",
        "VARR",
        "N",
        "NSYM",
        "NINTR",
        "XCHG",
        "OBLIG",
        "STANCE",
    }
)


@dataclass(frozen=True)
class TriggerEntry:
    """One lexicon line."""

    pattern: str
    words: tuple[tuple[str, bool], ...]  # (word, text_only)
    event_type: str
    mode: str | None
    contexts: tuple[str, ...]
    cameo: str | None
    frame: str
    note: str
    source: str  # "file:line"
    rank: int

    @property
    def is_noun(self) -> bool:
        return self.frame.startswith("N")


class LexiconError(ValueError):
    """A malformed lexicon line (names the file and line)."""


def parse_trigger_lines(
    lines: list[str], source: str, lang: str, rank0: int = 0
) -> list[TriggerEntry]:
    """Parse the lines of one triggers*.tsv file (words split as ``lang``'s tokenizer does)."""
    out: list[TriggerEntry] = []
    for i, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 6:
            raise LexiconError(f"{source}:{i}: expected at least 6 tab-separated columns")
        pattern, etype, mode, contexts, cameo, frame = (c.strip() for c in cols[:6])
        note = cols[6].strip() if len(cols) > 6 else ""
        if etype not in PLOVER_TYPES:
            raise LexiconError(f"{source}:{i}: unknown PLOVER type {etype!r}")
        if frame not in FRAMES:
            raise LexiconError(f"{source}:{i}: unknown frame {frame!r}")
        words = split_pattern(lang, pattern)
        if not words:
            raise LexiconError(f"{source}:{i}: empty pattern")
        out.append(
            TriggerEntry(
                pattern=pattern,
                words=words,
                event_type=etype,
                mode=mode or None,
                contexts=tuple(c.strip() for c in contexts.split(",") if c.strip()),
                cameo=cameo or None,
                frame=frame,
                note=note,
                source=f"{source}:{i}",
                rank=rank0 + i,
            )
        )
    return out


@functools.cache
def load_triggers(lang: str) -> tuple[TriggerEntry, ...]:
    """All trigger entries of a language: hand-written ``triggers.tsv`` first, then others."""
    folder = lang_dir(lang)
    files = sorted(folder.glob("triggers*.tsv"), key=lambda p: (p.name != "triggers.tsv", p.name))
    entries: list[TriggerEntry] = []
    for n, path in enumerate(files):
        lines = path.read_text(encoding="utf-8").splitlines()
        entries.extend(parse_trigger_lines(lines, f"{lang}/{path.name}", lang, n * 1_000_000))
    return tuple(entries) + passive_entries(lang, entries)


#: The note that marks an entry derived by ``passive_entries`` (rule trigger.passive_of_row).
PASSIVE_NOTE = "passive_of_row:"


@functools.cache
def passive_rows(lang: str) -> dict[str, frozenset[str]]:
    """``passive_rows.tsv``: kind (state, owner_recipient, skip) -> values."""
    out: dict[str, set[str]] = {}
    for _, cols in read_table(lang, "passive_rows.tsv"):
        out.setdefault(cols[0], set()).add(cols[1])
    return {k: frozenset(v) for k, v in out.items()}


def passive_entries(lang: str, entries: list[TriggerEntry]) -> tuple[TriggerEntry, ...]:
    """Rule trigger.passive_of_row: a verb-object row of frame V ("imporre * sanzioni",
    "lanciare * missili contro") also matches its object before its participle ("nuove
    sanzioni sono state imposte", "i missili lanciati contro"): a VPASS entry "sanzioni *
    imporre", checked by ``passive_fits`` (only auxiliaries, modals, adverbs and the object's
    modifiers between). Languages without ``passive_rows.tsv`` derive none."""
    rows = passive_rows(lang)
    if not rows:
        return ()
    skip = rows.get("skip", frozenset())
    fw = function_words(lang)
    out: list[TriggerEntry] = []
    rank = 9_000_000
    for e in entries:
        w = e.words
        if e.frame != "V" or len(w) < 2 or w[0][1] or w[0][0] in skip:
            continue
        if not w[0][0].endswith(("are", "ere", "ire", "rre")) or w[0][0] == GAP:
            continue
        k = 2 if w[1][0] == GAP else 1
        if k >= len(w) or w[k][1] or w[k][0] == GAP or fw.get(w[k][0]) is not None:
            continue
        noun = w[k][0]
        if not noun.isalpha() or noun.endswith(("are", "ire")):
            continue  # "attaccare * dire": no object noun
        rest = w[k + 1 :]
        # "navi da guerra", "incaricato d'affari": a complement with no gap is the noun's
        n_noun = 1
        if rest and GAP not in (x for x, _ in rest) and len(rest) >= 2:
            n_noun += len(rest)
            rest = ()
        words = (*w[k : k + n_noun], (GAP, False), w[0], *rest)
        rank += 1
        out.append(
            replace(
                e,
                pattern=" ".join(x for x, _ in words),
                words=words,
                frame="VPASS",
                note=f"{PASSIVE_NOTE}{n_noun}:{e.pattern}",
                source=f"{e.source} passive",
                rank=rank,
            )
        )
    return tuple(out)


_MODALS = frozenset({"potere", "dovere", "volere"})
_REFLEXIVES = frozenset({"si", "s'", "ci", "mi", "ti", "vi", "ne"})


def passive_fits(doc: Doc, start: int, entry: TriggerEntry, lang: str) -> int | None:
    """The participle's index when a passive entry's match from ``start`` is the passive of
    its row: only a passive auxiliary (essere, venire), modals, adverbs and up to two
    modifiers of the object between it and the verb, which is a participle; a state verb
    ("chiudere": "i valichi chiusi", "sono chiusi") needs "stato" or "venire". Else None."""
    n_noun = int(entry.note[len(PASSIVE_NOTE) :].split(":", 1)[0])
    verb = entry.words[n_noun + 1][0]
    tab = tokens(doc)
    keys = token_keys(doc, lang)
    sx = syntax_for(lang)
    v = next(
        (
            j
            for j in range(start + n_noun, min(len(doc), start + n_noun + MAX_GAP + 1))
            if verb in keys[j][1] or tab.lower[j] == verb
        ),
        None,
    )
    if (
        v is None
        or tab.lower[v] == verb
        or not sx.is_participle(doc, v)
        and not (v > 0 and sx.cls(tab.lower[v - 1]) == "aux_passive")
    ):
        return None
    aux, act_aux, mods = False, False, 0
    for j in range(start + n_noun, v):
        word = tab.lower[j]
        c = sx.cls(word)
        if word in _REFLEXIVES:
            return None  # "le truppe si sono schierate": a reflexive, no passive
        if c == "aux_passive":
            aux = True
            if word in ("stato", "stata", "stati", "state") or word.startswith(
                ("vien", "veng", "venn", "verr", "veni")
            ):
                act_aux = True
            elif word.startswith(("rest", "rimas")):
                return None  # "restano chiusi": a state
        elif c in ("modal", "adv") or not _MODALS.isdisjoint(keys[j][1]):
            continue  # "potrebbero essere inviati"
        elif (
            c is None
            and tab.is_alpha[j]
            and mods < 2
            and (
                not sx.is_participle(doc, j)
                or (not aux and any(m.start <= j < m.end for m in doc.spans.get("actors", ())))
            )
        ):  # no verb form but the party the object belongs to ("danesi", spelt like one)
            # before the auxiliary the object's modifiers ("i diplomatici russi espulsi",
            # "le sanzioni Ue imposte"); after it one adverb ("saranno presto inviati")
            mods += 1 if not aux else 2
        else:
            return None
    state = verb in passive_rows(lang).get("state", frozenset())
    if state and not act_aux:
        return None
    if not aux and len(entry.words) == n_noun + 2:
        # a participle right after its object with no auxiliary tells the act only with its
        # doer after it ("i diplomatici espulsi da Varsavia") or the row's own complement
        # ("i missili lanciati contro"); alone it mostly names a thing told before ("la
        # nave assaltata è ...", "l'incendio appiccato in una chiesa": precision seeds)
        k = v + 1
        while k < len(doc) and sx.cls(tab.lower[k]) == "adv":
            k += 1
        if k >= len(doc) or sx.cls(tab.lower[k]) != "prep_by":
            return None
    return v


class TriggerIndex:
    """First-word index over trigger entries. A pattern of several words is tried only in a
    text that has a word its last word can be, and a pattern with gaps only where such a
    word is within its reach."""

    def __init__(self, entries: tuple[TriggerEntry, ...], lang: str) -> None:
        self.lang = lang
        #: first word -> (entry, words, last word's forms or None, its nearest and farthest
        #: offset from the first word when the pattern has gaps)
        self.by_first: dict[str, list[tuple[TriggerEntry, tuple, frozenset | None, int, int]]]
        self.by_first = {}
        self.by_last: dict[str, set[int]] = {}
        self.free: set[int] = set()
        for e in entries:
            alts = tuple(
                (frozenset({w}) if t_only else word_alternatives(lang, w), t_only)
                for w, t_only in e.words
            )
            at = next((k for k in range(len(alts) - 1, 0, -1) if GAP not in alts[k][0]), None)
            last = alts[at][0] if at is not None else None
            gaps = sum(1 for w, _ in alts[: at or 0] if GAP in w)
            reach = (last, (at or 0) - gaps, (at or 0) - gaps + MAX_GAP * gaps)
            if not gaps:
                reach = (None, 0, 0)
            for first in alts[0][0]:
                self.by_first.setdefault(first, []).append((e, alts, *reach))
            for word in last or ():
                self.by_last.setdefault(word, set()).add(e.rank)
            if last is None:  # one word, or only gaps after it: no last word to look for
                self.free.add(e.rank)
        self._stops: dict[str, bool | str] = {}

    def match(self, doc: Doc) -> list[tuple[int, int, TriggerEntry, int]]:
        """All (start, end, entry, words matched by text) matches, before overlap resolution."""
        dk = doc_keys(doc, self.lang)
        keys = dk.pairs
        stops = self._gap_stops(doc)
        possible: set[int] = set()  # longer entries whose last word the text has
        for word in dk.keyset & self.by_last.keys():
            possible |= self.by_last[word]
        viable: dict[str, list] = {}  # first word -> the entries this text allows
        n = len(doc)
        found: list[tuple[int, int, TriggerEntry, int]] = []
        for i in dk.starts(self.by_first):
            seen: set[int] = set()
            for key in dk.ordered[i]:
                cands = viable.get(key)
                if cands is None:
                    cands = viable[key] = [
                        c
                        for c in self.by_first.get(key, ())
                        if c[0].rank in possible or c[0].rank in self.free
                    ]
                for e, alts, last, lo, hi in cands:
                    if e.rank in seen:
                        continue
                    if last is not None and not dk.near(last, i + lo, i + hi):
                        continue
                    m = _match_at(n, keys, stops, i, alts)
                    if m is not None and e.note.startswith(PASSIVE_NOTE):
                        if passive_fits(doc, i, e, self.lang) is None:
                            m = None
                    if m is not None:
                        seen.add(e.rank)
                        found.append((i, m[0], e, m[1]))
        return found

    def _gap_stops(self, doc: Doc) -> list[bool]:
        """Per token: a gap never crosses it (punctuation, complementizer, relative); read
        once per Doc (the trigger and not-trigger indexes of a language share it)."""
        got = doc.user_data.get(_STOPS_KEY)
        if got is None or got[0] != self.lang or len(got[1]) != len(doc):
            stops = self._stops_of(tokens(doc).text)
            fw = function_words(self.lang)
            words = tokens(doc).lower
            sx = syntax_for(self.lang)
            for k in range(1, len(doc)):
                if (
                    self.lang == "it"
                    and words[k - 1] in _INFINITIVE_OPENERS
                    and sx.is_infinitive(doc, k)
                ):
                    # "il blocco per portare aiuti", "ha accettato di discutere la proposta":
                    # a verb opened by "per"/"di"/"a" takes the nouns after it as its own
                    # objects, so a gap never crosses it ("bloccare * aiuti")
                    stops[k] = True
                    continue
                # "were called up by the Israeli army": a participle's "by" opens its doer,
                # whose words are no object of the verb ("call up * army"). English only:
                # Italian "da" after a participle is as often "from" ("partiti da Roma").
                if self.lang != "en" or fw.get(words[k]) != "prep_by":
                    continue
                if sx.is_participle(doc, k - 1) or (
                    k > 1  # a particle between: "called up by", "shot down by"
                    and words[k - 1].isalpha()
                    and fw.get(words[k - 1]) is None
                    and sx.is_participle(doc, k - 2)
                ):
                    stops[k] = True  # a fresh list per Doc (_stops_of)
            got = doc.user_data[_STOPS_KEY] = (self.lang, stops)
        return got[1]

    def _stops_of(self, words: list[str]) -> list[bool]:
        memo = self._stops
        out = list(map(memo.get, words))
        if None in out:
            fw = function_words(self.lang)
            for k in compress(range(len(out)), map(is_, out, repeat(None))):
                t = words[k]
                stop = t in _GAP_STOP or fw.get(norm(t)) in _GAP_STOP_CLASSES
                out[k] = memo[t] = _OPEN_QUOTE if stop and t in _OPEN_QUOTES else stop
            if len(memo) > 1 << 17:
                memo.clear()
        return out  # type: ignore[return-value]


GAP = "*"
MAX_GAP = 4
_STOPS_KEY = "eventwire_gap_stops"
_GAP_STOP = frozenset({".", ";", ":", "!", "?", ",", "«", "»", '"', "(", ")"})
#: Opening quotes: a gap stops at one, but may end on one right before the next pattern word
#: ("promettere * punizione" in "ha promesso una «punizione severa»"); a truthy stop mark.
_OPEN_QUOTES = frozenset({"«"})
_OPEN_QUOTE = "open-quote"
#: Function-word classes a gap never crosses: "dichiarare * colpevole" must not match
#: "ha dichiarato che i colpevoli ...", where the noun belongs to the embedded clause.
_GAP_STOP_CLASSES = frozenset({"complementizer", "relative"})
#: Italian words before an infinitive that opens a clause of its own ("per portare", "di
#: inviare", "a firmare"): a gap stops at that infinitive.
_INFINITIVE_OPENERS = frozenset({"per", "di", "a", "ad"})


def _match_at(n: int, keys, stops: list[bool], i: int, alts) -> tuple[int, int] | None:  # noqa: ANN001
    """Match pattern words from token ``i``: (end, words matched by text) or None.

    A ``*`` word skips up to MAX_GAP tokens, never punctuation, a complementizer or a
    relative pronoun (``stops``): "inviare * militari" matches "inviare altri 21.000
    militari".
    """

    def rec(j: int, k: int, by_text: int) -> tuple[int, int] | None:
        if k == len(alts):
            return j, by_text
        words, text_only = alts[k]
        if GAP in words:
            for skip in range(0, MAX_GAP + 1):
                if skip and (j + skip - 1 >= n or stops[j + skip - 1]):
                    if j + skip - 1 < n and stops[j + skip - 1] == _OPEN_QUOTE:
                        # a quoted phrase opening right before the next word: "ha promesso
                        # a Israele una «punizione severa»" (the quote is the last word skipped)
                        r = rec(j + skip, k + 1, by_text)
                        if r is not None:
                            return r
                    break
                r = rec(j + skip, k + 1, by_text)
                if r is not None:
                    return r
            return None
        if j >= n:
            return None
        low, tok_keys = keys[j]
        if low in words:
            return rec(j + 1, k + 1, by_text + 1)
        if not text_only and not words.isdisjoint(tok_keys):
            return rec(j + 1, k + 1, by_text)
        return None

    return rec(i, 0, 0)


def resolve_overlaps(
    matches: list[tuple[int, int, TriggerEntry, int]],
    nominal: Callable[[int], bool] | None = None,
) -> list[tuple[int, int, TriggerEntry]]:
    """Keep the longest match where matches overlap.

    Ties go to the match with more words matched by their text (a noun entry beats the
    verb whose lemma the noun's form shares), then to the entry whose part of speech
    agrees with the token's use (``nominal(i)``: a determiner before it makes it a noun,
    so "attacked" takes the verb entry and "the attack" the noun entry), then to the
    earlier lexicon line.
    """

    def agrees(m: tuple[int, int, TriggerEntry, int]) -> int:
        if nominal is None:
            return 0
        return int(m[2].is_noun == nominal(m[0]))

    ordered = sorted(matches, key=lambda m: (-(m[1] - m[0]), -m[3], -agrees(m), m[2].rank, m[0]))
    taken: set[int] = set()
    kept = []
    for s, e, entry, _ in ordered:
        if any(i in taken for i in range(s, e)):
            continue
        taken.update(range(s, e))
        kept.append((s, e, entry))
    return sorted(kept, key=lambda m: m[0])


def _not_trigger_lines(lang: str) -> list[tuple[int, str]]:
    path = lang_dir(lang) / "not_triggers.tsv"
    if not path.exists():
        return []
    return [
        (n, w.strip().lower())
        for n, w in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if w.strip() and not w.startswith("#")
    ]


@functools.cache
def not_triggers(lang: str) -> frozenset[str]:
    """Word forms that never trigger (one-word lines of ``not_triggers.tsv``)."""
    return frozenset(
        w
        for _, w in _not_trigger_lines(lang)
        if len(split_pattern(lang, w)) == 1 and not w.startswith("-")
    )


@functools.cache
def compound_halves(lang: str) -> frozenset[str]:
    """Words that never open a trigger as the second half of a hyphen compound (lines
    ``-word`` of ``not_triggers.tsv``: "Vietnamese-led forces", "U.S.-backed rebels")."""
    return frozenset(w[1:] for _, w in _not_trigger_lines(lang) if w.startswith("-") and w[1:])


def compound_half_tokens(doc: Doc, lang: str) -> set[int]:
    """Indices of the tokens that are such a second half: a hyphen with no space on either
    side joins them to the word before."""
    halves = compound_halves(lang)
    if not halves:
        return set()
    tab = tokens(doc)  # (no Token object per word)
    text, ws = tab.text, tab.ws
    return {
        i
        for i in compress(range(len(doc)), map(halves.__contains__, tab.lower))
        if i >= 2 and text[i - 1] == "-" and not ws[i - 2] and not ws[i - 1]
    }


@functools.cache
def not_trigger_phrases(lang: str) -> TriggerIndex | None:
    """Phrases of another sense (lines of several tokens of ``not_triggers.tsv``, matched as
    trigger patterns are, "*" gaps included): a trigger that shares a token with one is
    dropped."""
    entries = [
        TriggerEntry(
            pattern=line,
            words=split_pattern(lang, line),
            event_type="ASSAULT",  # unused: the phrase only blocks
            mode=None,
            contexts=(),
            cameo=None,
            frame="V",
            note="not a trigger",
            source=f"{lang}/not_triggers.tsv:{n}",
            rank=n,
        )
        for n, line in _not_trigger_lines(lang)
        if len(split_pattern(lang, line)) > 1 and not line.startswith("-")
    ]
    return TriggerIndex(tuple(entries), lang) if entries else None


def blocked_tokens(doc: Doc, lang: str) -> set[int]:
    """Indices of the tokens covered by a not-trigger phrase of ``lang``."""
    phrases = not_trigger_phrases(lang)
    if phrases is None:
        return set()
    return {i for s, e, _, _ in phrases.match(doc) for i in range(s, e)}


@functools.cache
def _index(lang: str) -> TriggerIndex:
    """The trigger index of ``lang``, kept in the user's cache under a key that fingerprints
    the lexicons, the tokenizer's version and this code (``eventwire.cache``)."""
    import spacy

    from eventwire import cache

    folder = lang_dir(lang)
    here = Path(__file__).resolve().parent
    sources = [*folder.glob("triggers*.tsv"), folder / "morphology.tsv"]
    sources += [folder / "passive_rows.tsv", folder / "function_words.tsv"]
    sources += [here / "triggers.py", here / "lexicon.py", here.parent / "records.py"]
    key = cache.fingerprint(sources, extra=(lang, spacy.__version__))
    got = cache.load_object(f"triggers-{lang}", key)
    if isinstance(got, TriggerIndex) and got.lang == lang:
        return got
    index = TriggerIndex(load_triggers(lang), lang)
    cache.save_object(f"triggers-{lang}", key, index)
    return index


@functools.cache
def journey_patterns(lang: str) -> frozenset[str]:
    """Trigger patterns of ``travel_verbs.tsv`` ("arrivare a", "recarsi in"), empty without
    the file."""
    if not (lang_dir(lang) / "travel_verbs.tsv").exists():
        return frozenset()
    from eventwire.pipeline.lexicon import read_table

    return frozenset(c[0] for _, c in read_table(lang, "travel_verbs.tsv"))


@functools.cache
def host_patterns(lang: str) -> frozenset[str]:
    """The ``travel_verbs.tsv`` patterns of kind ``host`` ("ricevere"): a host's verb whose
    guest is its object; a subset of :func:`journey_patterns`."""
    if not (lang_dir(lang) / "travel_verbs.tsv").exists():
        return frozenset()
    from eventwire.pipeline.lexicon import read_table

    return frozenset(c[0] for _, c in read_table(lang, "travel_verbs.tsv") if c[1:2] == ["host"])


@functools.cache
def presence_patterns(lang: str) -> frozenset[str]:
    """The ``travel_verbs.tsv`` patterns of kind ``presence`` ("essere a", "trovarsi in"):
    being somewhere, no verb of motion; a subset of :func:`journey_patterns`."""
    if not (lang_dir(lang) / "travel_verbs.tsv").exists():
        return frozenset()
    from eventwire.pipeline.lexicon import read_table

    return frozenset(
        c[0] for _, c in read_table(lang, "travel_verbs.tsv") if c[1:2] == ["presence"]
    )


@functools.cache
def departure_table(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The ``departure_verbs.tsv`` trigger patterns ("lasciare") and the mission words
    ("ispettori") of the subject, both empty without the file."""
    if not (lang_dir(lang) / "departure_verbs.tsv").exists():
        return frozenset(), frozenset()
    from eventwire.pipeline.lexicon import read_table

    rows = [c for _, c in read_table(lang, "departure_verbs.tsv")]
    return (
        frozenset(c[0] for c in rows if c[1:2] == ["verb"]),
        frozenset(c[0] for c in rows if c[1:2] == ["mission"]),
    )


@functools.cache
def strike_patterns(lang: str) -> frozenset[str]:
    """Trigger patterns of ``strike_verbs.tsv`` ("colpire"), empty without the file."""
    if not (lang_dir(lang) / "strike_verbs.tsv").exists():
        return frozenset()
    from eventwire.pipeline.lexicon import read_table

    return frozenset(c[0] for _, c in read_table(lang, "strike_verbs.tsv"))


@functools.cache
def _natural_cause_words(lang: str) -> frozenset[str]:
    """One-word rows of ``natural_causes.tsv`` ("terremoto", "alluvione"), empty without
    the file."""
    if not (lang_dir(lang) / "natural_causes.tsv").exists():
        return frozenset()
    from eventwire.pipeline.lexicon import read_table

    return frozenset(
        c[0].strip('"') for _, c in read_table(lang, "natural_causes.tsv") if " " not in c[0]
    )


def _without_gaps_over_inner_acts(
    found: list[tuple[int, int, TriggerEntry, int]],
    keys,
    light: frozenset[str],  # noqa: ANN001
) -> list[tuple[int, int, TriggerEntry, int]]:
    """Drop a gapped match whose gap opens on another act of another type.

    The verb's own phrase comes first: "backed down on planned cuts" is the phrasal
    "back down" (CONCEDE), not "back * plan" (SUPPORT) over the particle; "voiced support
    for the Nigerian opposition" is the light verb's object noun "support", not "voice *
    opposition" (ACCUSE). So a match ``V * N`` is dropped when another match of another
    event type reaches into its gap and ends before ``N``, and is either a gapless phrase
    opening on the same verb (not one that takes an infinitive: "prepared to resume
    shelling" keeps the longer reading) or a noun entry right after a light verb
    (``light_verbs.tsv``).
    """
    drop: set[int] = set()
    for k, (s, e, entry, _) in enumerate(found):
        lead = next((j for j, (w, _) in enumerate(entry.words) if w == GAP), None)
        if not lead:
            continue
        gap_start = s + lead
        is_light = lead == 1 and not light.isdisjoint(keys[s][1])
        for s2, e2, other, _ in found:
            if other.event_type == entry.event_type or not gap_start < e2 < e:
                continue
            phrasal = s2 == s and other.frame != "VINTR" and all(w != GAP for w, _ in other.words)
            object_noun = is_light and s2 == gap_start and other.is_noun
            if phrasal or object_noun:
                drop.add(k)
                break
    return [m for k, m in enumerate(found) if k not in drop]


class TriggerMatcher:
    """Writes ``doc.spans["triggers"]``: one span per trigger, ``span._.trigger`` its entry."""

    def __init__(self, nlp: Language, name: str = "eventwire_triggers") -> None:
        self.lang = nlp.lang
        self.index = _index(nlp.lang)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        sx = syntax_for(self.lang)
        keys = token_keys(doc, self.lang)
        # (English only: Italian light verbs take an article before their noun)
        light = light_verbs(self.lang) if self.lang == "en" else frozenset()

        def nominal(i: int) -> bool:
            # "expressed support for", "voiced support": the object of a light verb is a
            # noun (not a gerund: "began withdrawing")
            return sx.is_nominal_use(doc, i) or (
                i > 0 and not light.isdisjoint(keys[i - 1][1]) and not doc[i].lower_.endswith("ing")
            )

        never = not_triggers(self.lang)
        blocked = blocked_tokens(doc, self.lang)
        # a match opening on a compound's second half goes before overlaps are resolved: the
        # trigger it would have hidden still fires ("Vietnamese-led forces attacked":
        # "attacked", not "led * attacked"); one whose gap spans the compound stays ("signed
        # a UN-backed ceasefire")
        halves = compound_half_tokens(doc, self.lang)
        found = [m for m in self.index.match(doc) if m[0] not in halves]
        if self.lang == "en":
            found = _without_gaps_over_inner_acts(found, keys, light)
        actor_spans = list(doc.spans["actors"]) if "actors" in doc.spans else []
        journeys = journey_patterns(self.lang)
        for s, e, entry in resolve_overlaps(found, nominal):
            if e - s == 1 and doc[s].lower_ in never:
                continue
            if entry.pattern in journeys and (
                (e < len(doc) and sx.is_infinitive(doc, e)) or (s > 0 and "fare" in keys[s - 1][1])
            ):
                # "sono arrivati a identificare la vittima" (came to), "aveva fatto arrivare
                # in Italia" (brought): no journey of the subject
                continue
            if blocked and not blocked.isdisjoint(range(s, e)):
                continue
            if (
                entry.pattern in strike_patterns(self.lang)
                and spans
                and spans[-1].label_ == "ASSAULT"
                and 0 <= s - spans[-1].end <= 3
            ):
                # "sparò per colpire i banditi", "hanno sparato, senza colpire, contro i
                # carabinieri": the aim of the shooting before, no attack of its own
                continue
            if entry.frame in ("V", "VINTR"):
                # "the last Russian troops left Estonia": a verb pattern that opens on the
                # doers' noun (to tell the verb's sense) starts the trigger after their
                # mention, which stays the subject; only a mention that names more than the
                # noun (the noun alone may be the act's own word: "Manifestanti a favore")
                doers = next((m for m in actor_spans if m.start < s < m.end < e), None)
            else:
                doers = None
            span = Span(doc, doers.end if doers else s, e, label=entry.event_type)
            span._.trigger = entry
            span._.trigger_why = [
                Why("event_type", "trigger.lexicon", f"{entry.source} {entry.pattern}")
            ]
            if doers:
                span._.trigger_why.append(Why("trigger", "trigger.start_after_doers", doers.text))
            spans.append(span)
        spans.extend(referred_transfers(doc, self.lang, spans, keys))
        spans.sort(key=lambda sp: (sp.start, sp.end))
        doc.spans["triggers"] = self._without_strikes_by_attacks(doc, spans)
        return doc

    def _without_strikes_by_attacks(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """ "L'aeroporto è stato colpito oggi da un attentato": a striking verb whose "da"
        agent is an attack noun tells that attack, no attack of its own."""
        strikes = strike_patterns(self.lang)
        if not strikes:
            return spans
        agents = ("da", "dal", "dallo", "dalla", "dall'", "dai", "dagli", "dalle")
        causes = _natural_cause_words(self.lang)
        out = []
        for i, span in enumerate(spans):
            nxt = spans[i + 1] if i + 1 < len(spans) else None
            if (
                span._.trigger.pattern in strikes
                and nxt is not None
                and nxt.label_ == "ASSAULT"
                and 0 < nxt.start - span.end <= 5
                and any(t.lower_ in agents for t in doc[span.end : nxt.start])
            ):
                continue
            after = doc[span.end : min(len(doc), span.end + 4)]
            if (
                span._.trigger.pattern in strikes
                and len(after)
                and after[0].lower_ in agents
                and any(t.lower_ in causes for t in after[1:])
            ):
                continue  # "i centri colpiti dal terremoto": a disaster, no attack
            out.append(span)
        return out


#: How many sentences after a transfer trigger a verb of handing over may refer back to it.
REFERRED_SENTENCES = 2
#: How far (tokens) before or after such a verb the thing handed over may be named.
REFERRED_BEFORE, REFERRED_AFTER = 10, 4


@functools.cache
def _transfer_verbs(lang: str):  # noqa: ANN202
    if not (lang_dir(lang) / "transfer_verbs.tsv").exists():
        return None
    return cue_index(lang, "transfer_verbs.tsv")


def _object_word(entry: TriggerEntry) -> str | None:
    """The thing a transfer entry names after its gap ("inviare * armi": armi)."""
    words = [w for w, _ in entry.words]
    if GAP not in words or words.index(GAP) + 1 >= len(words):
        return None
    return words[words.index(GAP) + 1]


def referred_transfers(doc: Doc, lang: str, spans: list[Span], keys) -> list[Span]:  # noqa: ANN001
    """Rule trigger.referred_transfer: a verb of handing over (``transfer_verbs.tsv``), no
    trigger alone, whose clause names the thing an AID trigger of the same or the two
    sentences before named after its gap ("potrebbe essere annunciato l'invio di un secondo
    sistema di difesa ... Il primo sistema era stato consegnato a Kiev"): the same kind of
    transfer told again, a trigger with that entry's type."""
    index = _transfer_verbs(lang)
    if index is None:
        return []
    sources = [
        (sp, word)
        for sp in spans
        if sp._.trigger.event_type == "AID" and (word := _object_word(sp._.trigger))
    ]
    if not sources:
        return []
    if not doc.has_annotation("SENT_START"):
        return []  # the matcher run alone, without sentences
    taken = {k for sp in spans for k in range(sp.start, sp.end)}
    sents = doc_sents(doc)
    starts = [st.start for st in sents]

    def sent_no(i: int) -> int:
        return max(n for n, st in enumerate(starts) if st <= i)

    out: list[Span] = []
    for start, end, cue in index.match(doc):
        if cue.kind != "transfer" or not taken.isdisjoint(range(start, end)):
            continue
        here = sent_no(start)
        sent = sents[here]
        for sp, word in reversed(sources):
            if sp.start >= start or here - sent_no(sp.start) > REFERRED_SENTENCES:
                continue
            near = range(
                max(sent.start, start - REFERRED_BEFORE), min(sent.end, end + REFERRED_AFTER)
            )
            if not any(
                word in keys[k][1] for k in near if not sp.start <= k < sp.end and k not in taken
            ):
                continue
            entry = replace(sp._.trigger, frame="V", pattern=cue.pattern, source=cue.source)
            span = Span(doc, start, end, label=entry.event_type)
            span._.trigger = entry
            span._.trigger_why = [
                Why(
                    "event_type",
                    "trigger.referred_transfer",
                    f"{cue.source} {cue.pattern} -> {sp._.trigger.source} {sp._.trigger.pattern}",
                )
            ]
            out.append(span)
            taken.update(range(start, end))
            break
    return out


@Language.factory("eventwire_triggers")
def make_trigger_matcher(nlp: Language, name: str) -> TriggerMatcher:
    return TriggerMatcher(nlp, name)
