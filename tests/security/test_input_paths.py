"""Path traversal and odd paths in inputs: a JSONL/JSON ``text_file`` names a ``.txt`` file by
a relative path (as the gold files do, ``../../seed/x.txt``), never an absolute path, a home
path, a hidden file or any other kind of file; folders are walked without following a link
back into themselves; pipes, sockets and broken links are reported, never opened."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from eventwire.sources import InputProblem, read_articles


def _read(paths: list[Path]) -> tuple[list, list[InputProblem]]:
    problems: list[InputProblem] = []
    arts = list(read_articles([str(p) for p in paths], on_error=problems.append))
    return arts, problems


def _jsonl(tmp_path: Path, text_file: str) -> Path:
    path = tmp_path / "in" / "articles.jsonl"
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps({"id": "a", "text_file": text_file}) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "text_file, words",
    [
        ("/etc/passwd", "not a relative path"),
        ("/etc/hostname.txt", "not a relative path"),
        ("~/notes.txt", "not a relative path"),
        ("~root/.bashrc", "not a relative path"),
        ("../../../../../../etc/passwd", "not a .txt file"),
        ("..\\..\\etc\\passwd", "hidden"),  # on POSIX, one name starting with a dot
        (".secret.txt", "hidden"),
        ("sub/.ssh/id_rsa.txt", "hidden"),
        ("../.env/x.txt", "hidden"),
        ("notes.json", "not a .txt file"),
        ("%2e%2e%2f%2e%2e%2fetc%2fpasswd", "not a .txt file"),
        ("a\x00.txt", "not found"),
        ("", "no 'text' field"),
    ],
)
def test_text_file_outside_the_rules_is_refused(tmp_path, text_file, words):
    arts, problems = _read([_jsonl(tmp_path, text_file)])
    assert arts == []
    (p,) = problems
    assert p.line == 1 and words in p.message, p


def test_text_file_relative_path_is_read_as_in_the_gold_format(tmp_path):
    (tmp_path / "seed").mkdir()
    (tmp_path / "seed" / "story.txt").write_text("date 2023-09-10 The text.", encoding="utf-8")
    src = tmp_path / "gold" / "dev"
    src.mkdir(parents=True)
    (src / "a.jsonl").write_text(
        json.dumps({"id": "a", "text_file": "../../seed/story.txt"}) + "\n", encoding="utf-8"
    )
    (art,), problems = _read([src / "a.jsonl"])
    assert problems == [] and art.text == "The text." and art.published == "2023-09-10"


def test_text_file_that_is_a_pipe_or_missing_is_reported(tmp_path):
    (tmp_path / "in").mkdir()
    os.mkfifo(tmp_path / "in" / "pipe.txt")
    for name, words in (("pipe.txt", "not found"), ("absent.txt", "not found")):
        arts, (p,) = _read([_jsonl(tmp_path, name)])
        assert arts == [] and words in p.message  # a pipe is never opened (no hang)


def test_folders_are_walked_once_and_special_files_reported(tmp_path):
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text("First article.", encoding="utf-8")
    (root / "sub" / "b.txt").write_text("Second article.", encoding="utf-8")
    (root / "sub" / "loop").symlink_to("..")  # a link back up: would walk forever
    (root / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(root / "pipe.txt")
    arts, problems = _read([root])
    assert [a.id for a in arts] == ["a", "sub/b"]
    got = {Path(p.source).name: p.reason for p in problems}
    assert got == {"broken.txt": "not_found", "pipe.txt": "not_a_file", "loop": "not_a_file"}


def test_a_pipe_given_on_the_command_line_is_not_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    arts, (p,) = _read([tmp_path / "pipe.txt"])
    assert arts == [] and p.reason == "not_a_file"


def test_deep_folders_do_not_exhaust_the_stack(tmp_path):
    deep = tmp_path / "deep"
    here = deep
    for _ in range(300):  # deeper than a recursive walk would go comfortably
        here = here / "d"
    here.mkdir(parents=True)
    (here / "x.txt").write_text("Deep article.", encoding="utf-8")
    (art,), problems = _read([deep])
    assert problems == [] and art.text == "Deep article."
