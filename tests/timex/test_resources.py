"""The resource folders: headers, sorted entries, rule examples, clear errors, no language in code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventwire.timex.resources import RESOURCE_DIR, ResourceError, available_languages, load
from eventwire.timex.tagger import Tagger, get_tagger

LANGS = available_languages()
DATA_FILES = sorted(
    p
    for lang in LANGS
    for kind in ("repattern", "normalization")
    for p in (RESOURCE_DIR / lang / kind).glob("*.txt")
)
RULE_FILES = sorted(p for lang in LANGS for p in (RESOURCE_DIR / lang / "rules").glob("*.txt"))


def test_languages() -> None:
    assert {"it", "en"} <= set(LANGS)


@pytest.mark.parametrize(
    "path", DATA_FILES + RULE_FILES, ids=lambda p: f"{p.parent.parent.name}/{p.name}"
)
def test_header(path: Path) -> None:
    head = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    text = "\n".join(head)
    assert "FORMAT" in text
    assert "SOURCE" in text and "LICENSE" in text


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_entries_sorted_and_unique(path: Path) -> None:
    entries = [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    keys = [e.split("\t")[0] for e in entries]
    assert keys == sorted(keys)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("lang", LANGS)
def test_every_rule_has_an_example_that_it_tags(lang: str) -> None:
    tagger = get_tagger(lang)
    for c in tagger._compiled:
        assert c.rule.examples, f"rule {c.rule.name} has no example"
        for example in c.rule.examples:
            assert c.regex.fullmatch(example), f"{c.rule.name}: {example!r} does not match"
            if c.rule.type == "NONE":
                assert tagger.tag(example, "2023-09-14") == [], f"{c.rule.name}: {example!r}"
                continue
            found = tagger.tag(example, "2023-09-14")
            # The hot-word filter must let the rule fire, and no other rule may take over.
            assert found and found[0].rule == c.rule.name, f"{c.rule.name}: {example!r}"


def test_engine_never_names_a_language() -> None:
    code = "".join(
        (RESOURCE_DIR.parent / name).read_text(encoding="utf-8")
        for name in ("tagger.py", "values.py", "resources.py")
    )
    for word in ("luglio", "ieri", "scorso", "July", "yesterday", "Monday", "lunedì", "fa", "ago"):
        assert not re.search(rf"[\"']{word}[\"']", code), word


def _write(root: Path, lang: str, rules: str, lists: dict[str, str] | None = None) -> None:
    base = root / lang
    (base / "rules").mkdir(parents=True)
    (base / "repattern").mkdir()
    (base / "normalization").mkdir()
    (base / "rules" / "10_r.txt").write_text(rules, encoding="utf-8")
    for name, body in (lists or {}).items():
        (base / "repattern" / f"{name}.txt").write_text(body, encoding="utf-8")


def test_bad_rule_names_file_and_line(tmp_path: Path) -> None:
    _write(tmp_path, "xx", "# header\n\nrule: a\ntype: DATE\npattern: \\d+\nvalu: 1\n")
    with pytest.raises(ResourceError, match=r"10_r\.txt:6: expected 'key: value'"):
        load("xx", tmp_path)


def test_bad_type_is_reported(tmp_path: Path) -> None:
    _write(tmp_path, "xx", "rule: a\ntype: WHEN\npattern: \\d+\nvalue: 1\n")
    with pytest.raises(ResourceError, match=r"10_r\.txt:1: type 'WHEN'"):
        load("xx", tmp_path)


def test_unknown_list_is_reported(tmp_path: Path) -> None:
    _write(tmp_path, "xx", "rule: a\ntype: DATE\npattern: %reNothing\nvalue: 1\n")
    with pytest.raises(ResourceError, match="no list %reNothing"):
        Tagger(load("xx", tmp_path))


def test_bad_list_entry_is_reported(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "xx",
        "rule: a\ntype: DATE\npattern: %reX\nvalue: 1\n",
        {"reX": "# list\n# HOT: yes\n(unclosed\n"},
    )
    with pytest.raises(ResourceError, match=r"reX\.txt:3: entry '\(unclosed'"):
        load("xx", tmp_path)


def test_a_new_language_needs_no_code(tmp_path: Path) -> None:
    """A toy language folder: one list, one map, one rule; the engine reads it as it is."""
    _write(
        tmp_path,
        "xx",
        "rule: xx_month_year\ntype: DATE\npattern: (?P<m>%reMonth)\\s+(?P<y>\\d{4})\n"
        "value: DATE({y},{m:normMonth},)\nexample: julo 1953\n",
        {"reMonth": "# months\n# HOT: yes\njulo\n"},
    )
    (tmp_path / "xx" / "normalization" / "normMonth.txt").write_text("julo\t07\n", encoding="utf-8")
    tagger = Tagger(load("xx", tmp_path))
    [t] = tagger.tag("En julo 1953 ...", None)
    assert (t.text, t.value, t.begin, t.finish) == ("julo 1953", "1953-07", "1953-07", "1953-07")
