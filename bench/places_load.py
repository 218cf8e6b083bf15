"""Gazetteer load time and memory, and the places component's speed.

Each measure runs in a fresh interpreter so that nothing is cached:

- ``load``: import eventwire.kb.gazetteer and load the shipped tables (seconds, and the
  process's peak RSS before and after, in MB);
- ``speed``: the places component alone over a text (characters per second), after the
  sentence splitter; the text is the seed article repeated, or a file given with --text.

    .venv/bin/python bench/places_load.py [--runs 3] [--text FILE --language it]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "putin-kim-2023-09.txt"

LOAD = r"""
import json, resource, time
def rss():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
t0 = time.perf_counter(); before = rss()
from eventwire.kb.gazetteer import Gazetteer
g = Gazetteer()
g.curated("it"); g.curated("en")
t1 = time.perf_counter()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": t1 - t0, "rss_before": before, "rss_after": rss(),
                  "peak_rss": peak, "places": len(g)}))
"""

SPEED = r"""
import json, sys, time
import spacy
from eventwire.pipeline import places, sentences
lang, path, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
text = open(path, encoding="utf-8").read()
nlp = spacy.blank(lang)
nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
nlp.add_pipe("eventwire_sentences")
nlp.add_pipe("eventwire_places")
nlp.initialize()
nlp(text)  # load the gazetteer
docs = [nlp.make_doc(text) for _ in range(repeat)]
for d in docs:
    nlp.get_pipe("lemmatizer")(d); nlp.get_pipe("eventwire_sentences")(d)
comp = nlp.get_pipe("eventwire_places")
t0 = time.perf_counter()
n = 0
for d in docs:
    comp(d); n += len(d.spans["places"])
dt = time.perf_counter() - t0
print(json.dumps({"chars_per_second": len(text) * repeat / dt, "places": n, "seconds": dt}))
"""


def _run(code: str, *args: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--text", type=Path, default=SEED)
    parser.add_argument("--language", default="it")
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    loads = [_run(LOAD) for _ in range(args.runs)]
    secs = [r["seconds"] for r in loads]
    print(
        f"gazetteer load: median {statistics.median(secs):.2f} s (min {min(secs):.2f}), "
        f"RSS {loads[0]['rss_before']:.0f} -> {loads[0]['rss_after']:.0f} MB "
        f"(peak {max(r['peak_rss'] for r in loads):.0f} MB), {loads[0]['places']} places"
    )
    if not args.text.exists():
        print(f"{args.text}: not found; speed not measured", file=sys.stderr)
        return 0
    speed = _run(SPEED, args.language, str(args.text), str(args.repeat))
    print(
        f"places component: {speed['chars_per_second'] / 1000:.0f}k chars/s "
        f"({args.repeat} x {args.text.name}, {speed['places']} places)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
