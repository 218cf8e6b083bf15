"""Readers: text files with a date header, JSON / JSONL, directories, stdin, bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from eventwire.sources import InputError, InputProblem, read_articles, split_header


def read(paths, **kwargs):
    """Articles and problems of ``read_articles``."""
    problems: list[InputProblem] = []
    arts = list(read_articles(paths, on_error=problems.append, **kwargs))
    return arts, problems


# ---------------------------------------------------------------- text files and the header


def test_seed_style_header_on_the_same_line(tmp_path: Path) -> None:
    f = tmp_path / "putin-kim.txt"
    f.write_text(" date 2023-09 Mosca potrebbe ottenere proiettili.\n\nSecondo il NYT...", "utf-8")
    (art,), problems = read([f])
    assert problems == []
    assert art.published == "2023-09"
    assert art.text.startswith("Mosca potrebbe")
    assert art.id == "putin-kim"
    assert art.source == str(f)


def test_header_on_its_own_line_is_removed(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("date 2021-03-04\nIl governo ha firmato l'accordo.", "utf-8")
    (art,), _ = read([f])
    assert art.published == "2021-03-04"
    assert art.text == "Il governo ha firmato l'accordo."


def test_text_without_header_is_kept_whole(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    body = "Dated documents were released on Monday."
    f.write_text(body, "utf-8")
    (art,), _ = read([f])
    assert art.text == body and art.published is None


def test_word_date_inside_the_text_is_not_a_header() -> None:
    assert split_header("The date 2020 was chosen.") == (None, "The date 2020 was chosen.")
    assert split_header("date 2020-1 x") == (None, "date 2020-1 x")


def test_impossible_header_date_is_reported_and_the_article_kept(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("date 2023-02-30\nTesto dell'articolo.", "utf-8")
    (art,), (problem,) = read([f])
    assert art.text == "Testo dell'articolo." and art.published is None
    assert problem.reason == "bad_date" and problem.line == 1
    assert str(f) in str(problem)


def test_utf8_bom_and_utf16_are_decoded(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_bytes("\ufeffdate 2020 Perché no.".encode())
    b = tmp_path / "b.txt"
    b.write_bytes("Città del Vaticano".encode("utf-16"))
    arts, problems = read([a, b])
    assert problems == []
    assert [x.text for x in arts] == ["Perché no.", "Città del Vaticano"]
    assert arts[0].published == "2020"


# ---------------------------------------------------------------- JSON and JSONL


def test_json_object_and_list(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "x1", "text": "Uno.", "language": "IT", "title": "T"}))
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"id": "y1", "text": "A."}, {"id": "y2", "text": "B."}]))
    arts, problems = read([one, many])
    assert problems == []
    assert [(a.id, a.text) for a in arts] == [("x1", "Uno."), ("y1", "A."), ("y2", "B.")]
    assert arts[0].language == "it" and arts[0].title == "T"


def test_jsonl_fields_and_text_file(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "s.txt").write_text("date 2019-05 Corpo.", "utf-8")
    f = tmp_path / "a.jsonl"
    rows = [
        {"id": "a", "text": "Testo.", "url": "http://x", "published": "2020-01-02T10:00:00Z"},
        {"id": "b", "text_file": "texts/s.txt", "language": "en-GB"},
    ]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    arts, problems = read([f])
    assert problems == []
    assert arts[0].url == "http://x" and arts[0].published == "2020-01-02"
    assert arts[0].source == f"{f}:1"
    assert (arts[1].text, arts[1].published, arts[1].language) == ("Corpo.", "2019-05", "en")


def test_malformed_jsonl_line_is_reported_and_the_others_read(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text('{"id": "a", "text": "Uno."}\n{"id": "b", "text": \n{"id": "c", "text": "Tre."}\n')
    arts, (problem,) = read([f])
    assert [a.id for a in arts] == ["a", "c"]
    assert (problem.reason, problem.line) == ("malformed_json", 2)
    assert str(problem).startswith(f"{f}:2: ")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"id": "a"}', "missing_text"),
        ('{"id": "a", "text": "   "}', "missing_text"),
        ('{"id": "a", "text": 5}', "bad_field"),
        ('["not", "an", "object"]', "malformed_json"),
        ('{"id": "a", "text": "Bonjour.", "language": "fr"}', "unsupported_language"),
    ],
)
def test_bad_objects(tmp_path: Path, line: str, reason: str) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text(line + '\n{"id": "ok", "text": "Buono."}\n')
    arts, (problem,) = read([f])
    assert [a.id for a in arts] == ["ok"]
    assert (problem.reason, problem.line) == (reason, 1)
    assert f"{f}:1" in str(problem)


def test_bad_published_in_an_object_is_reported_and_dropped(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text('{"id": "a", "text": "T.", "published": "ieri"}\n')
    (art,), (problem,) = read([f])
    assert art.published is None and problem.reason == "bad_date"


# ---------------------------------------------------------------- directories and stdin


def test_directories_are_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zeta.")
    (tmp_path / "a" / "y.txt").write_text("Ypsilon.")
    (tmp_path / "x.txt").write_text("Ics.")
    (tmp_path / ".hidden.txt").write_text("Nascosto.")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    arts, problems = read([tmp_path])
    assert [a.id for a in arts] == ["a/y", "b/z", "x"]
    assert [p.reason for p in problems] == ["unsupported"]
    assert "notes.pdf" in str(problems[0])


def test_stdin_text_and_jsonl() -> None:
    (art,), _ = read(["-"], stdin=io.BytesIO(b"date 2022 Il presidente ha parlato."))
    assert art.published == "2022" and art.text == "Il presidente ha parlato."
    data = b'{"id": "s1", "text": "Uno."}\n\n{"id": "s2", "text": "Due."}\n'
    arts, _ = read(["-"], stdin=io.BytesIO(data))
    assert [a.id for a in arts] == ["s1", "s2"]
    # one non-object line: the whole input is text
    (art,), _ = read(["-"], stdin=io.BytesIO(b'{"id": "s1", "text": "Uno."}\nplain text\n'))
    assert art.text.startswith('{"id"')


# ---------------------------------------------------------------- bad inputs


def test_every_bad_file_gives_one_clear_line_and_the_rest_is_read(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Il ministro ha incontrato l'ambasciatore.")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("prima riga\nperché".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    arts, problems = read([empty, binary, latin, missing, good])
    assert [a.text for a in arts] == ["Il ministro ha incontrato l'ambasciatore."]
    assert [(p.source, p.reason) for p in problems] == [
        (str(empty), "empty"),
        (str(binary), "binary"),
        (str(latin), "undecodable"),
        (str(missing), "not_found"),
    ]
    assert problems[2].line == 2
    for p in problems:
        line = str(p)
        assert "\n" not in line and line.startswith(p.source)


def test_too_large(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text("parola " * 100)
    arts, (problem,) = read([f], max_bytes=100)
    assert arts == [] and problem.reason == "too_large" and "100" in problem.message


def test_html_and_feed_readers_not_implemented_are_unsupported(tmp_path: Path, monkeypatch) -> None:
    import eventwire.sources.feeds as feeds
    import eventwire.sources.html as html

    def not_yet(path, data):
        raise NotImplementedError("HTML input is not supported yet")

    def broken(path, data):
        raise ValueError("bad markup")
        yield  # pragma: no cover

    monkeypatch.setattr(html, "read_html", not_yet)
    monkeypatch.setattr(feeds, "read_feed", broken)
    page = tmp_path / "p.html"
    page.write_text("<html></html>")
    feed = tmp_path / "f.rss"
    feed.write_text("<rss/>")
    arts, problems = read([page, feed])
    assert arts == []
    assert [(p.source, p.reason) for p in problems] == [
        (str(page), "unsupported"),
        (str(feed), "unreadable"),
    ]
    assert "bad markup" in problems[1].message


# ---------------------------------------------------------------- overrides


def test_language_and_published_override(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text('{"id": "a", "text": "T.", "language": "en", "published": "2001"}\n')
    (art,), _ = read([f], language="it", published="2023-09-10")
    assert (art.language, art.published) == ("it", "2023-09-10")


def test_language_auto_detects_each_article(tmp_path: Path) -> None:
    it = tmp_path / "it.txt"
    it.write_text("Il presidente del Consiglio ha incontrato ieri i sindacati a Roma.")
    en = tmp_path / "en.txt"
    en.write_text("The prime minister met the unions in London yesterday.")
    arts, _ = read([it, en], language="auto")
    assert [a.language for a in arts] == ["it", "en"]


@pytest.mark.parametrize(
    "kwargs", [{"language": "fr"}, {"published": "2023-13"}, {"published": "10/09/2023"}]
)
def test_bad_arguments_raise_at_once(kwargs) -> None:
    with pytest.raises(InputError):
        read_articles(["whatever.txt"], **kwargs)
