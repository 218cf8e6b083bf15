"""Word lists of a language (function words, factuality and attribution cues) and a matcher.

Files live in ``lang/<lang>/`` (see ``lang/README.md``). Pattern words match a token's
lower-case text or its lemma; quoted words match the text only.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from itertools import chain, compress, count, repeat
from operator import is_, itemgetter, ne
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from eventwire.pipeline.tokens import tokens


def norm(text: str) -> str:
    """Lower-case with typographic apostrophes folded (``dall’`` -> ``dall'``)."""
    return text.lower().replace("\u2019", "'").replace("\u02bc", "'")


def lang_dir(lang: str) -> Path:
    """The folder holding a language's data files."""
    return Path(str(resources.files("eventwire") / "lang" / lang))


def read_table(lang: str, name: str) -> list[tuple[int, list[str]]]:
    """Rows (line number, tab-separated columns) of ``lang/<lang>/<name>``, comments skipped."""
    path = lang_dir(lang) / name
    if not path.exists():
        return []
    rows = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append((i, [c.strip() for c in line.split("\t")]))
    return rows


@functools.cache
def word_set(lang: str, name: str) -> frozenset[str]:
    """The first column of each row of ``lang/<lang>/<name>``, lower-cased: a one-word-a-line
    list (empty where the language has no such file)."""
    return frozenset(cols[0].lower() for _, cols in read_table(lang, name))


@functools.cache
def _tokenizer(lang: str):  # noqa: ANN202
    import spacy

    return spacy.blank(lang).tokenizer


@functools.cache
def _split_memo(lang: str) -> tuple[str, dict[str, Any]]:
    """How the tokenizer splits lexicon words, remembered between runs (per language and
    spaCy version): building the pipelines then needs no second tokenizer."""
    import spacy

    from eventwire import cache

    namespace = f"split-{lang}-spacy{spacy.__version__}"
    return namespace, cache.memo(namespace)


def _split_word(lang: str, word: str) -> list[str]:
    """The token texts of one lexicon word as ``lang``'s blank tokenizer splits it."""
    namespace, table = _split_memo(lang)
    got = table.get(word)
    if got is None:
        from eventwire import cache

        got = table[word] = [t.text for t in _tokenizer(lang)(word)]
        cache.touch(namespace)
    return got  # type: ignore[no-any-return]


def split_pattern(lang: str, pattern: str) -> tuple[tuple[str, bool], ...]:
    """Pattern words as the pipeline tokenizes them: ((word, text_only), ...).

    A word in double quotes matches the text only; quotes around the whole pattern
    (``"according to"``) apply to every word.
    """
    pattern = pattern.strip()
    all_quoted = (
        len(pattern) > 2 and pattern[0] == '"' and pattern[-1] == '"' and '"' not in pattern[1:-1]
    )
    if all_quoted:
        pattern = pattern[1:-1]
    words: list[tuple[str, bool]] = []
    for raw in pattern.split():
        text_only = all_quoted or (len(raw) > 2 and raw[0] == '"' and raw[-1] == '"')
        word = raw[1:-1] if (text_only and not all_quoted) else raw
        words.extend((norm(t), text_only) for t in _split_word(lang, word))
    return tuple(words)


@functools.cache
def morphology(lang: str) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(token rules, pattern rules) of ``morphology.tsv``: (suffix, replacement) pairs."""
    token, pattern = [], []
    for _, cols in read_table(lang, "morphology.tsv"):
        (token if cols[0] == "token" else pattern).append((cols[1], cols[2]))
    return tuple(token), tuple(pattern)


@functools.cache
def _rules_by_suffix(lang: str) -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for suffix, repl in morphology(lang)[0]:
        table.setdefault(suffix, []).append(repl)
    return {k: tuple(v) for k, v in table.items()}


def word_alternatives(lang: str, word: str) -> frozenset[str]:
    """A lexicon word and the forms it also matches (``ritirarsi`` -> ``ritirare``)."""
    alts = {word}
    for suffix, repl in morphology(lang)[1]:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            alts.add(word[: -len(suffix)] + repl)
    return frozenset(alts)


def token_keys(doc: Doc, lang: str) -> list[tuple[str, tuple[str, ...]]]:
    """Per token: (normalized text, every key it matches by: text, lemma, suffix rules, in
    sorted order). The keys are a tuple of strings, not a set: the word memo then holds
    nothing the cyclic garbage collector has to walk (test them with ``in`` or
    ``words.isdisjoint(keys)``).

    Computed once per Doc and kept in ``doc.user_data``.
    """
    return doc_keys(doc, lang).pairs


class DocKeys:
    """A Doc's token keys: ``pairs`` (see :func:`token_keys`), each token's keys in sorted
    order (``ordered``), and every key of the text (``keyset``)."""

    __slots__ = ("pairs", "ordered", "keyset", "serials", "_masks")

    def __init__(self, words: list[_Word]) -> None:
        self.pairs: list[tuple[str, tuple[str, ...]]] = list(map(itemgetter(0), words))
        self.ordered: list[tuple[str, ...]] = list(map(itemgetter(1), words))
        self.keyset: set[str] = set(chain.from_iterable(self.ordered))
        #: each token's word-form number (``_word_keys``): an int key for per-word memos
        self.serials: list[int] = list(map(itemgetter(2), words))
        #: (registry generation, each token's start mask, the tokens with a mask)
        self._masks: tuple[int, list[int], list[int]] | None = None

    def starts(self, firsts: dict[str, Any]) -> list[int]:
        """The tokens having one of the keys ``firsts`` (in order).

        Every first-word dict a matcher asks with gets a bit (``_start_bit``), and each word
        a mask of the dicts its keys meet, remembered per word (keyed by the word's number:
        an int hashes at no cost). A Doc's masks are read in one C-level pass for all the
        matchers (a dozen cue and trigger indexes), then each matcher keeps the tokens
        having its bit among those having any."""
        if self.keyset.isdisjoint(firsts):
            return []
        bit = _start_bit(firsts)
        got = self._masks
        if got is None or got[0] != _BITS.generation:
            got = self._masks = self._read_masks()
        masks, some = got[1], got[2]
        return list(compress(some, map(bit.__and__, map(masks.__getitem__, some))))

    def _read_masks(self) -> tuple[int, list[int], list[int]]:
        serials = self.serials
        memo = _BITS.masks
        masks = list(map(memo.get, serials))
        if None in masks:
            if len(memo) >= _MAX_KEYS:
                memo.clear()
            ordered = self.ordered
            bits = _BITS.key_bits
            for k in compress(range(len(masks)), map(is_, masks, repeat(None))):
                mask = 0
                for key in ordered[k]:
                    mask |= bits.get(key, 0)
                masks[k] = memo[serials[k]] = mask
        return _BITS.generation, masks, list(compress(range(len(masks)), masks))

    def near(self, words: frozenset[str], lo: int, hi: int) -> bool:
        """Whether a token at offset ``lo`` to ``hi`` has one of the keys ``words``."""
        return not words.isdisjoint(chain.from_iterable(self.ordered[lo : hi + 1]))


class _StartBits:
    """The first-word dicts matchers ask :meth:`DocKeys.starts` with, a bit each, and the
    per-word masks of the dicts a word's keys meet. A new dict (or one whose size changed)
    starts a new generation: the masks are read again."""

    def __init__(self) -> None:
        #: id of a first-word dict -> (the dict, its size, its bit)
        self.dicts: dict[int, tuple[dict[str, Any], int, int]] = {}
        #: word number -> mask
        self.masks: dict[int, int] = {}
        #: key -> the bits of the dicts having it (a word's mask is the union over its keys:
        #: one look-up per key instead of a set test per dict)
        self.key_bits: dict[str, int] = {}
        self.generation = 0

    def bit(self, firsts: dict[str, Any]) -> int:
        got = self.dicts.get(id(firsts))
        if got is None or got[0] is not firsts or got[1] != len(firsts):
            if got is None and len(self.dicts) >= _MAX_BITS:
                self.dicts.clear()  # (bounded: tests build many indexes)
            used = {b for _, _, b in self.dicts.values()}
            if got is not None and got[0] is firsts:
                used.discard(got[2])
            else:
                self.dicts.pop(id(firsts), None)
            b = next(1 << k for k in range(_MAX_BITS + 1) if (1 << k) not in used)
            got = self.dicts[id(firsts)] = (firsts, len(firsts), b)
            self.masks.clear()
            key_bits: dict[str, int] = {}
            for words, _size, one in self.dicts.values():
                for key in words:
                    key_bits[key] = key_bits.get(key, 0) | one
            self.key_bits = key_bits
            self.generation += 1
        return got[2]


_MAX_BITS = 64
_BITS = _StartBits()
_start_bit = _BITS.bit


#: A word form's ((normalized text, keys sorted), keys sorted, its number, its lemma).
#: Numbers are never reused (``_SERIAL``), also after the memo is cleared, so per-word memos
#: keyed by them stay right. Only strings, ints and tuples of them: the garbage collector
#: stops tracking such tuples after their first collection, so its full collections no
#: longer walk the memo (tens of thousands of words; a frozenset is always tracked).
_Word = tuple[tuple[str, tuple[str, ...]], tuple[str, ...], int, str]
_SERIAL = count(1)
#: language -> (text, lemma) -> its keys, and text -> the keys of the (text, lemma) last
#: met (bounded: a long run meets ever new words)
_KEYS: dict[str, dict[Any, _Word]] = {}
_MAX_KEYS = 1 << 18
#: What a text the memo lacks reads as (no lemma equals None)
_NO_WORD: Any = (("", ()), (), 0, None)


def _word_keys(lang: str, text: str, lemma: str) -> _Word:
    memo = _KEYS.setdefault(lang, {})
    got = memo.get((text, lemma))
    if got is None:
        if len(memo) >= _MAX_KEYS:
            memo.clear()
        by_suffix = _rules_by_suffix(lang)
        low = norm(text)
        keys = {low, norm(lemma)} if lemma and lemma != text else {low}
        for n in _suffix_lengths(lang):
            if len(low) > n + 2:
                for repl in by_suffix.get(low[-n:], ()):
                    keys.add(low[:-n] + repl)
        ordered = tuple(sorted(keys))
        got = memo[(text, lemma)] = ((low, ordered), ordered, next(_SERIAL), lemma)
    memo[text] = got
    return got


@functools.cache
def _suffix_lengths(lang: str) -> list[int]:
    return sorted({len(k) for k in _rules_by_suffix(lang)})


def doc_keys(doc: Doc, lang: str) -> DocKeys:
    """The token keys of ``doc`` (computed once per Doc).

    Words are read from the memo by their text in one C-level pass (a string keeps its
    hash; a (text, lemma) pair would be made and hashed for every token); the tokens whose
    lemma is not the one the memo has for their text (new words, a sentence-initial
    capital's lemma) are looked up by (text, lemma)."""
    cached = doc.user_data.get("eventwire_keys")
    if cached is not None and len(cached.pairs) == len(doc):
        return cached
    tab = tokens(doc)
    texts, lemmas = tab.text, tab.lemma
    memo = _KEYS.setdefault(lang, {})
    words = list(map(memo.get, texts, repeat(_NO_WORD)))
    known = list(map(itemgetter(3), words))
    if known != lemmas:
        for k in compress(range(len(known)), map(ne, known, lemmas)):
            words[k] = _word_keys(lang, texts[k], lemmas[k])
    out = DocKeys(words)
    doc.user_data["eventwire_keys"] = out
    return out


_MATCHES = "eventwire_pattern_matches"


@dataclass(frozen=True)
class Cue:
    """One matched-word-list entry: its kind and where it comes from."""

    kind: str
    pattern: str
    source: str


class PatternIndex:
    """First-word index over multi-word patterns with payloads."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.by_first: dict[str, list[tuple[tuple[tuple[frozenset[str], bool], ...], Cue]]] = {}
        #: words the last word of a longer pattern may be -> those patterns' cues (by id)
        self.by_last: dict[str, set[int]] = {}

    def add(self, words: tuple[tuple[str, bool], ...], cue: Cue) -> None:
        alts = tuple(
            (frozenset({w}) if t_only else word_alternatives(self.lang, w), t_only)
            for w, t_only in words
        )
        for first in alts[0][0]:
            self.by_first.setdefault(first, []).append((alts, cue))
        if len(alts) > 1:
            for word in alts[-1][0]:
                self.by_last.setdefault(word, set()).add(id(cue))

    def match(self, doc: Doc) -> list[tuple[int, int, Cue]]:
        """All (start, end, cue) matches, longest first at each start (computed once per Doc;
        the list is shared: do not change it)."""
        done = doc.user_data.get(_MATCHES)
        if done is None:
            done = doc.user_data[_MATCHES] = {}
        got = done.get(id(self))
        if got is not None and got[0] is self:
            return got[1]
        out = self._match(doc)
        done[id(self)] = (self, out)  # (the index itself: its id stays its own)
        return out

    def _match(self, doc: Doc) -> list[tuple[int, int, Cue]]:
        dk = doc_keys(doc, self.lang)
        keys = dk.pairs
        ordered = dk.ordered
        n = len(keys)
        possible: set[int] = set()  # longer patterns whose last word the text has
        for word in dk.keyset & self.by_last.keys():
            possible |= self.by_last[word]
        by_first = self.by_first
        #: first word -> the patterns this text allows (one word, or the last word present)
        viable: dict[str, list[tuple[tuple[tuple[frozenset[str], bool], ...], Cue, int]]] = {}
        out = []
        for i in dk.starts(by_first):
            seen: set[int] = set()
            for key in ordered[i]:
                cands = viable.get(key)
                if cands is None:
                    cands = viable[key] = [
                        (words, cue, len(words))
                        for words, cue in by_first.get(key, ())
                        if len(words) == 1 or id(cue) in possible
                    ]
                for words, cue, k in cands:
                    if i + k > n or id(cue) in seen:
                        continue
                    for j in range(k):
                        alts, t_only = words[j]
                        text, token_keys = keys[i + j]
                        if (text not in alts) if t_only else alts.isdisjoint(token_keys):
                            break
                    else:
                        seen.add(id(cue))
                        out.append((i, i + k, cue))
        out.sort(key=lambda m: (m[0], -(m[1] - m[0]), m[2].source))
        return out


@functools.cache
def cue_index(lang: str, name: str) -> PatternIndex:
    """The matcher over a cue file (``factuality_cues.tsv``, ``attribution_cues.tsv``)."""
    idx = PatternIndex(lang)
    for line, cols in read_table(lang, name):
        if len(cols) < 2:
            raise ValueError(f"{lang}/{name}:{line}: expected pattern<TAB>cue")
        idx.add(split_pattern(lang, cols[0]), Cue(cols[1], cols[0], f"{lang}/{name}:{line}"))
    return idx


@functools.cache
def function_words(lang: str) -> dict[str, str]:
    """Closed-class word -> class (``function_words.tsv``)."""
    return {cols[0].lower(): cols[1] for _, cols in read_table(lang, "function_words.tsv")}


@functools.cache
def approximators(lang: str) -> frozenset[str]:
    """``approximators.tsv``: words that make a number approximate ("about 3,000
    fighters"); before a number they belong to the count, not a preposition."""
    return frozenset(norm(cols[0]) for _, cols in read_table(lang, "approximators.tsv"))


@functools.cache
def agreement(lang: str) -> dict[str, dict[str, tuple[str | None, str | None]]]:
    """Kind (article, ending, aux) -> form -> (gender, number) (``agreement.tsv``)."""
    out: dict[str, dict[str, tuple[str | None, str | None]]] = {}
    for _, cols in read_table(lang, "agreement.tsv"):
        feats = cols[2].split(".")
        gender = next((f for f in feats if f in ("m", "f")), None)
        number = next((f for f in feats if f in ("sg", "pl")), None)
        out.setdefault(cols[0], {})[cols[1].lower()] = (gender, number)
    return out


@functools.cache
def owned_nouns(lang: str) -> dict[str, str]:
    """``owned_nouns.tsv``: word form or lemma -> kind ("goods", "target"): things whose
    nationality adjective names the state an act done to them hits ("dazi sulle merci
    cinesi", "ha bombardato postazioni cambogiane")."""
    return {norm(cols[0]): cols[1] for _, cols in read_table(lang, "owned_nouns.tsv")}


@functools.cache
def light_verbs(lang: str) -> frozenset[str]:
    """Lemmas of ``light_verbs.tsv``: verbs whose object noun is the subject's own act."""
    path = lang_dir(lang) / "light_verbs.tsv"
    if not path.exists():
        return frozenset()
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        w = line.strip()
        if w and not w.startswith("#"):
            out.add(norm(w.strip('"')))
    return frozenset(out)


@functools.cache
def phase_nouns(lang: str) -> frozenset[str]:
    """Lemmas of ``phase_nouns.tsv``: nouns of the start, resumption or continuation of an
    act ("l'avvio delle indagini"), owned by a subject as the act itself would be."""
    return frozenset(norm(cols[0]) for _, cols in read_table(lang, "phase_nouns.tsv"))


@functools.cache
def role_markers(lang: str) -> dict[str, frozenset[str]]:
    """``role_markers.tsv``: a marker ("as" in "used civilians as human shields", which
    makes the noun after it the role a verb gives its object) -> the lemmas of the verbs
    that give such roles (beside the light verbs)."""
    return {
        norm(cols[0]): frozenset(
            norm(v) for v in (cols[1] if len(cols) > 1 else "").split(",") if v
        )
        for _, cols in read_table(lang, "role_markers.tsv")
    }


@functools.cache
def object_clitics(lang: str) -> frozenset[str]:
    """Forms of ``object_clitics.tsv``: unstressed object pronouns before a verb ("gli ha
    chiesto", "lo ha arrestato") that stand for a party named before."""
    return frozenset(norm(cols[0]) for _, cols in read_table(lang, "object_clitics.tsv"))


@functools.cache
def report_verbs(lang: str) -> frozenset[str]:
    """Lemmas of the reporting verbs of ``attribution_cues.tsv`` (one-word entries)."""
    out = set()
    for _, cols in read_table(lang, "attribution_cues.tsv"):
        if len(cols) > 1 and cols[1] == "report_verb" and len(cols[0].split()) == 1:
            out.add(norm(cols[0].strip('"')))
    return frozenset(out)
