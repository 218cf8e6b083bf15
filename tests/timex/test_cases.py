"""The hand-written tables it_cases.tsv and en_cases.tsv: every expression, type and value."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.timex import tag

HERE = Path(__file__).parent


def _cases(lang: str) -> list[tuple]:
    rows = []
    path = HERE / f"{lang}_cases.tsv"
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") + [""] * 7
        published, text, expr, typ, value, begin, finish = cols[:7]
        rows.append(
            pytest.param(
                lang,
                None if published == "-" else published,
                text,
                expr,
                typ,
                value,
                begin or None,
                finish or None,
                id=f"{lang}:{n}:{expr}",
            )
        )
    return rows


CASES = _cases("it") + _cases("en")


def test_tables_are_big_enough() -> None:
    assert len(_cases("it")) >= 60
    assert len(_cases("en")) >= 40


@pytest.mark.parametrize("lang,published,text,expr,typ,value,begin,finish", CASES)
def test_case(lang, published, text, expr, typ, value, begin, finish) -> None:  # noqa: ANN001
    assert expr in text, "the expression must be quoted exactly from the sentence"
    start = text.index(expr)
    end = start + len(expr)
    found = tag(text, lang, published)
    if typ == "NONE":
        overlapping = [t for t in found if t.start < end and start < t.end]
        assert overlapping == []
        return
    match = [t for t in found if (t.start, t.end) == (start, end)]
    assert match, f"{expr!r} not found; got {[(t.text, t.value) for t in found]}"
    t = match[0]
    assert (t.type, t.value) == (typ, value)
    assert t.text == expr
    if begin is not None:
        assert (t.begin, t.finish) == (begin, finish)
