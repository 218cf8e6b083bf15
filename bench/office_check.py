"""Which office holders does the actor KB know in a list of countries on a date?

For every country, the persons whose KB role on ``--date`` is an office there (titled roles of
the curated lexicon, and dated government roles of the Phoenix table), and what the actor
component makes of them in three Italian frames ("il presidente X", "il premier X",
"il ministro degli Esteri X"), by full name and by surname. A country with no titled holder is
a gap in the KB. Uses the library's own lookup (``get_nlp`` + the actor component).

    python bench/office_check.py --date 2024-06-01 --countries FRA DEU NGA
    python bench/office_check.py --date 2024-06-01 --gaps-only     # all default countries
"""

from __future__ import annotations

import argparse

from eventwire.kb.actors import get_kb, role_on
from eventwire.pipeline.nlp import get_nlp, run_until

#: default list: Europe, G20, MENA, the larger Sub-Saharan states, states at war or under coup
COUNTRIES = (
    "ALB AND ARM AUT AZE BEL BGR BIH BLR CHE CYP CZE DEU DNK ESP EST FIN FRA GBR GEO GRC HRV HUN "
    "IRL ISL ITA LIE LTU LUX LVA MCO MDA MKD MLT MNE NLD NOR POL PRT ROU RUS SMR SRB SVK SVN SWE "
    "TUR UKR VAT XKX "
    "ARG AUS BRA CAN CHN IDN IND JPN KOR MEX SAU USA ZAF "
    "ARE BHR DZA EGY IRN IRQ ISR JOR KWT LBN LBY MAR OMN PSE QAT SYR TUN YEM "
    "AGO BFA CMR COD ETH GHA KEN MLI MOZ NER NGA RWA SDN SEN SOM SSD TCD TZA UGA ZWE GIN GAB "
    "AFG PAK MMR PRK TWN VEN HTI ARM"
).split()
FRAMES = (
    "Il presidente {} ha incontrato i giornalisti.",
    "Il premier {} ha incontrato i giornalisti.",
    "Il ministro degli Esteri {} ha incontrato i giornalisti.",
)


def holders(kb, country: str, day: str) -> list[tuple[str, str]]:  # noqa: ANN001
    out = []
    for idx in range(len(kb.entries)):
        raw = list.__getitem__(kb.entries, idx)
        kind = raw[1] if isinstance(raw, list) else raw.kind
        if kind != "PER":
            continue
        e = kb.entries[idx]
        role = role_on(e, day)
        if not role or not role.dated or role.country != country:
            continue
        if role.title or role.sector in ("GOV", "MIL"):
            out.append((e.name, role.title or role.sector or ""))
    return sorted(set(out))


def resolve(nlp, text: str, day: str) -> str:  # noqa: ANN001
    doc = run_until(nlp, text, "eventwire_actors", day)
    for span in doc.spans["actors"]:
        if span._.actors:
            a = span._.actors[0]
            return f"{a.name or '-'}/{a.country or '-'}/{a.sector or '-'}/{a.title or '-'}"
    return "(no actor)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--date", default="2024-06-01")
    ap.add_argument("--countries", nargs="*", default=list(dict.fromkeys(COUNTRIES)))
    ap.add_argument(
        "--gaps-only", action="store_true", help="list only countries with no titled holder"
    )
    ap.add_argument("--no-frames", action="store_true", help="skip the Italian frames (faster)")
    args = ap.parse_args()
    kb = get_kb("it")
    nlp = None if args.no_frames or args.gaps_only else get_nlp("it")
    gaps = []
    for c in args.countries:
        found = holders(kb, c, args.date)
        titled = [f for f in found if f[1] not in ("GOV", "MIL")]
        if not titled:
            gaps.append(c)
        if args.gaps_only:
            continue
        print(f"{c}: {len(titled)} titled, {len(found) - len(titled)} untitled GOV/MIL")
        for name, title in titled:
            print(f"  {name} ({title})")
            if nlp is None:
                continue
            surname = name.split()[-1]
            for form in dict.fromkeys((name, surname)):
                got = [resolve(nlp, f.format(form), args.date) for f in FRAMES]
                print(f"    {form!r}: " + " | ".join(got))
    print(
        f"no titled office holder on {args.date} ({len(gaps)}/{len(args.countries)}): {' '.join(gaps)}"
    )


if __name__ == "__main__":
    main()
