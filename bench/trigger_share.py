"""How much of a corpus lies near an event trigger: the bound on lazy per-sentence stages.

    .venv/bin/python bench/trigger_share.py it 2000 [--shared ../shared]

Runs the pipeline over the first N DICE (``it``) or Guardian (``en``) articles (the same
texts as ``bench_stages.py``) and prints the share of sentences and of tokens that hold a
trigger (``doc.spans["triggers"]``, after overlaps and not-trigger phrases), that lie
within one sentence of one, and that lie in a trigger's sentence or the five before it (the
reach of the event stage's context rules). A stage that ran only there would skip the rest
of the text; whether its output elsewhere is needed (article-wide country counts, the time
tagger's reference date, coreference) is another question: see bench/README.md, "Sixth
round".
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bench_stages import SHARED, articles


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lang", choices=["it", "en"])
    ap.add_argument("n", type=int)
    ap.add_argument("--shared", type=Path, default=SHARED)
    args = ap.parse_args()

    from eventwire.api import _make_doc
    from eventwire.parallel import warm_up
    from eventwire.pipeline.extensions import spans_of
    from eventwire.pipeline.nlp import get_nlp
    from eventwire.pipeline.tokens import sentences

    arts = articles(args.lang, args.n, args.shared)
    warm_up([args.lang])
    nlp = get_nlp(args.lang)
    windows = {"trigger sentence": (0, 0), "within one sentence": (1, 1), "it or 5 before": (5, 0)}
    sents = toks = with_trigger = 0
    got = {name: [0, 0] for name in windows}
    for art in arts:
        doc = _make_doc(nlp, art)
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        sx = sentences(doc)
        lengths = [end - start for start, end in sx.bounds]
        hit = {sx.of[t.start] for t in spans_of(doc, "triggers")}
        sents += len(lengths)
        toks += len(doc)
        with_trigger += bool(hit)
        for name, (before, after) in windows.items():
            near = {
                j for k in hit for j in range(k - before, k + after + 1) if 0 <= j < len(lengths)
            }
            got[name][0] += len(near)
            got[name][1] += sum(lengths[j] for j in near)
        doc.user_data.clear()
    print(
        f"{args.lang}: {len(arts)} articles ({with_trigger} with a trigger), "
        f"{sents} sentences, {toks} tokens"
    )
    for name, (s, t) in got.items():
        print(f"  {name:22s} {s / sents:6.1%} of the sentences, {t / toks:6.1%} of the tokens")
    return 0


if __name__ == "__main__":
    sys.exit(main())
