"""``eventwire extract``: formats, stdin, problems on stderr, exit status."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import eventwire.api
from eventwire.cli import app
from eventwire.records import Actor, EventRecord, Evidence, Factuality, Place, Span, Time

runner = CliRunner()


def fake_extract(articles, batch_size: int = 32):
    """One CONSULT per article, built from the article (no pipeline)."""
    for art in articles:
        first = art.text.split()[0]
        rec = EventRecord(
            "CONSULT",
            actor=[Actor(raw_text="Putin", name="Vladimir Putin", country="RUS", sector="GOV")],
            recipient=[Actor(raw_text="Kim", name="Kim Jong-un", country="PRK", sector="GOV")],
            symmetric=True,
            location=Place(
                raw_text="a Vladivostok", name="Vladivostok", geonameid=2013348, country="RUS"
            ),
            date=Time(
                raw_text="dal 10 al 13 settembre",
                start="2023-09-10",
                end="2023-09-13",
                granularity="range",
            ),
            factuality=Factuality(certainty="probable", time="future"),
            evidence=Evidence(art.text, 0, len(art.text), Span(first, 0, len(first))),
        )
        rec.article = eventwire.api.ArticleRef(
            id=art.id, language=art.language, published=art.published
        )
        yield art, [rec]


@pytest.fixture
def fake(monkeypatch):
    monkeypatch.setattr(eventwire.api, "extract_articles", fake_extract)


def run(*args, **kw):
    return runner.invoke(app, ["extract", *map(str, args)], **kw)


def test_jsonl_is_the_default_when_stdout_is_not_a_terminal(tmp_path: Path, fake) -> None:
    (tmp_path / "a.txt").write_text("date 2023-09 incontrerà Kim.")
    (tmp_path / "b.txt").write_text("incontro a Mosca.")
    result = run(tmp_path)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["article"]["id"], r["article"]["published"]) for r in rows] == [
        ("a", "2023-09"),
        ("b", None),
    ]
    assert rows[0]["evidence"]["trigger"]["text"] == "incontrerà"


def test_json_array_and_out_file(tmp_path: Path, fake) -> None:
    (tmp_path / "a.txt").write_text("incontrerà Kim.")
    result = run(tmp_path / "a.txt", "--format", "json")
    assert [r["event_type"] for r in json.loads(result.stdout)] == ["CONSULT"]
    out = tmp_path / "events.json"
    result = run(tmp_path / "a.txt", "--out", out, "--language", "it", "--published", "2023-09-01")
    assert result.exit_code == 0 and result.stdout == ""
    (rec,) = json.loads(out.read_text("utf-8"))
    assert rec["article"]["language"] == "it" and rec["article"]["published"] == "2023-09-01"


def test_table_is_readable_and_escapes_markup(tmp_path: Path, fake) -> None:
    (tmp_path / "a.txt").write_text("[bold]incontrerà[/bold] Kim.")
    result = run(tmp_path / "a.txt", "--format", "table")
    assert result.exit_code == 0
    out = result.stdout
    for expected in (
        "CONSULT",
        "RUS/GOV Vladimir Putin",
        "<->",
        "PRK/GOV Kim Jong-un",
        "Vladivostok (RUS)",
        "2023-09-10..2023-09-13",
        "probably, future",
        "[bold]incontrerà[/bold]",
    ):
        assert expected in out.replace("\n", " ") or expected in out, expected


def test_stdin(fake) -> None:
    result = run("-", input='{"id": "s1", "text": "Putin incontra Kim.", "language": "it"}\n')
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["article"]["id"] == "s1"


def test_bad_inputs_are_one_line_each_and_do_not_stop_the_others(tmp_path: Path, fake) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Il ministro ha incontrato l'ambasciatore.")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02" * 10)
    bad_lines = tmp_path / "a.jsonl"
    bad_lines.write_text('{"id": "x", "text": "Uno."}\nnot json\n')
    result = run(binary, good, bad_lines, tmp_path / "nope.txt")
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 2
    err = result.stderr.splitlines()
    assert len(err) == 3
    assert err[0].startswith(f"eventwire: {binary}: ") and "[binary]" in err[0]
    assert err[1].startswith(f"eventwire: {bad_lines}:2: ") and "[malformed_json]" in err[1]
    assert "nope.txt" in err[2] and "[not_found]" in err[2]


def test_exit_status_is_nonzero_only_when_nothing_was_processed(tmp_path: Path, fake) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run(empty)
    assert result.exit_code == 1
    assert f"{empty}: " in result.stderr and "nothing could be processed" in result.stderr


def test_bad_options(tmp_path: Path) -> None:
    result = run(tmp_path, "--published", "2023-13")
    assert result.exit_code == 2 and "published" in result.output
    result = run(tmp_path, "--language", "fr")
    assert result.exit_code == 2


def test_a_failing_article_is_reported_and_the_others_extracted(
    tmp_path: Path, monkeypatch
) -> None:
    def flaky(articles, batch_size: int = 32):
        for art, recs in fake_extract(articles):
            if "boom" in art.text:
                raise RuntimeError("pipeline bug")
            yield art, recs

    monkeypatch.setattr(eventwire.api, "extract_articles", flaky)
    (tmp_path / "a.txt").write_text("uno.")
    (tmp_path / "b.txt").write_text("boom.")
    (tmp_path / "c.txt").write_text("tre.")
    result = run(tmp_path)
    assert result.exit_code == 0
    assert [json.loads(x)["article"]["id"] for x in result.stdout.splitlines()] == ["a", "c"]
    assert "pipeline bug" in result.stderr and "[extraction_failed]" in result.stderr


def test_real_pipeline_on_the_example(tmp_path: Path) -> None:
    """The real pipeline runs end to end; every line is a record of the example article."""
    example = Path(__file__).resolve().parents[2] / "examples" / "putin-kim-2023-09.txt"
    if not example.is_file():
        pytest.skip("examples/ is absent")
    result = run(example, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    for line in result.stdout.splitlines():
        rec = json.loads(line)
        assert rec["article"]["id"] == "putin-kim-2023-09"
        assert rec["article"]["published"] == "2023-09"
