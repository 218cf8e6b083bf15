"""Does the actor KB know the named people of 2022-2026 news? (bench/kb_checklist.tsv)

For every checklist row (a person, a day they surely held an office, the expected country and
sector), the actor component reads "Ieri NAME ha detto." on that day, for the full name and for
each Italian form of the row, and the first actor of the first actor span is judged:

- right: the expected country and one of the expected sectors (empty = none: IGO officials);
- wrong: a country or sector other than the expected ones (another person, another office);
- missing: no actor, or an actor with no country (unknown person, or no role on that day).

``found`` = right + wrong. The figures count the full names (one per row) and, apart, the
other forms. Uses the library's own lookup (``get_nlp`` + the actor component).

    python bench/kb_coverage.py                 # figures and the list of misses
    python bench/kb_coverage.py --group fm def  # only some groups
    python bench/kb_coverage.py --all           # every check, not only the misses
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter, defaultdict
from pathlib import Path

from eventwire.pipeline.nlp import get_nlp, run_until

CHECKLIST = Path(__file__).with_name("kb_checklist.tsv")
FRAME = "Ieri {} ha detto."


def read_checklist(path: Path = CHECKLIST) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and ln[0] != "#"]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def resolve(nlp, name: str, day: str) -> tuple[str | None, str | None, str]:  # noqa: ANN001
    """(country, sector, description) of the first actor the component finds in the frame."""
    doc = run_until(nlp, FRAME.format(name), "eventwire_actors", day)
    for span in doc.spans["actors"]:
        if span._.actors:
            a = span._.actors[0]
            desc = f"[{span.text}] {a.name or '-'}/{a.country or '-'}/{a.sector or '-'}/{a.title or '-'}"
            return a.country, a.sector, desc
        return None, None, f"[{span.text}] no actor"
    return None, None, "no span"


def judge(row: dict[str, str], country: str | None, sector: str | None) -> str:
    if not country:
        return "missing"
    sectors = set(row["sector"].split("|")) if row["sector"] else {""}
    return "right" if country == row["country"] and (sector or "") in sectors else "wrong"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--checklist", type=Path, default=CHECKLIST)
    ap.add_argument("--group", nargs="*", help="only these groups (head gov fm def ...)")
    ap.add_argument("--all", action="store_true", help="print every check, not only misses")
    args = ap.parse_args()
    rows = read_checklist(args.checklist)
    if args.group:
        rows = [r for r in rows if r["group"] in args.group]
    nlp = get_nlp("it")
    names: Counter[str] = Counter()
    forms: Counter[str] = Counter()
    by_group: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        variants = [r["name"]] + [f for f in (r["forms"] or "").split("|") if f]
        for i, form in enumerate(variants):
            country, sector, desc = resolve(nlp, form, r["date"])
            verdict = judge(r, country, sector)
            (names if i == 0 else forms)[verdict] += 1
            if i == 0:
                by_group[r["group"]][verdict] += 1
            if args.all or verdict != "right":
                want = f"{r['country']}/{r['sector'] or '-'}"
                print(f"{verdict:7s} {r['date']} {form!r:40s} want {want:12s} got {desc}")

    def line(c: Counter[str]) -> str:
        n = sum(c.values())
        found = c["right"] + c["wrong"]
        return (
            f"{n} checked: found {found}, right {c['right']} ({c['right'] / max(n, 1):.3f}), "
            f"missing {c['missing']}, wrong {c['wrong']}"
        )

    print()
    for g in sorted(by_group):
        print(f"  {g:6s} {line(by_group[g])}")
    print(f"full names: {line(names)}")
    print(f"other forms: {line(forms)}")


if __name__ == "__main__":
    main()
