"""The one key under which names are stored and looked up (case, accents, spacing folded)."""

from __future__ import annotations

import functools
import re
import unicodedata

_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "–": "-", "—": "-", "‐": "-"})
_SPACES = re.compile(r"\s+")
_JOINERS = re.compile(r"\s*([-'/])\s*")
_FIRST_RUN = re.compile(r"[^\W_]+")
_PLAIN = re.compile(r"[^\s'/-]+(?: [^\s'/-]+)*")


@functools.lru_cache(maxsize=1 << 18)
def norm(text: str) -> str:
    """Lower-case, accent-free key with single spaces and no spaces around ``- ' /``.

    The key does not depend on tokenisation: ``"Kim Jong-un"`` and ``Kim Jong - un`` agree,
    as do ``dell'Interno`` and ``dell' Interno``.
    """
    return norm_folded(fold(text))


def norm_folded(text: str) -> str:
    """The last step of :func:`norm`, on a text :func:`fold` gave: single spaces, none around
    ``- ' /``."""
    if not _PLAIN.fullmatch(text):
        text = _SPACES.sub(" ", text).strip()
        text = _JOINERS.sub(r"\1", text)
    return text


def fold(text: str) -> str:
    """The first step of :func:`norm`: apostrophes and dashes unified, accents dropped, case
    folded. It works character by character, so the fold of a text is the folds of its
    pieces joined (the actor KB builds the keys of token n-grams from them)."""
    text = text.translate(_APOS)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.casefold()


def accent_key(text: str) -> str:
    """:func:`norm` that keeps where a letter bears an accent, not which one: "papà" and
    "papa" differ, "autorità" and the common misspelling "autoritá" agree."""
    text = text.translate(_APOS)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join("\u0300" if unicodedata.combining(ch) else ch for ch in text)
    return norm_folded(text.casefold())


def first_run(key: str) -> str:
    """The first run of letters/digits of a key (the index under which it is stored)."""
    m = _FIRST_RUN.search(key)
    return m.group(0) if m else ""
