"""Actor KB load time and memory, and the actor component's speed.

Each measure runs in a fresh interpreter so that nothing is cached:

- ``load``: build the actor KB of a language from the shipped table and the lexicons
  (seconds; resident memory of the process before and after, in MB);
- ``speed``: the actor component alone (after the sentence splitter) over articles:
  articles per second and tokens per second. Italian: DICE crime news (test-only data,
  read from ../shared, never shipped); English: the Guardian sample of NGEC.

    .venv/bin/python bench/actors_load.py [--runs 3] [--articles 200]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"

LOAD = r"""
import json, time
def rss():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
before = rss()
t = time.perf_counter()
from eventwire.kb.actors import ActorKB
kb = ActorKB(LANG)
seconds = time.perf_counter() - t
print(json.dumps({"seconds": seconds, "rss_before": before, "rss_after": rss(),
                  "entries": len(kb.entries), "keys": len(kb.index)}))
"""

SPEED = r"""
import json, time, csv, sys
csv.field_size_limit(sys.maxsize)
from eventwire.pipeline.nlp import get_nlp
texts = []
if LANG == "it":
    with open(SHARED + "/dice_it/dice_articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            t = d.get("text") or d.get("body") or ""
            if t:
                texts.append(t)
            if len(texts) >= N:
                break
else:
    with open(SHARED + "/ngec/Guardian_SDF_sample.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            t = row.get("text") or row.get("body") or row.get("content") or ""
            if t:
                texts.append(t)
            if len(texts) >= N:
                break
nlp = get_nlp(LANG)
actors = nlp.get_pipe("eventwire_actors")
sents = nlp.get_pipe("eventwire_sentences")
docs = [sents(nlp.make_doc(t)) for t in texts]
actors(nlp.make_doc("warm up"))  # load the KB outside the timing
t = time.process_time()  # CPU time: the machine may be shared
mentions = 0
for doc in docs:
    mentions += len(actors(doc).spans["actors"])
seconds = time.process_time() - t
tokens = sum(len(d) for d in docs)
print(json.dumps({"articles": len(docs), "tokens": tokens, "mentions": mentions,
                  "seconds": seconds}))
"""


def run(code: str, **values: object) -> dict:
    prelude = "".join(f"{k} = {v!r}\n" for k, v in values.items())
    out = subprocess.run(
        [sys.executable, "-c", prelude + code], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--articles", type=int, default=200)
    args = ap.parse_args()
    for lang in ("it", "en"):
        loads = [run(LOAD, LANG=lang) for _ in range(args.runs)]
        secs = [r["seconds"] for r in loads]
        last = loads[-1]
        print(
            f"{lang} load: median {statistics.median(secs):.2f} s (min {min(secs):.2f}), "
            f"RSS {last['rss_before']:.0f} -> {last['rss_after']:.0f} MB "
            f"(+{last['rss_after'] - last['rss_before']:.0f}), {last['entries']} entries, "
            f"{last['keys']} keys"
        )
        if SHARED.is_dir():
            sp = run(SPEED, LANG=lang, N=args.articles, SHARED=str(SHARED))
            print(
                f"{lang} speed: {sp['articles']} articles, {sp['tokens']} tokens, "
                f"{sp['mentions']} mentions in {sp['seconds']:.2f} s CPU = "
                f"{sp['articles'] / sp['seconds']:.0f} articles/s, "
                f"{sp['tokens'] / sp['seconds']:.0f} tokens/s"
            )


if __name__ == "__main__":
    main()
