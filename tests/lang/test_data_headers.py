"""Every knowledge file shipped under ``eventwire/lang`` says where it comes from and under
which licence (the brief: knowledge as data, with its source; non-commercial data never
ships)."""

from __future__ import annotations

import pytest

from eventwire.pipeline.lexicon import lang_dir

FILES = sorted(
    p
    for lang in ("en", "it", "xx")
    for p in lang_dir(lang).iterdir()
    if p.suffix in (".tsv", ".txt")
)


def test_there_are_knowledge_files():
    assert len(FILES) > 40


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_knowledge_file_states_its_source_and_licence(path):
    header = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.startswith("#")]
    text = "\n".join(header)
    assert "SOURCE" in text, f"{path.name}: no SOURCE in its header"
    assert "LICENSE" in text, f"{path.name}: no LICENSE in its header"
