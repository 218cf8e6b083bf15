"""Build src/eventwire/data/plover_scores/plover_scores.tsv from the PLOVER manual's score table.

Usage: python scripts/build_plover_scores.py [--shared ../shared] [--check]

The manual (``data/plover/PLOVER_MANUAL.tex``, table ``tab:ploverscores``) gives a
conflict--cooperation score from -10 to +10 for each event type and mode; the exports use it
where GDELT / Phoenix users expect a Goldstein score. One correction is applied and recorded in
the output: the manual prints ``ACCUSE 3`` for the category while every ACCUSE mode is negative
and the earlier draft table gives ``ACCUSE -2.0``; the sign is taken as a typo (-3).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "eventwire" / "data" / "plover_scores" / "plover_scores.tsv"
CORRECTIONS = {("ACCUSE", ""): ("3", "-3")}
HEADER = """\
# PLOVER conflict-cooperation scores by event type and mode (-10 conflict .. +10 cooperation)
# FORMAT: event_type<TAB>mode<TAB>score; an empty mode is the score of the type as a whole
# SOURCE: PLOVER manual draft 0.8 (PLOVER_MANUAL.tex, table tab:ploverscores), built by
#         scripts/build_plover_scores.py; ACCUSE (type) corrected from 3 to -3 (sign typo)
# LICENSE: CC BY-SA 4.0 (PLOVER)
"""


def parse(manual: str) -> list[tuple[str, str, str]]:
    """``(type, mode, score)`` rows of the live (uncommented) score table."""
    start = manual.index("\\caption{PLOVER conflict--cooperation scores}\n\\hspace")
    body = manual[start : manual.index("\\end{tabular}", start)]
    rows: set[tuple[str, str, str]] = set()
    for line in body.splitlines():
        if line.lstrip().startswith("%") or "&" not in line:
            continue
        cells = [re.sub(r"\\cellcolor\{[^}]*\}", "", c).strip() for c in line.split("&")]
        cells = [c.replace("\\\\", "").strip() for c in cells]
        for name, score in zip(cells[0::2], cells[1::2], strict=False):
            if not name or not re.fullmatch(r"-?\d+(\.\d+)?", score) or name.startswith("\\"):
                continue
            etype, _, mode = name.partition(":")
            key = (etype.strip().upper(), mode.strip().lower())
            if key in CORRECTIONS and CORRECTIONS[key][0] == score:
                score = CORRECTIONS[key][1]
            rows.add((*key, score))
    return sorted(rows)


def render(rows: list[tuple[str, str, str]]) -> str:
    return HEADER + "".join(f"{t}\t{m}\t{s}\n" for t, m, s in rows)


def build(shared: Path) -> str:
    """The file's content from the manual under ``shared``."""
    manual = (shared / "data" / "plover" / "PLOVER_MANUAL.tex").read_text(encoding="utf-8")
    return render(parse(manual))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--check", action="store_true", help="exit 1 if the committed file differs")
    args = ap.parse_args()
    text = build(args.shared)
    if args.check:
        same = OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT} differs from its source")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - HEADER.count(chr(10))} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
