"""Build the English CAMEO trigger lexicon and the CAMEO->PLOVER table.

Inputs (``../shared/data``, see its README):

- ``phoenix/CAMEO.2.0.txt``: PETRARCH2 verb dictionary (MIT, Open Event Data Alliance);
- ``plover/CAMEO2PLOVER-2021.txt``: CAMEO code -> PLOVER type, mode, contexts (CC BY-SA 4.0);
- ``plover/PLOVER_structured_codebook_updated.csv``: the PLOVER 0.8 types and modes;
- ``plover/PLOVER_MANUAL.tex``: the PLOVER 0.8 contexts;
- ``phoenix/icews_to_cameo/CAMEO_codefile.txt``: CAMEO code labels (MIT);
- ``scripts/cameo_triggers_curation.tsv``: hand-curated drops and corrections (this repo).

Outputs:

- ``src/eventwire/data/cameo_plover.tsv``: one CAMEO code per line with its PLOVER type,
  mode and contexts;
- ``src/eventwire/lang/en/triggers_cameo.tsv``: trigger patterns in the format of
  ``src/eventwire/lang/README.md``.

Usage::

    python scripts/build_cameo_triggers.py            # write both files
    python scripts/build_cameo_triggers.py --check    # exit 1 if the committed files drifted
    python scripts/build_cameo_triggers.py --report   # counts, dropped codes and patterns
    python scripts/build_cameo_triggers.py --check --evaluate   # match dev gold and NGEC text

How a CAMEO verb block becomes trigger lines
--------------------------------------------

A block lists synonymous verbs (``MEET {MET ...}``, multi-word ``+MEET_WITH``) and the block
code (``--- MEET_PEOPLE [040] ---``); a verb may carry its own code. Pattern lines
(``- * (FOR TALKS) [036:036] # MEET``) refine the code by the words around the verb.
Our matcher sees contiguous words only (no parser, no gaps), so:

1. **Verb alone.** Each verb gives a line with its own code, else the block code; the null code
   ``[---]`` gives no line. Multi-word verbs (``meet with``, ``pull out``) are contiguous;
   ``+KILLED_AND``-style entries (PETRARCH's hold on coordinated verbs) are not verbs.
2. **Patterns.** A pattern is kept when it reads as a word sequence that starts with the verb,
   in the terms of the pipeline's matcher: words, and the gap word ``*`` (up to three tokens,
   never punctuation). Particles and bare prepositions follow the verb directly (``call off``,
   ``call for``). CAMEO writes the *head* of a noun phrase (modifiers in braces), so each noun
   phrase comes after a gap that takes the determiner and modifiers the text puts before it:
   ``- * AGREEMENT [057]`` -> ``sign * agreement`` ("signed a peace agreement"),
   ``- * (FOR &CEASEFIRE)`` -> ``call for * ceasefire``. A synset used as a modifier
   (``{&MILITARY AID}``) or with more than ``CATALOGUE_SIZE`` members (``&WEAPON`` lists 115
   arms, ``&CURRENCY`` 90 currencies) stands for its own word ("military aid", "send
   weapons"); a smaller synset is expanded to its members; a noun phrase of two synsets has no
   fixed order and is dropped. Patterns with words before the verb (subject nouns), or with
   ``^``/``%`` gaps, or with ``$``/``+`` actor slots inside the sequence are dropped;
   ``$``/``+`` at the end are actor positions and are removed.
3. **Which verbs.** A pattern's comment names the verb it was written for (the dictionary
   header says so); we apply it to that verb only, not to every synonym of the block, which
   keeps ``race aid`` and ``hurry aid`` out. A pattern that names no verb of its block applies
   to the verb the block is named after, or to every verb of a block of ``SMALL_BLOCK`` verbs.
4. **Codes.** ``[A:B]`` gives the code A for the actor->recipient reading and B for the reverse
   event. A is mapped; when A is empty (``[:111]``, "face criticism") the event runs from the
   other party to the subject and the line gets frame VRCP. The null code ``[---]`` marks
   non-events (``kill in accident``): they cannot veto a shorter match in our format, so they
   are dropped. Codes map to PLOVER through ``cameo_plover.tsv``; codes that map to nothing
   (CAMEO 01x public statements) are dropped and counted.
5. **Generic verbs.** CAMEO gives event codes to verbs such as *go*, *consider*, *give*, *say*,
   which PETRARCH could afford because it needed a parsed source and target around the verb.
   Alone, they would fire on most sentences of an article. The curation file lists them as
   ``generic``: their verb-alone line and their verb+preposition lines are dropped, their lines
   with a particle or an object noun (``give up``, ``give asylum``) are kept. Other lines
   are dropped one by one (``drop``), synset members that mislead (``member``: the
   ``reserves`` of ``&MILITARY`` are mostly a central bank's) are removed, or lines corrected to the PLOVER 0.8 definitions (``set``),
   each with its reason; ``past`` keeps only the past forms of a verb whose base form is
   mostly a noun in news (``"ordered"``, not *order*; ``"marched"``, not the month); ``add``
   supplies a few common verbs the dictionary lacks.
6. **One line per pattern.** When one pattern string gets several codes, the PLOVER type with
   most source lines wins (ties: the verb's own default type, then the first line), and within
   it the most general (shortest) CAMEO code; the note names the codes left out. A longer
   pattern that reads as its verb alone does (same type and frame) is left out: only CAMEO's
   finer code, mode or context would differ, and the file stays small.
7. **Words.** Every word is written lower-case, tokenized by spaCy's English tokenizer
   (``cease-fire`` -> ``cease - fire``); verbs and plural nouns are written as their lemma in
   the spaCy lookup table (``withdrew`` -> ``withdraw``, ``sanctions`` -> ``sanction``), other
   nouns as written (``meeting``, whose lookup lemma is the verb ``meet``). An irregular form
   listed in CAMEO whose lookup lemma is not the verb gets its own line, quoted.
8. **Frames** (README): VRCP for reverse codes, for hosting (CAMEO 043: the guest is the
   PLOVER actor) and for verbs whose subject is the one affected (``receive``, ``die``);
   and for an ASSAULT verb followed by *in* ("killed in a raid": the subject is the victim);
   VSYM when both codes of ``[A:A]`` are equal (a joint act) or for joint-act verbs in
   ``SYMMETRIC_VERBS`` used without object; VINTR for PROTEST (except boycott/obstruct, which
   take an object) and MOBILIZE; V otherwise. A PROTEST line of CAMEO 143 ("strike or
   boycott") that names a strike gets PLOVER's mode strike.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
CURATION = REPO / "scripts" / "cameo_triggers_curation.tsv"
OUT_TABLE = REPO / "src" / "eventwire" / "data" / "cameo_plover.tsv"
OUT_TRIGGERS = REPO / "src" / "eventwire" / "lang" / "en" / "triggers_cameo.tsv"

VERBS_FILE = "phoenix/CAMEO.2.0.txt"
MAPPING_FILE = "plover/CAMEO2PLOVER-2021.txt"
CODEBOOK_FILE = "plover/PLOVER_structured_codebook_updated.csv"
MANUAL_FILE = "plover/PLOVER_MANUAL.tex"
LABELS_FILE = "phoenix/icews_to_cameo/CAMEO_codefile.txt"

# The matcher's gap word: up to three tokens, never punctuation (pipeline/triggers.py).
GAP = "*"
# Words that follow a verb as a particle (phrasal verbs: "call off", "pull out").
PARTICLES = frozenset(
    "up out off down back away forward aside over together ahead apart around".split()
)
# Prepositions written bare in patterns ("- * SANCTIONS AGAINST", "- * FROM +").
PREPOSITIONS = frozenset(
    "to for with on in at from against into upon under about by of between after during"
    " before behind across near onto toward towards within without through".split()
)
# Synsets with more members than this are catalogues (weapons, aircraft, currencies): their
# members are model names and rarely follow a verb as a bare plural, so a pattern uses the
# synset's own word only.
CATALOGUE_SIZE = 20
# A pattern that names no verb of its block applies to the block's own verb, or to all the
# verbs of a block this small.
SMALL_BLOCK = 3
# Verbs of a joint act: without an object noun both sides are actors (frame VSYM).
SYMMETRIC_VERBS = frozenset(
    """
    meet talk negotiate confer consult converse discuss bargain cooperate collaborate
    coordinate clash battle skirmish reconcile
    """.split()
)
# Verbs whose grammatical subject undergoes the event (frame VRCP: recipient = subject).
SUBJECT_UNDERGOES = frozenset("receive die perish suffer".split())
# PROTEST modes whose verb takes the target as object ("boycott the elections", "block roads").
TRANSITIVE_PROTEST_MODES = frozenset({"boycott", "obstruct"})
# Frames of src/eventwire/lang/README.md.
FRAMES = frozenset({"V", "VSYM", "VRCP", "VINTR", "N", "NSYM", "NINTR"})
# CAMEO codes whose subject is the host of a visit: PLOVER makes the guest the actor.
HOST_CODES = frozenset({"043"})

# The 2021 conversion table departs from the PLOVER 0.8 codebook in a few rows: fixes
# (code -> (type, mode, contexts, reason)); None keeps the table's value.
TABLE_FIXES: dict[str, tuple[str | None, str | None, tuple[str, ...] | None, str]] = {
    "085": (None, "", None, "'ease' is no longer a RETREAT mode (note in the table itself)"),
    "163": (
        "SANCTION",
        "discontinue",
        None,
        "PLOVER 0.8 manual, SANCTION modes: international sanctions are 'discontinue'",
    ),
    "175": (
        None,
        "",
        ("pro_autocracy", "military"),
        "the table puts the context pro_autocracy in the mode column",
    ),
    "112": (
        None,
        "allege",
        None,
        "0.8 manual, ACCUSE modes: allege = formally or informally accuse",
    ),
    "114": (
        None,
        "disapprove",
        None,
        "0.8 manual: diplomatic protests and complaints are disapprove",
    ),
    "1321": (None, "rights", None, "'political' is not a THREATEN mode; codebook: rights"),
    "1712": (None, "destroy", None, "'seize' is not an ASSAULT mode; codebook: destroy"),
    "1724": (None, "restrict", None, "'martial-law' is not in the 0.8 codebook; as 1324"),
}
# Contexts of the table that the 0.8 manual names otherwise (or lacks: "humanitarian" aid is
# food, shelter, medicine, which the manual files under human_security).
CONTEXT_FIXES = {"democracy": "pro_democracy", "humanitarian": "human_security"}
# CAMEO designed 02x (appeal) parallel to 10x (demand); PLOVER's REQUEST covers "all requests,
# demands, and orders" although the 2021 table leaves 02x out. Extension: 02X -> 10X.
APPEAL_PREFIX, DEMAND_PREFIX = "02", "10"
# Codes that CAMEO.2.0.txt uses but the 2021 table lacks: code -> (type, mode, contexts, label).
NEW_CODES: dict[str, tuple[str, str, tuple[str, ...], str]] = {
    "176": ("COERCE", "cyber", ("cyber",), "Attack cybernetically (hack computers, websites)"),
    "1952": ("ASSAULT", "drone", ("military",), "Employ remotely piloted aerial munitions"),
}

TRIGGERS_HEADER = """\
# English event triggers derived from the Phoenix CAMEO 2.0 verb dictionary.
# FORMAT: tab-separated pattern, event_type, mode, contexts, cameo, frame, note
#   (see src/eventwire/lang/README.md). One line per pattern, sorted by pattern; "*" is a
#   gap of up to three tokens (determiners and modifiers before an object noun).
#   note: CAMEO.2.0.txt:<line> of the source line; "also <code>" names codes of the same
#   pattern left out; "curated: ..." marks a correction from scripts/cameo_triggers_curation.tsv.
# SOURCE: generated by scripts/build_cameo_triggers.py from
#   phoenix/CAMEO.2.0.txt (PETRARCH2 verb dictionary, github.com/openeventdata/petrarch2 @ 676801c)
#   and src/eventwire/data/cameo_plover.tsv (from plover/CAMEO2PLOVER-2021.txt). Do not edit:
#   edit the curation file or the script and rebuild.
# LICENSE: CC BY-SA 4.0, as the PLOVER CAMEO->PLOVER mapping it applies (PLOVER authors,
#   Open Event Data Alliance); the CAMEO.2.0.txt patterns are MIT, (c) 2015 Open Event Data
#   Alliance.
"""

TABLE_HEADER = """\
# CAMEO event code -> PLOVER 0.8 event type, mode and contexts.
# FORMAT: tab-separated cameo, event_type, mode, contexts (comma-separated), basis, label
#   basis: "table" = plover/CAMEO2PLOVER-2021.txt as is; "fixed: <reason>" = the table's row
#   corrected to the PLOVER 0.8 codebook/manual; "extension: <reason>" = not in the table.
#   CAMEO 01x (public statements) maps to nothing in PLOVER and is absent.
# SOURCE: generated by scripts/build_cameo_triggers.py from plover/CAMEO2PLOVER-2021.txt
#   (PLOVER manual draft 0.8, 17-Sep-2021, ed. Philip Schrodt), checked against
#   plover/PLOVER_structured_codebook_updated.csv and plover/PLOVER_MANUAL.tex; labels of 02x
#   from phoenix/icews_to_cameo/CAMEO_codefile.txt (text_to_CAMEO, MIT).
# LICENSE: CC BY-SA 4.0 (PLOVER, Open Event Data Alliance); 02x labels MIT.
"""


# ---------------------------------------------------------------------------------------------
# PLOVER: codebook, contexts, CAMEO->PLOVER table


@dataclass(frozen=True)
class Plover:
    """A CAMEO code's PLOVER reading."""

    cameo: str
    event_type: str
    mode: str
    contexts: tuple[str, ...]
    basis: str
    label: str


def read_codebook(path: Path) -> dict[str, set[str]]:
    """Return PLOVER 0.8 type -> set of its modes ("" for none) from the codebook CSV."""
    modes: dict[str, set[str]] = defaultdict(set)
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            modes[row["event"].strip()].add(row["mode"].strip())
    for kinds in modes.values():
        kinds.add("")
    return dict(modes)


def read_contexts(path: Path) -> set[str]:
    """Return the PLOVER 0.8 context names from the manual's general-contexts table."""
    text = path.read_text(encoding="utf-8")
    start = text.index("START CONTEXTS TABLE")
    end = text.index("END CONTEXTS TABLE")
    names = set()
    for line in text[start:end].splitlines():
        m = re.match(r"^(?:\\hyperref\[[^\]]*\]\{([^}]*)\}|([a-z_\\]+))\s*&", line)
        if m:
            names.add((m.group(1) or m.group(2)).replace("\\_", "_"))
    return names


def read_labels(path: Path) -> dict[str, str]:
    """Return CAMEO code -> label from the text_to_CAMEO code file (first label wins)."""
    labels: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^LABEL: (\d+)= (.+)$", line)
        if m:
            labels.setdefault(m.group(1), m.group(2).strip())
    return labels


def read_cameo_plover(
    mapping: Path, codebook: Path, manual: Path, labels: Path
) -> dict[str, Plover]:
    """Read the CAMEO->PLOVER table, fix it to the 0.8 codebook and add the 02x extension."""
    modes = read_codebook(codebook)
    contexts_ok = read_contexts(manual)
    table: dict[str, Plover] = {}
    for n, line in enumerate(mapping.read_text(encoding="utf-8").splitlines(), 1):
        m = re.match(r"^(\d{3,4}):\s*([^#]*?)\s*(?:#\s*(.*))?$", line)
        if not m:
            continue
        code, fields, label = m.group(1), m.group(2).split(","), (m.group(3) or "").strip()
        if len(fields) != 3:
            raise ValueError(f"{mapping}:{n}: expected 'TYPE, mode, contexts': {line!r}")
        event_type, mode = fields[0].strip(), fields[1].strip()
        contexts = tuple(c.strip() for c in fields[2].split(";") if c.strip())
        basis = "table"
        if code in TABLE_FIXES:
            fix_type, fix_mode, fix_contexts, reason = TABLE_FIXES[code]
            event_type = fix_type if fix_type is not None else event_type
            mode = fix_mode if fix_mode is not None else mode
            contexts = fix_contexts if fix_contexts is not None else contexts
            basis = f"fixed: {reason}"
        if any(c in CONTEXT_FIXES for c in contexts):
            if basis == "table":
                renamed = ", ".join(
                    f"{c}->{CONTEXT_FIXES[c]}" for c in contexts if c in CONTEXT_FIXES
                )
                basis = f"fixed: context {renamed} (0.8 manual contexts)"
            contexts = tuple(CONTEXT_FIXES.get(c, c) for c in contexts)
        if event_type not in modes:
            raise ValueError(f"{mapping}:{n}: {event_type!r} is not a PLOVER 0.8 type")
        if mode not in modes[event_type]:
            raise ValueError(f"{mapping}:{n}: {mode!r} is not a {event_type} mode; add a fix")
        bad = [c for c in contexts if c not in contexts_ok]
        if bad:
            raise ValueError(f"{mapping}:{n}: unknown PLOVER contexts {bad}; add a fix")
        if code in table:  # the table repeats 175 verbatim
            continue
        table[code] = Plover(code, event_type, mode, contexts, basis, label)
    cameo_labels = read_labels(labels)
    for code, label in sorted(cameo_labels.items()):
        if not code.startswith(APPEAL_PREFIX) or code in table:
            continue
        parallel = table.get(DEMAND_PREFIX + code[len(APPEAL_PREFIX) :])
        if parallel is None:
            continue
        table[code] = Plover(
            code,
            parallel.event_type,
            parallel.mode,
            parallel.contexts,
            f"extension: appeal parallel to demand {parallel.cameo}; REQUEST covers all requests",
            label,
        )
    for code, (event_type, mode, contexts, label) in NEW_CODES.items():
        if code not in table:
            table[code] = Plover(
                code,
                event_type,
                mode,
                contexts,
                "extension: CAMEO 2.0 code used by CAMEO.2.0.txt; PLOVER 0.8 has the mode",
                label,
            )
    return table


def render_table(table: dict[str, Plover]) -> str:
    """Return the text of cameo_plover.tsv."""
    lines = [TABLE_HEADER.rstrip("\n")]
    for code in sorted(table):
        p = table[code]
        lines.append(
            "\t".join([code, p.event_type, p.mode, ",".join(p.contexts), p.basis, p.label])
        )
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# The PETRARCH2 verb dictionary


@dataclass
class Verb:
    """One verb of a block: its words, its own code, its listed forms."""

    words: tuple[str, ...]
    code: str | None  # None: use the block code; "---": null
    forms: tuple[tuple[str, ...], ...]
    line: int


@dataclass
class Pattern:
    """One pattern line: tokens around '*', the code string, the verbs named in the comment."""

    tokens: tuple[str, ...]
    code: str
    named: tuple[str, ...]
    line: int


@dataclass
class Block:
    """A verb synonym block."""

    name: str
    code: str
    line: int
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


@dataclass(frozen=True)
class Member:
    """A synset member: its words, and whether PETRARCH forms no plural for it (``_``)."""

    words: tuple[str, ...]
    no_plural: bool


Synsets = dict[str, list[Member]]


@dataclass
class Dictionary:
    """Synsets (name without ``&``/``_`` -> members) and verb blocks."""

    synsets: Synsets
    blocks: list[Block]


_CODE = re.compile(r"\[([^\]]*)\]")
_PATTERN_TOKEN = re.compile(r"[(){}]|[^\s(){}]+")


def _strip_comment(line: str) -> tuple[str, str]:
    """Split a line into content and comment ('#' or the TABARI ';')."""
    cut = len(line)
    for mark in ("#", ";"):
        i = line.find(mark)
        if i >= 0:
            cut = min(cut, i)
    return line[:cut].rstrip(), line[cut + 1 :].strip()


def _phrase(text: str) -> tuple[str, ...]:
    """Return the lower-case words of a verb phrase such as '+MEET_WITH' or 'WIRE_+TAP'."""
    return tuple(w.lstrip("+").lower() for w in text.strip("_").split("_") if w.lstrip("+"))


def parse_verb_dictionary(path: Path) -> Dictionary:
    """Parse CAMEO.2.0.txt into synsets and verb blocks."""
    synsets: Synsets = {}
    blocks: list[Block] = []
    current_synset: str | None = None
    label_no_plural = False
    in_verbs = False
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if raw.startswith("####### VERB PATTERNS"):
            in_verbs, current_synset = True, None
            continue
        if raw.startswith("######## TRANSFORMATIONS"):
            break
        if raw.startswith("---"):
            m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", raw)
            if not m:
                raise ValueError(f"{path}:{n}: unreadable block header {raw!r}")
            blocks.append(Block(m.group(1), m.group(2).strip(), n))
            continue
        content, comment = _strip_comment(raw)
        if not content.strip():
            continue
        if not in_verbs:
            if content.startswith("&"):
                label = content.strip()
                current_synset, label_no_plural = label.rstrip("_"), label.endswith("_")
                synsets[current_synset] = []
            elif content.startswith("+") and current_synset:
                member = content[1:].strip()
                synsets[current_synset].append(
                    Member(
                        tuple(member.rstrip("_").lower().split("_")),
                        label_no_plural or member.endswith("_"),
                    )
                )
            continue
        if not blocks:
            raise ValueError(f"{path}:{n}: verb line before any block header")
        block = blocks[-1]
        if content.startswith("-"):
            body = content[1:]
            codes = _CODE.findall(body)
            if not codes:
                raise ValueError(f"{path}:{n}: pattern without [code]: {raw!r}")
            tokens = tuple(_PATTERN_TOKEN.findall(body[: body.index("[")]))
            named = tuple(w.strip().upper() for w in comment.split(",") if w.strip())
            block.patterns.append(Pattern(tokens, codes[0].strip(), named, n))
            continue
        m = re.match(r"^\s*(\S+?)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?\s*(?:---)?\s*$", content)
        if not m:
            raise ValueError(f"{path}:{n}: unreadable verb line {raw!r}")
        forms = tuple(_phrase(f) for f in re.split(r"[\s,]+", m.group(2) or "") if f.strip())
        code = m.group(3).strip() if m.group(3) is not None else None
        block.verbs.append(Verb(_phrase(m.group(1)), code, forms, n))
    return Dictionary(synsets, blocks)


# ---------------------------------------------------------------------------------------------
# Words: spaCy tokenizer and lookup lemmas


@cache
def _nlp():  # type: ignore[no-untyped-def]
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


@cache
def lemma(word: str) -> str:
    """Return the spaCy English lookup lemma of a lower-case word."""
    table = _nlp().get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    return str(table.get(word, word))


@cache
def tokens(text: str) -> tuple[str, ...]:
    """Return the spaCy English tokens of a lower-case phrase."""
    return tuple(t.text for t in _nlp().tokenizer(text))


@cache
def _lemma_values() -> frozenset[str]:
    table = _nlp().get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    return frozenset(str(v) for _, v in table.items())


def verb_lemma(word: str) -> str:
    """Return the base form of a CAMEO verb word.

    The lookup table is not tagged, so ``wound`` -> ``wind`` and ``found`` -> ``find``: a word
    that is itself the lemma of other forms (``wounded`` -> ``wound``) is kept as written.
    """
    return word if word in _lemma_values() else lemma(word)


def is_plural(word: str) -> bool:
    """True if the word is written as a plural noun (its lookup lemma drops an -s)."""
    base = lemma(word)
    return base != word and word.endswith("s") and len(base) < len(word)


def noun_form(word: str) -> str:
    """Write a noun as the lexicon does: plurals as their lemma, other nouns as written."""
    return lemma(word) if is_plural(word) else word


def verb_phrase(words: Iterable[str]) -> str:
    """Write a verb phrase: every word as its base form, spaCy-tokenized."""
    return " ".join(" ".join(tokens(verb_lemma(w))) for w in words)


# ---------------------------------------------------------------------------------------------
# From patterns to contiguous word sequences


class Drop(Exception):
    """A pattern that has no contiguous reading; the message says why."""


@dataclass(frozen=True)
class Reading:
    """A contiguous reading of a pattern's right-hand side."""

    words: tuple[str, ...]
    has_object: bool
    has_particle: bool


def _expand_np(items: list[str], synsets: Synsets) -> list[list[str]]:
    """Expand a noun phrase (words and &SYNSETs) to its word lists, each after a gap."""
    if sum(item.startswith("&") for item in items) > 1:
        raise Drop("noun phrase of several synsets")
    results: list[list[str]] = [[GAP]]
    for i, item in enumerate(items):
        last = i == len(items) - 1
        if item.startswith("&"):
            name = item.rstrip("_")
            if name not in synsets:
                raise Drop(f"undefined synset {item}")
            if not last or len(synsets[name]) > CATALOGUE_SIZE:
                # A modifier ({&MILITARY AID}) or a catalogue (&WEAPON lists 115 arms): the
                # synset's own word ("military aid", "send weapons"), not every member ("troop
                # aid", "send slingshots").
                own = tuple(name[1:].lower().split("_"))
                if not any(m.words == own for m in synsets[name]):
                    raise Drop("synset without a member of its own name")
                results = [r + list(own) for r in results]
                continue
            members = [m.words for m in synsets[name] if all(w.isalpha() for w in m.words)]
            options = [[noun_form(w) for w in words] for words in members]
        else:
            options = []
            for alternative in item.lower().split("/"):  # ATTACK/BOMBING/RAID
                words = tuple(alternative.split("_"))
                options.append([*words[:-1], noun_form(words[-1])] if last else list(words))
        results = [r + o for r in results for o in options]
    return results


def readings(post: tuple[str, ...], synsets: Synsets) -> list[Reading]:
    """Return the contiguous readings of the tokens after '*' (raise Drop if there are none)."""
    post = tuple(post)
    while post and post[-1] in {"$", "+"}:
        post = post[:-1]
    if any(t in {"$", "+", "^", "%"} or "^" in t for t in post):
        raise Drop("gap or actor slot inside the pattern")
    # Split into segments: words outside brackets, {...} groups, (...) prepositional phrases.
    segments: list[tuple[str, list[str]]] = []
    i = 0
    while i < len(post):
        t = post[i]
        if t in "({":
            close = ")" if t == "(" else "}"
            j = i + 1
            inner: list[str] = []
            depth = 0
            while j < len(post) and not (post[j] == close and depth == 0):
                if post[j] == "{":
                    depth += 1
                elif post[j] == "}":
                    depth -= 1
                elif post[j] not in "({":
                    inner.append(post[j])
                j += 1
            if j >= len(post):
                raise Drop("unbalanced brackets")
            segments.append(("pp" if t == "(" else "np", inner))
            i = j + 1
        elif t in ")}":
            raise Drop("unbalanced brackets")
        else:
            segments.append(("word", [t]))
            i += 1
    # Group: particle, preposition, or noun-phrase words; a run of noun words is one phrase.
    parts: list[tuple[str, list[str]]] = []  # (kind, items) kind: particle|prep|np
    for kind, items in segments:
        if kind == "pp":
            if not items:
                raise Drop("empty prepositional phrase")
            preps, np = items[0], items[1:]
            parts.append(("prep", [preps]))
            if np:
                parts.append(("np", np))
        elif kind == "np":
            if parts and parts[-1][0] == "np":
                parts[-1][1].extend(items)
            else:
                parts.append(("np", list(items)))
        else:
            word = items[0]
            low = word.lower()
            if low in PARTICLES and not (parts and parts[-1][0] == "np"):
                parts.append(("particle", [low]))
            elif "/" in word or low in PREPOSITIONS:
                parts.append(("prep", [word]))
            elif parts and parts[-1][0] == "np":
                parts[-1][1].append(word)
            else:
                parts.append(("np", [word]))
    if sum(any(i.startswith("&") for i in items) for kind, items in parts if kind == "np") > 1:
        raise Drop("several synset noun phrases")
    out: list[list[str]] = [[]]
    has_object = has_particle = False
    for kind, items in parts:
        if kind == "particle":
            options = [[items[0]]]
            has_particle = True
        elif kind == "prep":
            options = [[p.lower()] for p in items[0].split("/") if p]
        else:
            options = _expand_np(items, synsets)
            has_object = True
        out = [o + opt for o in out for opt in options]
    return [
        Reading(
            tuple(w for o in words for w in (tokens(o) if o != GAP else [GAP])),
            has_object,
            has_particle,
        )
        for words in out
    ]


# ---------------------------------------------------------------------------------------------
# Curation


@dataclass(frozen=True)
class Curation:
    """One line of the curation file."""

    pattern: str
    action: str  # generic | drop | set | add
    event_type: str
    mode: str
    contexts: tuple[str, ...]
    cameo: str
    frame: str
    reason: str
    line: int


CURATION_ACTIONS = frozenset({"member", "generic", "drop", "past", "set", "add"})


def drop_members(synsets: Synsets, curation: list[Curation]) -> None:
    """Remove the synset members that curation lines ``&SYNSET member`` name."""
    for cur in curation:
        if cur.action != "member":
            continue
        name, _, member = cur.pattern.partition(" ")
        kept = [m for m in synsets.get(name, []) if " ".join(m.words) != member]
        if len(kept) == len(synsets.get(name, [])):
            raise ValueError(f"{CURATION}:{cur.line}: no member {member!r} in {name}")
        synsets[name] = kept


def read_curation(path: Path) -> list[Curation]:
    """Read scripts/cameo_triggers_curation.tsv."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 8:
            raise ValueError(f"{path}:{n}: expected 8 tab-separated columns, got {len(cols)}")
        pattern, action, event_type, mode, contexts, cameo, frame, reason = cols
        if action not in CURATION_ACTIONS:
            raise ValueError(f"{path}:{n}: unknown action {action!r}")
        if not reason.strip():
            raise ValueError(f"{path}:{n}: every curation needs a reason")
        rows.append(
            Curation(
                pattern,
                action,
                event_type,
                mode,
                tuple(c for c in contexts.split(",") if c),
                cameo,
                frame,
                reason.strip(),
                n,
            )
        )
    return rows


# ---------------------------------------------------------------------------------------------
# Building the trigger lines


@dataclass(frozen=True)
class Candidate:
    """One (pattern, CAMEO code) pair before deduplication."""

    pattern: str
    verb: str  # the verb lemma phrase
    cameo: str
    reverse: bool
    symmetric_code: bool
    has_object: bool
    has_particle: bool
    alone: bool  # the verb itself, or one of its quoted irregular forms
    line: int
    verb_default_type: str | None


@dataclass(frozen=True)
class Trigger:
    """One line of triggers_cameo.tsv."""

    pattern: str
    event_type: str
    mode: str
    contexts: tuple[str, ...]
    cameo: str
    frame: str
    note: str

    def render(self) -> str:
        return "\t".join(
            [
                self.pattern,
                self.event_type,
                self.mode,
                ",".join(self.contexts),
                self.cameo,
                self.frame,
                self.note,
            ]
        )


@dataclass
class Report:
    """What the build kept and dropped, for --report and the tests."""

    unmapped: Counter[str] = field(default_factory=Counter)
    dropped: Counter[str] = field(default_factory=Counter)
    lemma_misses: list[str] = field(default_factory=list)


def _split_code(code: str) -> tuple[str, str]:
    """Split '042:043' into forward and reverse codes; '---' and '' become ''."""
    forward, _, reverse = code.partition(":")
    clean = [re.sub(r"[^0-9]", "", c) for c in (forward, reverse)]
    return clean[0], clean[1]


def _verb_keys(words: Iterable[str]) -> set[str]:
    words = list(words)
    return {"".join(words), "".join(lemma(w) for w in words)}


def _verb_matches(verb: Verb, named: tuple[str, ...]) -> bool:
    """True if a pattern comment names this verb, in any form ("PULLBACK", "LAID_DOWN")."""
    own = _verb_keys(verb.words)
    for form in verb.forms:
        own |= _verb_keys(form)
    for name in named:
        words = re.split(r"[_\s]+", name.lower().replace("+", "").strip("_ "))
        if _verb_keys(words) & own:
            return True
    return False


def candidates(
    dictionary: Dictionary, table: dict[str, Plover], report: Report
) -> Iterator[Candidate]:
    """Yield every (pattern, code) pair the dictionary supports, verb-alone lines included."""
    for block in dictionary.blocks:
        verbs = block.verbs
        for verb in verbs:
            if verb.words[-1] in {"and", "or"}:
                # "+KILLED_AND {}": PETRARCH's handle on coordinated verbs, not a verb.
                report.dropped["coordination helper (kill and)"] += 1
                continue
            forward, reverse = _split_code(verb.code if verb.code is not None else block.code)
            if not forward and not reverse:
                continue
            own = table.get(forward)
            phrase = verb_phrase(verb.words)
            common = dict(
                verb=phrase,
                cameo=forward or reverse,
                reverse=not forward,
                symmetric_code=bool(forward) and forward == reverse,
                has_object=False,
                has_particle=len(verb.words) > 1 and verb.words[-1] in PARTICLES,
                alone=True,
                line=verb.line,
                verb_default_type=own.event_type if own else None,
            )
            yield Candidate(pattern=phrase, **common)  # type: ignore[arg-type]
            for form in verb.forms:
                if len(form) != len(verb.words):
                    continue
                missed = [
                    f
                    for f, base in zip(form, verb.words, strict=True)
                    if f != base and lemma(f) != verb_lemma(base)
                ]
                if missed:
                    report.lemma_misses.append(" ".join(form))
                    quoted = " ".join(
                        f'"{f}"' if f in missed else " ".join(tokens(verb_lemma(f))) for f in form
                    )
                    yield Candidate(pattern=quoted, **common)  # type: ignore[arg-type]
        for pattern in block.patterns:
            if "*" not in pattern.tokens:
                report.dropped["no verb marker"] += 1
                continue
            star = pattern.tokens.index("*")
            if star > 0:
                report.dropped["words before the verb"] += 1
                continue
            forward, reverse = _split_code(pattern.code)
            if not forward and not reverse:
                report.dropped["null code (non-event)"] += 1
                continue
            try:
                reads = readings(pattern.tokens[star + 1 :], dictionary.synsets)
            except Drop as why:
                report.dropped[str(why)] += 1
                continue
            named = [v for v in verbs if _verb_matches(v, pattern.named)]
            if not named:
                # No comment, or written for a verb no longer in the block (DEMAND patterns
                # name URGE): the verb the block is named after, or every verb of a small block.
                named = [v for v in verbs if "_".join(v.words).upper() == block.name]
                if not named and len(verbs) <= SMALL_BLOCK:
                    named = verbs
                if not named:
                    report.dropped["no verb of the block named"] += 1
                    continue
            for verb in named:
                own = table.get(_split_code(verb.code if verb.code is not None else block.code)[0])
                phrase = verb_phrase(verb.words)
                for reading in reads:
                    yield Candidate(
                        pattern=" ".join([phrase, *reading.words]),
                        verb=phrase,
                        cameo=forward or reverse,
                        reverse=not forward,
                        symmetric_code=bool(forward) and forward == reverse,
                        has_object=reading.has_object,
                        has_particle=reading.has_particle
                        or (len(verb.words) > 1 and verb.words[-1] in PARTICLES),
                        alone=False,
                        line=pattern.line,
                        verb_default_type=own.event_type if own else None,
                    )


def refine_mode(c: Candidate, p: Plover) -> str:
    """CAMEO 143 is "strike or boycott" (PLOVER mode boycott); PLOVER 0.8 has a strike mode."""
    words = c.pattern.split()
    if p.event_type == "PROTEST" and p.mode == "boycott" and "strike" in words:
        return "strike"
    return p.mode


def choose_frame(c: Candidate, p: Plover, mode: str) -> str:
    """Choose how arguments attach (see the module docstring, point 8)."""
    head = c.verb.split()[0]
    after = c.pattern.split()[len(c.verb.split()) :]
    if c.reverse or c.cameo in HOST_CODES or head in SUBJECT_UNDERGOES:
        return "VRCP"
    if p.event_type == "ASSAULT" and after[:1] == ["in"]:
        return "VRCP"  # "three soldiers were killed in a raid": the subject is the victim
    if p.event_type == "PROTEST":
        return "V" if mode in TRANSITIVE_PROTEST_MODES else "VINTR"
    if p.event_type == "MOBILIZE":
        return "VINTR"
    if c.symmetric_code or (head in SYMMETRIC_VERBS and not c.has_object):
        return "VSYM"
    return "V"


def _pick(group: list[tuple[Candidate, Plover]]) -> tuple[Candidate, Plover, list[str]]:
    """Pick one code for a pattern (docstring point 6); return it and the codes left out."""
    by_type: dict[str, list[tuple[Candidate, Plover]]] = defaultdict(list)
    for c, p in group:
        by_type[p.event_type].append((c, p))
    default = group[0][0].verb_default_type
    first_line = {t: min(c.line for c, _ in v) for t, v in by_type.items()}
    best_type = min(
        by_type,
        key=lambda t: (-len(by_type[t]), t != default, first_line[t]),
    )
    chosen = min(by_type[best_type], key=lambda cp: (len(cp[0].cameo), cp[0].line))
    others = sorted({c.cameo for c, _ in group if c.cameo != chosen[0].cameo})
    return chosen[0], chosen[1], others


def build_triggers(
    dictionary: Dictionary,
    table: dict[str, Plover],
    curation: list[Curation],
    report: Report | None = None,
) -> list[Trigger]:
    """Return the deduplicated, curated, sorted trigger lines."""
    report = report if report is not None else Report()
    generic = {c.pattern for c in curation if c.action == "generic"}
    drops = {c.pattern: c for c in curation if c.action == "drop"}
    sets = {c.pattern: c for c in curation if c.action in {"set", "add"}}
    sets.update({c.pattern: c for c in curation if c.action == "past" and c.event_type})
    pasts = {c.pattern: c for c in curation if c.action == "past"}
    listed_forms: dict[str, set[str]] = defaultdict(set)
    for block in dictionary.blocks:
        for verb in block.verbs:
            if len(verb.words) == 1:
                listed_forms[verb_phrase(verb.words)].update(f[0] for f in verb.forms)
    duplicates = [p for p, n in Counter(c.pattern for c in curation).items() if n > 1]
    if duplicates:
        raise ValueError(f"{CURATION}: repeated curation lines {duplicates}")
    groups: dict[str, list[tuple[Candidate, Plover]]] = defaultdict(list)
    used: set[str] = set()
    for c in candidates(dictionary, table, report):
        p = table.get(c.cameo)
        if p is None:
            report.unmapped[c.cameo] += 1
            continue
        if c.verb in generic and not c.has_object and not c.has_particle:
            report.dropped["generic verb without particle or object"] += 1
            used.add(c.verb)
            continue
        key = c.verb if c.alone else without_gaps(c.pattern)
        if key in drops or (c.alone and c.verb in pasts and c.pattern != c.verb):
            report.dropped["curated drop"] += 1
            used.add(key)
            continue
        groups[c.pattern].append((c, p))
    stale = sorted((generic | set(drops)) - used)
    if stale:
        raise ValueError(f"{CURATION}: generic/drop lines that match nothing: {stale}")
    triggers: dict[str, Trigger] = {}
    verb_of: dict[str, str] = {}
    for pattern, group in groups.items():
        c, p, others = _pick(group)
        note = f"CAMEO.2.0.txt:{c.line}"
        if others:
            note += " also " + ",".join(others)
        mode = refine_mode(c, p)
        triggers[pattern] = Trigger(
            pattern, p.event_type, mode, p.contexts, c.cameo, choose_frame(c, p, mode), note
        )
        verb_of[pattern] = c.verb
    by_key = {without_gaps(p): p for p in triggers}
    for key, cur in sets.items():
        pattern = by_key.get(key, key)
        old = triggers.get(pattern)
        if cur.action == "set" and old is None:
            raise ValueError(f"{CURATION}:{cur.line}: 'set' on {pattern!r}, not in the output")
        if cur.action == "add" and old is not None:
            raise ValueError(f"{CURATION}:{cur.line}: 'add' of {pattern!r}, already there")
        triggers[pattern] = Trigger(
            pattern,
            cur.event_type or (old.event_type if old else ""),
            cur.mode,
            cur.contexts,
            cur.cameo or (old.cameo if old else ""),
            cur.frame or (old.frame if old else "V"),
            (old.note + "; " if old else "") + f"curated: {cur.reason}",
        )
    for pattern, cur in pasts.items():
        old = triggers.pop(pattern, None)
        if old is None:
            raise ValueError(f"{CURATION}:{cur.line}: 'past' on {pattern!r}, not in the output")
        forms = past_forms(pattern, listed_forms.get(pattern, ()))
        if not forms:
            raise ValueError(f"{CURATION}:{cur.line}: no past form of {pattern!r} in the lexicon")
        for form in forms:
            note = old.note if cur.event_type else f"{old.note}; curated: {cur.reason}"
            triggers[f'"{form}"'] = Trigger(
                f'"{form}"', old.event_type, old.mode, old.contexts, old.cameo, old.frame, note
            )
    for pattern, its_verb in list(verb_of.items()):
        # A longer line of a 'past' verb ("force * police") would open on the plural noun
        # as well ("the forces' military police"): it takes the verb forms only, the base
        # (after "to", a modal), the past and the -ing form, never the -s form; except
        # where the noun names the same event ("battles with regime forces").
        first, _, rest = pattern.partition(" ")
        if first in pasts and first not in SAME_EVENT_NOUNS and rest and pattern in triggers:
            longer = triggers.pop(pattern)
            forms = [first, *past_forms(first, listed_forms.get(first, ())), ing_form(first)]
            for form in dict.fromkeys(forms):
                quoted = f'"{form}" {rest}'
                triggers[quoted] = replace(longer, pattern=quoted)
                verb_of[quoted] = its_verb
            del verb_of[pattern]
    for pattern, its_verb in verb_of.items():
        alone = triggers.get(its_verb)
        if pattern != its_verb and alone is not None and without_gaps(pattern) not in sets:
            longer = triggers[pattern]
            if (alone.event_type, alone.frame) == (longer.event_type, longer.frame):
                del triggers[pattern]
                report.dropped["same type as the verb alone"] += 1
    return [triggers[k] for k in sorted(triggers)]


def without_gaps(pattern: str) -> str:
    """A pattern without its gap words: how the curation file names it."""
    return " ".join(w for w in pattern.split() if w != GAP)


#: 'past' verbs whose plural noun names the act of their longer lines too: a battle, a
#: protest march, a strike (air strikes, labour strikes)
SAME_EVENT_NOUNS = frozenset({"battle", "march", "strike"})


def ing_form(verb: str) -> str:
    """The -ing form of a verb: the one the lookup table lemmatizes to it, or else the
    regular spelling ("forcing", "targeting", "storming")."""
    stem = verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb
    for form in (stem + "ing", verb + verb[-1] + "ing", verb + "ing"):
        if lemma(form) == verb:
            return form
    return stem + "ing"


def past_forms(verb: str, listed: Iterable[str] = ()) -> list[str]:
    """Return the past forms of a verb: those the lookup table lemmatizes to it, or else the
    regular spelling when the table does not know it ("torched")."""
    forms = {*listed, verb + "ed", verb + "d", verb + verb[-1] + "ed"}
    if verb.endswith("y"):
        forms.add(verb[:-1] + "ied")
    known = sorted(
        f
        for f in forms
        if f != verb and lemma(f) == verb and not f.endswith(("s", "ing")) and " " not in f
    )
    with_ed = [f for f in known if f.endswith("ed")]
    if known:  # "hanged", not also "hung" (a hung parliament)
        return with_ed or known
    if verb.endswith("e"):
        spelled = verb + "d"
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        spelled = verb[:-1] + "ied"
    else:
        spelled = verb + "ed"
    return [spelled] if lemma(spelled) == spelled else []


def render_triggers(triggers: list[Trigger]) -> str:
    """Return the text of triggers_cameo.tsv."""
    return TRIGGERS_HEADER + "".join(t.render() + "\n" for t in triggers)


# ---------------------------------------------------------------------------------------------
# Entry points


def build(shared: Path = SHARED, curation: Path = CURATION) -> tuple[str, str, Report]:
    """Build both files in memory: (cameo_plover.tsv text, triggers_cameo.tsv text, report)."""
    missing = [
        f
        for f in (VERBS_FILE, MAPPING_FILE, CODEBOOK_FILE, MANUAL_FILE, LABELS_FILE)
        if not (shared / f).is_file()
    ]
    if missing:
        raise FileNotFoundError(f"{shared}: missing {', '.join(missing)}")
    table = read_cameo_plover(
        shared / MAPPING_FILE,
        shared / CODEBOOK_FILE,
        shared / MANUAL_FILE,
        shared / LABELS_FILE,
    )
    dictionary = parse_verb_dictionary(shared / VERBS_FILE)
    curated = read_curation(curation)
    drop_members(dictionary.synsets, curated)
    report = Report()
    triggers = build_triggers(dictionary, table, curated, report)
    modes = read_codebook(shared / CODEBOOK_FILE)
    contexts = read_contexts(shared / MANUAL_FILE)
    bad = [
        t.pattern
        for t in triggers
        if t.event_type not in modes
        or t.mode not in modes[t.event_type]
        or not set(t.contexts) <= contexts
        or t.frame not in FRAMES
    ]
    if bad:
        raise ValueError(f"{curation}: lines with a type, mode, context or frame unknown: {bad}")
    return render_table(table), render_triggers(triggers), report


# ---------------------------------------------------------------------------------------------
# Evaluation: a plain contiguous matcher over dev text (not the package's matcher)


_GAP_STOP = frozenset('.;:!?,()"«»')


def match_types(text: str, patterns: dict[str, list[tuple[list[str], str]]]) -> list[str]:
    """Return the event types of the longest, left-to-right, non-overlapping matches in text.

    A gap word skips up to three tokens, never punctuation, as the pipeline's matcher does.
    """
    doc = _nlp()(text)
    low = [t.lower_ for t in doc]
    lem = [t.lemma_.lower() for t in doc]

    def end(i: int, words: list[str]) -> int | None:
        if not words:
            return i
        w = words[0]
        if w == GAP:
            for skip in range(4):
                if skip and (i + skip - 1 >= len(doc) or low[i + skip - 1] in _GAP_STOP):
                    break
                e = end(i + skip, words[1:])
                if e is not None:
                    return e
            return None
        if i >= len(doc):
            return None
        ok = low[i] == w[1:-1] if w.startswith('"') else w in (low[i], lem[i])
        return end(i + 1, words[1:]) if ok else None

    found, i = [], 0
    while i < len(doc):
        best: tuple[int, str] | None = None
        for words, event_type in patterns.get(lem[i], []) + patterns.get(low[i], []):
            e = end(i, words)
            if e is not None and e - i > (best[0] if best else 0):
                best = (e - i, event_type)
        if best:
            found.append(best[1])
            i += best[0]
        else:
            i += 1
    return found


def evaluate(triggers_text: str, gold: Path, ngec: Path | None, limit: int) -> None:
    """Print trigger-type recall on the PLOVER gold dev sentences and, on NGEC synthetic stories,
    how often a story's labelled type is among the fired types and what share of fired
    triggers carry it (a precision proxy: stories may hold other events too)."""
    import json

    patterns: dict[str, list[tuple[list[str], str]]] = defaultdict(list)
    for line in triggers_text.splitlines():
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        words = cols[0].split()
        patterns[words[0].strip('"')].append((words, cols[1]))
    hits = total = fired = right = 0
    missed: Counter[str] = Counter()
    for line in gold.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        types = match_types(record["text"], patterns)
        fired += len(types)
        for event in record["events"]:
            total += 1
            right += types.count(event["event_type"])
            if event["event_type"] in types:
                hits += 1
            else:
                missed[event["event_type"]] += 1
    print(f"{gold.name}: {hits}/{total} gold events have a trigger of their type in the sentence")
    print(f"  triggers fired: {fired}, of the gold type: {right}; missed by type: {dict(missed)}")
    if ngec is None or not ngec.is_file():
        return
    with ngec.open(encoding="utf-8", newline="") as f:
        stories = list(csv.DictReader(f))[:limit]
    by_label: dict[str, Counter[str]] = defaultdict(Counter)
    found_label: Counter[str] = Counter()
    for story in stories:
        types = match_types(story["text"], patterns)
        label = story["label"].strip().upper()
        by_label[label].update(types)
        found_label[label] += label in types
    print(f"{ngec.name}, {len(stories)} stories: label found / share of fired triggers")
    for label in sorted(by_label):
        fired_here = sum(by_label[label].values())
        n = sum(1 for s in stories if s["label"].strip().upper() == label)
        share = by_label[label][label] / fired_here if fired_here else 0.0
        print(f"  {label:10} {found_label[label]:4}/{n:<4} {share:5.2f} of {fired_here} fired")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED, help="../shared/data")
    parser.add_argument("--check", action="store_true", help="fail if the files drifted")
    parser.add_argument("--report", action="store_true", help="print counts")
    parser.add_argument(
        "--evaluate", action="store_true", help="match the dev gold and NGEC stories"
    )
    parser.add_argument("--limit", type=int, default=4500, help="NGEC stories to read")
    args = parser.parse_args(argv)
    table_text, triggers_text, report = build(args.shared)
    outputs = {OUT_TABLE: table_text, OUT_TRIGGERS: triggers_text}
    if args.check:
        stale = [
            str(p.relative_to(REPO))
            for p, text in outputs.items()
            if not p.is_file() or p.read_text(encoding="utf-8") != text
        ]
        if stale:
            print(f"out of date: {', '.join(stale)}; run {Path(__file__).name}", file=sys.stderr)
            return 1
    else:
        for p, text in outputs.items():
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(text, encoding="utf-8")
    if args.report or not args.check:
        rows = [line.split("\t") for line in triggers_text.splitlines() if not line.startswith("#")]
        by_type = Counter(r[1] for r in rows)
        print(f"{len(rows)} trigger lines; by type:")
        for t, n in sorted(by_type.items()):
            print(f"  {t:10} {n}")
        print("frames:", dict(sorted(Counter(r[5] for r in rows).items())))
        print("CAMEO codes with no PLOVER mapping (lines dropped):")
        for code, n in sorted(report.unmapped.items()):
            print(f"  {code}: {n}")
        print("patterns dropped:", dict(report.dropped.most_common()))
        print(f"irregular forms not lemmatized to their verb: {len(report.lemma_misses)}")
        if args.report:
            print("  " + ", ".join(report.lemma_misses))
    if args.evaluate:
        evaluate(
            triggers_text,
            args.shared.parent / "gold" / "dev" / "plover_gsr_dev.jsonl",
            args.shared / "ngec" / "gpt_synthetic_events_2023-10-19_19.csv",
            args.limit,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
