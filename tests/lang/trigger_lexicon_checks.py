"""Checks shared by the Italian and English trigger lexicon tests."""

from __future__ import annotations

import csv
import functools
from pathlib import Path

import spacy

import eventwire
from eventwire.pipeline.triggers import FRAMES, parse_trigger_lines
from eventwire.records import PLOVER_TYPES

PACKAGE = Path(eventwire.__file__).parent
CAMEO_TABLE = PACKAGE / "data" / "cameo_plover.tsv"
CODEBOOK = (
    Path(__file__).resolve().parents[3]
    / "shared"
    / "data"
    / "plover"
    / "PLOVER_structured_codebook_updated.csv"
)

#: PLOVER 0.8 modes per type, as the codebook lists them (checked against it below when
#: ../shared is present).
PLOVER_MODES: dict[str, frozenset[str]] = {
    "AGREE": frozenset(),
    "CONSULT": frozenset({"multilateral", "phone", "third-party", "visit"}),
    "SUPPORT": frozenset(),
    "CONCEDE": frozenset(),
    "COOPERATE": frozenset(),
    "AID": frozenset(),
    "RETREAT": frozenset(
        {"access", "ceasefire", "disarm", "release", "resign", "return", "withdraw"}
    ),
    "REQUEST": frozenset({"assist", "change", "meet", "yield"}),
    "ACCUSE": frozenset({"allege", "disapprove", "investigate"}),
    "REJECT": frozenset({"assist", "change", "meet", "yield"}),
    "THREATEN": frozenset(
        {"arrest", "ban", "expel", "relations", "restrict", "rights", "territory", "violence"}
    ),
    "PROTEST": frozenset({"boycott", "demo", "hunger", "obstruct", "riot", "strike"}),
    "SANCTION": frozenset({"convict", "discontinue", "expel", "withdraw"}),
    "MOBILIZE": frozenset({"militia", "police", "troops", "weapons"}),
    "COERCE": frozenset(
        {
            "arrest",
            "ban",
            "censor",
            "curfew",
            "cyber",
            "deport",
            "misinformation",
            "restrict",
            "seize",
            "withhold",
        }
    ),
    "ASSAULT": frozenset(
        {
            "abduct",
            "aerial",
            "assassinate",
            "beat",
            "cleansing",
            "crowd-control",
            "destroy",
            "drone",
            "execute",
            "explosives",
            "firearms",
            "heavy-weapons",
            "massacre",
            "primitive",
            "sexual",
            "suicide-attack",
            "torture",
            "unconventional",
        }
    ),
}
#: PLOVER 0.8 contexts (the manual's contexts table; checked against it in the cameo tests).
CONTEXTS = frozenset(
    """
    asylum cbrn corruption crime cyber diplomatic disasters economic election environment
    executive gender health human_rights human_security illegal_drugs inequality intelligence
    legal legislative lgbt migration military misinformation natural_resource peacekeeping
    political_institutions pro_autocracy pro_democracy religion_ethnicity reparations
    repression rights_freedoms technology territory terrorism trafficking
    """.split()
)


def codebook_modes() -> dict[str, set[str]]:
    """Modes per type in the PLOVER codebook of ../shared (empty mode dropped)."""
    out: dict[str, set[str]] = {t: set() for t in PLOVER_TYPES}
    with CODEBOOK.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["mode"]:
                out[row["event"]].add(row["mode"])
    return out


def data_rows(path: Path) -> list[tuple[int, list[str]]]:
    """(line number, columns) of the non-comment lines of a lexicon file."""
    return [
        (i, line.split("\t"))
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if line.strip() and not line.startswith("#")
    ]


def check_header(path: Path) -> None:
    head = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.startswith("#")]
    text = "\n".join(head)
    for key in ("FORMAT:", "SOURCE:", "LICENSE:"):
        assert key in text, f"{path.name}: header lacks {key}"


def check_trigger_file(path: Path, lang: str) -> None:
    """Header, columns, types, modes, frames, CAMEO codes, grouping and order of one file."""
    check_header(path)
    cameo = {ln.split("\t")[0] for ln in CAMEO_TABLE.read_text(encoding="utf-8").splitlines()}
    lines = path.read_text(encoding="utf-8").splitlines()
    entries = parse_trigger_lines(lines, path.name, lang)  # raises on unknown types/frames
    assert entries
    seen: dict[str, int] = {}
    group: str | None = None
    previous = ""
    for i, cols in data_rows(path):
        where = f"{path.name}:{i}"
        assert 6 <= len(cols) <= 7, f"{where}: {len(cols)} columns"
        pattern, etype, mode, contexts, code, frame = cols[:6]
        assert pattern == pattern.strip() and "  " not in pattern, where
        assert pattern.lower() == pattern, f"{where}: patterns are lower case"
        assert not pattern.startswith("*") and not pattern.endswith("*"), where
        assert etype in PLOVER_TYPES, where
        assert frame in FRAMES, where
        assert not mode or mode in PLOVER_MODES[etype], f"{where}: {etype} has no mode {mode!r}"
        assert set(filter(None, contexts.split(","))) <= CONTEXTS, f"{where}: {contexts!r}"
        assert not code or code in cameo, f"{where}: CAMEO code {code} is not in cameo_plover.tsv"
        assert pattern not in seen, f"{where}: {pattern!r} repeats line {seen[pattern]}"
        seen[pattern] = i
        key = pattern.replace('"', "")
        if etype != group:  # a new PLOVER type group starts
            group, previous = etype, ""
        assert key >= previous, f"{where}: {pattern!r} is out of order in its group"
        previous = key


@functools.cache
def trigger_nlp(lang: str) -> spacy.language.Language:
    """Tokenizer, lookup lemmas and the trigger matcher (no other stage)."""
    from eventwire.pipeline import lemmas, triggers  # noqa: F401  (register factories)

    nlp = spacy.blank(lang)
    nlp.add_pipe("eventwire_lemmas")
    nlp.add_pipe("eventwire_triggers")
    nlp.initialize()
    return nlp


def trigger_types(text: str, lang: str) -> list[tuple[str, str]]:
    """(trigger text, PLOVER type) of every trigger the lexicon finds in ``text``."""
    doc = trigger_nlp(lang)(text)
    return [(s.text, s.label_) for s in doc.spans["triggers"]]


def check_not_triggers(path: Path, lang: str) -> None:
    """Sorted lower-case forms, each of which would otherwise fire a one-word trigger,
    phrases, each of which would otherwise contain a trigger, and compound halves ("-led"),
    each of which would otherwise open a trigger."""
    check_header(path)
    lines = [cols[0] for _, cols in data_rows(path)]
    assert lines == sorted(lines), f"{path.name} is not sorted"
    assert all(w == w.lower() for w in lines)
    from eventwire.pipeline.lexicon import split_pattern
    from eventwire.pipeline.triggers import _index

    halves = [w for w in lines if w.startswith("-")]
    from eventwire.pipeline.lexicon import token_keys
    from eventwire.pipeline.triggers import load_triggers

    firsts = {e.words[0][0] for e in load_triggers(lang)}
    for half in halves:
        keys = token_keys(trigger_nlp(lang)(half[1:]), lang)[0][1]
        assert not firsts.isdisjoint(keys), f"{path.name}: {half!r} opens no trigger anyway"
    lines = [w for w in lines if w not in halves]
    words = [w for w in lines if len(split_pattern(lang, w)) == 1]
    for phrase in (w for w in lines if len(split_pattern(lang, w)) > 1):
        doc = trigger_nlp(lang)(phrase.replace('"', ""))
        assert _index(lang).match(doc), f"{path.name}: {phrase!r} holds no trigger anyway"
    from eventwire.pipeline.lexicon import token_keys
    from eventwire.pipeline.triggers import load_triggers

    by_text = {e.words[0][0] for e in load_triggers(lang) if len(e.words) == 1 and e.words[0][1]}
    by_lemma = {
        alt
        for e in load_triggers(lang)
        if len(e.words) == 1 and not e.words[0][1]
        for alt in _alts(lang, e.words[0][0])
    }
    nlp = trigger_nlp(lang)
    for w in words:
        keys = token_keys(nlp(w), lang)[0][1]
        assert w in by_text or not by_lemma.isdisjoint(keys), (
            f"{path.name}: {w!r} would not trigger anyway"
        )


def _alts(lang: str, word: str) -> frozenset[str]:
    from eventwire.pipeline.lexicon import word_alternatives

    return word_alternatives(lang, word)
