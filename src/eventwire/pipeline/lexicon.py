"""Word lists of a language (function words, factuality and attribution cues) and a matcher.

Files live in ``lang/<lang>/`` (see ``lang/README.md``). Pattern words match a token's
lower-case text or its lemma; quoted words match the text only.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc


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
def _tokenizer(lang: str):  # noqa: ANN202
    import spacy

    return spacy.blank(lang).tokenizer


def split_pattern(lang: str, pattern: str) -> tuple[tuple[str, bool], ...]:
    """Pattern words as the pipeline tokenizes them: ((word, text_only), ...)."""
    tok = _tokenizer(lang)
    words: list[tuple[str, bool]] = []
    for raw in pattern.split():
        text_only = len(raw) > 2 and raw[0] == '"' and raw[-1] == '"'
        word = raw[1:-1] if text_only else raw
        words.extend((t.text.lower(), text_only) for t in tok(word))
    return tuple(words)


@dataclass(frozen=True)
class Cue:
    """One matched-word-list entry: its kind and where it comes from."""

    kind: str
    pattern: str
    source: str


class PatternIndex:
    """First-word index over multi-word patterns with payloads."""

    def __init__(self) -> None:
        self.by_first: dict[str, list[tuple[tuple[tuple[str, bool], ...], Cue]]] = {}

    def add(self, words: tuple[tuple[str, bool], ...], cue: Cue) -> None:
        self.by_first.setdefault(words[0][0], []).append((words, cue))

    def match(self, doc: Doc) -> list[tuple[int, int, Cue]]:
        """All (start, end, cue) matches, longest first at each start."""
        lows = [norm(t.text) for t in doc]
        lemmas = [norm(t.lemma_ or t.text) for t in doc]
        n = len(doc)
        out = []
        for i in range(n):
            cands = self.by_first.get(lows[i], [])
            if lemmas[i] != lows[i]:
                cands = cands + self.by_first.get(lemmas[i], [])
            for words, cue in cands:
                k = len(words)
                if i + k > n:
                    continue
                if all(
                    lows[i + j] == w or (not t_only and lemmas[i + j] == w)
                    for j, (w, t_only) in enumerate(words)
                ):
                    out.append((i, i + k, cue))
        out.sort(key=lambda m: (m[0], -(m[1] - m[0])))
        return out


@functools.cache
def cue_index(lang: str, name: str) -> PatternIndex:
    """The matcher over a cue file (``factuality_cues.tsv``, ``attribution_cues.tsv``)."""
    idx = PatternIndex()
    for line, cols in read_table(lang, name):
        if len(cols) < 2:
            raise ValueError(f"{lang}/{name}:{line}: expected pattern<TAB>cue")
        idx.add(split_pattern(lang, cols[0]), Cue(cols[1], cols[0], f"{lang}/{name}:{line}"))
    return idx


@functools.cache
def function_words(lang: str) -> dict[str, str]:
    """Closed-class word -> class (``function_words.tsv``)."""
    return {cols[0].lower(): cols[1] for _, cols in read_table(lang, "function_words.tsv")}
