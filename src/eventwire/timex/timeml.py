"""TimeML documents (``.tml``) and TempEval-3 scoring of time expressions.

The scores follow the TempEval-3 scorer (UzZaman et al., SemEval-2013 task 1):

- extent, *strict*: a system expression matches a gold one with exactly the same span;
  *relaxed*: the spans overlap (one-to-one). Precision, recall and F1 for each;
- *type accuracy* and *value accuracy*: the share of relaxed matches with the right
  TIMEX3 ``type`` / ``value``;
- *type F1* and *value F1*: precision and recall where only relaxed matches with the right
  attribute count (so value F1 = relaxed F1 x value accuracy).

The document creation time (the TIMEX3 with ``functionInDocument="CREATION_TIME"``)
anchors relative expressions, as in TempEval-3.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path


class TimeMLError(ValueError):
    """A ``.tml`` file that cannot be read (names the file)."""


@dataclass
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TimeMLDoc:
    """The text of a TimeML document (its ``<TEXT>`` element) with its TIMEX3 tags."""

    id: str
    text: str
    dct: str | None
    timexes: list[GoldTimex]


def read_tml(path: str | Path) -> TimeMLDoc:
    """Read one ``.tml`` file: plain text of ``<TEXT>``, gold TIMEX3s with offsets, DCT."""
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as err:
        raise TimeMLError(f"{path}: not a readable TimeML file ({err})") from err
    dct = None
    for tx in root.iter("TIMEX3"):
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct = tx.get("value")
            break
    body = root.find("TEXT")
    if body is None:
        raise TimeMLError(f"{path}: no <TEXT> element")
    parts: list[str] = []
    gold: list[GoldTimex] = []
    pos = 0

    def walk(elem: ET.Element) -> None:
        nonlocal pos
        if elem.text:
            parts.append(elem.text)
            pos += len(elem.text)
        for child in elem:
            start = pos
            walk(child)
            if child.tag == "TIMEX3":
                text = "".join(parts)[start:pos]
                gold.append(
                    GoldTimex(start, pos, text, child.get("type", ""), child.get("value", ""))
                )
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)

    walk(body)
    docid = root.findtext("DOCID") or path.stem
    return TimeMLDoc(docid.strip(), "".join(parts), dct, gold)


def tml_files(directory: str | Path) -> list[Path]:
    """All ``.tml`` files under a directory, sorted."""
    directory = Path(directory)
    if not directory.is_dir():
        raise TimeMLError(f"{directory}: not a directory")
    files = sorted(directory.rglob("*.tml"))
    if not files:
        raise TimeMLError(f"{directory}: no .tml files")
    return files


def split(files: Iterable[Path], part: str, every: int = 5) -> list[Path]:
    """A stable split by file name: ``heldout`` is one file in ``every``, ``dev`` the rest."""
    if part == "all":
        return list(files)
    if part not in ("dev", "heldout"):
        raise ValueError(f"split {part!r}: expected all, dev or heldout")
    out = []
    for f in files:
        held = zlib.crc32(f.name.encode()) % every == 0
        if held == (part == "heldout"):
            out.append(f)
    return out


@dataclass
class Counts:
    """Raw counts of a TempEval-3 comparison (summed over documents)."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    errors: list[dict] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.system += other.system
        self.strict += other.strict
        self.relaxed += other.relaxed
        self.type_ok += other.type_ok
        self.value_ok += other.value_ok
        self.errors.extend(other.errors)

    def scores(self) -> dict[str, float]:
        """Precision/recall/F1 (strict, relaxed, type, value) and type/value accuracy."""

        def prf(n: int) -> tuple[float, float, float]:
            p = n / self.system if self.system else 0.0
            r = n / self.gold if self.gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return p, r, f

        out: dict[str, float] = {"gold": self.gold, "system": self.system}
        for name, n in (
            ("strict", self.strict),
            ("relaxed", self.relaxed),
            ("type", self.type_ok),
            ("value", self.value_ok),
        ):
            p, r, f = prf(n)
            out[f"{name}_p"], out[f"{name}_r"], out[f"{name}_f1"] = p, r, f
        out["type_accuracy"] = self.type_ok / self.relaxed if self.relaxed else 0.0
        out["value_accuracy"] = self.value_ok / self.relaxed if self.relaxed else 0.0
        return out


def compare(doc: TimeMLDoc, system: list) -> Counts:
    """Count matches of system expressions (``start``, ``end``, ``type``, ``value``)."""
    c = Counts(gold=len(doc.timexes), system=len(system))
    gold_exact = {(g.start, g.end) for g in doc.timexes}
    c.strict = sum(1 for s in system if (s.start, s.end) in gold_exact)
    used: set[int] = set()
    for s in sorted(system, key=lambda s: s.start):
        best = None
        for i, g in enumerate(doc.timexes):
            if i in used or g.end <= s.start or s.end <= g.start:
                continue
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if best is None or overlap > best[0]:
                best = (overlap, i)
        if best is None:
            c.errors.append({"doc": doc.id, "kind": "spurious", "text": s.text, "value": s.value})
            continue
        used.add(best[1])
        g = doc.timexes[best[1]]
        c.relaxed += 1
        c.type_ok += s.type == g.type
        ok = s.value == g.value
        c.value_ok += ok
        if not ok or s.type != g.type:
            c.errors.append(
                {
                    "doc": doc.id,
                    "kind": "value" if not ok else "type",
                    "text": s.text,
                    "gold_text": g.text,
                    "value": s.value,
                    "gold_value": g.value,
                    "type": s.type,
                    "gold_type": g.type,
                    "dct": doc.dct,
                }
            )
    for i, g in enumerate(doc.timexes):
        if i not in used:
            c.errors.append({"doc": doc.id, "kind": "missed", "text": g.text, "value": g.value})
    return c


def evaluate(files: Iterable[Path], tagger: Callable[[str, str | None], list]) -> Counts:
    """Score ``tagger(text, dct)`` on TimeML files (TempEval-3 definitions)."""
    total = Counts()
    for f in files:
        doc = read_tml(f)
        total.add(compare(doc, tagger(doc.text, doc.dct)))
    return total
