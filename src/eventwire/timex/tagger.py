"""The rule engine: find time expressions in raw text and normalize them (TIMEX3).

The engine is the same for every language; all vocabulary comes from the language's
resource folder (``resources.py``). Rules are tried only near *hot* words (the words of the
``HOT`` lists, and digits), at the starts of the few words before them, and only the rules
whose first character fits; at each start the longest match wins (a ``NONE`` rule blocks
what it covers: "the May 4 movement").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from eventwire import cache
from eventwire.cache import compile_regex
from eventwire.timex.model import Timex
from eventwire.timex.resources import ResourceError, Resources, Rule, load, norm_key
from eventwire.timex.values import (
    Anchor,
    Context,
    ValueError_,
    evaluate,
    granularity_unit,
    interval,
    parse_anchor,
    shifted_bounds,
)

#: Memo namespace of what is read from parsing regular expressions (see eventwire.cache).
_ANALYSIS = cache.regex_namespace() + "-analysis"
#: How many words before a hot word a rule may start ("lo scorso 27 luglio").
WORDS_BEFORE = 4

_LIST_REF = re.compile(r"%([A-Za-z][A-Za-z0-9_]*)")
_SLOT = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?::([A-Za-z][A-Za-z0-9_]*))?\}")
_NAMED = re.compile(r"\(\?P<[A-Za-z_][A-Za-z0-9_]*>")
_WORD_START = re.compile(r"(?<!\w)(?:\w|['’](?=\d))")
_CONTEXT_WORD = re.compile(r"(?<!\w)\w+['’]?")
_BUILTINS = {"num", "lower"}
_NEEDS_TENSE = ("DATE(", "WEEKDAY(", "MONTH(", "SEASON(", "QUARTER(", "HALF(", "PART(", "RANGE(")
CLAUSE_MARKS = (",", ";", ":", "(", ")")
CLAUSE_PENALTY = 1000
_RELATIVE_TO_REFERENCE = ("SHIFT(", "AGO(", "SAME(", "THAT(", "INYEAR(")
_SENT_END = re.compile(r"[.!?;\n]\s")

# Special lists the engine reads by name (all optional).
TENSE_FUTURE, TENSE_PAST = "reTenseFuture", "reTensePast"
SIGNAL_BEGIN, SIGNAL_END, SIGNAL_OF = "reSignalBegin", "reSignalEnd", "reSignalOf"
TEMPORAL_HEAD = "reTemporalHead"
DIGIT = "#digit"
_DIGIT_KEYS = frozenset({DIGIT})
PREMOD_BEFORE, NOT_NOUN = "rePremodBefore", "reNotNoun"


def _alternation(entries: list[str]) -> str:
    return "(?:" + "|".join(sorted(entries, key=lambda e: (-len(e), e))) + ")"


def _fast_alternation(entries: list[str]) -> str:
    """Like ``_alternation``, with the entries that are finite word lists as one trie."""
    words: list[str] = []
    others: list[str] = []
    for e in entries:
        literal = _expand(e)
        if literal is None:
            others.append(e)
        else:
            words.extend(w.lower() for w in literal)
    parts = others + ([_trie(sorted(set(words)))] if words else [])  # regexes are the longer
    return "(?:" + "|".join(parts) + ")"


def _trie(words: list[str]) -> str:
    """A regex alternation of literal words arranged as a trie (fast in ``re``)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        alts, optional = [], False
        for ch, child in sorted(node.items()):
            if ch == "":
                optional = True
                continue
            alts.append(re.escape(ch) + walk(child))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if optional else body

    return walk(root)


def _expand(entry: str, limit: int = 64) -> list[str] | None:
    """The strings a simple regex entry matches ("dec\\.?" -> dec, dec.), or None
    (remembered between runs: parsing thousands of entries is slow)."""
    return cache.remembered(  # type: ignore[no-any-return]
        _ANALYSIS, f"expand:{limit}:{entry}", lambda: _expand_entry(entry, limit)
    )


def _expand_entry(entry: str, limit: int) -> list[str] | None:
    from re import _constants as C  # type: ignore[attr-defined]  # noqa: N812
    from re import _parser as P  # type: ignore[attr-defined]  # noqa: N812

    try:
        tree = P.parse(entry, re.I)
    except Exception:  # pragma: no cover - entries are compiled (with a clear error) first
        return None

    def seq(items: list) -> list[str] | None:
        out = [""]
        opts: list[str] | None
        for op, av in items:
            if op == C.LITERAL:
                opts = [chr(av)]
            elif op == C.IN:
                opts = []
                for iop, iav in av:
                    if iop == C.LITERAL:
                        opts.append(chr(iav))
                    elif iop == C.RANGE and iav[1] - iav[0] < 10:
                        opts.extend(chr(c) for c in range(iav[0], iav[1] + 1))
                    else:
                        return None
            elif op == C.SUBPATTERN:
                if av[1] or av[2]:  # inline flags: keep case as written
                    return None
                opts = seq(list(av[3]))
            elif op == C.BRANCH:
                opts = []
                for alt in av[1]:
                    sub = seq(list(alt))
                    if sub is None:
                        return None
                    opts.extend(sub)
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[1] <= 1:
                sub = seq(list(av[2]))
                if sub is None:
                    return None
                opts = ([""] if av[0] == 0 else []) + sub
            else:
                return None
            if opts is None:
                return None
            out = [a + b for a in out for b in opts]
            if len(out) > limit:
                return None
        return out

    return seq(list(tree))


def _literal_prefix(entry: str) -> str:
    """The literal lower-case letters an entry starts with ("sept?\\.?" -> "sep")."""
    entry = re.sub(r"^\(\?-?i:", "", entry)
    out: list[str] = []
    i = 0
    while i < len(entry):
        ch = entry[i]
        if ch == "\\" or ch in ".^$*+?{}[]|()":
            if ch in "?*{" and out:
                out.pop()
            break
        out.append(ch.lower())
        i += 1
    return "".join(out)


def _first_chars(pattern: str, flags: int) -> set[str] | None:
    """Characters a match can start with (lower case), or None when any may (remembered
    between runs)."""
    got = cache.remembered(
        _ANALYSIS,
        f"first:{int(flags)}:{pattern}",
        lambda: sorted(c) if (c := _pattern_first_chars(pattern, flags)) is not None else None,
    )
    return set(got) if got is not None else None


def _pattern_first_chars(pattern: str, flags: int) -> set[str] | None:
    from re import _constants as C  # type: ignore[attr-defined]  # noqa: N812
    from re import _parser as P  # type: ignore[attr-defined]  # noqa: N812

    try:
        tree = P.parse(pattern, flags)
    except Exception:  # pragma: no cover - compiled elsewhere with a clear error
        return None

    def first(items: list) -> tuple[set[str] | None, bool]:
        acc: set[str] = set()
        for op, av in items:
            if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
                continue
            if op == C.LITERAL:
                acc.add(chr(av).lower())
                return acc, False
            if op == C.IN:
                chars: set[str] = set()
                for iop, iav in av:
                    if iop == C.LITERAL:
                        chars.add(chr(iav).lower())
                    elif iop == C.RANGE and iav[1] - iav[0] < 200:
                        chars.update(chr(c).lower() for c in range(iav[0], iav[1] + 1))
                    elif iop == C.CATEGORY and iav == C.CATEGORY_DIGIT:
                        chars.update("0123456789")
                    else:
                        return None, False
                acc |= chars
                return acc, False
            if op == C.SUBPATTERN:
                sub, nullable = first(av[3].data if hasattr(av[3], "data") else av[3])
                if sub is None:
                    return None, False
                acc |= sub
                if not nullable:
                    return acc, False
                continue
            if op == C.BRANCH:
                nullable_any = False
                for alt in av[1]:
                    sub, nullable = first(alt.data if hasattr(alt, "data") else alt)
                    if sub is None:
                        return None, False
                    acc |= sub
                    nullable_any = nullable_any or nullable
                if not nullable_any:
                    return acc, False
                continue
            if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
                lo, _, body = av
                sub, nullable = first(body.data if hasattr(body, "data") else body)
                if sub is None:
                    return None, False
                acc |= sub
                if lo > 0 and not nullable:
                    return acc, False
                continue
            return None, False
        return acc, True

    chars, nullable = first(tree.data if hasattr(tree, "data") else list(tree))
    if chars is None or nullable:
        return None
    return chars


def _may_start(chars: set[str] | None, first: str) -> bool:
    return chars is None or first in chars


@dataclass
class _Compiled:
    rule: Rule
    regex: re.Pattern[str]
    has_x: bool
    needs_tense: bool
    order: int = 0
    keys: frozenset[str] = frozenset()  # hot lists (or DIGIT) a match can contain


@dataclass
class _Bucket:
    rules: list[_Compiled] = field(default_factory=list)
    master: re.Pattern[str] | None = None
    all: list[_Compiled] = field(default_factory=list)  # the rules of ``master``


class Tagger:
    """A temporal tagger for one language (built from its resource folder)."""

    def __init__(self, resources: Resources) -> None:
        self.res = resources
        self.lang = resources.lang
        alts = {name: _alternation(entries) for name, entries in resources.lists.items()}
        self._compiled: list[_Compiled] = []
        for rule in resources.rules:
            self._compiled.append(self._compile(rule, alts))
        for i, c in enumerate(self._compiled):
            c.order = i
        self._hot, self._word_keys, self._prefix_keys = self._build_hot()
        self._rule_keys(alts)
        self._first = {id(c): _first_chars(c.regex.pattern, c.regex.flags) for c in self._compiled}
        self._groups: dict[tuple[frozenset[str], str], _Bucket] = {}
        self._masters: dict[str, _Bucket] = {}
        self._context_words, self._context_rx = self._build_context_words()
        self._tense_rx = {
            t: compile_regex(
                r"(?<!\w)" + _fast_alternation(resources.lists[name]) + r"(?!\w)", re.I
            )
            for t, name in (("future", TENSE_FUTURE), ("past", TENSE_PAST))
            if name in alts
        }
        self._premod = (
            (
                compile_regex(r"(?<!\w)" + alts[PREMOD_BEFORE] + r"\s+\Z", re.I),
                compile_regex(r"\s+(?!" + alts[NOT_NOUN] + r"\b)[a-z][a-z-]+\b"),
            )
            if PREMOD_BEFORE in alts and NOT_NOUN in alts
            else None
        )
        self._of_temporal = (
            compile_regex(
                r"(?<!\w)" + alts[TEMPORAL_HEAD] + r"\s+" + alts[SIGNAL_OF] + r"\s*\Z", re.I
            )
            if TEMPORAL_HEAD in alts and SIGNAL_OF in alts
            else None
        )
        self._signals = {
            role: compile_regex(r"(?<![\w])" + alts[name] + r"\s*\Z", re.I)
            for role, name in (("begin", SIGNAL_BEGIN), ("end", SIGNAL_END), ("of", SIGNAL_OF))
            if name in alts
        }

    # -- compilation ------------------------------------------------------------------

    def _compile(self, rule: Rule, alts: dict[str, str]) -> _Compiled:
        def expand(m: re.Match[str]) -> str:
            name = m.group(1)
            if name not in alts:
                raise ResourceError(rule.source, None, f"rule {rule.name}: no list %{name}")
            return alts[name]

        pattern = _LIST_REF.sub(expand, rule.pattern)
        flags = 0 if "cs" in rule.flags.split(",") else re.IGNORECASE
        try:
            regex = compile_regex(pattern, flags)
        except re.error as err:
            raise ResourceError(rule.source, None, f"rule {rule.name}: bad pattern: {err}") from err
        for text in (rule.value, rule.bounds or "", rule.mod or ""):
            for slot in _SLOT.finditer(text):
                group, conv = slot.group(1), slot.group(2)
                if group not in regex.groupindex:
                    raise ResourceError(rule.source, None, f"rule {rule.name}: no group {group!r}")
                if conv and conv not in _BUILTINS and conv not in self.res.maps:
                    raise ResourceError(rule.source, None, f"rule {rule.name}: no map {conv!r}")
        rule.regex = regex
        return _Compiled(
            rule,
            regex,
            "x" in regex.groupindex,
            any(f in rule.value for f in _NEEDS_TENSE),
        )

    def _build_hot(
        self,
    ) -> tuple[re.Pattern[str], dict[str, frozenset[str]], list[tuple[str, re.Pattern[str]]]]:
        """The hot-word scanner, the lists of each hot word, and the regex-entry lists."""
        word_keys: dict[str, set[str]] = {}
        prefixes: set[str] = set()
        prefix_keys: list[tuple[str, re.Pattern[str]]] = []
        for name in sorted(self.res.hot_lists):
            regex_entries = []
            for entry in self.res.lists[name]:
                literal = _expand(entry)
                if literal is not None:
                    for word in literal:
                        word_keys.setdefault(word.lower(), set()).add(name)
                    continue
                pre = _literal_prefix(entry)
                if len(pre) < 2:
                    raise ResourceError(
                        f"repattern/{name}.txt",
                        None,
                        f"HOT entry {entry!r} must start with two literal letters",
                    )
                prefixes.add(pre)
                regex_entries.append(entry)
            if regex_entries:
                prefix_keys.append((name, compile_regex(_alternation(regex_entries), re.I)))
        parts = [r"(?P<d>\d+)"]
        if word_keys:
            parts.append(r"(?<!\w)(?P<w>" + _trie(sorted(word_keys)) + r")(?!\w)")
        if prefixes:
            parts.append(r"(?<!\w)(?P<p>" + _trie(sorted(prefixes)) + ")")
        # A phrase ("nei giorni scorsi") also stands for the hot words inside it.
        for phrase in [w for w in word_keys if " " in w]:
            for word in phrase.split():
                word_keys[phrase] |= word_keys.get(word, set())
                word_keys[phrase].update(n for n, rx in prefix_keys if rx.fullmatch(word))
        keys = {w: frozenset(k) for w, k in word_keys.items()}
        return compile_regex("|".join(parts)), keys, prefix_keys

    def _rule_keys(self, alts: dict[str, str]) -> None:
        """For each rule, the hot lists (and DIGIT) whose words its matches can contain."""
        digit_lists = {
            name
            for name, entries in self.res.lists.items()
            if any(re.search(r"\\d|\d|0-9", e) for e in entries)
        }
        for c in self._compiled:
            pattern = c.rule.pattern
            refs = set(_LIST_REF.findall(pattern))
            keys = refs & self.res.hot_lists
            bare = _LIST_REF.sub(" ", pattern)
            for word in re.findall(r"[^\W\d_]+", bare):
                keys |= self._word_keys.get(word.lower(), frozenset())
                keys.update(n for n, rx in self._prefix_keys if rx.fullmatch(word))
            for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)+", bare):
                keys |= self._word_keys.get(word.lower(), frozenset())
            for left, right in re.findall(r"([^\W\d_]+)\\s\+([^\W\d_]+)", bare):
                keys |= self._word_keys.get(f"{left} {right}".lower(), frozenset())
            if re.search(r"\\d|\d|0-9", bare) or refs & digit_lists:
                keys.add(DIGIT)
            # And whatever hot words its examples hold ("o'clock" in a literal pattern).
            for example in c.rule.examples:
                for m in self._hot.finditer(example.lower()):
                    keys |= self._hit_keys(m, example)
            c.keys = frozenset(keys)

    # -- tagging ----------------------------------------------------------------------

    def tag(self, text: str, published: str | None = None) -> list[Timex]:
        """Time expressions of ``text``, resolved against ``published`` (ISO, may be partial)."""
        anchor = parse_anchor(published)
        found: list[tuple[int, int, int, int, int, _Compiled, re.Match[str]]] = []
        for s, keys in self._candidate_starts(text):
            group = self._group(frozenset(keys), text[s].lower())
            if group.master is None:
                continue
            hit = group.master.match(text, s)
            if hit is None:
                continue
            # The rules before the alternative that matched cannot match here.
            first = (hit.lastindex or 1) - 1 if group.master.groups == len(group.all) else 0
            lo = group.all[first].order
            best = self._best(text, s, [c for c in group.rules if c.order >= lo])
            if best is not None:
                found.append(best)
        # Longest extent first (a blocker counts its whole match); then leftmost; then the
        # match with more context; then rule order.
        found.sort(key=lambda f: (-(f[1] - f[0]), f[0], -(f[3] - f[2]), f[4]))
        chosen: list[tuple[int, int, int, int, int, _Compiled, re.Match[str]]] = []
        taken: list[tuple[int, int]] = []
        for f in found:
            lo, hi = f[0], f[1]
            if any(lo < e and s < hi for s, e in taken):
                continue
            taken.append((lo, hi))
            if f[5].rule.type != "NONE":
                chosen.append(f)
        chosen.sort(key=lambda f: f[0])
        out: list[Timex] = []
        reference: str | None = None
        references: dict[str, str] = {}
        history: list[str] = []
        for xs, xe, _, _, _, c, m in chosen:
            timex = self._build(text, c, m, xs, xe, anchor, reference, references, history)
            if timex is None:
                continue
            out.append(timex)
            if (
                timex.type == "DATE"
                and timex.value[:1].isdigit()
                and not c.rule.value.startswith(_RELATIVE_TO_REFERENCE)
            ):
                history.append(timex.value)  # the periods the text names itself
            if (
                timex.type in ("DATE", "TIME")
                and timex.value[:1].isdigit()
                and not c.rule.value.startswith(_RELATIVE_TO_REFERENCE)
            ):
                reference = timex.value.split("T")[0].split("/")[0]
                gran = granularity_unit(reference)
                if gran:
                    references[gran] = reference
        return out

    def _hit_keys(self, m: re.Match[str], text: str) -> frozenset[str]:
        if m.group("d"):
            return _DIGIT_KEYS
        if m.group("w"):
            return self._word_keys[m.group("w")]
        h = m.start()
        return frozenset(name for name, rx in self._prefix_keys if rx.match(text, h))

    def _build_context_words(self) -> tuple[frozenset[str], re.Pattern[str] | None]:
        """Words that may come before the hot word of a rule (from its lists and literals)."""
        words: set[str] = set()
        regexes: list[str] = []
        for c in self._compiled:
            for name in set(_LIST_REF.findall(c.rule.pattern)):
                for entry in self.res.lists.get(name, []):
                    for piece in re.split(r"\s+|\\s[+*]?", entry):
                        if not piece:
                            continue
                        literal = _expand(piece)
                        if literal is None:
                            regexes.append(piece)
                        else:
                            words.update(w.lower() for w in literal)
            bare = _LIST_REF.sub(" ", c.rule.pattern)
            bare = re.sub(r"\[([^\W\d_])([^\W\d_])\](?=\w)", lambda m: m.group(1).lower(), bare)
            for w in re.findall(r"[^\W\d_]+", bare):
                words.update({w.lower(), w.lower() + "'", w.lower() + "’"})
        rx = None
        if regexes:
            try:
                rx = compile_regex("(?:" + "|".join(regexes) + ")", re.I)
            except re.error:
                rx = re.compile(r"\w+")
        return frozenset(words), rx

    def _may_open(self, word: str) -> bool:
        if word[:1].isdigit() or word.lower() in self._context_words:
            return True
        return self._context_rx is not None and self._context_rx.fullmatch(word) is not None

    def _candidate_starts(self, text: str) -> list[tuple[int, set[str]]]:
        """Where rules may start (the hot word and the few words before it), with the hot
        lists that rules starting there must be able to contain."""
        starts: dict[int, set[str]] = {}
        low = text.lower()
        if len(low) != len(text):  # a few characters change length in lower case
            low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
        for m in self._hot.finditer(low):
            keys = self._hit_keys(m, text)
            if not keys:
                continue
            h = m.start()
            before = [h]
            if " " in m.group():  # the words inside a hot phrase
                before.extend(w.start() for w in _WORD_START.finditer(text, h + 1, m.end()))
            if h > 0 and text[h - 1] in "'’(":
                before.append(h - 1)
            # Walk back over the words that rules allow before a hot word.
            lo = max(0, h - 12 * WORDS_BEFORE)
            prev = [w for w in _CONTEXT_WORD.finditer(text, lo, h)][-WORDS_BEFORE:]
            for w in reversed(prev):
                if not self._may_open(w.group()):
                    break
                before.append(w.start())
            for s in before:
                starts.setdefault(s, set()).update(keys)
        return sorted(starts.items())

    def _group(self, keys: frozenset[str], first: str) -> _Bucket:
        """The rules that may match at a start (by its hot lists and first character); the
        prefilter regex is shared by every start with the same first character."""
        group = self._groups.get((keys, first))
        if group is None:
            master = self._master(first)
            rules = [c for c in master.rules if c.keys & keys]
            group = _Bucket(rules, master.master if rules else None)
            group.all = master.rules
            self._groups[(keys, first)] = group
        return group

    def _master(self, first: str) -> _Bucket:
        """All rules that may start with ``first``, and one regex trying them in order."""
        bucket = self._masters.get(first)
        if bucket is None:
            rules = [c for c in self._compiled if _may_start(self._first[id(c)], first)]
            bucket = _Bucket(rules)
            if rules:
                parts = []
                for c in rules:
                    body = _NAMED.sub("(?:", c.regex.pattern)
                    flag = "i" if c.regex.flags & re.IGNORECASE else "-i"
                    parts.append(f"((?{flag}:{body}))")
                bucket.master = compile_regex("|".join(parts))
                if bucket.master.groups != len(rules):  # a rule with its own capturing group
                    bucket.master = compile_regex("|".join(p[1:-1] for p in parts))
            bucket.all = rules
            self._masters[first] = bucket
        return bucket

    def _best(
        self, text: str, s: int, rules: list[_Compiled]
    ) -> tuple[int, int, int, int, int, _Compiled, re.Match[str]] | None:
        """The longest rule match starting at ``s`` whose value slots can be filled."""
        matches = []
        for order, c in enumerate(rules):
            m = c.regex.match(text, s)
            if m and m.end() > s:
                matches.append((-(m.end() - s), order, c, m))
        matches.sort(key=lambda t: (t[0], t[1]))
        for _, _, c, m in matches:
            if c.rule.type == "NONE":
                return m.start(), m.end(), m.start(), m.end(), c.order, c, m
            if self._fill(c.rule.value, c, m) is None:
                continue
            xs, xe = (m.start("x"), m.end("x")) if c.has_x and m.group("x") else m.span()
            return xs, xe, m.start(), m.end(), c.order, c, m
        return None

    def _fill(self, template: str, c: _Compiled, m: re.Match[str]) -> str | None:
        failed = False

        def sub(slot: re.Match[str]) -> str:
            nonlocal failed
            raw = m.group(slot.group(1))
            conv = slot.group(2)
            if raw is None:
                return ""
            if conv is None:
                return raw
            if conv == "lower":
                return raw.lower()
            if conv == "num":
                n = self._number(raw)
                if n is None:
                    failed = True
                    return ""
                return n
            value = self.res.maps[conv].get(norm_key(raw))
            if value is None:
                failed = True
                return ""
            return value

        out = _SLOT.sub(sub, template)
        return None if failed else out

    def _number(self, raw: str) -> str | None:
        s = norm_key(raw).replace(",", ".")
        m = re.fullmatch(r"(\d+(?:\.\d+)?)[^\W\d]*", s)
        if m:
            s = m.group(1)
            return str(int(float(s))) if float(s) == int(float(s)) else s
        numbers = self.res.maps.get("normNumber", {})
        if s in numbers:
            return numbers[s]
        total = 0
        parts = re.split(r"[\s-]+", s)
        for p in parts:
            v = numbers.get(p)
            if v is None or not v.isdigit():
                return None
            total += int(v)
        return str(total) if parts else None

    def _tense(self, text: str, start: int, end: int) -> str | None:
        if not self._tense_rx:
            return None
        lo = 0
        for m in _SENT_END.finditer(text, max(0, start - 300), start):
            lo = m.end()
        hi_m = _SENT_END.search(text, end, end + 300)
        hi = hi_m.start() + 1 if hi_m else min(len(text), end + 300)
        best: tuple[int, str] | None = None
        for tense, rx in self._tense_rx.items():
            for m in rx.finditer(text, lo, hi):
                if start <= m.start() < end:
                    continue
                a, b = (m.end(), start) if m.end() <= start else (end, m.start())
                # A cue in another clause counts only when the expression's own has none.
                d = b - a + CLAUSE_PENALTY * sum(text.count(p, a, b) for p in CLAUSE_MARKS)
                if best is None or d < best[0]:
                    best = (d, tense)
        return best[1] if best else None

    def _role(self, text: str, start: int, end: int) -> str | None:
        lo = max(0, start - 40)
        if self._premod and self._premod[0].search(text, lo, start):
            if self._premod[1].match(text, end, end + 40):
                return "premod"
        for role, rx in self._signals.items():
            if rx.search(text, lo, start):
                if role == "of" and self._of_temporal and self._of_temporal.search(text, lo, start):
                    return None
                return role
        return None

    def _build(
        self,
        text: str,
        c: _Compiled,
        m: re.Match[str],
        start: int,
        end: int,
        anchor: Anchor | None,
        reference: str | None,
        references: dict[str, str] | None = None,
        history: list[str] | None = None,
    ) -> Timex | None:
        rule = c.rule
        expr = self._fill(rule.value, c, m)
        if expr is None:
            return None
        ctx = Context(anchor, None, reference, references, history=history)
        if c.needs_tense and anchor:
            ctx.tense_fn = lambda: self._tense(text, start, end)
        try:
            res = evaluate(expr, ctx)
        except ValueError_:
            return None
        value = res.value
        begin = finish = None
        granularity = "unknown"
        if rule.type in ("DATE", "TIME"):
            begin, finish, granularity = interval(value)
        if rule.bounds:
            spec = self._fill(rule.bounds, c, m)
            if spec:
                try:
                    b, f = shifted_bounds(anchor, spec)
                except ValueError_:
                    b = f = None
                if b and f:
                    begin, finish, granularity = b, f, "range"
        mod = self._fill(rule.mod, c, m) if rule.mod else None
        return Timex(
            start=start,
            end=end,
            text=text[start:end],
            type=rule.type,
            value=value,
            begin=begin,
            finish=finish,
            granularity=granularity,
            anchored=res.anchored,
            rule=rule.name,
            mod=mod or None,
            role=rule.role or self._role(text, start, end),
        )


@functools.cache
def get_tagger(lang: str) -> Tagger:
    """The (cached) tagger of a language."""
    return Tagger(load(lang))


def tag(text: str, language: str, published: str | None = None) -> list[Timex]:
    """Time expressions of ``text`` in ``language`` (``it``, ``en``), anchored on ``published``."""
    return get_tagger(language).tag(text, published)
