"""The English CAMEO trigger lexicon (lang/en/triggers_cameo.tsv) and the CAMEO->PLOVER table."""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
from pathlib import Path

import pytest
import spacy

import eventwire
from eventwire.records import PLOVER_TYPES

PACKAGE = Path(eventwire.__file__).parent
TRIGGERS = PACKAGE / "lang" / "en" / "triggers_cameo.tsv"
TABLE = PACKAGE / "data" / "cameo_plover.tsv"
REPO = Path(__file__).resolve().parents[3]
SCRIPT = REPO / "scripts" / "build_cameo_triggers.py"
SHARED = REPO.parent / "shared" / "data"
needs_shared = pytest.mark.skipif(
    not (SHARED / "phoenix" / "CAMEO.2.0.txt").is_file(), reason="../shared/data is absent"
)


def _rows(path: Path) -> list[list[str]]:
    return [
        line.split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]


@pytest.fixture(scope="module")
def lexicon() -> dict[str, list[str]]:
    return {row[0]: row for row in _rows(TRIGGERS)}


@pytest.fixture(scope="module")
def table() -> dict[str, list[str]]:
    return {row[0]: row for row in _rows(TABLE)}


@pytest.fixture(scope="module")
def lemmatize():
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return lambda text: [t.lemma_.lower() for t in nlp(text)]


# Common English verbs and the PLOVER 0.8 type a reader gives them (two per type at least).
EXPECTED_TYPES = [
    ("agree", "AGREE"),
    ("pledge", "AGREE"),
    ("promise", "AGREE"),
    ("meet", "CONSULT"),
    ("visit", "CONSULT"),
    ("negotiate", "CONSULT"),
    ("hold * talk", "CONSULT"),
    ("praise", "SUPPORT"),
    ("endorse", "SUPPORT"),
    ("sign * treaty", "SUPPORT"),
    ("concede", "CONCEDE"),
    ("pardon", "CONCEDE"),
    ("ease * restriction", "CONCEDE"),
    ("cooperate", "COOPERATE"),
    ("extradite", "COOPERATE"),
    ("aid", "AID"),
    ("donate", "AID"),
    ("grant * asylum", "AID"),
    ("withdraw", "RETREAT"),
    ("resign", "RETREAT"),
    ("release * prisoner", "RETREAT"),
    ("urge", "REQUEST"),
    ("demand", "REQUEST"),
    ("call for", "REQUEST"),
    ("accuse", "ACCUSE"),
    ("condemn", "ACCUSE"),
    ("criticize", "ACCUSE"),
    ("investigate", "ACCUSE"),
    ("reject", "REJECT"),
    ("refuse", "REJECT"),
    ("veto", "REJECT"),
    ("threaten", "THREATEN"),
    ("warn", "THREATEN"),
    ("protest", "PROTEST"),
    ("demonstrate", "PROTEST"),
    ("riot", "PROTEST"),
    ("sanction", "SANCTION"),
    ("impose * sanction", "SANCTION"),
    ("cut * aid", "SANCTION"),
    ("deploy", "MOBILIZE"),
    ("mobilize", "MOBILIZE"),
    ("arrest", "COERCE"),
    ("detain", "COERCE"),
    ("deport", "COERCE"),
    ("attack", "ASSAULT"),
    ("kill", "ASSAULT"),
    ("bomb", "ASSAULT"),
    ("kidnap", "ASSAULT"),
    ("open * fire", "ASSAULT"),
]


@pytest.mark.parametrize("pattern,event_type", EXPECTED_TYPES)
def test_common_verbs_have_their_plover_type(lexicon, pattern, event_type):
    assert pattern in lexicon, f"{pattern!r} missing"
    assert lexicon[pattern][1] == event_type


def test_every_plover_type_has_a_verb_in_the_table_above():
    assert {t for _, t in EXPECTED_TYPES} == set(PLOVER_TYPES)


@pytest.mark.parametrize(
    "pattern,mode",
    [
        ("visit", "visit"),
        ("arrest", "arrest"),
        ("kidnap", "abduct"),
        ("release * prisoner", "release"),
        ("resign", "resign"),
        ("investigate", "investigate"),
        ("accuse", "allege"),
        ("condemn", "disapprove"),
        ("blockade", "restrict"),  # CAMEO 191, as the noun
        ("fire * tear gas", "crowd-control"),
    ],
)
def test_modes(lexicon, pattern, mode):
    assert lexicon[pattern][2] == mode


@pytest.mark.parametrize(
    "pattern,frame",
    [
        ("meet", "VSYM"),  # both parties are actors
        ("negotiate", "VSYM"),
        ("host", "VRCP"),  # the guest is the PLOVER actor, the host the recipient
        ("face * criticism", "VRCP"),  # the criticism comes from the other party
        ("protest", "VINTR"),
        ("mobilize", "VINTR"),
        ("attack", "V"),
        ("accuse", "V"),
    ],
)
def test_frames(lexicon, pattern, frame):
    assert lexicon[pattern][5] == frame


@pytest.mark.parametrize(
    "pattern",
    # Too general to mark an event on their own, or mostly another word in news.
    ["say", "tell", "make", "take", "give", "go", "think", "consider", "call", "help", "fire"]
    + ["march", "order", "plan", "press", "campaign", "back", "force", "release"],
)
def test_generic_and_ambiguous_words_are_not_triggers_alone(lexicon, pattern):
    assert pattern not in lexicon


def test_homographs_keep_their_past_forms(lexicon):
    # "March" the month and "the order" are not events; "marched", "ordered" are.
    assert lexicon['"marched"'][1] == "PROTEST"
    assert lexicon['"ordered"'][1] == "REQUEST"
    assert lexicon['"struck"'][1] == "ASSAULT"


@pytest.mark.parametrize(
    "text,pattern",
    [
        ("met", "meet"),
        ("withdrew", "withdraw"),
        ("arrested", "arrest"),
        ("urged", "urge"),
        ("kidnapped", "kidnap"),
        ("condemns", "condemn"),
        ("sanctions", "sanction"),
    ],
)
def test_inflected_forms_reach_the_pattern_through_the_lookup_lemma(
    lexicon, lemmatize, text, pattern
):
    assert pattern in lexicon
    assert lemmatize(text) == [pattern]


def test_file_format():
    text = TRIGGERS.read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert any(line.startswith("# FORMAT:") for line in header)
    assert any(line.startswith("# SOURCE:") for line in header)
    assert any("LICENSE:" in line and "CC BY-SA 4.0" in line for line in header)
    rows = _rows(TRIGGERS)
    patterns = [row[0] for row in rows]
    assert patterns == sorted(patterns)
    assert len(patterns) == len(set(patterns))
    assert 1000 < len(rows) < 8000
    for row in rows:
        assert len(row) == 7, row
        assert row[1] in PLOVER_TYPES, row
        assert row[5] in {"V", "VSYM", "VRCP", "VINTR", "N"}, row
        assert re.match(r"^(CAMEO\.2\.0\.txt:\d+|curated: )", row[6]), row
        assert row[0] == row[0].lower(), row
        assert not row[0].startswith("*") and not row[0].endswith("*"), row


def test_the_pipeline_loader_reads_the_file():
    from eventwire.pipeline.triggers import parse_trigger_lines

    lines = TRIGGERS.read_text(encoding="utf-8").splitlines()
    entries = parse_trigger_lines(lines, "en/triggers_cameo.tsv", "en")
    assert len(entries) == len(_rows(TRIGGERS))


@pytest.mark.parametrize(
    "code,event_type,mode",
    [
        ("042", "CONSULT", "visit"),
        ("0841", "RETREAT", "release"),
        ("163", "SANCTION", "discontinue"),  # the 0.8 manual: sanctions are SANCTION
        ("173", "COERCE", "arrest"),
        ("1823", "ASSAULT", ""),
        ("020", "REQUEST", ""),  # an appeal is a request
        ("0256", "REQUEST", "yield"),
        ("112", "ACCUSE", "allege"),
    ],
)
def test_cameo_plover_table(table, code, event_type, mode):
    assert table[code][1:3] == [event_type, mode]


def test_cameo_public_statements_map_to_nothing(table):
    assert not [code for code in table if code.startswith("01")]


def test_every_trigger_cameo_code_is_in_the_table(lexicon, table):
    missing = {row[4] for row in lexicon.values() if row[4] and row[4] not in table}
    assert not missing


@needs_shared
def test_types_modes_and_contexts_belong_to_plover_0_8(lexicon, table):
    modes: dict[str, set[str]] = {}
    codebook = SHARED / "plover" / "PLOVER_structured_codebook_updated.csv"
    with codebook.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            modes.setdefault(row["event"], {""}).add(row["mode"])
    manual = (SHARED / "plover" / "PLOVER_MANUAL.tex").read_text(encoding="utf-8")
    contexts_table = manual.split("START CONTEXTS TABLE")[1].split("END CONTEXTS TABLE")[0]
    contexts = {
        re.sub(r"\\hyperref\[[^]]*\]\{([^}]*)\}", r"\1", line.split("&")[0]).strip()
        for line in contexts_table.splitlines()
        if "&" in line
    }
    contexts = {c.replace("\\_", "_") for c in contexts}
    assert {"military", "political_institutions", "human_security"} <= contexts
    for rows in (lexicon.values(), table.values()):
        for row in rows:
            assert row[2] in modes[row[1]], row
            assert set(filter(None, row[3].split(","))) <= contexts, row


@needs_shared
def test_committed_files_match_a_rebuild_from_shared_data():
    spec = importlib.util.spec_from_file_location("build_cameo_triggers", SCRIPT)
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = build  # dataclasses look their module up while it loads
    spec.loader.exec_module(build)
    table_text, triggers_text, _ = build.build(SHARED)
    assert TABLE.read_text(encoding="utf-8") == table_text, "run scripts/build_cameo_triggers.py"
    assert TRIGGERS.read_text(encoding="utf-8") == triggers_text, (
        "run scripts/build_cameo_triggers.py"
    )
