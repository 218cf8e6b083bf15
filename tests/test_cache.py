"""The start-up cache: what it keeps behaves as what it replaces, and a change rebuilds it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventwire import cache


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache directory, and no memo tables already in this process."""
    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path))
    monkeypatch.setattr(cache, "_MEMOS", {})
    monkeypatch.setattr(cache, "_DIRTY", set())
    return tmp_path


PATTERNS = [
    (r"(?P<day>\d{1,2}) (?P<month>gen(?:naio)?|feb(?:braio)?)\.?", re.I),
    (r"(?<!\w)(?:the|a)\s+(week|month)s?(?!\w)", 0),
    (r"(?i:due) (?-i:Mila)", 0),
    (r"[àèé]+|\bcasa\b", re.I),
]
TEXTS = ["12 Gen. 2020", "3 febbraio", "the weeks a month", "due Mila", "DUE mila", "èÀ casa"]


def _behaviour(rx: re.Pattern[str]) -> list:
    out: list = [rx.pattern, rx.flags, rx.groups, dict(rx.groupindex)]
    for text in TEXTS:
        out.append([(m.span(), m.groups()) for m in rx.finditer(text)])
        out.append(bool(rx.match(text, 1)))
    return out


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_remembered_regex_behaves_as_re_compile(fresh_cache, pattern, flags) -> None:
    expected = _behaviour(re.compile(pattern, flags))
    assert _behaviour(cache.compile_regex(pattern, flags)) == expected  # compiled here
    cache.save_memos()
    cache._MEMOS.clear()  # a new process: read back from the file
    assert _behaviour(cache.compile_regex(pattern, flags)) == expected
    assert list(fresh_cache.glob("memo-regex-*.pickle"))


def test_a_bad_remembered_entry_is_compiled_again(fresh_cache) -> None:
    pattern = r"ab+c"
    table = cache.memo(cache.regex_namespace())
    table[f"0:{pattern}"] = [0, [1, 2, 3], 0, {}, []]  # not code this engine accepts
    rx = cache.compile_regex(pattern)
    assert rx.fullmatch("abbbc") and not rx.fullmatch("ac")


def test_a_bad_pattern_still_raises(fresh_cache) -> None:
    with pytest.raises(re.error):
        cache.compile_regex(r"(unclosed")


def test_objects_are_kept_under_the_fingerprint_of_their_sources(fresh_cache) -> None:
    source = fresh_cache / "lexicon.tsv"
    source.write_text("a\n")
    key = cache.fingerprint([source])
    cache.save_object("thing", key, {"words": ["a"]})
    assert cache.load_object("thing", key) == {"words": ["a"]}
    source.write_text("a\nb\n")  # an edited source: another key, nothing kept for it
    new_key = cache.fingerprint([source])
    assert new_key != key and cache.load_object("thing", new_key) is None
    cache.save_object("thing", new_key, {"words": ["a", "b"]})
    assert cache.load_object("thing", key) == {"words": ["a"]}  # another checkout's, kept


def test_only_the_latest_versions_are_kept(fresh_cache) -> None:
    import os

    for k in range(cache.KEEP_VERSIONS + 2):
        cache.save_object("thing", f"k{k}", k)
        os.utime(fresh_cache / f"thing-k{k}.pickle", (k, k))  # k: older to newer
    kept = sorted(p.name for p in fresh_cache.glob("thing-*.pickle"))
    assert len(kept) == cache.KEEP_VERSIONS
    assert f"thing-k{cache.KEEP_VERSIONS + 1}.pickle" in kept and "thing-k0.pickle" not in kept


def test_an_unreadable_object_counts_as_absent(fresh_cache) -> None:
    (fresh_cache / "thing-k.pickle").write_bytes(b"not a pickle")
    assert cache.load_object("thing", "k") is None


def test_without_a_writable_cache_nothing_fails(tmp_path, monkeypatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    monkeypatch.setenv("EVENTWIRE_CACHE", str(blocked / "sub"))
    monkeypatch.setattr(cache, "_MEMOS", {})
    cache.save_object("thing", "k", [1])
    assert cache.load_object("thing", "k") is None
    assert cache.compile_regex("x+y").fullmatch("xxy")
    cache.save_memos()


def test_the_cached_actor_kb_finds_what_a_built_one_finds(fresh_cache) -> None:
    from eventwire.kb.actors import ActorKB, get_kb
    from eventwire.pipeline.nlp import get_nlp

    get_kb.cache_clear()
    try:
        first = get_kb("it")  # built, then saved
        assert list(fresh_cache.glob("actors-it-*.pickle"))
        get_kb.cache_clear()
        second = get_kb("it")  # read back
        assert second is not first and isinstance(second, ActorKB)
        doc = get_nlp("it").make_doc(
            "Il presidente russo Vladimir Putin ha incontrato a Mosca il ministro "
            "dell'Interno e la NATO."
        )
        assert second.matches(doc) == ActorKB("it").matches(doc)
        assert second.matches(doc)
    finally:
        get_kb.cache_clear()


def test_the_same_data_at_another_location_is_another_entry(tmp_path):
    # cached objects remember their files' paths: a copy elsewhere must not share the entry
    from eventwire import cache

    a, b = tmp_path / "a" / "x.tsv", tmp_path / "b" / "x.tsv"
    for p in (a, b):
        p.parent.mkdir()
        p.write_text("same\n", encoding="utf-8")
    assert cache.fingerprint([a]) != cache.fingerprint([b])
