"""Property tests: the header parser and the JSONL reader never crash and round-trip."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.sources import InputProblem, read_articles, split_header, validate_published

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200)


def iso(date, granularity: int) -> str:
    return date.isoformat()[: (4, 7, 10)[granularity]]


@given(TEXT)
def test_split_header_never_crashes_and_keeps_a_suffix(text: str) -> None:
    date, body = split_header(text)
    assert text.endswith(body)
    if date is None:
        assert body == text
    else:
        assert date in text[: len(text) - len(body)]


@given(
    st.dates(),
    st.integers(0, 2),
    st.sampled_from(["", " ", "\t "]),
    st.sampled_from([" ", "\n", "\r\n", "\n\n"]),
    TEXT.filter(lambda s: s.strip() != "" and not s[0].isspace()),
)
def test_header_round_trip(date, granularity, lead, sep, body) -> None:
    value = iso(date, granularity)
    assert split_header(f"{lead}date {value}{sep}{body}") == (value, body)
    assert validate_published(value) == value


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400))
def test_jsonl_reader_never_crashes(data: bytes) -> None:
    problems: list[InputProblem] = []
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / "x.jsonl"
        f.write_bytes(data)
        arts = list(read_articles([f], on_error=problems.append))
    for art in arts:
        assert art.text.strip()
    for p in problems:
        assert str(p).startswith(str(f))


OBJECTS = st.fixed_dictionaries(
    {"id": TEXT.filter(bool), "text": TEXT.filter(lambda s: s.strip() != "")},
    optional={
        "title": TEXT,
        "url": TEXT,
        "published": st.builds(iso, st.dates(), st.integers(0, 2)),
        "language": st.sampled_from(["it", "en"]),
    },
)


@settings(deadline=None)
@given(st.lists(OBJECTS, min_size=1, max_size=5))
def test_valid_objects_round_trip(objects) -> None:
    data = "\n".join(json.dumps(o, ensure_ascii=False) for o in objects).encode("utf-8")
    problems: list[InputProblem] = []
    arts = list(read_articles(["-"], on_error=problems.append, stdin=io.BytesIO(data)))
    assert problems == []
    assert len(arts) == len(objects)
    for art, obj in zip(arts, objects, strict=True):
        for key in ("id", "text", "title", "url", "published", "language"):
            assert getattr(art, key) == obj.get(key)
